/* lexicon_internal.h — what building the vocabulary (lexicon_build.c) and looking words up in
 * it (lexicon.c) share: the hash's salts and the stem and sound keys both compute. Not for use
 * outside lexicon*.c. */
#ifndef BRIGADE_GATEWAY_ORDER_LEXICON_INTERNAL_H
#define BRIGADE_GATEWAY_ORDER_LEXICON_INTERNAL_H

#include <libstemmer.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "gateway/order/lexicon.h"

/* Sound keys share the hash with texts and stems, flagged and salted apart: a word spelt as
 * heard finds the vocabulary words of its sound in a few probes, in the order they were
 * added, instead of a pass over the whole vocabulary. */
#define LEX_SOUND_FLAG 0x40000000u
#define LEX_SOUND_ALT  0x20000000u /* the word's key as heard (sound_heard) */
#define LEX_SOUND_ID   0x1fffffffu
#define LEX_SOUND_SALT 0x85ebca6bu

/* The Snowball stem of w[0..len) into out (ORDER_LEX_WORD_BYTES_MAX), NUL-terminated; the word
 * itself when it has none that fits. Returns its length. */
size_t lex_stem(struct sb_stemmer *st, const char *w, size_t len, char *out);

/* The first vocabulary word whose text (by_stem false) or stem is s[0..len), -1 when none;
 * with more, the other matches too (up to more_max, their count in *n_more). */
int32_t lex_find(const struct order_lexicon *lx, const char *s, size_t len, bool by_stem,
                 int32_t *more, size_t more_max, size_t *n_more);

/* The rough sound key of w[0..len) into out (cap bytes); with heard, as a customer who only
 * heard the word may spell it. Returns the key's length, 0 when it does not fit. */
size_t lex_sound_key(const char *w, size_t len, char *out, size_t cap, bool heard);

/* Marks which items are drinks in lx->item_drink (lexicon_drinks.c). */
void lex_mark_drinks(struct order_lexicon *lx);

#endif
