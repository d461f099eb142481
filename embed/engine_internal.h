/* engine_internal.h — private to the engine (engine.c runs the batching thread, engine_life.c
 * creates and frees it, embed_cq.c holds the completion queues): the engine's state, which the
 * three share. Nothing outside embed/engine*.c and embed_cq.c includes it. */
#ifndef BRIGADE_EMBED_ENGINE_INTERNAL_H
#define BRIGADE_EMBED_ENGINE_INTERNAL_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "embed/engine.h"

enum {
    ENGINE_TEXT_BYTES_PER_TOKEN = 4, /* flush estimate for untokenized text, never a limit */
    ENGINE_SYNC_RETRY_US = 100,
    ENGINE_IN_FLIGHT_MAX = 2, /* batch n computing while batch n+1 is built and uploaded */
    ENGINE_ERROR_BYTES = 320, /* a backend's error() kept until its batch is scattered */
};

/* The built batch: how many sequences and tokens, and the oldest request's wait. */
struct engine_built {
    size_t n;
    size_t answered; /* sequences taken without a batch slot: cache hits and shared ones */
    size_t n_alias;
    size_t tokens;
    uint64_t tokens_est;
    uint64_t oldest_ns;
};

/* One batch from build to completion: what went to the backend and where each of its rows
 * goes. Its arrays are fixed at start-up and reused; they must outlive the build because the
 * scatter (vectors out, cache keys in) runs only once the batch is collected. */
struct engine_slot {
    struct engine_built b;
    int32_t *ids;
    int32_t *cu_seqlens;
    const char **texts;
    size_t *lens;
    struct embed_request **seq_req;
    size_t *seq_idx;
    float *out;
    /* the cache's share (NULL when it is off) */
    uint64_t *seq_hash; /* per batch sequence: its key's hash */
    char *keys;         /* text backends: the batch sequences' keys, back to back */
    size_t keys_cap, keys_used;
    size_t *key_off, *key_len; /* per batch sequence, into keys; key_len SIZE_MAX: uncached */
    int32_t *dedup;            /* open addressing over seq_hash: batch index or -1 */
    struct embed_request **alias_req; /* sequences sharing a batch sequence's vector */
    size_t *alias_idx, *alias_of;
    /* in flight */
    bool collect; /* submitted to an asynchronous backend: the vectors come from collect */
    int status;   /* the backend's answer so far */
    uint64_t t0;  /* when it went to the backend */
    char error[ENGINE_ERROR_BYTES];
};

struct engine {
    struct engine_config cfg;
    struct embed_backend backend;
    pthread_t thread;
    bool thread_started;
    /* thread_place_self's result, written by the engine thread under `lock` before anything
     * else; engine_new waits for `placed`. */
    bool placed;
    int place_result;

    /* Shared with submitters, guarded by lock. Slots [head, head + count) are owned by the
     * engine thread: producers only write at head + count, so the engine reads a snapshot
     * of them without the lock. */
    pthread_mutex_t lock;
    pthread_cond_t wake; /* CLOCK_MONOTONIC: deadlines must not jump with the wall clock */
    struct embed_request **queue;
    size_t head;
    size_t count;
    size_t unbatched_seqs;
    uint64_t unbatched_tokens_est;
    bool stopping;

    /* Engine thread only: the batches from build to completion, a ring of `depth` slots:
     * slots[first] is the oldest of the in_flight ones, the next free one is built into. */
    struct engine_slot slots[ENGINE_IN_FLIGHT_MAX];
    size_t depth; /* 2 for a backend that submits asynchronously, else 1 */
    size_t first, in_flight;
    int32_t *stage;
    struct embed_request **finished;
    struct embed_cq **touched;

    /* Engine thread only: the cache (NULL: off), and room for one key looked up while the
     * engine waits (engine_cached_whole; text backends). */
    struct embed_cache *cache;
    char *probe;
    size_t dedup_mask; /* each slot's dedup table has dedup_mask + 1 entries */

    struct engine_scorer *scorer; /* engine thread only: requests' scores (engine_score.h) */

    struct {
        _Atomic uint64_t submitted, rejected, completed, failed, batches, sequences, tokens;
        _Atomic uint64_t cache_hits, cache_shared, cache_misses;
        _Atomic uint64_t score_backend, score_fallbacks;
        _Atomic uint64_t queue_wait_ns_sum, queue_wait_ns_max, embed_ns_sum, embed_ns_max;
        _Atomic uint64_t batch_sequences_hist[ENGINE_STATS_BUCKETS];
        _Atomic uint64_t batch_tokens_hist[ENGINE_STATS_BUCKETS];
        _Atomic uint64_t queue_wait_us_hist[ENGINE_STATS_BUCKETS];
    } stats;
};

/* The engine thread (engine.c): batches, runs and completes requests until stopping. */
void *engine_thread_main(void *arg);

/* Producer side of a completion queue (embed_cq.c), called on the engine thread only. */
void embed_cq_push(struct embed_cq *cq, struct embed_request *req);

#endif
