/* known_words.c — is a word known to any vocabulary the letter-slip readers repair towards
 * (reading.h: order_word_known)? A word swapped (swapped_letters.c), left a letter short
 * (dropped_letters.c) or written with a letter too many (extra_letters.c) is repaired only when
 * it is no such word as written, and into the one such word it can be read as. */
#include <string.h>

#include "gateway/order/dictionary.h"
#include "gateway/order/food.h"
#include "gateway/order/language.h"
#include "gateway/order/menu_words.h"
#include "gateway/order/one_short.h"
#include "gateway/order/reading.h"

/* Is w[0..len) a word of one word of list ("veggie" of the style words)? */
static bool known_listed(const struct order_patterns *list, const char *w, size_t len)
{
    for (size_t p = 0; p < list->count; p++)
        if (list->items[p].n_words == 1 && list->items[p].word_lens[0] == len &&
            memcmp(list->items[p].words[0], w, len) == 0)
            return true;
    return false;
}

/* Is w[0..len) one word of the understanding's informal words or synonyms ("veggie")? The
 * lists are walked only for a word the vocabularies' index holds whole, which every listed
 * word of five letters or more is (one_short.h): most words asked are none. */
static bool known_informal(const struct order_reader *rd, const char *w, size_t len)
{
    enum { INDEXED_MIN = 5 };
    if (len >= INDEXED_MIN && rd->one_short && !order_one_short_listed(rd->one_short, w, len))
        return false;
    return known_listed(&rd->u->style_words, w, len) || known_listed(&rd->u->synonyms, w, len);
}

/* Is w[0..len), a word guessed, English: listed, or the plural in -s of a word listed, or a
 * form in -ing of a word the dictionary knows, or an adjective ("allergic", "intolerant")?
 * No other ending is undone: "sockets" is no "sockest" ("sock" and "-est"). */
static bool known_guessed_english(const struct order_reader *rd, const char *w, size_t len)
{
    return order_dictionary_listed(rd->dict, w, len) ||
           (memcmp(w + len - 3U, "ing", 3) == 0 && order_dictionary_has(rd->dict, w, len)) ||
           order_dictionary_listed(rd->lex->adjectives, w, len);
}

/* Can w[0..len), guessed, be known only if the index holds it (or its singular in -s) whole?
 * So it is for six letters or more, save the forms made by rule: an English "-ing", a food's
 * plural in "-es" or "-ies". Most guesses, a letter moved in a word nothing knows, are none. */
static bool known_by_index_only(const struct order_reader *rd, const char *w, size_t len)
{
    enum { INDEXED_WHOLE_MIN = 6 }; /* its singular in -s has five letters or more */
    return rd->one_short && len >= INDEXED_WHOLE_MIN && memcmp(w + len - 3U, "ing", 3) != 0 &&
           memcmp(w + len - 2U, "es", 2) != 0;
}

bool order_word_known(const struct order_reader *rd, const char *w, size_t len, bool guess)
{
    if (guess && known_by_index_only(rd, w, len) && !order_one_short_listed(rd->one_short, w, len))
        return false;
    return order_lexicon_word(rd->lex, w, len) >= 0 ||
           (w[len - 1U] == 's' && order_lexicon_word(rd->lex, w, len - 1U) >= 0) ||
           (guess ? known_guessed_english(rd, w, len) : order_dictionary_has(rd->dict, w, len)) ||
           order_language_english_word(w, len) || order_food_word(rd->food, w, len) ||
           order_language_function_word(w, len) || known_informal(rd, w, len);
}

bool order_word_slip_known(const struct order_reader *rd, const char *w, size_t len)
{
    enum { PLURAL_MAX = 32 };
    char plural[PLURAL_MAX + 1];
    bool listed_plural = false;
    if (len < PLURAL_MAX) {
        memcpy(plural, w, len);
        plural[len] = 's';
        listed_plural = order_lexicon_word(rd->lex, plural, len + 1U) >= 0;
    }
    bool menu_plural;
    return order_word_known(rd, w, len, false) || listed_plural ||
           order_menu_words_accented(rd->lex->menu_words, w, len, &menu_plural) ||
           order_food_tail_entries(rd->food, w, len) > 0;
}

bool order_word_plain(const struct order_reader *rd, const char *w, size_t len)
{
    return order_lexicon_word(rd->lex, w, len) >= 0 ||
           (w[len - 1U] == 's' && order_lexicon_word(rd->lex, w, len - 1U) >= 0) ||
           order_language_english_word(w, len);
}

bool order_word_after_foreign(const char *text, const struct order_token *tokens, size_t t)
{
    const struct order_token *before = t > 0 ? &tokens[t - 1U] : NULL;
    return before && before->kind == ORDER_TOKEN_WORD &&
           order_language_function_word(text + before->off, before->len);
}

bool order_word_of_letters(const char *w, size_t len, size_t min, size_t max)
{
    if (len < min || len > max)
        return false;
    for (size_t i = 0; i < len; i++)
        if (w[i] < 'a' || w[i] > 'z')
            return false;
    return true;
}
