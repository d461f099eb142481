/* described_quoted.c — a long description of a dish read as a quote of the menu (described
 * one.c): "the one with the spiced black bean and corn patty". Up to three describing words
 * may stand in the menu's text in any order ("the one with corn and black beans"); more are
 * read only in the order the menu's text has them, as a customer copying the description
 * writes them. Words gathered from all over a description, beyond three, are too loose a
 * fit to name a dish without asking. */
#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "gateway/order/described_internal.h"

static bool quoted_letter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

/* The end of the first whole word w (or its plural in "s" or "es") in text at or after p, or
 * NULL when there is none. */
static const char *quoted_word_after(const char *text, const char *p, const char *w, size_t len)
{
    size_t base = len > 3 && w[len - 1] == 's' ? len - 1 : len;
    for (; *p; p++) {
        if ((p > text && quoted_letter(p[-1])) || *p != w[0] || strncmp(p, w, base) != 0)
            continue;
        const char *q = p + base;
        if (q[0] == 'e' && q[1] == 's')
            q += 2;
        else if (q[0] == 's')
            q++;
        if (!quoted_letter(*q))
            return q;
    }
    return NULL;
}

bool described_quoted(const char *text, const char *const *words, const size_t *lens, size_t n)
{
    if (n <= DESCRIBED_LOOSE_MAX)
        return true;
    if (!text)
        return false;
    const char *p = text;
    for (size_t i = 0; i < n && p; i++)
        p = lens[i] > 0 ? quoted_word_after(text, p, words[i], lens[i]) : NULL;
    return p != NULL;
}
