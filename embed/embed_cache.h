/* embed_cache.h — vectors already computed, keyed by what the model reads, bounded, LRU.
 *
 * The engine keeps one cache for its backend: a key is the token ids a sequence was run on
 * (backends with a tokenizer: texts that tokenize alike get one entry, and a forward pass
 * sees nothing but the ids) or the backend's normal form of the text (backends that read
 * text: the lexical one's lexical_normalize). The model is part of every key through
 * `model_seed`, mixed into the hash, and the cache belongs to one engine and its one backend,
 * so vectors of two models never meet.
 *
 * Bounded by entries and by bytes (an entry costs its vector, its key and a fixed header:
 * EMBED_CACHE_ENTRY_OVERHEAD); the least recently used entries are evicted first until both
 * bounds hold. A lookup that finds its key makes it the most recently used.
 *
 * Threads: one owner thread (the engine's) calls everything but embed_cache_counts, which any
 * thread may call (relaxed atomics: figures for /metrics, not a consistent snapshot). */
#ifndef BRIGADE_EMBED_EMBED_CACHE_H
#define BRIGADE_EMBED_EMBED_CACHE_H

#include <stddef.h>
#include <stdint.h>

struct embed_cache;

/* Hits and misses are the caller's to count: a lookup may be repeated (a sequence that did
 * not fit its batch is looked up again with the next one). */
struct embed_cache_counts {
    uint64_t evictions; /* entries dropped to keep the bounds */
    uint64_t entries;   /* held now */
    uint64_t bytes;     /* held now: vectors, keys and headers */
};

/* What an entry costs beyond its vector and its key (header and hash-table share). */
size_t embed_cache_entry_overhead(void);

/* A cache of dim-float vectors, at most max_entries entries and max_bytes bytes. Returns
 * NULL when either bound is 0 (the cache is off). Aborts on out of memory. */
struct embed_cache *embed_cache_new(size_t max_entries, size_t max_bytes, size_t dim,
                                    uint64_t model_seed);
void embed_cache_free(struct embed_cache *c);

/* The key's hash (model_seed mixed in). */
uint64_t embed_cache_hash(const struct embed_cache *c, const void *key, size_t key_len);

/* The vector stored under key (dim floats, valid until the next put), or NULL. A key found
 * becomes the most recently used entry. */
const float *embed_cache_get(struct embed_cache *c, uint64_t hash, const void *key, size_t key_len);

/* Stores a copy of vec under key (replacing the vector when the key is there), then evicts
 * the least recently used entries until both bounds hold. An entry larger than max_bytes on
 * its own is not stored. */
void embed_cache_put(struct embed_cache *c, uint64_t hash, const void *key, size_t key_len,
                     const float *vec);

/* Counters; any thread. c may be NULL (all zero). */
void embed_cache_counts(const struct embed_cache *c, struct embed_cache_counts *out);

#endif
