/* frame.h — the words that frame an order, and their misspellings.
 *
 * The understanding's phrase lists (request openers, greetings, fillers, question starts,
 * cues, modifier leads, number words) are matched word for word, so "coudl i havge" or
 * "thnaks" would slip past them. Before a message is read, each word that is neither common
 * English, nor a menu word, nor a food ("latte" is no "late"), nor a number, and that is one edit
 * (two from seven letters) from exactly one frame word of four letters or more, or two letters
 * swapped from one of three ("cna", "gte"), or one letter short of a frame word that would
 * stand beside its neighbour as in a phrase ("would lke"), is rewritten as that word in the
 * match form: "coudl
 * i havge 2 burgers plaese" reads as "could i have 2 burgers please". At the same distance the
 * word that stands beside its neighbour as in a phrase of the lists wins ("hwllo greenbite" is
 * "hello", "can you makr me" is "make"), then a swap of two neighbours wins over other edits
 * ("waht" is "what", not "wait"). Menu words are
 * the lexicon's business (lexicon.h) and are never touched here.
 *
 * The vocabulary is built once per pipeline (allocates) and read-only afterwards. */
#ifndef BRIGADE_GATEWAY_ORDER_FRAME_H
#define BRIGADE_GATEWAY_ORDER_FRAME_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "gateway/order/dictionary.h"
#include "gateway/order/lexicon.h"
#include "gateway/order/normalize.h"
#include "gateway/order/understanding.h"

struct order_frame_words {
    const char **words; /* NUL-terminated, in the understanding's arena */
    uint8_t *lens;
    bool *counts;      /* the word is a count of the lists ("some", "few", "three") */
    uint32_t *letters; /* the letters each word holds (frame_letters): a bound on edits */
    uint32_t *index;   /* open addressing over the words: word index + 1, 0 empty */
    size_t index_cap;  /* a power of two */
    size_t count;
    /* the words that stand side by side in a phrase of the lists ("can you make me": "you
     * make", "make me"), two per pair, to tell which of two frame words a misspelling means */
    const char **pair_words;
    uint8_t *pair_lens;
    size_t n_pairs;
    const struct order_lexicon *lex; /* to tell a word that begins a dish's name */
};

/* Collects the frame words of u that the lexicon does not hold. Aborts on out of memory. */
void order_frame_words_init(struct order_frame_words *fw, const struct order_understanding *u,
                            const struct order_lexicon *lex);
void order_frame_words_free(struct order_frame_words *fw);

/* The index of the frame word spelt exactly w[0..len), or -1. */
int32_t order_frame_word_find(const struct order_frame_words *fw, const char *w, size_t len);

/* Rewrites misspelt frame words of the match-form text[0..*len) in place (cap bytes of
 * room), moving the tokens' offsets with them; hits and n_hits are the tokens' lexicon
 * readings. A word read exactly as a menu word is left alone; one read only as a misspelt
 * menu word is a frame word when the frame word is nearer, or as near beside a subject
 * pronoun ("coud i have", "we hace"): its readings are then dropped (n_hits[t] = 0).
 * A token marked in described (NULL: none) is a word of the menu's descriptions ("no pico":
 * the pico de gallo), never a misspelt frame word, nor is one right after a menu word that
 * does not end a name ("green tesa" is the green tea, not a "test"). Returns how many words it
 * rewrote. */
size_t order_frame_repair(const struct order_frame_words *fw, const struct order_dictionary *dict,
                          const struct order_food *food, char *text, size_t *len, size_t cap,
                          struct order_token *tokens, size_t n,
                          const struct order_lex_hit (*hits)[ORDER_LEX_HITS_MAX], uint8_t *n_hits,
                          const bool *described);

/* frame_line_name.c: is token t a word alone opening a line before a dash or a colon ("Chen –
 * falafel wrap"), or a sentence before a dash and a menu word ("Dave - beef burger"), or one
 * after "same as" ending its piece ("same as Dave")? A name, never a misspelt frame word.
 * n_hits: the tokens' lexicon readings. */
bool order_frame_line_name(const char *text, const struct order_token *tokens, size_t n, size_t t,
                           const uint8_t *n_hits);
/* frame_subject_name.c: is token t a word opening its piece right before "says" or "wants"
 * ("jess says ...")? The name of who says it, never a misspelt frame word. */
bool order_frame_subject_name(const char *text, const struct order_token *tokens, size_t n,
                              size_t t);

#endif
