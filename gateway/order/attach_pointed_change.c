/* attach_pointed_change.c — a change said right after a pronoun that points at a dish
 * (attach_pronoun_object.c): "the jackfruit? ill have that w extra slaw and onion rings". The
 * change belongs to the dish the pronoun points at, not to the next dish of the clause. */
#include <string.h>

#include "gateway/order/attach_internal.h"

/* With no count of its own, the pronoun takes the dish as it was asked for; the change
 * after it is added to that dish. */
void attach_change_of_pointed(struct attach_state *st, struct order_thing *last, size_t a,
                              size_t end)
{
    if (!ORDER_CUES_ANY(&st->cues, "with", "w"))
        return;
    if (!(order_tok_is(st->text, st->tokens, a, end, "with") ||
          order_tok_is(st->text, st->tokens, a, end, "w")) ||
        a + 1U >= end || !st->rg->mod_zone[a + 1U])
        return;
    size_t b = a + 1U;
    while (b < end && st->rg->mod_zone[b] && attach_free(st, b))
        b++;
    attach_piece(st, last, a, b);
    memset(st->rg->roles + a, ORDER_ROLE_MODIFIER, b - a);
}
