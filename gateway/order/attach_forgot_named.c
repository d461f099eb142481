/* attach_forgot_named.c — "forgot the flan, can u add one": a dish named in a clause that
 * tells of it being forgotten is the dish the customer means to have; "one" of it asked for
 * after that is its count, not one more beside a dish already asked for. Whoever forgot it
 * ("i forgot", "you forgot my fries"), the dish is not yet in the order. */
#include "attach_internal.h"

bool attach_forgot_named(const struct attach_state *st, const struct order_thing *last)
{
    if (!ORDER_CUES_ANY(&st->rg->cues, "forgot", "forget", "forgotten", "forgetting"))
        return false;
    static const char *const forgetting[] = {"forgot", "forget", "forgotten", "forgetting"};
    const struct order_clause *cl = &st->rg->clauses[last->clause];
    for (size_t p = cl->begin; p < last->begin; p++)
        if (order_tok_in(st->text, st->tokens, p, cl->end, forgetting, ORDER_WORDS_N(forgetting)))
            return true;
    return false;
}
