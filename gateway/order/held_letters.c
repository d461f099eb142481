/* held_letters.c — a letter held for emphasis ("burgerrrr", "the jackfruit oneeee",
 * "soooo hungry, 2 tacoss") is read as the word it stretches (reading.h). Normalising keeps a
 * held letter twice (no English word spells one thrice); a word that is then no word at all
 * is read with a doubled letter once where that spells a menu word ("burger", "tacos",
 * "jackfruuuit"), or, its last letter doubled, a chat word or a short English word ("one",
 * "so"). A longer word of English one letter short of the one written is as often a slip of
 * another word, and an unknown word doubled within ("pollo", "bitte") often another
 * language's: neither is stretched English. The match-form text and its tokens are
 * rewritten before anything reads them. */
#include <string.h>

#include "gateway/order/dictionary.h"
#include "gateway/order/language.h"
#include "gateway/order/reading.h"

enum {
    HELD_WORD_MIN = 3,  /* "soo": the shortest stretched word ("so") */
    HELD_WORD_MAX = 32, /* longer ones are no word to stretch */
    HELD_SHORT_MAX = 3, /* "so", "one": a held end of English only in such short words */
};

/* Is w[0..len) a vocabulary word, or the plural of one ("tacos")? */
static bool held_menu_word(const struct order_lexicon *lex, const char *w, size_t len)
{
    return order_lexicon_word(lex, w, len) >= 0 ||
           (len > 3U && w[len - 1U] == 's' && order_lexicon_word(lex, w, len - 1U) >= 0);
}

/* Is w[0..len) a word as written: of the menu, of English or of its chat? */
static bool held_known(const struct order_lexicon *lex, const struct order_dictionary *dict,
                       const char *w, size_t len)
{
    return held_menu_word(lex, w, len) || order_dictionary_has(dict, w, len) ||
           order_language_english_word(w, len);
}

/* Where in the word w[0..len) a held letter is to be dropped (the index of the second of its
 * pair), or 0 when the word is no stretched one. */
static size_t held_drop_at(const struct order_lexicon *lex, const struct order_dictionary *dict,
                           const char *w, size_t len)
{
    if (len < HELD_WORD_MIN || len > HELD_WORD_MAX)
        return 0;
    bool doubled = false; /* most words hold no pair: no lookup for them */
    for (size_t i = 0; i < len; i++) {
        if (w[i] < 'a' || w[i] > 'z')
            return 0;
        doubled = doubled || (i > 0 && w[i] == w[i - 1U]);
    }
    if (!doubled || held_known(lex, dict, w, len))
        return 0;
    char one[HELD_WORD_MAX];
    for (size_t i = len - 1U; i > 0; i--) {
        if (w[i] != w[i - 1U])
            continue;
        memcpy(one, w, i);
        memcpy(one + i, w + i + 1U, len - i - 1U);
        bool last = i == len - 1U;
        if (held_menu_word(lex, one, len - 1U) ||
            (last && (order_language_english_word(one, len - 1U) ||
                      (len - 1U <= HELD_SHORT_MAX && order_dictionary_has(dict, one, len - 1U)))))
            return i;
    }
    return 0;
}

size_t order_unhold_letters(const struct order_lexicon *lex, const struct order_dictionary *dict,
                            char *text, size_t *len, struct order_token *tokens, size_t n)
{
    for (size_t t = 0; t < n; t++) {
        struct order_token *k = &tokens[t];
        if (k->kind != ORDER_TOKEN_WORD)
            continue;
        size_t at = held_drop_at(lex, dict, text + k->off, k->len);
        if (at == 0)
            continue;
        order_word_letter_remove(text, len, tokens, n, t, at);
    }
    return n;
}

void order_word_letter_remove(char *text, size_t *len, struct order_token *tokens, size_t n,
                              size_t t, size_t at)
{
    size_t p = tokens[t].off + at;
    memmove(text + p, text + p + 1U, *len - p - 1U);
    (*len)--;
    text[*len] = '\0';
    tokens[t].len--;
    for (size_t j = t + 1U; j < n; j++)
        tokens[j].off--;
}
