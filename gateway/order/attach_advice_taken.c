/* attach_advice_taken.c — "she said get the al pastor, so I guess 3 al pastor tacos" (attach.c,
 * reading.h pass 4): a dish named in advice passed on ("said get the", "says try the") and
 * then asked for with a count of its own is one dish, asked for once: the advice names it,
 * the request counts it. */
#include "gateway/order/attach_internal.h"

/* Do the words before dish th pass on advice: a verb of saying, a verb of taking, maybe an
 * article ("said get the", "says to try a")? */
static bool advice_before(const struct attach_state *st, const struct order_thing *th)
{
    static const char *const saying[] = {"said", "says", "say", "told", "tells"};
    static const char *const taking[] = {"get", "try", "order", "have"};
    static const char *const articles[] = {"the", "a", "an", "their", "your", "ur"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t p = th->begin;
    if (p > 0 && order_tok_in(text, t, p - 1U, th->begin, articles, ORDER_WORDS_N(articles)))
        p--;
    if (p > 0 && order_tok_in(text, t, p - 1U, p, taking, ORDER_WORDS_N(taking)))
        p--;
    else
        return false;
    if (p > 0 && order_tok_is(text, t, p - 1U, p, "to"))
        p--; /* "told me to get the ..." */
    if (p > 0 && order_tok_is(text, t, p - 1U, p, "me"))
        p--;
    return p > 0 && order_tok_in(text, t, p - 1U, p, saying, ORDER_WORDS_N(saying));
}

void attach_advice_taken(struct attach_state *st, size_t first)
{
    if (!ORDER_CUES_ANY(&st->rg->cues, "said", "says", "say", "told", "tells") ||
        !ORDER_CUES_ANY(&st->rg->cues, "get", "try", "order", "have"))
        return;
    struct order_reading *rg = st->rg;
    for (size_t s = first; s < rg->n_things; s++) {
        const struct order_thing *now = &rg->things[s];
        if (!now->is_span || now->reference || now->item < 0 || !now->qty_explicit)
            continue;
        for (size_t x = 0; x < rg->n_things; x++) {
            struct order_thing *told = &rg->things[x];
            if (x != s && told->is_span && !told->reference && !told->qty_explicit &&
                told->end <= now->begin && told->item == now->item && told->mods.n == 0 &&
                advice_before(st, told))
                told->reference = true; /* named in the advice, counted in the request */
        }
    }
}
