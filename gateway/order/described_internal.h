/* described_internal.h — the words described_one.c and described_picks.c read a
 * description by. Not for use outside described_*.c. */
#ifndef BRIGADE_GATEWAY_ORDER_DESCRIBED_INTERNAL_H
#define BRIGADE_GATEWAY_ORDER_DESCRIBED_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "gateway/order/normalize.h"

enum {
    DESCRIBED_WORDS_MAX = 6, /* words that describe the dish: "spiced black bean and corn patty" */
    DESCRIBED_LOOSE_MAX = 3, /* of them, how many may stand in the menu's text in any order */
};

/* Is token i a word of a description that says nothing of the dish ("the thing with the steak
 * and fries inside", "the one with like pineapple on it", "them")? */
bool described_filler(const char *text, const struct order_token *tokens, size_t i, size_t e);

/* Does token i open what a dish pointed at holds: "with", "w", or a relative word ("the one
 * where ...", "the one that has ...")? */
bool described_lead(const char *text, const struct order_token *tokens, size_t i, size_t e);

/* Is token i a determiner that points ("the", "that", "this", "those", "these")? */
bool described_pointing(const char *text, const struct order_token *tokens, size_t i, size_t e);

/* described_whichever.c: is p "whichever one" and a verb of holding ("whichever one has")? */
bool described_whichever_at(const char *text, const struct order_token *tokens, size_t p, size_t e);

/* ... is the span [b, w) of a kind after "whichever"/"whatever" and before a verb of holding
 * at w ("whichever burrito | has fries")? The length of the verb's lead, or 0. */
size_t described_whichever_kind_lead(const char *text, const struct order_token *tokens, size_t b,
                                     size_t w, size_t e);

/* described_quoted.c: may words[0..n) describe the item whose match-form text (name and
 * description) is text? Up to DESCRIBED_LOOSE_MAX words, always (their being held is asked
 * apart); more, only in the order text has them. */
bool described_quoted(const char *text, const char *const *words, const size_t *lens, size_t n);

#endif
