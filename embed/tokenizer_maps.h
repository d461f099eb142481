/* tokenizer_maps.h — the data structures both tokenizer models and the loader share: growable
 * buffers, a key arena, the vocabulary map (byte string -> id), the merge map ((left, right)
 * -> rank and result) and the sink that collects ids. Nothing here knows the encode pipeline
 * (tokenizer.c) or the tokenizer.json format (tokenizer_json.c). Internal to embed/. */
#ifndef BRIGADE_EMBED_TOKENIZER_MAPS_H
#define BRIGADE_EMBED_TOKENIZER_MAPS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Grows *buf to hold at least n elements of size elem (aborts on OOM). */
void tokenizer_grow(void **buf, size_t *cap, size_t n, size_t elem);

/* Storage for map keys: blocks that never move (keys are referenced by pointer), chained
 * through their first bytes, all freed by tokenizer_arena_free. */
struct tokenizer_arena {
    char *head;
    size_t used, cap;
};

void tokenizer_arena_free(struct tokenizer_arena *a);

/* Open-addressing hash map from a byte string to an id (vocabularies). */
struct tokenizer_strmap {
    uint32_t *slots; /* entry index + 1, 0 = empty */
    size_t mask;
    const char **keys; /* entry i's key (points into an arena) */
    uint32_t *key_lens;
    int32_t *values;
    size_t count, cap;
};

/* Room for `expected` keys. A zeroed map is empty (get returns -1) and may be freed. */
void tokenizer_strmap_init(struct tokenizer_strmap *m, size_t expected);
void tokenizer_strmap_free(struct tokenizer_strmap *m);
/* Copies the key into a; a repeated key takes the later value, as in a JSON object. At most
 * `expected` distinct keys (asserted). */
void tokenizer_strmap_put(struct tokenizer_arena *a, struct tokenizer_strmap *m, const char *key,
                          size_t len, int32_t value);
/* Returns the id, or -1 when absent. */
int32_t tokenizer_strmap_get(const struct tokenizer_strmap *m, const char *key, size_t len);

/* Open-addressing hash map from a merge pair (left id, right id) to its rank and result. */
struct tokenizer_pairmap {
    uint64_t *keys; /* (left << 32 | right) + 1, 0 = empty */
    uint32_t *ranks;
    int32_t *merged;
    size_t mask;
};

void tokenizer_pairmap_init(struct tokenizer_pairmap *m, size_t expected);
void tokenizer_pairmap_free(struct tokenizer_pairmap *m);
/* A repeated pair keeps its first (best) rank, like the library. */
void tokenizer_pairmap_put(struct tokenizer_pairmap *m, int32_t l, int32_t r, uint32_t rank,
                           int32_t merged);
/* Whether (l, r) merges; if so its rank and result. A zeroed map has no pairs. */
bool tokenizer_pairmap_get(const struct tokenizer_pairmap *m, int32_t l, int32_t r, uint32_t *rank,
                           int32_t *merged);

/* Where model ids go. Bounded (grow_ids NULL, right truncation): stops (full = true) once cap
 * ids are written, which ends the work early. Growable (left truncation): ids is *grow_ids,
 * regrown through tokenizer_grow, and keeps every id. */
struct tokenizer_sink {
    int32_t *ids;
    size_t count, cap;
    bool full;
    int32_t **grow_ids;
    size_t *grow_cap;
};

static inline void tokenizer_sink_push(struct tokenizer_sink *s, int32_t id)
{
    if (s->count == s->cap && s->grow_ids) {
        tokenizer_grow((void **)s->grow_ids, s->grow_cap, s->cap + 1, sizeof(int32_t));
        s->ids = *s->grow_ids;
        s->cap = *s->grow_cap;
    }
    if (s->count < s->cap)
        s->ids[s->count++] = id;
    if (s->count == s->cap && !s->grow_ids)
        s->full = true;
}

#endif
