/* language_pairs.c — two words in a row of another language's text, read word by word
 * (language.h): what language_whether.c and language_placed.c look for. */
#include <stddef.h>
#include <string.h>

#include "gateway/order/language.h"

enum { PAIR_WORD_MAX = 16 };

static bool pair_letter(char c)
{
    return (unsigned char)c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* The next word of s[*at..len) into word (lowercase ASCII letters; bytes beyond ASCII kept as
 * they are), its length, or 0 at the end. A word longer than the buffer is cut. */
static size_t pair_next(const char *s, size_t len, size_t *at, char *word)
{
    while (*at < len && !pair_letter(s[*at]))
        (*at)++;
    size_t n = 0;
    for (; *at < len && pair_letter(s[*at]); (*at)++) {
        char c = s[*at];
        if (n < PAIR_WORD_MAX)
            word[n++] = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    word[n] = '\0';
    return n;
}

bool order_language_has_pair(const char *text, size_t len, const char *const (*pairs)[2],
                             size_t n_pairs)
{
    char prev[PAIR_WORD_MAX + 1] = "", word[PAIR_WORD_MAX + 1];
    size_t at = 0;
    while (pair_next(text, len, &at, word) > 0) {
        for (size_t p = 0; p < n_pairs; p++)
            if (strcmp(prev, pairs[p][0]) == 0 && strcmp(word, pairs[p][1]) == 0)
                return true;
        memcpy(prev, word, sizeof(prev));
    }
    return false;
}
