/* rest_of_count.c — "3 jarritos, 1 mandarin and the rest tamarind": a kind of dish counted,
 * then dishes of that kind counted out, and one named right after "the rest". That one is
 * what the kind's count leaves once the others are counted, not one; the kind, counted out
 * in full, asks for nothing more. */
#include <string.h>

#include "gateway/order/reading.h"

/* Is thing th named right after "rest" ("the rest tamarind", "rest al pastor")? */
static bool rest_named(const char *text, const struct order_token *tokens,
                       const struct order_thing *th)
{
    return th->begin > 0 && !th->qty_explicit &&
           order_tok_is(text, tokens, th->begin - 1U, th->begin, "rest");
}

/* Counts out kind k (things[t]) by the dishes of its kind right after it; false when they are
 * not one named after "the rest" and others all counted, fewer than the kind's count. */
static bool rest_count_out(const char *text, const struct order_token *tokens,
                           struct order_reading *rg, size_t t)
{
    const struct order_thing *k = &rg->things[t];
    struct order_thing *rest = NULL;
    int32_t counted = 0;
    for (size_t s = t + 1U; s < rg->n_things; s++) {
        struct order_thing *d = &rg->things[s];
        if (!d->is_span || d->item < 0 || d->reference ||
            !order_item_set_has(&k->candidates, (size_t)d->item))
            break;
        if (rest_named(text, tokens, d)) {
            if (rest)
                return false;
            rest = d;
        } else if (d->qty_explicit) {
            counted += d->qty;
        } else {
            return false;
        }
    }
    if (!rest || counted == 0 || counted >= k->qty)
        return false;
    rest->qty = k->qty - counted;
    rest->qty_explicit = true;
    return true;
}

void order_read_rest_of_count(const char *text, const struct order_token *tokens,
                              struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "rest"))
        return;
    for (size_t t = 0; t < rg->n_things; t++) {
        struct order_thing *k = &rg->things[t];
        if (!k->is_span || k->item >= 0 || !k->qty_explicit || k->qty < 2 || k->past ||
            !rest_count_out(text, tokens, rg, t))
            continue;
        if (!k->reference) {
            k->reference = true;
            memset(rg->roles + k->begin, ORDER_ROLE_FILLER, k->end - k->begin);
        }
    }
}
