/* attach_bare_quantity.c — a vague amount with nothing after it, where a thought broke off:
 * "3 tacos and some... actually just a flan", "a horchata and some. one churro". With no
 * noun it names no change and no dish; read as a change, "some" was passed to the kitchen
 * on the dish before. */
#include "gateway/order/attach_internal.h"

bool attach_bare_quantity(const struct attach_state *st, size_t a, size_t b)
{
    return b > a && order_patterns_longest(&st->rd->u->vague_quantities, st->text, st->tokens, a, b,
                                           NULL) == b - a;
}
