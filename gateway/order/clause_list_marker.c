/* clause_list_marker.c — "(1) ...\n(2) ...\n(3) Cold Brew": a number in parentheses opening
 * each line of a list, running 1, 2, 3 down the lines, numbers the entries; it counts no
 * dish. Read as a count ("(x3) burger" and "(3) burger" alone still count), the third entry
 * was three cold brews. Only a run of two lines or more that starts at 1 numbers so. */
#include "gateway/order/clause_internal.h"

/* The number in parentheses opening a line at token b ("(2)"), or 0. */
static int32_t marker_at(const char *text, const struct order_token *tokens, size_t b, size_t e)
{
    enum { MARKER_MAX = 99 };
    if (b + 3U > e || tokens[b].kind != ORDER_TOKEN_PUNCT || tokens[b].punct != '(' ||
        tokens[b + 1U].kind != ORDER_TOKEN_WORD || tokens[b + 2U].kind != ORDER_TOKEN_PUNCT ||
        tokens[b + 2U].punct != ')' || !order_token_opens_line(text, tokens, b))
        return 0;
    const char *w = text + tokens[b + 1U].off;
    int32_t v = 0;
    for (size_t k = 0; k < tokens[b + 1U].len; k++) {
        if (w[k] < '0' || w[k] > '9' || v > MARKER_MAX)
            return 0;
        v = v * 10 + (w[k] - '0');
    }
    return v;
}

void clause_list_marker(const char *text, const struct order_token *tokens,
                        const struct order_clause *cl, struct order_reading *out)
{
    int32_t own = marker_at(text, tokens, cl->begin, cl->end);
    if (own == 0)
        return;
    /* the markers of every line, in order: 1, 2, 3, ... and this line's among them */
    int32_t expect = 1;
    bool listed = false;
    for (size_t c = 0; c < out->n_clauses; c++) {
        const struct order_clause *o = &out->clauses[c];
        int32_t v = marker_at(text, tokens, o->begin, o->end);
        if (v == 0)
            continue;
        if (v != expect++)
            return;
        listed = listed || o == cl;
    }
    if (!listed || expect <= 2)
        return; /* one line alone: "(3) burgers" counts */
    for (size_t p = cl->begin; p < cl->begin + 3U; p++)
        out->roles[p] = ORDER_ROLE_FILLER;
}
