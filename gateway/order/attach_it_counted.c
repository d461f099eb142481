/* attach_it_counted.c — a count right after "it" standing for a dish asked or told of
 * (attach_pronoun_object.c, attach_references.c; reading.h pass 4): "is the lemonade fresh?
 * ill have it x3", "ill take it times two anyway", "get it twice". The count multiplies the
 * one dish the pronoun points at, as "x3" after its name would. */
#include "gateway/order/attach_internal.h"

/* Tokens of a multiplying count at q, before end: "x3", "x 3", "times three", "twice",
 * "thrice"; 0 when none, *v its value. A bare number is no such count: "ill take it 2
 * ways" is not two of it. */
size_t attach_it_count_at(const struct attach_state *st, size_t q, size_t end, int32_t *v)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (q >= end || t[q].kind != ORDER_TOKEN_WORD || !attach_free(st, q))
        return 0;
    int32_t n = -1;
    size_t k = 0;
    if (t[q].len > 1 && text[t[q].off] == 'x' &&
        (n = attach_digits(text + t[q].off + 1, t[q].len - 1U, false)) > 0)
        k = 1; /* x3 */
    else if (order_tok_is(text, t, q, end, "twice") || order_tok_is(text, t, q, end, "thrice")) {
        n = order_tok_is(text, t, q, end, "twice") ? 2 : 3;
        k = 1;
    } else if ((order_tok_is(text, t, q, end, "x") || order_tok_is(text, t, q, end, "times")) &&
               attach_free(st, q + 1U) &&
               (k = attach_number(st->rd->u, text, t, q + 1U, end, &n)) > 0 &&
               !attach_is_article(text, t, q + 1U, end))
        k += 1; /* x 3, times three */
    else
        return 0;
    if (n < 2 || n > ORDER_QTY_MAX)
        return 0;
    *v = n;
    return k;
}
