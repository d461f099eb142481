/* edit_distance.c — how many letters two words differ by (lexicon.h), and how many a word of
 * a given length may differ by and still be read as a menu word. */
#include <stddef.h>

#include "gateway/order/lexicon.h"

size_t order_typo_bound(size_t len)
{
    if (len < ORDER_LEX_TYPO_MIN)
        return 0;
    if (len <= 5)
        return 1;
    return len <= 8 ? 2 : 3;
}

size_t order_edit_distance(const char *a, size_t alen, const char *b, size_t blen, size_t max)
{
    enum { N = ORDER_LEX_WORD_BYTES_MAX + 1 };
    if (alen >= N || blen >= N)
        return max + 1;
    if ((alen > blen ? alen - blen : blen - alen) > max)
        return max + 1;
    /* Only the band |i - j| <= max is computed: a path through a cell outside it costs more
     * than max already. The cells just outside the band read as max + 1. */
    size_t d[3][N + 1]; /* rows i-2, i-1, i of the optimal-string-alignment table */
    for (size_t r = 0; r < 3; r++)
        for (size_t j = 0; j <= blen; j++)
            d[r][j] = max + 1;
    for (size_t j = 0; j <= blen && j <= max; j++)
        d[1][j] = j;
    for (size_t i = 1; i <= alen; i++) {
        size_t *cur = d[(i + 1) % 3], *prev = d[i % 3], *pp = d[(i + 2) % 3];
        size_t lo = i > max ? i - max : 1, hi = i + max < blen ? i + max : blen;
        cur[lo - 1] = i <= max ? i : max + 1;
        if (hi < blen)
            cur[hi + 1] = max + 1;
        size_t row_min = cur[lo - 1];
        for (size_t j = lo; j <= hi; j++) {
            size_t cost = a[i - 1] != b[j - 1];
            size_t v = prev[j - 1] + cost;
            if (prev[j] + 1 < v)
                v = prev[j] + 1;
            if (cur[j - 1] + 1 < v)
                v = cur[j - 1] + 1;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && pp[j - 2] + 1 < v)
                v = pp[j - 2] + 1; /* two neighbours swapped */
            cur[j] = v;
            if (v < row_min)
                row_min = v;
        }
        if (row_min > max)
            return max + 1;
    }
    return d[(alen + 1) % 3][blen];
}
