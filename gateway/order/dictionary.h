/* dictionary.h — is a word common English? Membership in an English word list.
 *
 * Typo correction of customer messages must only touch words that are not common English:
 * "burgr" may become "burger" and "browne" "brownie", but "later" must never become "water"
 * nor "beer" become "bean". The list is gateway/order/english_words.txt (WordNet's
 * single-word lemmas that its tagged corpus has seen, their irregular forms, the graded forms
 * of the adjectives in -y it leaves out ("spiciest"), and function and chat words; generated
 * by scripts/gen-english-words), compiled into the binary. Rare
 * words and names ("browne", "jamaica") are left out on purpose. Regular inflections are not
 * listed: a lookup strips them itself. The same module reads adjective_words.txt (every
 * WordNet adjective) through order_dictionary_from_text for the lexicon's anchors.
 *
 * A dictionary is immutable after creation and shared read-only by every core. Lookups
 * allocate nothing and take a few hash probes. */
#ifndef BRIGADE_GATEWAY_ORDER_DICTIONARY_H
#define BRIGADE_GATEWAY_ORDER_DICTIONARY_H

#include <stdbool.h>
#include <stddef.h>

enum {
    ORDER_DICTIONARY_ENTRY_MAX = 24, /* letters in one list entry */
    ORDER_DICTIONARY_WORD_MAX = 32,  /* letters in a looked-up word; longer ones are not words */
};

struct order_dictionary;

/* Builds the dictionary from the compiled-in english_words.txt. Aborts on out of memory or
 * a malformed list. */
struct order_dictionary *order_dictionary_new(void);

/* Builds one from text[0..len): one lowercase word per line, '#' lines ignored. For tests
 * and tools; aborts as order_dictionary_new. text must outlive the dictionary. */
struct order_dictionary *order_dictionary_from_text(const char *text, size_t len);

void order_dictionary_free(struct order_dictionary *d);

/* Entries in d (distinct words). */
size_t order_dictionary_count(const struct order_dictionary *d);

/* Calls each(ctx, word, len) once for every entry of d, in no particular order (the words
 * are not NUL-terminated). Start-up work: it walks the whole table. */
void order_dictionary_each(const struct order_dictionary *d,
                           void (*each)(void *ctx, const char *w, size_t len), void *ctx);

/* True when the lowercase word w[0..len) is English: an entry itself, or an entry after
 * removing one regular inflection: -s (not after s), -es, -ies -> y, -ed, -ied -> y, -ing,
 * -er, -ier -> y, -est, -iest -> y, -ly, -ily -> y; -ed/-ing/-er/-est also with a doubled
 * consonant ("stopped", "running", "bigger") or a dropped e ("baked", "making", "later").
 * A base must have at least 2 letters. Hyphens are ignored, as the list dropped them
 * ("t-shirt" reads "tshirt"). Anything else but a-z (digits, so numbers; uppercase;
 * apostrophes: the caller removes "'s") makes it not a word, as does len 0. A NULL d holds
 * no word: a lexicon built without the adjective list answers false for every word. */
bool order_dictionary_has(const struct order_dictionary *d, const char *w, size_t len);

/* True when the lowercase word w[0..len) (a-z only) is an entry itself or its plural in -s:
 * no other inflection is undone, so that a word made up of a base and an ending ("sockest",
 * "briger") is not taken for English where a word is to be guessed rather than checked. */
bool order_dictionary_listed(const struct order_dictionary *d, const char *w, size_t len);

/* True when w[0..len) is one of the few ordinary words texting writes without its vowels
 * ("smth" for something, "tmrw", "thnx"): English, though no list spells it so, and no
 * dish's name written short ("smth" is no smoothie). */
bool order_dictionary_texting(const char *w, size_t len);

#endif
