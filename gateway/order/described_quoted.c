/* described_quoted.c — a long description of a dish read as a quote of the menu
 * (described_one.c): "the one with the spiced black bean and corn patty". Up to three describing
 * words may stand in the menu's text in any order ("the one with corn and black beans"); more are
 * read only in the order the menu's text has them, as a customer copying the description
 * writes them. Words gathered from all over a description, beyond three, are too loose a
 * fit to name a dish without asking. */
#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "gateway/order/described_internal.h"
#include "gateway/order/lexicon.h"

bool described_quoted(const char *text, const char *const *words, const size_t *lens, size_t n)
{
    if (n <= DESCRIBED_LOOSE_MAX)
        return true;
    if (!text)
        return false;
    const char *p = text;
    for (size_t i = 0; i < n && p; i++)
        p = lens[i] > 0 ? order_lexicon_text_word_end(text, p, words[i], lens[i]) : NULL;
    return p != NULL;
}
