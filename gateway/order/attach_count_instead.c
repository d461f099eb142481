/* attach_count_instead.c — "only one cheeseburger this time instead of two", "3 lemonades
 * instead of 2 please": after a counted dish, "instead of" (or "rather than") and a bare
 * count say which count is meant and take the other back. The count taken back counts
 * nothing, and "instead of two" changes no dish. A dish after that count ("3 tacos instead
 * of 2 burritos") is a swap of dishes, read elsewhere. */
#include "gateway/order/attach_internal.h"

/* Is there a count the customer said before token p in the clause, one read or still free? */
static bool attach_counted_before(const struct attach_state *st, size_t p)
{
    int32_t v;
    for (size_t q = st->b; q < p; q++)
        if ((attach_free(st, q) || st->rg->roles[q] == ORDER_ROLE_QTY) &&
            !attach_is_article(st->text, st->tokens, q, st->e) &&
            attach_number(st->rd->u, st->text, st->tokens, q, st->e, &v) > 0)
            return true;
    return false;
}

void attach_count_instead(struct attach_state *st)
{
    if (!ORDER_CUES_ANY(&st->cues, "instead", "rather"))
        return;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    for (size_t p = st->b; p + 2U < st->e; p++) {
        bool lead = (order_tok_is(text, t, p, st->e, "instead") &&
                     order_tok_is(text, t, p + 1U, st->e, "of")) ||
                    (order_tok_is(text, t, p, st->e, "rather") &&
                     order_tok_is(text, t, p + 1U, st->e, "than"));
        if (!lead || !attach_free(st, p) || !attach_free(st, p + 1U) || !attach_free(st, p + 2U) ||
            attach_is_article(text, t, p + 2U, st->e))
            continue;
        int32_t v;
        size_t k = attach_number(st->rd->u, text, t, p + 2U, st->e, &v), a = p + 2U + k;
        if (k == 0 || !attach_counted_before(st, p))
            continue;
        /* the count taken back closes what was said: the end, a mark, "and", "please" */
        if (!(a >= st->e || (t[a].kind == ORDER_TOKEN_PUNCT && t[a].punct != '&') ||
              order_tok_is(text, t, a, st->e, "and") || attach_please_at(text, t, a, st->e)))
            continue;
        memset(st->rg->roles + p, ORDER_ROLE_FILLER, a - p);
        p = a - 1U;
    }
}
