/* attach_dash_count_after.c — a count said after a dish no span reads, behind a dash and
 * pointing back at it (attach_leftover_run.c, reading.h pass 4): "sopa azteca - 2 of those",
 * "ginger beers - 3 of them". After a menu dish the dash's count is read as the dish's
 * (attach_count_after.c); after a dish the menu lacks it was read as pointing further back,
 * at the dish before, which then took the count, and the dish said was dropped without a
 * word. A count of the pronoun right after the dash counts the run the dash closes. */
#include <string.h>

#include "gateway/order/attach_internal.h"

bool attach_dash_count_after(struct attach_state *st, size_t b, int32_t *qty)
{
    if (!ORDER_CUES_ANY(&st->cues, "of") ||
        !ORDER_CUES_ANY(&st->cues, "them", "those", "these", "em"))
        return false;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (b + 1U >= st->e || t[b].kind != ORDER_TOKEN_PUNCT || t[b].punct != '-')
        return false;
    int32_t v;
    size_t k = attach_number(st->rd->u, text, t, b + 1U, st->e, &v);
    if (k == 0 || attach_is_article(text, t, b + 1U, st->e) || v < 1 || v > ORDER_QTY_MAX)
        return false;
    size_t p = b + 1U + k;
    if (!order_tok_is(text, t, p, st->e, "of") || !attach_them_at(text, t, p + 1U, st->e))
        return false;
    size_t end = p + 2U; /* the count closes its line or piece */
    if (end < st->e && t[end].kind == ORDER_TOKEN_WORD && !attach_please_at(text, t, end, st->e))
        return false;
    for (size_t q = b; q < end; q++)
        if (!attach_free(st, q))
            return false;
    *qty = v;
    memset(st->rg->roles + b, ORDER_ROLE_QTY, end - b);
    return true;
}

bool attach_dash_count_of_unread(const struct attach_state *st, size_t begin, size_t i)
{
    const struct order_token *t = st->tokens;
    return i >= begin + 2U && t[i - 1U].kind == ORDER_TOKEN_PUNCT && t[i - 1U].punct == '-' &&
           t[i - 2U].kind == ORDER_TOKEN_WORD && attach_free(st, i - 2U) &&
           st->rg->n_hits[i - 2U] == 0;
}
