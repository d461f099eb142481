/* normalize_ampersand.c — a '&' standing alone between blanks, written in the match form as
 * the "and" it stands for ("pad thai & spring rolls", "a burger, & is it vegan?"). People
 * type the sign and the word for one conjunction; written as the word, every reading of
 * "and" (lists of dishes, a question joined to an order, a change's second part) reads the
 * sign too. A '&' inside a word ("r&b", "mac&cheese") is left as it is. */
#include <stdbool.h>
#include <string.h>

#include "gateway/order/normalize.h"

static bool ampersand_edge(const char *out, size_t o, size_t i)
{
    return i >= o || out[i] == ' ' || out[i] == '\n';
}

size_t order_ampersand_as_and(char *out, size_t o, size_t out_cap)
{
    char *p = out;
    while ((p = memchr(p, '&', o - (size_t)(p - out))) != NULL) {
        size_t i = (size_t)(p - out);
        if (!(i == 0 || ampersand_edge(out, o, i - 1U)) || !ampersand_edge(out, o, i + 1U) ||
            o + 3U > out_cap) {
            p++;
            continue;
        }
        memmove(p + 3, p + 1, o - i); /* the NUL too */
        memcpy(p, "and", 3);
        o += 2U;
        p += 3;
    }
    return o;
}
