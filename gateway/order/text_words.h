/* text_words.h — which menu items' texts hold a word: a hash from every word of the items'
 * match-form texts (name and description, lexicon.c) to the set of items whose text holds it.
 * Built once with the lexicon and read-only after; a lookup takes a few probes where reading
 * every item's text for every word of a message was one of the hottest loops of reading.
 *
 * A word of a text is a maximal run of a-z and 0-9. A looked-up word w is held the way a
 * customer's word names a menu word: its trailing "s" dropped when it has more than 3 bytes
 * (the base), the text's word is the base, the base + "s" or the base + "es". */
#ifndef BRIGADE_GATEWAY_ORDER_TEXT_WORDS_H
#define BRIGADE_GATEWAY_ORDER_TEXT_WORDS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "gateway/order/lexicon.h"

struct order_text_word {
    char text[ORDER_LEX_WORD_BYTES_MAX];
    uint8_t len; /* 0: an empty slot */
    struct order_item_set items;
};

struct order_text_words {
    struct order_text_word *slots; /* open addressing, cap a power of two */
    size_t cap;
};

/* Builds the set from texts[0..n) (text i is item i's; NULL texts hold nothing). Aborts on
 * out of memory. */
void order_text_words_init(struct order_text_words *tw, char *const *texts, size_t n);
void order_text_words_free(struct order_text_words *tw);

/* The items whose text holds w[0..len) into *out. False when w is not one word of a-z and
 * 0-9 short enough to be looked up: the caller reads the texts themselves then. */
bool order_text_words_items(const struct order_text_words *tw, const char *w, size_t len,
                            struct order_item_set *out);

#endif
