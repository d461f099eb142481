/* attach_taste_in_general.c — "i'm a wimp with spice — can i get ...", "my husband doesn't
 * care for spice", "spice is not my thing": heat as a taste in general, with no word of a
 * change before it ("no spice", "extra heat" are read as changes), tells how the customer
 * eats, not what they order. It names no dish on any menu: no dish the menu lacks. */
#include "gateway/order/attach_internal.h"

bool attach_taste_in_general(const struct attach_state *st, size_t i, size_t j)
{
    if (!ORDER_CUES_ANY(&st->cues, "spice", "heat", "spiciness", "spices"))
        return false;
    static const char *const heat[] = {"spice", "heat", "spiciness", "spices"};
    if (order_tok_is(st->text, st->tokens, i, j, "the"))
        i++; /* "i can't take the heat" */
    return i + 1U == j && order_tok_in(st->text, st->tokens, i, j, heat, ORDER_WORDS_N(heat));
}
