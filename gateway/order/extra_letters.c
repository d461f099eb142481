/* extra_letters.c — a word written with a letter typed twice ("witthout", "burritoo",
 * "hourss", "piizza") is read as the word a person sees in it (reading.h): left alone,
 * "witthout mint" is a dish the menu lacks and "a burritoo" a misspelt burger asked back about.
 * Only a letter typed twice is taken out: a word a letter longer than a known one in any other
 * way is as often a word the lists lack ("unsalted": no "unsated", "chocolatey", "expresso").
 *
 * The rules are the other letter slips' (dropped_letters.c): only a word no vocabulary knows
 * as written (order_word_slip_known), of letters a-z and six of them or more, is read so; its
 * first letter is kept; and only where one known word alone is that word less a letter, and
 * no known word is it with a letter put back or two letters swapped. Where the word meant has
 * five letters it must be the menu's or English chat's (order_word_plain). A letter held for
 * emphasis in a menu word ("burgerrr") is read before, by held_letters.c. The readings are
 * the listed words (and their plurals in -s) the vocabularies' index holds whole
 * (one_short.h), a probe or two for each letter taken out, each checked against the
 * vocabularies themselves. */
#include <string.h>

#include "gateway/order/one_short.h"
#include "gateway/order/reading.h"

enum {
    EXTRA_WORD_MIN = 6,  /* letters written: the word meant has five or more */
    EXTRA_WORD_MAX = 33, /* the word meant has at most 32 */
    EXTRA_FOUND_MAX = 8, /* letters the drop index finds: any one makes a second reading */
};

/* Where in w[0..len) the one letter too many is, or 0 when the word is no one known word
 * less a letter. */
static size_t extra_at(const struct order_reader *rd, const char *w, size_t len)
{
    if (!order_word_of_letters(w, len, EXTRA_WORD_MIN, EXTRA_WORD_MAX))
        return 0;
    char word[EXTRA_WORD_MAX], first[EXTRA_WORD_MAX];
    size_t at = 0, words = 0;
    for (size_t i = 2; i < len && words < 2; i++) {
        if (w[i] != w[i - 1U])
            continue; /* only a letter typed twice: a word one letter longer than a known
                         one is as often a word the lists lack ("unsalted", "chocolatey") */
        memcpy(word, w, i);
        memcpy(word + i, w + i + 1U, len - i - 1U);
        if (!order_one_short_listed(rd->one_short, word, len - 1U) ||
            (words == 1 && memcmp(word, first, len - 1U) == 0) ||
            !order_word_known(rd, word, len - 1U, true))
            continue;
        if (words++ == 0) {
            memcpy(first, word, len - 1U);
            at = i;
        }
    }
    struct order_letter_back found[EXTRA_FOUND_MAX];
    if (words != 1 || order_word_slip_known(rd, w, len) ||
        (len - 1U == EXTRA_WORD_MIN - 1U && !order_word_plain(rd, first, len - 1U)) ||
        order_one_short_find(rd->one_short, w, len, found, EXTRA_FOUND_MAX) > 0 ||
        order_swap_places(rd, w, len) != 0)
        return 0;
    return at;
}

size_t order_unextra_letters(const struct order_reader *rd, char *text, size_t *len,
                             struct order_token *tokens, size_t n)
{
    for (size_t t = 0; t < n; t++) {
        struct order_token *k = &tokens[t];
        size_t at;
        if (k->kind != ORDER_TOKEN_WORD || order_word_after_foreign(text, tokens, t) ||
            (at = extra_at(rd, text + k->off, k->len)) == 0)
            continue;
        order_word_letter_remove(text, len, tokens, n, t, at);
    }
    return n;
}
