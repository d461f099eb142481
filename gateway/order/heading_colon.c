/* heading_colon.c — the colon that ends a heading before a list (reading.h): right after
 * the heading's words ("staff lunch: ...") or after a short aside in brackets that says whom
 * it is for ("crew meal #2 (the sound guys): ..."). An aside longer than a few words is no
 * part of a heading. */
#include "gateway/order/reading.h"

static bool heading_punct_at(const struct order_token *tokens, size_t i, size_t e, char c)
{
    return i < e && tokens[i].kind == ORDER_TOKEN_PUNCT && tokens[i].punct == c;
}

size_t order_heading_colon(const char *text, const struct order_token *tokens, size_t c, size_t e)
{
    enum { ASIDE_WORDS_MAX = 5 };
    (void)text;
    if (heading_punct_at(tokens, c, e, ':'))
        return c;
    if (!heading_punct_at(tokens, c, e, '('))
        return 0;
    for (size_t k = c + 1U; k < e && k <= c + 1U + ASIDE_WORDS_MAX; k++) {
        if (heading_punct_at(tokens, k, e, ')'))
            return heading_punct_at(tokens, k + 1U, e, ':') ? k + 1U : 0;
        if (tokens[k].kind != ORDER_TOKEN_WORD)
            return 0;
    }
    return 0;
}
