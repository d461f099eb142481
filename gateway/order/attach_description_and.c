/* attach_description_and.c — a description of a dish that goes on past "and" (attach.c,
 * reading.h pass 4): "the burger that's got the pulled jackfruit and the red cabbage slaw".
 * The words after "and" are more of the description, named in the dish's own text: no second
 * dish, however well they read as the first one. */
#include "gateway/order/attach_internal.h"

/* Does span th hold a description after its name: "with", "got", "has" or "that" among its
 * words ("the burger that's got the pulled jackfruit")? */
static bool attach_described_span(const struct attach_state *st, const struct order_thing *th)
{
    static const char *const describing[] = {"with", "got", "has", "have", "that", "thats"};
    for (size_t p = th->begin; p < th->end; p++)
        if (attach_in(st->text, st->tokens, p, th->end, describing, ORDER_WORDS_N(describing)))
            return true;
    return false;
}

void attach_description_and(struct attach_state *st, size_t first)
{
    if (!ORDER_CUES_ANY(&st->cues, "and"))
        return;
    static const char *const articles[] = {"the", "a", "some"};
    for (size_t s = first; s + 1U < st->rg->n_things; s++) {
        const struct order_thing *a = &st->rg->things[s];
        struct order_thing *b = &st->rg->things[s + 1U];
        if (!a->is_span || !b->is_span || a->item < 0 || b->item != a->item || b->qty_explicit ||
            a->reference || b->reference || b->begin < a->end + 1U ||
            !order_tok_is(st->text, st->tokens, a->end, st->e, "and") ||
            !attach_described_span(st, a))
            continue;
        size_t p = a->end + 1U;
        if (attach_in(st->text, st->tokens, p, st->e, articles, ORDER_WORDS_N(articles)))
            p++;
        if (p == b->begin)
            b->reference = true; /* "... and the red cabbage slaw": the dish's own words */
    }
}
