/* attach_not_wanted.c — "not" and a thing no menu word names, with no dish before it to change
 * (attach_leftovers.c, reading.h pass 4): "anything without garlic? (for me, not the dogs)",
 * "not a soda". The customer says what is not meant; what follows "not" is asked for by
 * nobody, so it is no dish the menu lacks to decline, and none to ask back. */
#include "gateway/order/attach_internal.h"

bool attach_not_wanted(const struct attach_state *st, size_t i, size_t j)
{
    if (!ORDER_CUES_ANY(&st->cues, "not"))
        return false;
    static const char *const articles[] = {"a", "an", "the", "any"};
    if (!order_tok_is(st->text, st->tokens, i, j, "not"))
        return false;
    size_t p = i + 1U;
    if (order_tok_in(st->text, st->tokens, p, j, articles, ORDER_WORDS_N(articles)))
        p++;
    if (p >= j)
        return false;
    for (size_t k = p; k < j; k++)
        if (st->rg->n_hits[k] > 0)
            return false; /* "not the truffle ones": a dish of the menu, read elsewhere */
    return true;
}
