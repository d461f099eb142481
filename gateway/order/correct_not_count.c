/* correct_not_count.c — a count closing an aside that declines a dish ("the fish taco, not
 * the flan, x2", "the bowl - not the burrito one - x3"). The count "xN" after the declined
 * dish points past it at the dish meant: the declined dish is no order, so its count would
 * be lost with it, and the dish meant stay one. */
#include <ctype.h>

#include "gateway/order/correct_internal.h"

/* The tokens of "xN" / "x N" at p (N digits), then the end or a mark; 0 when none. */
static size_t not_count_times(const char *text, const struct order_token *tokens, size_t p,
                              size_t n)
{
    if (p >= n || tokens[p].len == 0 || tolower((unsigned char)text[tokens[p].off]) != 'x')
        return 0;
    size_t k = 1;
    const struct order_token *d = &tokens[p];
    size_t from = 1;
    if (tokens[p].len == 1) {
        if (p + 1U >= n)
            return 0;
        d = &tokens[p + 1U];
        from = 0;
        k = 2;
    }
    if (d->len <= from)
        return 0;
    for (size_t c = from; c < d->len; c++)
        if (!isdigit((unsigned char)text[d->off + c]))
            return 0;
    return p + k == n || tokens[p + k].kind == ORDER_TOKEN_PUNCT ? k : 0;
}

void correct_not_count(const char *text, const struct order_token *tokens, size_t n,
                       struct order_thing *now, struct order_thing *declined)
{
    if (!declined->qty_explicit || now->qty_explicit)
        return;
    size_t p = declined->end;
    if (order_tok_is(text, tokens, p, n, "one") || order_tok_is(text, tokens, p, n, "ones"))
        p++;
    /* "not the flan lol - x2": a laugh closing the aside says nothing of the count */
    if (order_tok_laugh(text, tokens, p, n))
        p++;
    size_t marks = 0;
    while (p < n && tokens[p].kind == ORDER_TOKEN_PUNCT && tokens[p].punct != '.') {
        p++;
        marks++;
    }
    if (marks == 0 || not_count_times(text, tokens, p, n) == 0)
        return;
    now->qty = declined->qty;
    now->qty_explicit = true;
    declined->qty = 1;
    declined->qty_explicit = false;
}
