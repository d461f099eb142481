/* pattern_index.h — a list's phrase patterns by their first word.
 *
 * Every pattern starts with a fixed word (understanding.h: a "*" never comes first), so at a
 * token only the patterns whose first word is that token's can match there. The index maps
 * each first word to those patterns, in the list's order, so that a lookup at a token costs
 * one hash and the few candidates instead of a scan of the whole list. Built once at start-up
 * (order_patterns_index), read-only afterwards and shared by every core.
 *
 * An index describes the list as it was built: a list grown since (order_patterns_add drops
 * the index; appending to items directly leaves count != n_patterns) is not indexed, and
 * order_patterns_candidates then offers every pattern, as a linear scan would. */
#ifndef BRIGADE_GATEWAY_ORDER_PATTERN_INDEX_H
#define BRIGADE_GATEWAY_ORDER_PATTERN_INDEX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "gateway/order/understanding.h"

/* One distinct first word and where its patterns sit in members[]. */
struct order_pattern_bucket {
    const char *word; /* NULL: an empty bucket */
    uint32_t hash;
    uint16_t first, count; /* members[first .. first + count) */
    uint8_t len;
};

struct order_pattern_index {
    size_t n_patterns; /* list->count when built */
    /* bit (len % 32) of shapes[first byte % 32] is set for each first word: most tokens start
     * no pattern of a list, and this tells without hashing them */
    uint32_t shapes[32];
    uint32_t mask; /* buckets - 1 (a power of two, at least twice the distinct words) */
    struct order_pattern_bucket *buckets;
    uint16_t *members; /* pattern indices grouped by first word, ascending within a group */
};

_Static_assert(ORDER_PATTERNS_MAX <= UINT16_MAX, "pattern indices are stored in 16 bits");

/* (Re)builds list->index from list->items[0..count). Aborts on out of memory. */
void order_patterns_index(struct order_patterns *list);

/* Frees list->index and sets it to NULL. */
void order_patterns_index_free(struct order_patterns *list);

/* The patterns of list that may match at a word token spelt word[0..len): those whose first
 * word it is, as indices into list->items in ascending order; sets *n to their count (0: no
 * pattern starts so). Without a current index returns NULL with *n = list->count: every
 * pattern is a candidate, candidate j being pattern j (order_pattern_candidate). */
const uint16_t *order_patterns_candidates(const struct order_patterns *list, const char *word,
                                          size_t len, size_t *n);

/* May a pattern of list start with the word token word[0..len)? False only when the index
 * tells no pattern can (order_patterns_candidates would give none); inline, as most tokens
 * start no pattern of most lists and are told so without a call. */
static inline bool order_patterns_may_start(const struct order_patterns *list, const char *word,
                                            size_t len)
{
    const struct order_pattern_index *ix = list->index;
    if (!ix || ix->n_patterns != list->count)
        return true;
    return len != 0 && (ix->shapes[(uint8_t)word[0] % 32] >> (len % 32) & 1);
}

/* order_patterns_longest (understanding.h) at a word token where a pattern of list may
 * start (order_patterns_may_start). */
size_t order_patterns_longest_at(const struct order_patterns *list, const char *text,
                                 const struct order_token *tokens, size_t at, size_t end,
                                 size_t *which);

/* The j-th candidate of order_patterns_candidates' answer. */
static inline size_t order_pattern_candidate(const uint16_t *members, size_t j)
{
    return members ? members[j] : j;
}

#endif
