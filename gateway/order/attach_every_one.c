/* attach_every_one.c — "either one", "each one", "every one" pointing back at a dish asked
 * for many of (attach_count_reference.c, reading.h pass 4): "2 carnitas tacos. no onion on
 * either one". The "one" after a word of every one counts no part of the dish: the change
 * is the whole dish's, as "on both" or "on each" would say. */
#include "gateway/order/attach_internal.h"

bool attach_every_one(struct attach_state *st, size_t c, const struct order_thing *last, size_t i,
                      size_t k, int32_t v)
{
    if (!ORDER_CUES_ANY(&st->cues, "one") || !ORDER_CUES_ANY(&st->cues, "either", "each", "every"))
        return false;
    static const char *const every[] = {"either", "each", "every"};
    const struct order_clause *cl = &st->rg->clauses[c];
    if (k != 1 || v != 1 || last->qty < 2 || !last->qty_explicit || i <= cl->begin ||
        !order_tok_is(st->text, st->tokens, i, cl->end, "one") ||
        !attach_in(st->text, st->tokens, i - 1U, cl->end, every, ORDER_WORDS_N(every)))
        return false;
    /* the word of every one, and the "on" / "for" before it, are the count's, no change's */
    st->rg->roles[i - 1U] = ORDER_ROLE_QTY;
    if (attach_points_at_count(st, cl->begin, i - 1U))
        st->rg->roles[i - 2U] = ORDER_ROLE_QTY;
    return true;
}
