/* language_whether.c — a question asked as a wish to know, in another language (language.h):
 * "Necesito saber si el elote pica mucho", "Ich möchte wissen, ob ...", "Vorrei sapere se
 * ...". The verb of wanting there wants an answer, not a dish. */
#include <stddef.h>
#include <string.h>

#include "gateway/order/language.h"

enum { WHETHER_WORD_MAX = 16 };

/* The next word of s[*at..len) into word (lowercase ASCII letters; bytes beyond ASCII kept as
 * they are), its length, or 0 at the end. A word longer than the buffer is cut. */
static size_t whether_next(const char *s, size_t len, size_t *at, char *word)
{
    while (*at < len && !((unsigned char)s[*at] >= 0x80 || (s[*at] >= 'a' && s[*at] <= 'z') ||
                          (s[*at] >= 'A' && s[*at] <= 'Z')))
        (*at)++;
    size_t n = 0;
    while (*at < len && ((unsigned char)s[*at] >= 0x80 || (s[*at] >= 'a' && s[*at] <= 'z') ||
                         (s[*at] >= 'A' && s[*at] <= 'Z'))) {
        char c = s[*at];
        if (n < WHETHER_WORD_MAX)
            word[n++] = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        (*at)++;
    }
    word[n] = '\0';
    return n;
}

bool order_language_asks_whether(const char *text, size_t len)
{
    /* a verb of knowing and the word that opens the question after it, per language */
    static const char *const pairs[][2] = {
        {"saber", "si"},      {"saber", "se"},      {"wissen", "ob"}, {"sapere", "se"},
        {"savoir", "si"},     {"weten", "of"},      {"saber", "qué"}, {"saber", "cuánto"},
        {"sapere", "quanto"}, {"savoir", "combien"}};
    char prev[WHETHER_WORD_MAX + 1] = "", word[WHETHER_WORD_MAX + 1];
    size_t at = 0;
    while (whether_next(text, len, &at, word) > 0) {
        for (size_t p = 0; p < sizeof(pairs) / sizeof(*pairs); p++)
            if (strcmp(prev, pairs[p][0]) == 0 && strcmp(word, pairs[p][1]) == 0)
                return true;
        memcpy(prev, word, sizeof(prev));
    }
    return false;
}
