/* tokenizer_maps.c — growable buffers, the key arena and the two hash maps; see
 * tokenizer_maps.h. */
#include "embed/tokenizer_maps.h"

#include <stdlib.h>
#include <string.h>

#include "embed/embed_assert.h"

/* Bytes of one arena block (a longer key gets a block of its own). */
#define TOKENIZER_ARENA_BLOCK (1u << 20)

void tokenizer_grow(void **buf, size_t *cap, size_t n, size_t elem)
{
    if (n <= *cap)
        return;
    size_t c = *cap ? *cap : 64;
    while (c < n)
        c *= 2;
    void *p = realloc(*buf, c * elem);
    EMBED_OOM_CHECK(p);
    *buf = p;
    *cap = c;
}

static const char *arena_copy(struct tokenizer_arena *a, const char *key, size_t len)
{
    if (a->used + len + 1 > a->cap) {
        /* Keys are referenced by pointer, so the arena never moves: start a new block and
         * keep the old one reachable through its first bytes. */
        size_t need = sizeof(char *) + len + 1;
        size_t cap = need > TOKENIZER_ARENA_BLOCK ? need : TOKENIZER_ARENA_BLOCK;
        char *block = malloc(cap);
        EMBED_OOM_CHECK(block);
        memcpy(block, &a->head, sizeof(char *));
        a->head = block;
        a->used = sizeof(char *);
        a->cap = cap;
    }
    char *dst = a->head + a->used;
    memcpy(dst, key, len);
    dst[len] = 0;
    a->used += len + 1;
    return dst;
}

void tokenizer_arena_free(struct tokenizer_arena *a)
{
    while (a->head) {
        char *next;
        memcpy(&next, a->head, sizeof(char *));
        free(a->head);
        a->head = next;
    }
    a->used = a->cap = 0;
}

static uint64_t hash_bytes(const char *p, size_t n)
{
    uint64_t h = 1469598103934665603ULL; /* FNV-1a */
    for (size_t i = 0; i < n; i++) {
        h ^= (uint8_t)p[i];
        h *= 1099511628211ULL;
    }
    return h ^ (h >> 29);
}

void tokenizer_strmap_init(struct tokenizer_strmap *m, size_t expected)
{
    size_t slots = 16;
    while (slots < expected * 2 + 2)
        slots *= 2;
    memset(m, 0, sizeof(*m));
    m->slots = calloc(slots, sizeof(*m->slots));
    EMBED_OOM_CHECK(m->slots);
    m->mask = slots - 1;
    m->cap = expected + 1;
    m->keys = calloc(m->cap, sizeof(*m->keys));
    m->key_lens = calloc(m->cap, sizeof(*m->key_lens));
    m->values = calloc(m->cap, sizeof(*m->values));
    EMBED_OOM_CHECK(m->keys);
    EMBED_OOM_CHECK(m->key_lens);
    EMBED_OOM_CHECK(m->values);
}

void tokenizer_strmap_free(struct tokenizer_strmap *m)
{
    free(m->slots);
    free(m->keys);
    free(m->key_lens);
    free(m->values);
    memset(m, 0, sizeof(*m));
}

void tokenizer_strmap_put(struct tokenizer_arena *a, struct tokenizer_strmap *m, const char *key,
                          size_t len, int32_t value)
{
    size_t i = hash_bytes(key, len) & m->mask;
    while (m->slots[i]) {
        uint32_t e = m->slots[i] - 1;
        if (m->key_lens[e] == len && memcmp(m->keys[e], key, len) == 0) {
            m->values[e] = value; /* a later duplicate wins, as in a JSON object */
            return;
        }
        i = (i + 1) & m->mask;
    }
    EMBED_ASSERT(m->count < m->cap);
    EMBED_ASSERT(m->count * 2 < m->mask + 1);
    m->keys[m->count] = arena_copy(a, key, len);
    m->key_lens[m->count] = (uint32_t)len;
    m->values[m->count] = value;
    m->slots[i] = (uint32_t)++m->count;
}

int32_t tokenizer_strmap_get(const struct tokenizer_strmap *m, const char *key, size_t len)
{
    if (!m->slots)
        return -1;
    size_t i = hash_bytes(key, len) & m->mask;
    while (m->slots[i]) {
        uint32_t e = m->slots[i] - 1;
        if (m->key_lens[e] == len && memcmp(m->keys[e], key, len) == 0)
            return m->values[e];
        i = (i + 1) & m->mask;
    }
    return -1;
}

static uint64_t pair_key(int32_t l, int32_t r)
{
    return (((uint64_t)(uint32_t)l << 32) | (uint32_t)r) + 1;
}

static size_t pair_slot(const struct tokenizer_pairmap *m, uint64_t key)
{
    return (size_t)((key * 0x9e3779b97f4a7c15ULL) >> 17) & m->mask;
}

void tokenizer_pairmap_init(struct tokenizer_pairmap *m, size_t expected)
{
    size_t slots = 16;
    while (slots < expected * 2 + 2)
        slots *= 2;
    m->keys = calloc(slots, sizeof(*m->keys));
    m->ranks = calloc(slots, sizeof(*m->ranks));
    m->merged = calloc(slots, sizeof(*m->merged));
    EMBED_OOM_CHECK(m->keys);
    EMBED_OOM_CHECK(m->ranks);
    EMBED_OOM_CHECK(m->merged);
    m->mask = slots - 1;
}

void tokenizer_pairmap_free(struct tokenizer_pairmap *m)
{
    free(m->keys);
    free(m->ranks);
    free(m->merged);
    memset(m, 0, sizeof(*m));
}

void tokenizer_pairmap_put(struct tokenizer_pairmap *m, int32_t l, int32_t r, uint32_t rank,
                           int32_t merged)
{
    uint64_t key = pair_key(l, r);
    size_t i = pair_slot(m, key);
    while (m->keys[i] && m->keys[i] != key)
        i = (i + 1) & m->mask;
    if (m->keys[i])
        return; /* a repeated merge keeps its first (best) rank, like the library */
    m->keys[i] = key;
    m->ranks[i] = rank;
    m->merged[i] = merged;
}

bool tokenizer_pairmap_get(const struct tokenizer_pairmap *m, int32_t l, int32_t r, uint32_t *rank,
                           int32_t *merged)
{
    if (!m->keys)
        return false;
    uint64_t key = pair_key(l, r);
    size_t i = pair_slot(m, key);
    while (m->keys[i]) {
        if (m->keys[i] == key) {
            *rank = m->ranks[i];
            *merged = m->merged[i];
            return true;
        }
        i = (i + 1) & m->mask;
    }
    return false;
}
