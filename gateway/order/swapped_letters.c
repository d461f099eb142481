/* swapped_letters.c — a word written with two neighbouring letters swapped ("chikcen",
 * "wihtout", "pienapple", "tmaales") is read as the word a person sees in it (reading.h). The
 * slip of the keys people make most: every reader downstream would otherwise take the word for
 * a misspelt menu word at best (asked back: "chikcen caesar wrap" is no dish the menu lacks)
 * and for nothing at all at worst (a food the menu lacks, a function word, a diet). Only a
 * word no vocabulary knows as written is read so, of six letters or more, its first letter
 * kept, and only where one known word alone (of the menu's names and descriptions, English,
 * foods, other languages' function words, the understanding's informal words) is that swap:
 * "chikcen" could be "chicken" alone; a word with two readings ("latets": "lattes", "latest") stays
 * as written. The match-form text is rewritten in place (its length is kept) before anything reads
 * it. */
#include <stdint.h>
#include <string.h>

#include "gateway/order/letter_words.h"
#include "gateway/order/reading.h"

enum {
    SWAP_WORD_MIN = 6,  /* shorter words are as often another language's ("carte", "crema") */
    SWAP_WORD_MAX = 32, /* longer ones are no word to repair */
};

/* Is menu word b[0..len) the word w[0..len) with the letters at i and i + 1 swapped, for some
 * i after the first? That i, or 0. */
static size_t swap_of(const char *w, const char *b, size_t len)
{
    size_t i = 0;
    while (i < len && w[i] == b[i])
        i++;
    return i > 0 && i + 1U < len && w[i] == b[i + 1U] && w[i + 1U] == b[i] &&
                   memcmp(w + i + 2U, b + i + 2U, len - i - 2U) == 0
               ? i
               : 0;
}

/* The places i (bit i) where swapping the letters at i and i + 1 of w[0..len) spells a word of
 * the menu's names and descriptions ("crispy", "hibiscus", "gluten" of "gluten-free"): one
 * walk over the menu's words, made only for a word no vocabulary knows. */
static uint32_t swap_menu_places(const struct order_lexicon *lex, const char *w, size_t len)
{
    uint32_t places = 0;
    for (size_t m = 0; m < lex->letter_words->n; m++) {
        const struct order_letter_word *b = &lex->letter_words->words[m];
        if (b->len == len && b->text[0] == w[0])
            places |= UINT32_C(1) << swap_of(w, b->text, len);
    }
    return places & ~UINT32_C(1);
}

uint32_t order_swap_places(const struct order_reader *rd, const char *w, size_t len)
{
    char s[SWAP_WORD_MAX];
    if (len > SWAP_WORD_MAX)
        return 0;
    memcpy(s, w, len);
    uint32_t places = 0;
    for (size_t i = 1; i + 1 < len; i++) {
        if (s[i] == s[i + 1U])
            continue; /* no new word */
        s[i] = w[i + 1U];
        s[i + 1U] = w[i];
        if (order_word_known(rd, s, len, true))
            places |= UINT32_C(1) << i;
        s[i] = w[i];
        s[i + 1U] = w[i + 1U];
    }
    if (places == 0 || (places & (places - 1U)) == 0)
        places |= swap_menu_places(rd->lex, w, len); /* walked only when it may still decide */
    return places;
}

/* Is w[0..len) a known word with one letter left out ("insted": "instead")? That is a reading
 * as near as a swap: the word has two. */
static bool swap_letter_short(const struct order_reader *rd, const char *w, size_t len)
{
    char s[SWAP_WORD_MAX + 1];
    for (size_t i = 1; i <= len; i++) {
        memcpy(s, w, i);
        memcpy(s + i + 1U, w + i, len - i);
        for (char c = 'a'; c <= 'z'; c++) {
            if (c == w[i - 1U])
                continue; /* a letter doubled is the same word written either way */
            s[i] = c;
            if (order_word_known(rd, s, len + 1U, true))
                return true;
        }
    }
    return false;
}

/* A short word no vocabulary knows that is a joining word with two neighbouring letters
 * swapped ("adn", "teh", "hte", "wtih"): typed fast, the commonest slip of the commonest
 * words, first letter or not. Shorter words than SWAP_WORD_MIN are read so only as these,
 * where no other word could be meant. Where the swap is (its first letter), or -1. */
static int swap_joining_word_at(const char *w, size_t len)
{
    static const char *const joining[] = {"and", "the", "with", "for", "that", "this", "from"};
    for (size_t j = 0; j < ORDER_WORDS_N(joining); j++) {
        if (strlen(joining[j]) != len)
            continue;
        for (size_t i = 0; i + 1U < len; i++)
            if (w[i] != w[i + 1U] && w[i] == joining[j][i + 1U] && w[i + 1U] == joining[j][i] &&
                memcmp(w, joining[j], i) == 0 &&
                memcmp(w + i + 2U, joining[j] + i + 2U, len - i - 2U) == 0)
                return (int)i;
    }
    return -1;
}

/* Where the swap that makes w[0..len) the one known word is (the first of the two letters),
 * or -1 when there is none or more than one. */
static int swap_at(const struct order_reader *rd, const char *w, size_t len)
{
    if (len < SWAP_WORD_MIN) { /* the fixed words first: most short words are none */
        int at =
            order_word_of_letters(w, len, 3, SWAP_WORD_MIN) ? swap_joining_word_at(w, len) : -1;
        return at >= 0 && !order_word_known(rd, w, len, false) ? at : -1;
    }
    if (!order_word_of_letters(w, len, SWAP_WORD_MIN, SWAP_WORD_MAX))
        return -1;
    if (order_word_known(rd, w, len, false))
        return -1;
    uint32_t places = order_swap_places(rd, w, len);
    if (places == 0 || (places & (places - 1U)) != 0 || swap_letter_short(rd, w, len))
        return -1; /* none, or two words in it: which one the customer meant is not clear */
    int at = 0;
    while (!(places & (UINT32_C(1) << at)))
        at++;
    return at;
}

void order_unswap_letters(const struct order_reader *rd, char *text,
                          const struct order_token *tokens, size_t n)
{
    for (size_t t = 0; t < n; t++) {
        const struct order_token *k = &tokens[t];
        if (k->kind != ORDER_TOKEN_WORD)
            continue;
        int at = swap_at(rd, text + k->off, k->len);
        if (at < 0)
            continue;
        char c = text[k->off + at];
        text[k->off + at] = text[k->off + at + 1U];
        text[k->off + at + 1U] = c;
    }
}
