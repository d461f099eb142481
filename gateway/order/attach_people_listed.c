/* attach_people_listed.c — "we're 4 (me, 2 cyclists and my mom)": a bracket that opens with
 * "me" and a separator lists the people of the party, the speaker first. A count in it counts
 * people, and the words after the count name who they are, no dish asked for or asked back. */
#include "gateway/order/attach_internal.h"

bool attach_people_listed(const struct attach_state *st, size_t i, size_t j)
{
    if (!ORDER_CUES_ANY(&st->cues, "me", "myself"))
        return false;
    static const char *const selves[] = {"me", "myself"};
    static const char *const joins[] = {"and", "n", "plus"};
    const struct order_token *t = st->tokens;
    size_t open = i;
    while (open > st->b && !(t[open - 1U].kind == ORDER_TOKEN_PUNCT && t[open - 1U].punct == '(')) {
        if (t[open - 1U].kind == ORDER_TOKEN_PUNCT && t[open - 1U].punct == ')')
            return false; /* the run stands after a bracket closed, not inside one */
        open--;
    }
    if (open == st->b || open >= i ||
        !attach_in(st->text, t, open, st->e, selves, ORDER_WORDS_N(selves)))
        return false;
    size_t after = open + 1U;
    bool listed =
        after < st->e && ((t[after].kind == ORDER_TOKEN_PUNCT && t[after].punct == ',') ||
                          attach_in(st->text, t, after, st->e, joins, ORDER_WORDS_N(joins)));
    if (!listed)
        return false;
    for (size_t p = open; p < st->e; p++) { /* up to the bracket's close: no dish named there */
        if (t[p].kind == ORDER_TOKEN_PUNCT && t[p].punct == ')')
            return p >= j;
        if (st->rg->roles[p] == ORDER_ROLE_ITEM)
            return false;
    }
    return false;
}
