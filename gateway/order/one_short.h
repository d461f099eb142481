/* one_short.h — the words the vocabularies' words become with one letter left out.
 *
 * A word no vocabulary knows may be a known word with a letter left out ("wihout", "chocoate",
 * "cheesecke"). Putting every letter back at every place and looking each guess up in every
 * vocabulary costs some 1,300 probes a word, twice the reading of a short message whole;
 * this index gives, in a probe or two, the letters whose putting back spells a listed word.
 * It holds every way a word of 6 to 32 letters a-z of the vocabularies (the menu's words,
 * English and its adjectives, foods and drinks, English chat words, other languages' function
 * words, the understanding's informal words and synonyms) reads with one letter after its
 * first left out: a 32-bit hash of what is left, and the letter and its place; and the word
 * whole (from five letters), for the reader of a letter too many (extra_letters.c). Forms the
 * vocabularies make by rule and do not list (an English "-ing", a food's plural in "-es") are
 * not in it; a plural in "-s" is found by its singular.
 *
 * Built once per pipeline (allocates, aborts when it cannot), read-only afterwards. */
#ifndef BRIGADE_GATEWAY_ORDER_ONE_SHORT_H
#define BRIGADE_GATEWAY_ORDER_ONE_SHORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct order_reader;

struct order_one_short_slot {
    uint32_t key; /* 0: empty */
    uint8_t at;   /* the letter goes before the byte at at; 0: the key is of a word whole */
    char letter;
};

struct order_one_short {
    struct order_one_short_slot *slots; /* open addressing */
    size_t mask;                        /* slots - 1; the slot count is a power of two */
    size_t count;
};

/* A letter put back into a word: letter before the byte at at. */
struct order_letter_back {
    size_t at;
    char letter;
};

/* Fills s from the vocabularies rd reads with (its one_short is not read). */
void order_one_short_init(struct order_one_short *s, const struct order_reader *rd);
void order_one_short_free(struct order_one_short *s);

/* Might w[0..len) be a listed word of 5 to 32 letters, or a listed word's plural in -s?
 * Exact but for a hash collision, so the caller checks the word. */
bool order_one_short_listed(const struct order_one_short *s, const char *w, size_t len);

/* The letters whose putting back into w[0..len) spells a listed word, or a listed word's
 * plural in -s, written to out[0..max) (each once); returns how many. Exact but for a hash
 * collision, so the caller checks the word it builds. */
size_t order_one_short_find(const struct order_one_short *s, const char *w, size_t len,
                            struct order_letter_back *out, size_t max);

#endif
