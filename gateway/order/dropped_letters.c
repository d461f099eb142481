/* dropped_letters.c — a word written with one letter left out ("wihout", "chocoate",
 * "cheesecke", "pleae") is read as the word a person sees in it (reading.h). The commonest
 * slip of the keys: left alone, "wihout tomato" is a dish the menu lacks, "chocoate shake"
 * one of two shakes, and "cheesecke" a misspelt menu word to ask back about.
 *
 * The rules are the swapped letters' (swapped_letters.c): only a word no vocabulary knows
 * as written, of letters a-z, is read so; its first letter is kept; and only where one known
 * word alone is that word with a letter put back. A word with two readings stays as written
 * ("buger": "burger", "bugger"), as does one that a swap of two letters reads as a word too.
 * The word left must have five letters or more, and one of five is read only into a word of
 * the menu or of English chat: shorter words, and five letters read into English or its foods
 * at large, are as often another language's or slang ("leche", "finna": no "finnan"). The
 * readings are the listed words (and their plurals in -s) the vocabularies' index of words
 * with a letter left out gives (one_short.h), in a probe or two, each checked against the
 * vocabularies themselves: trying every letter at every place would cost some 1,300 probes
 * a word. */
#include <string.h>

#include "gateway/order/one_short.h"
#include "gateway/order/reading.h"

enum {
    DROPPED_WORD_MIN = 5,  /* letters left: the word meant has six or more */
    DROPPED_WORD_MAX = 31, /* longer ones are no word to repair */
    DROPPED_FOUND_MAX = 8, /* letters the index finds for one word: two readings decide */
};

/* The letter to put back into w[0..len) and where, when the word is one known word so;
 * false otherwise. */
static bool dropped_reading(const struct order_reader *rd, const char *w, size_t len,
                            struct order_letter_back *back)
{
    if (!order_word_of_letters(w, len, DROPPED_WORD_MIN, DROPPED_WORD_MAX))
        return false;
    struct order_letter_back found[DROPPED_FOUND_MAX];
    size_t n = order_one_short_find(rd->one_short, w, len, found, DROPPED_FOUND_MAX);
    if (n == 0 || order_word_slip_known(rd, w, len))
        return false;
    /* the known words the letters found spell, each once ("cheese" of "chese" by either e) */
    char word[DROPPED_WORD_MAX + 1], first[DROPPED_WORD_MAX + 1];
    size_t words = 0;
    for (size_t i = 0; i < n && words < 2; i++) {
        memcpy(word, w, found[i].at);
        word[found[i].at] = found[i].letter;
        memcpy(word + found[i].at + 1U, w + found[i].at, len - found[i].at);
        if ((words == 1 && memcmp(word, first, len + 1U) == 0) ||
            !order_word_known(rd, word, len + 1U, true))
            continue;
        if (words++ == 0) {
            memcpy(first, word, len + 1U);
            *back = found[i];
        }
    }
    if (words != 1 || order_swap_places(rd, w, len) != 0)
        return false;
    return len > DROPPED_WORD_MIN || order_word_plain(rd, first, len + 1U);
}

size_t order_undrop_letters(const struct order_reader *rd, char *text, size_t *len, size_t cap,
                            struct order_token *tokens, size_t n)
{
    for (size_t t = 0; t < n; t++) {
        struct order_token *k = &tokens[t];
        struct order_letter_back back = {0, 0};
        if (k->kind != ORDER_TOKEN_WORD || *len + 2U > cap ||
            order_word_after_foreign(text, tokens, t) ||
            !dropped_reading(rd, text + k->off, k->len, &back))
            continue;
        size_t p = k->off + back.at;
        memmove(text + p + 1U, text + p, *len - p + 1U); /* with its NUL */
        text[p] = back.letter;
        (*len)++;
        k->len++;
        for (size_t j = t + 1U; j < n; j++)
            tokens[j].off++;
    }
    return n;
}
