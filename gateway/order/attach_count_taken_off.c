/* attach_count_taken_off.c — a count taken off a dish asked for many of (attach.c, reading.h
 * pass 4): "two green garden burgers ... actually cancel one of them", "3 lemonades. drop 1".
 * A verb that takes a dish back right before a smaller count pointing at the dish says how
 * many fewer: the count comes off the dish, no part of it is split off. */
#include "gateway/order/attach_internal.h"

bool attach_count_taken_off(struct attach_state *st, size_t c, struct order_thing *last, size_t i,
                            size_t p, size_t k, int32_t v)
{
    if (!ORDER_CUES_ANY(&st->cues, "cancel", "remove", "drop", "scratch", "minus", "nix"))
        return false;
    static const char *const taking[] = {"cancel", "remove", "drop", "scratch", "minus", "nix"};
    const struct order_clause *cl = &st->rg->clauses[c];
    /* cheap first: a count smaller than the dish's own, right after one of the verbs */
    if (k == 0 || !last->qty_explicit || v >= last->qty || i == cl->begin ||
        !attach_in(st->text, st->tokens, i - 1U, cl->end, taking, ORDER_WORDS_N(taking)))
        return false;
    /* the verb opens the clause but for a correction's words ("actually", "wait"), and the
     * count ends it: "cancel one of them and add fries" leaves the rest to the readings */
    static const char *const correcting[] = {"actually", "wait", "oh",  "no",    "sorry",
                                             "ok",       "okay", "pls", "please"};
    for (size_t q = cl->begin; q + 1U < i; q++)
        if (st->tokens[q].kind == ORDER_TOKEN_WORD && st->rg->roles[q] != ORDER_ROLE_GREETING &&
            st->rg->roles[q] != ORDER_ROLE_FILLER &&
            !attach_in(st->text, st->tokens, q, cl->end, correcting, ORDER_WORDS_N(correcting)))
            return false;
    if (!attach_nothing_else(st, p + 1U, cl->end))
        return false;
    last->qty -= v;
    for (size_t q = i - 1U; q <= p; q++)
        st->rg->roles[q] = ORDER_ROLE_QTY;
    return true;
}
