/* attach_platter.c — "a party platter", "two veggie platters": a phrase headed by a dish that
 * only ever serves food names the food served on it, though neither word is food by itself
 * ("party" is none, and a platter is a dish of the table, not of the kitchen). Where a dish
 * stands, such a phrase is a thing asked for: declined when the menu lacks it, never dropped as
 * words of talk. A menu that sells a platter reads the word as its own before this. */
#include "gateway/order/attach_internal.h"

bool attach_platter_head(const struct attach_state *st, size_t i, size_t b)
{
    if (!ORDER_CUES_ANY(&st->rg->cues, "platter", "platters"))
        return false;
    static const char *const serving[] = {"platter", "platters"};
    return b > i && st->rg->n_hits[b - 1U] == 0 &&
           attach_in(st->text, st->tokens, b - 1U, b, serving, ORDER_WORDS_N(serving));
}
