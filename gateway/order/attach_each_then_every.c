/* attach_each_then_every.c — a count of every dish of a list with a change of every dish
 * after it ("a carnitas taco, a fish taco - 1 of each, all with no onion"). The count is
 * read later with the other counts of every dish (attach_all_count.c); the change after it
 * is still the whole list's, so attach_after (attach_parts.c) steps over the count to reach
 * the "all" or "both" that opens the change, instead of stopping there and leaving the
 * change to the last dish alone. */
#include "gateway/order/attach_internal.h"

size_t attach_each_before_every(const struct attach_state *st, size_t a, size_t limit)
{
    if (!ORDER_CUES_ANY(&st->cues, "each") || !ORDER_CUES_ANY(&st->cues, "all", "both"))
        return 0;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    int32_t v;
    size_t n = attach_number(st->rd->u, text, t, a, limit, &v);
    if (n == 0)
        return 0;
    size_t p = a + n;
    if (order_tok_is(text, t, p, limit, "of"))
        p++;
    if (!order_tok_is(text, t, p, limit, "each"))
        return 0;
    size_t q = ++p;
    while (q < limit && t[q].kind == ORDER_TOKEN_PUNCT && t[q].punct == ',')
        q++;
    if (q == p || !attach_free(st, q) ||
        !(order_tok_is(text, t, q, limit, "all") || order_tok_is(text, t, q, limit, "both")))
        return 0;
    return p - a;
}
