/* embed_cache.c — a chained hash table over entries on one LRU list (see embed_cache.h). */
#include "embed/embed_cache.h"

#include <stdatomic.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "embed/embed_assert.h"

enum { EMBED_CACHE_BUCKETS_MIN = 256 };

/* One allocation per entry: the header, then dim floats, then the key's bytes. */
struct cache_entry {
    struct cache_entry *chain;         /* next in the bucket */
    struct cache_entry *newer, *older; /* the LRU list */
    uint64_t hash;
    size_t key_len;
    float vec[];
};

struct embed_cache {
    size_t dim, max_entries, max_bytes;
    uint64_t model_seed;
    struct cache_entry **buckets;
    size_t n_buckets; /* a power of two, >= the entries held (grown by doubling) */
    struct cache_entry *newest, *oldest;
    /* written by the owner only; atomics so /metrics may read them from any thread */
    _Atomic uint64_t evictions, entries, bytes;
};

size_t embed_cache_entry_overhead(void)
{
    /* the header, and about one bucket pointer per entry (the table doubles at load 1) */
    return sizeof(struct cache_entry) + sizeof(struct cache_entry *);
}

static size_t cache_entry_cost(const struct embed_cache *c, size_t key_len)
{
    return embed_cache_entry_overhead() + c->dim * sizeof(float) + key_len;
}

static const unsigned char *cache_entry_key(const struct embed_cache *c,
                                            const struct cache_entry *e)
{
    return (const unsigned char *)(e->vec + c->dim);
}

struct embed_cache *embed_cache_new(size_t max_entries, size_t max_bytes, size_t dim,
                                    uint64_t model_seed)
{
    if (max_entries == 0 || max_bytes == 0 || dim == 0)
        return NULL;
    struct embed_cache *c = calloc(1, sizeof(*c));
    EMBED_OOM_CHECK(c);
    c->dim = dim;
    c->max_entries = max_entries;
    c->max_bytes = max_bytes;
    c->model_seed = model_seed;
    c->n_buckets = EMBED_CACHE_BUCKETS_MIN;
    c->buckets = calloc(c->n_buckets, sizeof(*c->buckets));
    EMBED_OOM_CHECK(c->buckets);
    return c;
}

void embed_cache_free(struct embed_cache *c)
{
    if (!c)
        return;
    for (struct cache_entry *e = c->newest, *next; e; e = next) {
        next = e->older;
        free(e);
    }
    free(c->buckets);
    free(c);
}

static uint64_t cache_mix(uint64_t h)
{
    /* splitmix64's finaliser: the bucket is the low bits, which the multiply leaves weak */
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ull;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebull;
    h ^= h >> 31;
    return h;
}

uint64_t embed_cache_hash(const struct embed_cache *c, const void *key, size_t key_len)
{
    const unsigned char *p = key;
    uint64_t h = cache_mix(c->model_seed ^ (uint64_t)key_len);
    size_t i = 0;
    for (; i + 8 <= key_len; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, sizeof(w));
        h = cache_mix(h ^ w);
    }
    uint64_t tail = 0;
    memcpy(&tail, p + i, key_len - i);
    return cache_mix(h ^ tail);
}

static void cache_unlink_lru(struct embed_cache *c, struct cache_entry *e)
{
    if (e->newer)
        e->newer->older = e->older;
    else
        c->newest = e->older;
    if (e->older)
        e->older->newer = e->newer;
    else
        c->oldest = e->newer;
    e->newer = e->older = NULL;
}

static void cache_push_newest(struct embed_cache *c, struct cache_entry *e)
{
    e->newer = NULL;
    e->older = c->newest;
    if (c->newest)
        c->newest->newer = e;
    c->newest = e;
    if (!c->oldest)
        c->oldest = e;
}

/* The slot that points at the key's entry (or at the NULL ending its bucket). */
static struct cache_entry **cache_find(struct embed_cache *c, uint64_t hash, const void *key,
                                       size_t key_len)
{
    struct cache_entry **at = &c->buckets[hash & (c->n_buckets - 1)];
    for (; *at; at = &(*at)->chain) {
        const struct cache_entry *e = *at;
        if (e->hash == hash && e->key_len == key_len &&
            memcmp(cache_entry_key(c, e), key, key_len) == 0)
            break;
    }
    return at;
}

const float *embed_cache_get(struct embed_cache *c, uint64_t hash, const void *key, size_t key_len)
{
    struct cache_entry *e = *cache_find(c, hash, key, key_len);
    if (!e)
        return NULL;
    cache_unlink_lru(c, e);
    cache_push_newest(c, e);
    return e->vec;
}

static void cache_grow(struct embed_cache *c)
{
    size_t n = c->n_buckets * 2;
    struct cache_entry **b = calloc(n, sizeof(*b));
    EMBED_OOM_CHECK(b);
    for (size_t i = 0; i < c->n_buckets; i++)
        for (struct cache_entry *e = c->buckets[i], *next; e; e = next) {
            next = e->chain;
            struct cache_entry **head = &b[e->hash & (n - 1)];
            e->chain = *head;
            *head = e;
        }
    free(c->buckets);
    c->buckets = b;
    c->n_buckets = n;
}

static void cache_remove(struct embed_cache *c, struct cache_entry *e)
{
    struct cache_entry **at = &c->buckets[e->hash & (c->n_buckets - 1)];
    while (*at != e)
        at = &(*at)->chain;
    *at = e->chain;
    cache_unlink_lru(c, e);
    atomic_fetch_sub_explicit(&c->entries, 1, memory_order_relaxed);
    atomic_fetch_sub_explicit(&c->bytes, cache_entry_cost(c, e->key_len), memory_order_relaxed);
    free(e);
}

static void cache_evict(struct embed_cache *c)
{
    const memory_order o = memory_order_relaxed;
    while (c->oldest && (atomic_load_explicit(&c->entries, o) > c->max_entries ||
                         atomic_load_explicit(&c->bytes, o) > c->max_bytes)) {
        cache_remove(c, c->oldest);
        atomic_fetch_add_explicit(&c->evictions, 1, o);
    }
}

void embed_cache_put(struct embed_cache *c, uint64_t hash, const void *key, size_t key_len,
                     const float *vec)
{
    size_t cost = cache_entry_cost(c, key_len);
    if (cost > c->max_bytes)
        return;
    struct cache_entry **at = cache_find(c, hash, key, key_len);
    if (*at) { /* the same key twice: keep one entry, the newest vector */
        memcpy((*at)->vec, vec, c->dim * sizeof(float));
        cache_unlink_lru(c, *at);
        cache_push_newest(c, *at);
        return;
    }
    struct cache_entry *e = malloc(sizeof(*e) + c->dim * sizeof(float) + key_len);
    EMBED_OOM_CHECK(e);
    e->chain = NULL;
    e->hash = hash;
    e->key_len = key_len;
    memcpy(e->vec, vec, c->dim * sizeof(float));
    memcpy(e->vec + c->dim, key, key_len);
    *at = e; /* at ends the key's bucket */
    cache_push_newest(c, e);
    atomic_fetch_add_explicit(&c->entries, 1, memory_order_relaxed);
    atomic_fetch_add_explicit(&c->bytes, cost, memory_order_relaxed);
    cache_evict(c);
    if (atomic_load_explicit(&c->entries, memory_order_relaxed) > c->n_buckets)
        cache_grow(c);
}

void embed_cache_counts(const struct embed_cache *c, struct embed_cache_counts *out)
{
    memset(out, 0, sizeof(*out));
    if (!c)
        return;
    /* The counters are mutable inside a logically const cache: loading needs no write. */
    struct embed_cache *m = (struct embed_cache *)c;
    const memory_order o = memory_order_relaxed;
    out->evictions = atomic_load_explicit(&m->evictions, o);
    out->entries = atomic_load_explicit(&m->entries, o);
    out->bytes = atomic_load_explicit(&m->bytes, o);
}
