/* known_words.c — is a word known to any vocabulary the letter-slip readers repair towards
 * (reading.h: order_word_known)? A word swapped (swapped_letters.c) or left a letter short
 * (dropped_letters.c) is repaired only when it is no such word as written, and into the one
 * such word it can be read as. */
#include <string.h>

#include "gateway/order/dictionary.h"
#include "gateway/order/food.h"
#include "gateway/order/language.h"
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

/* Is w[0..len), a word guessed, English: listed, or the plural in -s of a word listed, or a
 * form in -ing of a word the dictionary knows, or an adjective ("allergic", "intolerant")?
 * No other ending is undone: "sockets" is no "sockest" ("sock" and "-est"). */
static bool known_guessed_english(const struct order_reader *rd, const char *w, size_t len)
{
    return order_dictionary_listed(rd->dict, w, len) ||
           (memcmp(w + len - 3U, "ing", 3) == 0 && order_dictionary_has(rd->dict, w, len)) ||
           order_dictionary_listed(rd->lex->adjectives, w, len);
}

bool order_word_known(const struct order_reader *rd, const char *w, size_t len, bool guess)
{
    return order_lexicon_word(rd->lex, w, len) >= 0 ||
           (w[len - 1U] == 's' && order_lexicon_word(rd->lex, w, len - 1U) >= 0) ||
           (guess ? known_guessed_english(rd, w, len) : order_dictionary_has(rd->dict, w, len)) ||
           order_language_english_word(w, len) || order_food_word(rd->food, w, len) ||
           order_language_function_word(w, len) || known_listed(&rd->u->style_words, w, len) ||
           known_listed(&rd->u->synonyms, w, len);
}
