/* attach_measured_after.c — a dish named, then measured out after a comma: "onion rings, a
 * portion", "the flan, one slice". The noun of serving tells how much of the dish to bring;
 * it is no thing of its own, asked for or declined. */
#include "gateway/order/attach_internal.h"

void attach_measured_after(struct attach_state *st, size_t c)
{
    if (!ORDER_CUES_ANY(&st->cues, "portion", "serving", "order", "side", "plate", "bowl", "basket",
                        "slice", "glass", "cup", "bottle", "can", "piece", "helping"))
        return;
    static const char *const ones[] = {"a", "an", "one", "1"};
    static const char *const servings[] = {"portion", "serving", "order", "side",   "plate",
                                           "bowl",    "basket",  "slice", "glass",  "cup",
                                           "bottle",  "can",     "piece", "helping"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    for (size_t s = 0; s < st->rg->n_things; s++) {
        struct order_thing *th = &st->rg->things[s];
        size_t a = th->begin;
        if (th->clause != c || th->is_span || th->past || th->reference || th->end != a + 1U ||
            a < st->b + 3U ||
            !order_tok_in(text, t, a, th->end, servings, ORDER_WORDS_N(servings)) ||
            !order_tok_in(text, t, a - 1U, a, ones, ORDER_WORDS_N(ones)) ||
            t[a - 2U].kind != ORDER_TOKEN_PUNCT || t[a - 2U].punct != ',')
            continue;
        /* nothing but punctuation and politeness after it in the clause */
        size_t p = th->end;
        while (p < st->e &&
               (t[p].kind == ORDER_TOKEN_PUNCT || attach_courtesy_at(text, t, p, st->e)))
            p++;
        if (p != st->e)
            continue;
        bool dish_before = false;
        for (size_t x = 0; x < st->rg->n_things && !dish_before; x++)
            dish_before = st->rg->things[x].is_span && st->rg->things[x].item >= 0 &&
                          st->rg->things[x].end == a - 2U;
        if (dish_before)
            th->reference = true;
    }
}
