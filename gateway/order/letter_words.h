/* letter_words.h — the words of the items' match-form texts (lexicon.h's item_text) split
 * at every byte that is no letter a-z ("slow-braised pork": "slow", "braised", "pork"), in
 * item order and text order. The typo readers (change_typos.c) try every word of the menu
 * against a word of a message; splitting the texts anew for each word they tried was most of
 * their work. Built once with the lexicon, read-only after. */
#ifndef BRIGADE_GATEWAY_ORDER_LETTER_WORDS_H
#define BRIGADE_GATEWAY_ORDER_LETTER_WORDS_H

#include <stddef.h>
#include <stdint.h>

struct order_letter_word {
    const char *text; /* into the text it was split from, not NUL-terminated */
    uint32_t len;
};

struct order_letter_words {
    struct order_letter_word *words;
    size_t n;
};

/* Splits texts[0..n_texts) (NULL texts hold no word), which must outlive lw. Start-up: it
 * allocates, aborting when it cannot. */
void order_letter_words_init(struct order_letter_words *lw, char *const *texts, size_t n_texts);
void order_letter_words_free(struct order_letter_words *lw);

#endif
