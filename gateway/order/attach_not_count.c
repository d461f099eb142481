/* attach_not_count.c — a count taken back after the dish (attach_internal.h): "3 teriyaki
 * bowls not 2", "2 lemonades not 3 sorry". The number after "not" is the count said before,
 * corrected; it is no change of the dish. */
#include <string.h>

#include "gateway/order/attach_internal.h"

/* "3 teriyaki bowls not 2": "not" and a number alone, at a, correct the count said before;
 * both become the count's words. An apology or thanks after the number ("not 3 sorry")
 * still leaves it alone. */
bool attach_not_count(struct attach_state *st, size_t a, size_t limit)
{
    if (!ORDER_CUES_ANY(&st->cues, "not"))
        return false;
    static const char *const courtesies[] = {"sorry", "please", "pls", "plz", "thanks", "thx"};
    int32_t was;
    if (!order_tok_is(st->text, st->tokens, a, limit, "not") ||
        attach_number(st->rd->u, st->text, st->tokens, a + 1, limit, &was) != 1)
        return false;
    size_t p = a + 2;
    while (p < limit &&
           (st->rg->roles[p] == ORDER_ROLE_GREETING ||
            order_tok_in(st->text, st->tokens, p, limit, courtesies, ORDER_WORDS_N(courtesies))))
        p++;
    if (!(p >= limit || attach_boundary(st->text, st->tokens, p, limit)))
        return false;
    memset(st->rg->roles + a, ORDER_ROLE_QTY, 2);
    return true;
}
