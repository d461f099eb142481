/* attach_count_spelt.c — "tow (2) falafel wraps", "tree (3) bowls", "fiv (5) shakes": a count
 * written out on a form, in words then in digits, where the words are misspelt or spelt as
 * heard. The digits say which count the word meant; a word that is near the number's English
 * word (the same first letter, two edits at most) is that count spelt, no word of its own.
 * "table (4)" or "bowls (3)" stay the word's. */
#include <string.h>

#include "gateway/order/attach_internal.h"

bool attach_count_spelt(const struct attach_state *st, size_t i, int32_t v)
{
    enum { SPELT_EDITS_MAX = 2 };
    static const char *const words[] = {"one",   "two",   "three", "four", "five",   "six",
                                        "seven", "eight", "nine",  "ten",  "eleven", "twelve"};
    const struct order_token *t = &st->tokens[i];
    if (v < 1 || (size_t)v > ORDER_WORDS_N(words) || t->kind != ORDER_TOKEN_WORD)
        return false;
    const char *w = st->text + t->off, *n = words[v - 1];
    size_t len = strlen(n);
    for (size_t k = 0; k < t->len; k++)
        if (w[k] < 'a' || w[k] > 'z')
            return false;
    return t->len >= 3U && w[0] == n[0] && st->rg->n_hits[i] == 0 &&
           order_edit_distance(w, t->len, n, len, SPELT_EDITS_MAX) <= SPELT_EDITS_MAX;
}
