/* one_short.h — the words the vocabularies' words become with one letter left out.
 *
 * A word no vocabulary knows may be a known word with a letter left out ("wihout", "chocoate",
 * "cheesecke"). Putting every letter back at every place and looking each guess up in every
 * vocabulary costs some 1,300 probes a word, as much as reading a short message whole; this
 * set answers first, in one probe, whether any listed word is the word with a letter put
 * back, so that search runs only where it finds something. It holds a 32-bit hash of every
 * way a word of 6 to 32 letters a-z of the vocabularies (the menu's words, English and its
 * adjectives, foods and drinks, English chat words, other languages' function words, the
 * understanding's informal words and synonyms) reads with one letter after its first left
 * out. Forms the vocabularies make by rule and do not list (an English "-ing", a food's
 * plural in "-es") are not in it; a plural in "-s" is asked by its singular.
 *
 * Built once per pipeline (allocates, aborts when it cannot), read-only afterwards. */
#ifndef BRIGADE_GATEWAY_ORDER_ONE_SHORT_H
#define BRIGADE_GATEWAY_ORDER_ONE_SHORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct order_reader;

struct order_one_short {
    uint32_t *keys; /* open addressing; 0: empty */
    size_t mask;    /* slots - 1; the slot count is a power of two */
    size_t count;
};

/* Fills s from the vocabularies rd reads with (its one_short is not read). */
void order_one_short_init(struct order_one_short *s, const struct order_reader *rd);
void order_one_short_free(struct order_one_short *s);

/* Might some listed word, or its plural in -s, be w[0..len) with one letter put back after
 * its first? False means none is; true is exact but for a hash collision, so the
 * caller still checks the word it builds. */
bool order_one_short_has(const struct order_one_short *s, const char *w, size_t len);

#endif
