/* pattern_index.c — a list's phrase patterns by their first word (see pattern_index.h). */
#include "gateway/order/pattern_index.h"

#include <stdlib.h>
#include <string.h>

#include "gateway/order/order_assert.h"
#include "gateway/order/word_hash.h"

/* The bucket holding word, or the empty bucket where it would go. */
static struct order_pattern_bucket *pattern_bucket(const struct order_pattern_index *ix,
                                                   const char *word, size_t len, uint32_t hash)
{
    for (uint32_t b = hash & ix->mask;; b = (b + 1) & ix->mask) {
        struct order_pattern_bucket *k = &ix->buckets[b];
        if (!k->word || (k->hash == hash && k->len == len && memcmp(k->word, word, len) == 0))
            return k;
    }
}

void order_patterns_index_free(struct order_patterns *list)
{
    if (!list->index)
        return;
    free(list->index->buckets);
    free(list->index->members);
    free(list->index);
    list->index = NULL;
}

void order_patterns_index(struct order_patterns *list)
{
    order_patterns_index_free(list);
    ORDER_ASSERT(list->count <= ORDER_PATTERNS_MAX);
    struct order_pattern_index *ix = calloc(1, sizeof(*ix));
    ORDER_ASSERT(ix != NULL);
    uint32_t buckets = 16;
    while (buckets < 2 * list->count)
        buckets *= 2;
    ix->n_patterns = list->count;
    ix->mask = buckets - 1;
    ix->buckets = calloc(buckets, sizeof(*ix->buckets));
    ix->members = malloc((list->count ? list->count : 1) * sizeof(*ix->members));
    ORDER_ASSERT(ix->buckets != NULL);
    ORDER_ASSERT(ix->members != NULL);
    /* count each first word's patterns, then lay the groups out one after another */
    uint16_t *slot = malloc((list->count ? list->count : 1) * sizeof(*slot));
    ORDER_ASSERT(slot != NULL);
    for (size_t i = 0; i < list->count; i++) {
        const struct order_pattern *p = &list->items[i];
        ORDER_ASSERT(p->n_words > 0 && p->star_at != 0);
        uint32_t h = order_word_hash(p->words[0], p->word_lens[0]);
        struct order_pattern_bucket *k = pattern_bucket(ix, p->words[0], p->word_lens[0], h);
        if (!k->word) {
            k->word = p->words[0];
            k->len = p->word_lens[0];
            k->hash = h;
        }
        k->count++;
        slot[i] = (uint16_t)(k - ix->buckets);
        ix->shapes[(uint8_t)p->words[0][0] % 32] |= UINT32_C(1) << (p->word_lens[0] % 32);
    }
    uint16_t next = 0;
    for (uint32_t b = 0; b < buckets; b++) {
        ix->buckets[b].first = next;
        next = (uint16_t)(next + ix->buckets[b].count);
        ix->buckets[b].count = 0;
    }
    for (size_t i = 0; i < list->count; i++) { /* ascending i: each group stays in order */
        struct order_pattern_bucket *k = &ix->buckets[slot[i]];
        ix->members[k->first + k->count++] = (uint16_t)i;
    }
    free(slot);
    list->index = ix;
}

const uint16_t *order_patterns_candidates(const struct order_patterns *list, const char *word,
                                          size_t len, size_t *n)
{
    const struct order_pattern_index *ix = list->index;
    if (!ix || ix->n_patterns != list->count) {
        *n = list->count;
        return NULL;
    }
    if (len == 0 || !(ix->shapes[(uint8_t)word[0] % 32] >> (len % 32) & 1)) {
        *n = 0;
        return ix->members;
    }
    const struct order_pattern_bucket *k =
        pattern_bucket(ix, word, len, order_word_hash(word, len));
    *n = k->word ? k->count : 0;
    return ix->members + k->first;
}

size_t order_patterns_longest(const struct order_patterns *list, const char *text,
                              const struct order_token *tokens, size_t at, size_t end,
                              size_t *which)
{
    /* every pattern starts with a word, and most words start no pattern of the list: told
     * here, apart from the search (order_patterns_longest_at, patterns.c), which is not
     * set up for them */
    if (at >= end || tokens[at].kind != ORDER_TOKEN_WORD ||
        !order_patterns_may_start(list, text + tokens[at].off, tokens[at].len))
        return 0;
    return order_patterns_longest_at(list, text, tokens, at, end, which);
}
