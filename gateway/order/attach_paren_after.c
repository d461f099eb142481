/* attach_paren_after.c — a count in brackets after a thing the menu lacks: "sopes (2), flan
 * (2)", "poutine (3)". A form-like list writes each line's count after its dish, in
 * brackets; after a menu dish the count was read, after a dish no span read it was not,
 * and the dish, with no count, article or opener before it, was dropped without a word. The
 * bracketed digits right after the run count it as "x2" after it does. */
#include <string.h>

#include "gateway/order/attach_internal.h"

bool attach_paren_count_after(struct attach_state *st, size_t b, int32_t *qty)
{
    const struct order_token *t = st->tokens;
    if (b + 2U >= st->e || t[b].kind != ORDER_TOKEN_PUNCT || t[b].punct != '(' ||
        t[b + 1U].kind != ORDER_TOKEN_WORD || t[b + 2U].kind != ORDER_TOKEN_PUNCT ||
        t[b + 2U].punct != ')')
        return false;
    int32_t v = attach_digits(st->text + t[b + 1U].off, t[b + 1U].len, false);
    if (v < 1 || v > ORDER_QTY_MAX)
        return false;
    /* "i should like one (1) flan": brackets a word of the list follows count that word's
     * thing, as a form writes a count twice; a line's count ends its line or item */
    static const char *const joins[] = {"and", "n", "plus", "then", "also"};
    if (b + 3U < st->e && t[b + 3U].kind == ORDER_TOKEN_WORD &&
        !order_tok_in(st->text, t, b + 3U, st->e, joins, ORDER_WORDS_N(joins)))
        return false;
    for (size_t p = b; p < b + 3U; p++)
        if (!attach_free(st, p))
            return false;
    *qty = v;
    memset(st->rg->roles + b, ORDER_ROLE_QTY, 3U);
    return true;
}
