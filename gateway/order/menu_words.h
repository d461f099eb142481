/* menu_words.h — the words of a menu's names and descriptions as the menu spells them
 * (accents, inner hyphens: "jalapeños", "cilantro-lime"), for finding whether the menu
 * writes a word, in any case, in one probe, and how it spells a word the customer wrote
 * without its accents (menu_spelling.c writes a change's words as the menu does, per
 * message). Built once with the lexicon, read by every thread. */
#ifndef BRIGADE_GATEWAY_ORDER_MENU_WORDS_H
#define BRIGADE_GATEWAY_ORDER_MENU_WORDS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "io/menu.h"

struct order_menu_word {
    const char *text; /* into the menu's own strings; NULL: an empty slot */
    uint32_t len;
};

/* A word the menu writes with letters beyond ASCII: its match form (order_normalize_match:
 * accents folded, lowercase) and the menu's spelling of it, lowercased (accented capitals
 * too). */
struct order_menu_accented {
    char *folded; /* "jalapenos" */
    size_t folded_len;
    char *spelt; /* "jalapeños" */
};

struct order_menu_words {
    struct order_menu_word *slots;
    size_t cap; /* a power of two, over twice the number of different words */
    struct order_menu_accented *accented; /* each match form once, as the menu first spells it */
    size_t n_accented;
};

/* Indexes the words of menu's names and descriptions (which must outlive mw): runs of ASCII
 * letters and bytes 0x80 and above, with the hyphens inside or after them. Start-up: it
 * allocates, aborting when it cannot. */
void order_menu_words_init(struct order_menu_words *mw, const struct menu *menu);
void order_menu_words_free(struct order_menu_words *mw);

/* Does the menu spell the word w[0..len) so, ASCII letters in any case? Allocates nothing. */
bool order_menu_words_has(const struct order_menu_words *mw, const char *w, size_t len);

/* The menu's spelling of the match-form word w[0..len) ("jalapenos": "jalapeños"), a plural
 * "s" after a word the menu spells without it read as that word (*plural set), or NULL. */
const char *order_menu_words_accented(const struct order_menu_words *mw, const char *w, size_t len,
                                      bool *plural);

#endif
