/* match.h — a leftover phrase to a menu item by its embedding.
 *
 * Names the lexicon reads need no embedding (lexicon.h, reading.h); what is left over and
 * may name a dish is embedded and scored against the menu's name rows (names and aliases,
 * several rows per item) with the top-k scores; the best two distinct items are the
 * candidates, and the best score decides with the understanding's thresholds:
 * score >= accept: the item; review <= score < accept: asked back; below: unknown. */
#ifndef BRIGADE_GATEWAY_ORDER_MATCH_H
#define BRIGADE_GATEWAY_ORDER_MATCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "gateway/order/understanding.h"

enum {
    ORDER_MATCH_CANDIDATES = 2, /* candidates named for a review */
    ORDER_MATCH_TOPK = 8,       /* rows fetched to find two distinct items */
    ORDER_MENTIONS_MAX = 8,     /* menu items noted in one question */
};

enum order_match_kind {
    ORDER_MATCH_ACCEPT,
    ORDER_MATCH_REVIEW,
    ORDER_MATCH_UNKNOWN,
    ORDER_MATCH_KIND_MAX,
};

struct order_match {
    enum order_match_kind kind;
    float score; /* 1 for a name match, else the best cosine similarity */
    int32_t candidates[ORDER_MATCH_CANDIDATES]; /* menu indices, best first; [0] is the item */
    float candidate_scores[ORDER_MATCH_CANDIDATES];
    uint8_t n_candidates;
};

/* The threshold rule above. */
enum order_match_kind order_match_decide(const struct order_understanding *u, float score);

/* Fills *m from one query's top-k rows (descending scores) and the row -> menu index map. */
void order_match_from_topk(const struct order_understanding *u, const uint32_t *rows,
                           const float *scores, size_t k, const int32_t *row_item,
                           struct order_match *m);

/* Does the phrase (match-form words, one space apart) share a word with the menu name
 * (any case)? Words are shared when equal within a typo (one edit at least, from three
 * letters), or when one of four letters or more starts the other ("guac", "guacamole").
 * A candidate the phrase shares no word with is no reading of it: "pozole rojo" near
 * "Chips and Guacamole" by letters alone. */
bool order_match_name_shares_word(const char *phrase, size_t len, const char *name);
#endif
