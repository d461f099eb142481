/* engine_life.c — the engine's life cycle: the configuration checked, every batch buffer
 * allocated once at start-up, the thread started and placed, and everything freed once the
 * thread has drained; the synchronous calls built on the asynchronous ones. */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <time.h>
#include <unistd.h>

#include "embed/embed_assert.h"
#include "embed/embed_cache.h"
#include "embed/engine_internal.h"
#include "embed/engine_score.h"

/* 2 for a backend that submits asynchronously (ENGINE_IN_FLIGHT_MAX at most), else 1. */
static size_t engine_depth(const struct embed_backend *b)
{
    return b->max_in_flight >= ENGINE_IN_FLIGHT_MAX ? ENGINE_IN_FLIGHT_MAX : 1;
}

static bool engine_config_valid(const struct engine_config *c, const struct embed_backend *b)
{
    if (c->max_batch_sequences == 0 || c->max_batch_sequences > ENGINE_BATCH_SEQUENCES_MAX)
        return false;
    if (c->max_batch_tokens == 0 || c->max_batch_tokens > ENGINE_BATCH_TOKENS_MAX)
        return false;
    if (c->queue_requests == 0 || c->queue_requests > ENGINE_QUEUE_REQUESTS_MAX)
        return false;
    if (c->batch_deadline_us > ENGINE_DEADLINE_US_MAX || b->dim == 0 || !b->embed_batch)
        return false;
    if (engine_depth(b) > 1 && (!b->submit || !b->collect))
        return false; /* asynchronous without the calls that make it so */
    if (c->cache_entries > ENGINE_CACHE_ENTRIES_MAX || c->cache_bytes > ENGINE_CACHE_BYTES_MAX)
        return false;
    return !b->tokenizer || (b->max_seq_tokens >= 1 && b->max_seq_tokens <= c->max_batch_tokens);
}

static void *engine_alloc(size_t n, size_t size)
{
    void *p = calloc(n, size);
    EMBED_OOM_CHECK(p);
    return p;
}

static void engine_alloc_slot(struct engine *e, struct engine_slot *s)
{
    size_t seqs = e->cfg.max_batch_sequences;
    s->ids = engine_alloc(e->backend.tokenizer ? e->cfg.max_batch_tokens : 1, sizeof(*s->ids));
    s->cu_seqlens = engine_alloc(seqs + 1, sizeof(*s->cu_seqlens));
    s->texts = engine_alloc(seqs, sizeof(*s->texts));
    s->lens = engine_alloc(seqs, sizeof(*s->lens));
    s->seq_req = engine_alloc(seqs, sizeof(*s->seq_req));
    s->seq_idx = engine_alloc(seqs, sizeof(*s->seq_idx));
    s->out = engine_alloc(seqs * e->backend.dim, sizeof(*s->out));
}

static void engine_alloc_batch(struct engine *e)
{
    size_t seqs = e->cfg.max_batch_sequences;
    e->queue = engine_alloc(e->cfg.queue_requests, sizeof(*e->queue));
    e->stage =
        engine_alloc(e->backend.tokenizer ? e->backend.max_seq_tokens : 1, sizeof(*e->stage));
    /* a batch finishes at most every queued request (all of them when the cache answers) */
    size_t reqs = e->cfg.queue_requests > seqs ? e->cfg.queue_requests : seqs;
    e->finished = engine_alloc(reqs, sizeof(*e->finished));
    e->touched = engine_alloc(reqs, sizeof(*e->touched));
    e->depth = engine_depth(&e->backend);
    for (size_t k = 0; k < e->depth; k++)
        engine_alloc_slot(e, &e->slots[k]);
}

/* The model part of every cache key: the backend's name, dimension and sequence cap. */
static uint64_t engine_model_seed(const struct embed_backend *b)
{
    uint64_t h = 0xcbf29ce484222325ull; /* FNV-1a 64 */
    for (const char *p = b->name ? b->name : ""; *p; p++)
        h = (h ^ (unsigned char)*p) * 0x100000001b3ull;
    return h ^ ((uint64_t)b->dim << 32) ^ (uint64_t)b->max_seq_tokens;
}

static void engine_alloc_cache(struct engine *e)
{
    e->cache = embed_cache_new(e->cfg.cache_entries, e->cfg.cache_bytes, e->backend.dim,
                               engine_model_seed(&e->backend));
    if (!e->cache)
        return;
    size_t seqs = e->cfg.max_batch_sequences, entries = 1;
    while (entries < 2 * seqs)
        entries *= 2; /* load at most one half: short probes */
    e->dedup_mask = entries - 1;
    e->probe = engine_alloc(ENGINE_CACHE_KEY_BYTES_MAX, 1);
    for (size_t k = 0; k < e->depth; k++) {
        struct engine_slot *s = &e->slots[k];
        s->dedup = engine_alloc(entries, sizeof(*s->dedup));
        s->seq_hash = engine_alloc(seqs, sizeof(*s->seq_hash));
        s->key_off = engine_alloc(seqs, sizeof(*s->key_off));
        s->key_len = engine_alloc(seqs, sizeof(*s->key_len));
        s->alias_req = engine_alloc(seqs, sizeof(*s->alias_req));
        s->alias_idx = engine_alloc(seqs, sizeof(*s->alias_idx));
        s->alias_of = engine_alloc(seqs, sizeof(*s->alias_of));
    }
}

int engine_new(const struct engine_config *c, struct embed_backend *backend, struct engine **out)
{
    if (!engine_config_valid(c, backend))
        return -EINVAL;
    struct engine *e = engine_alloc(1, sizeof(*e));
    e->cfg = *c;
    e->backend = *backend;
    engine_alloc_batch(e);
    engine_alloc_cache(e);
    e->scorer = engine_scorer_new(c->max_batch_sequences, backend->dim);
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(&e->wake, &ca);
    pthread_condattr_destroy(&ca);
    pthread_mutex_init(&e->lock, NULL);
    int rc = pthread_create(&e->thread, NULL, engine_thread_main, e);
    if (rc != 0) {
        e->backend.free = NULL; /* the caller keeps the backend on failure */
        engine_free(e);
        return -rc;
    }
    e->thread_started = true;
    pthread_mutex_lock(&e->lock);
    while (!e->placed)
        pthread_cond_wait(&e->wake, &e->lock);
    pthread_mutex_unlock(&e->lock);
    memset(backend, 0, sizeof(*backend)); /* ownership moved */
    *out = e;
    return 0;
}

int engine_place_result(const struct engine *e)
{
    return e->place_result; /* written before engine_new returned (it waited under the lock) */
}

static void engine_free_slot(struct engine_slot *s)
{
    free(s->ids);
    free(s->cu_seqlens);
    free(s->texts);
    free(s->lens);
    free(s->seq_req);
    free(s->seq_idx);
    free(s->out);
    free(s->dedup);
    free(s->seq_hash);
    free(s->keys);
    free(s->key_off);
    free(s->key_len);
    free(s->alias_req);
    free(s->alias_idx);
    free(s->alias_of);
}

void engine_free(struct engine *e)
{
    if (!e)
        return;
    if (e->thread_started) {
        /* The thread finishes every queued request and collects every batch in flight
         * before it returns (engine_wait_due), so the backend is idle when freed. */
        pthread_mutex_lock(&e->lock);
        e->stopping = true;
        pthread_cond_signal(&e->wake);
        pthread_mutex_unlock(&e->lock);
        pthread_join(e->thread, NULL);
    }
    EMBED_ASSERT(e->in_flight == 0);
    embed_backend_free(&e->backend);
    pthread_cond_destroy(&e->wake);
    pthread_mutex_destroy(&e->lock);
    free(e->queue);
    free(e->stage);
    free(e->finished);
    free(e->touched);
    for (size_t k = 0; k < ENGINE_IN_FLIGHT_MAX; k++)
        engine_free_slot(&e->slots[k]);
    embed_cache_free(e->cache);
    free(e->probe);
    engine_scorer_free(e->scorer);
    free(e);
}

void embed_backend_free(struct embed_backend *b)
{
    if (b->free)
        b->free(b->ctx);
    memset(b, 0, sizeof(*b));
}

int engine_request_sync(struct engine *e, struct embed_request *req)
{
    int efd = eventfd(0, EFD_CLOEXEC);
    if (efd < 0)
        return -errno;
    struct embed_cq cq;
    int rc = embed_cq_init(&cq, 1, efd);
    EMBED_ASSERT(rc == 0);
    req->cq = &cq;
    while ((rc = engine_submit(e, req)) == -EAGAIN)
        usleep(ENGINE_SYNC_RETRY_US);
    if (rc == 0) {
        /* not embed_cq_wait: the descriptor is closed below, maybe before the engine wrote it */
        struct embed_request *done = embed_cq_wait_sole(&cq);
        EMBED_ASSERT(done == req);
        rc = req->status;
    }
    embed_cq_free(&cq);
    close(efd);
    req->cq = NULL;
    return rc;
}

int engine_embed_sync(struct engine *e, const char *const *texts, size_t n, float *out)
{
    struct embed_request req = {.n_seqs = n, .texts = texts, .out = out};
    return engine_request_sync(e, &req);
}
