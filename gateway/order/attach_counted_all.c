/* attach_counted_all.c — "all three", "both 2", "all 4": a word of every one and a count
 * after it (attach_piece.c, reading.h pass 4). The count only says how many "all" are, as
 * the customer tallies the dishes named: "dressing on the side for all three" is every
 * dish's change, the count no part of any dish. */
#include "gateway/order/attach_internal.h"

bool attach_counted_all(const struct attach_state *st, size_t p)
{
    if (!ORDER_CUES_ANY(&st->cues, "all", "both"))
        return false;
    int32_t v;
    return (order_tok_is(st->text, st->tokens, p, st->e, "all") ||
            order_tok_is(st->text, st->tokens, p, st->e, "both")) &&
           attach_number(st->rd->u, st->text, st->tokens, p + 1U, st->e, &v) == 1 && v >= 2;
}
