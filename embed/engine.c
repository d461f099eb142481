/* engine.c — the shared request queue and the batching thread: requests submitted, batches
 * built (the cache answering what it holds), run on the backend, scattered back and completed
 * (the state is in engine_internal.h; start-up and shutdown in engine_life.c; the completion
 * queues in embed_cq.c). */
#include "embed/engine.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "embed/embed_assert.h"
#include "embed/embed_cache.h"
#include "embed/engine_internal.h"
#include "embed/engine_score.h"

static uint64_t engine_now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

/* ---- submission -------------------------------------------------------------------- */

void engine_config_default(struct engine_config *c)
{
    memset(c, 0, sizeof(*c));
    c->max_batch_tokens = ENGINE_BATCH_TOKENS_DEFAULT;
    c->max_batch_sequences = ENGINE_BATCH_SEQUENCES_DEFAULT;
    c->batch_deadline_us = ENGINE_BATCH_DEADLINE_US_DEFAULT;
    c->queue_requests = ENGINE_QUEUE_REQUESTS_DEFAULT;
    c->cache_entries = ENGINE_CACHE_ENTRIES_DEFAULT;
    c->cache_bytes = ENGINE_CACHE_BYTES_DEFAULT;
}

static size_t engine_text_len(const struct embed_request *r, size_t i)
{
    return r->lens ? r->lens[i] : strlen(r->texts[i]);
}

/* Tokens sequence i will take: exact when pre-tokenized, estimated from bytes for text.
 * Used only to decide when to flush, so the same value is added at submit and removed when
 * the sequence is batched. */
static uint64_t engine_seq_tokens_est(const struct engine *e, const struct embed_request *r,
                                      size_t i)
{
    size_t cap = e->backend.max_seq_tokens;
    if (!e->backend.tokenizer)
        return 0;
    size_t n = r->ids ? (size_t)(r->cu_seqlens[i + 1] - r->cu_seqlens[i])
                      : engine_text_len(r, i) / ENGINE_TEXT_BYTES_PER_TOKEN + 2;
    return n < cap ? n : cap;
}

static int engine_check_request(const struct engine *e, const struct embed_request *r)
{
    if (r->n_seqs == 0 || !r->out || !r->cq)
        return -EINVAL;
    if ((r->texts == NULL) == (r->ids == NULL))
        return -EINVAL; /* exactly one input form */
    if (r->ids && (!r->cu_seqlens || !e->backend.tokenizer || r->cu_seqlens[0] != 0))
        return -EINVAL;
    if (r->ids)
        for (size_t i = 0; i < r->n_seqs; i++)
            if (r->cu_seqlens[i + 1] <= r->cu_seqlens[i])
                return -EINVAL; /* every sequence has at least one token */
    return engine_score_check(r, e->backend.dim);
}

int engine_submit(struct engine *e, struct embed_request *req)
{
    int rc = engine_check_request(e, req);
    if (rc != 0)
        return rc;
    if (req->cq->inflight == req->cq->capacity) {
        atomic_fetch_add_explicit(&e->stats.rejected, 1, memory_order_relaxed);
        return -EAGAIN;
    }
    req->status = 0;
    req->next_seq = 0;
    req->done_seqs = 0;
    req->tokens_est = 0;
    req->cache_checked = false;
    for (size_t i = 0; i < req->n_seqs; i++)
        req->tokens_est += engine_seq_tokens_est(e, req, i);
    req->submit_ns = engine_now_ns();
    if (req->score_set) /* the engine's own, dropped once scored: a reload may replace it */
        engine_score_set_ref(req->score_set);

    pthread_mutex_lock(&e->lock);
    bool full = e->count == e->cfg.queue_requests || e->stopping;
    if (!full) {
        e->queue[(e->head + e->count) % e->cfg.queue_requests] = req;
        e->count++;
        e->unbatched_seqs += req->n_seqs;
        e->unbatched_tokens_est += req->tokens_est;
        /* Woken only when it changes what the engine does: it was idle (an untimed wait),
         * or the batch is now full. Otherwise it is waiting for the oldest request's deadline
         * and takes this one with it then: a wake per message would only cost a context
         * switch each (engine_wait_due). */
        bool full_now = e->unbatched_seqs >= e->cfg.max_batch_sequences ||
                        e->unbatched_tokens_est >= e->cfg.max_batch_tokens;
        if (e->count == 1 || full_now)
            pthread_cond_signal(&e->wake);
    }
    pthread_mutex_unlock(&e->lock);
    if (full) {
        engine_score_set_unref(req->score_set);
        atomic_fetch_add_explicit(&e->stats.rejected, 1, memory_order_relaxed);
        return -EAGAIN;
    }
    req->cq->inflight++; /* consumer-owned counter: submit runs on the cq's core */
    atomic_fetch_add_explicit(&e->stats.submitted, 1, memory_order_relaxed);
    return 0;
}

size_t engine_tokenize(const struct engine *e, const char *text, size_t len, int32_t *ids,
                       size_t max_ids)
{
    if (!e->backend.tokenizer)
        return 0;
    if (max_ids > e->backend.max_seq_tokens)
        max_ids = e->backend.max_seq_tokens;
    return tokenizer_encode(e->backend.tokenizer, text, len, ids, max_ids);
}

const struct embed_backend *engine_backend(const struct engine *e)
{
    return &e->backend;
}

size_t engine_dim(const struct engine *e)
{
    return e->backend.dim;
}

/* ---- statistics -------------------------------------------------------------------- */

static size_t engine_log2_bucket(uint64_t v)
{
    size_t b = v == 0 ? 0 : (size_t)(64 - __builtin_clzll(v));
    return b < ENGINE_STATS_BUCKETS ? b : ENGINE_STATS_BUCKETS - 1;
}

static void engine_atomic_max(_Atomic uint64_t *a, uint64_t v)
{
    uint64_t cur = atomic_load_explicit(a, memory_order_relaxed);
    if (v > cur)
        atomic_store_explicit(a, v, memory_order_relaxed); /* single writer: the engine */
}

static void engine_record(struct engine *e, const struct engine_batch_report *r)
{
    const memory_order o = memory_order_relaxed;
    atomic_fetch_add_explicit(&e->stats.batches, 1, o);
    atomic_fetch_add_explicit(&e->stats.sequences, r->sequences, o);
    atomic_fetch_add_explicit(&e->stats.tokens, r->tokens, o);
    atomic_fetch_add_explicit(&e->stats.queue_wait_ns_sum, r->queue_wait_ns, o);
    atomic_fetch_add_explicit(&e->stats.embed_ns_sum, r->embed_ns, o);
    engine_atomic_max(&e->stats.queue_wait_ns_max, r->queue_wait_ns);
    engine_atomic_max(&e->stats.embed_ns_max, r->embed_ns);
    atomic_fetch_add_explicit(&e->stats.batch_sequences_hist[engine_log2_bucket(r->sequences)], 1,
                              o);
    atomic_fetch_add_explicit(&e->stats.batch_tokens_hist[engine_log2_bucket(r->tokens)], 1, o);
    size_t wb = engine_log2_bucket(r->queue_wait_ns / 1000);
    atomic_fetch_add_explicit(&e->stats.queue_wait_us_hist[wb], 1, o);
    if (e->cfg.observer)
        e->cfg.observer(e->cfg.observer_user, r);
}

void engine_stats(const struct engine *e, struct engine_stats *out)
{
    /* The counters are mutable inside a logically const engine: loading needs no write. */
    struct engine *m = (struct engine *)e;
    const memory_order o = memory_order_relaxed;
    out->submitted = atomic_load_explicit(&m->stats.submitted, o);
    out->rejected = atomic_load_explicit(&m->stats.rejected, o);
    out->completed = atomic_load_explicit(&m->stats.completed, o);
    out->failed = atomic_load_explicit(&m->stats.failed, o);
    out->batches = atomic_load_explicit(&m->stats.batches, o);
    out->sequences = atomic_load_explicit(&m->stats.sequences, o);
    out->tokens = atomic_load_explicit(&m->stats.tokens, o);
    out->cache_hits = atomic_load_explicit(&m->stats.cache_hits, o);
    out->cache_shared = atomic_load_explicit(&m->stats.cache_shared, o);
    out->cache_misses = atomic_load_explicit(&m->stats.cache_misses, o);
    out->score_backend = atomic_load_explicit(&m->stats.score_backend, o);
    out->score_fallbacks = atomic_load_explicit(&m->stats.score_fallbacks, o);
    struct embed_cache_counts cc;
    embed_cache_counts(e->cache, &cc);
    out->cache_evictions = cc.evictions;
    out->cache_entries = cc.entries;
    out->cache_bytes = cc.bytes;
    out->queue_wait_ns_sum = atomic_load_explicit(&m->stats.queue_wait_ns_sum, o);
    out->queue_wait_ns_max = atomic_load_explicit(&m->stats.queue_wait_ns_max, o);
    out->embed_ns_sum = atomic_load_explicit(&m->stats.embed_ns_sum, o);
    out->embed_ns_max = atomic_load_explicit(&m->stats.embed_ns_max, o);
    for (size_t i = 0; i < ENGINE_STATS_BUCKETS; i++) {
        out->batch_sequences_hist[i] = atomic_load_explicit(&m->stats.batch_sequences_hist[i], o);
        out->batch_tokens_hist[i] = atomic_load_explicit(&m->stats.batch_tokens_hist[i], o);
        out->queue_wait_us_hist[i] = atomic_load_explicit(&m->stats.queue_wait_us_hist[i], o);
    }
}

/* ---- the cache, on the engine thread ------------------------------------------------- */

/* Sequence j of slot s's batch: its cache key. */
static const void *engine_seq_key(const struct engine *e, const struct engine_slot *s, size_t j,
                                  size_t *len)
{
    if (e->backend.tokenizer) {
        *len = (size_t)(s->cu_seqlens[j + 1] - s->cu_seqlens[j]) * sizeof(int32_t);
        return s->ids + s->cu_seqlens[j];
    }
    *len = s->key_len[j];
    return s->keys + s->key_off[j];
}

/* Text backends: room for one more key at the end of s's keys arena (not yet claimed). */
static char *engine_key_room(struct engine_slot *s)
{
    if (s->keys_cap - s->keys_used < ENGINE_CACHE_KEY_BYTES_MAX) {
        s->keys_cap = 2 * s->keys_cap + ENGINE_CACHE_KEY_BYTES_MAX;
        s->keys = realloc(s->keys, s->keys_cap);
        EMBED_OOM_CHECK(s->keys);
    }
    return s->keys + s->keys_used;
}

/* Text backends: writes sequence i's key to out (ENGINE_CACHE_KEY_BYTES_MAX bytes); returns
 * its length, or SIZE_MAX when the text is not to be cached. */
static size_t engine_text_key(struct engine *e, const struct embed_request *r, size_t i, char *out)
{
    size_t len = engine_text_len(r, i);
    if (e->backend.cache_key)
        return e->backend.cache_key(e->backend.ctx, r->texts[i], len, out,
                                    ENGINE_CACHE_KEY_BYTES_MAX);
    if (len > ENGINE_CACHE_KEY_BYTES_MAX)
        return SIZE_MAX;
    memcpy(out, r->texts[i], len);
    return len;
}

/* The sequence of slot s's batch already holding this key, or -1; *slot: where the key goes
 * in s's table if not. */
static int32_t engine_dedup_find(const struct engine *e, const struct engine_slot *s, uint64_t hash,
                                 const void *key, size_t len, size_t *slot)
{
    for (size_t t = (size_t)hash & e->dedup_mask;; t = (t + 1) & e->dedup_mask) {
        int32_t j = s->dedup[t];
        if (j < 0) {
            *slot = t;
            return -1;
        }
        size_t jl;
        const void *jk = engine_seq_key(e, s, (size_t)j, &jl);
        if (s->seq_hash[j] == hash && jl == len && memcmp(jk, key, len) == 0)
            return j;
    }
}

/* The batch in flight whose vectors are still to come while another is built, or NULL. A
 * batch whose submit failed has none to share. */
static struct engine_slot *engine_pending(struct engine *e, const struct engine_slot *building)
{
    if (e->in_flight == 0)
        return NULL;
    struct engine_slot *s = &e->slots[e->first];
    EMBED_ASSERT(s != building);
    return s->collect ? s : NULL;
}

/* Answers sequence i of r without a batch slot when it can: from the cache (a hit), or by
 * sharing the vector of the same key earlier in the batch or in the batch still in flight
 * (not yet in the cache). Returns true when answered; otherwise *hash and *slot are for
 * engine_append. */
static bool engine_answer(struct engine *e, struct engine_slot *s, struct embed_request *r,
                          size_t i, const void *key, size_t len, uint64_t *hash, size_t *slot)
{
    *hash = embed_cache_hash(e->cache, key, len);
    const float *v = embed_cache_get(e->cache, *hash, key, len);
    if (v) {
        memcpy(r->out + i * e->backend.dim, v, e->backend.dim * sizeof(float));
        r->done_seqs++;
        atomic_fetch_add_explicit(&e->stats.cache_hits, 1, memory_order_relaxed);
    } else {
        struct engine_slot *owner = s;
        int32_t j = engine_dedup_find(e, s, *hash, key, len, slot);
        if (j < 0 && (owner = engine_pending(e, s)) != NULL) {
            size_t unused;
            j = engine_dedup_find(e, owner, *hash, key, len, &unused);
        }
        if (j < 0 || owner->b.n_alias == e->cfg.max_batch_sequences)
            return false; /* (a full alias list: the key runs again, in its own slot) */
        owner->alias_req[owner->b.n_alias] = r;
        owner->alias_idx[owner->b.n_alias] = i;
        owner->alias_of[owner->b.n_alias++] = (size_t)j;
        atomic_fetch_add_explicit(&e->stats.cache_shared, 1, memory_order_relaxed);
    }
    s->b.answered++;
    s->b.tokens_est += engine_seq_tokens_est(e, r, i);
    return true;
}

/* ---- the engine thread ------------------------------------------------------------- */

/* Tokenized backends: sequence i of r as ids, straight into s's batch when it surely fits,
 * else staged. Returns the count; *src: where they are. */
static size_t engine_ids(struct engine *e, struct engine_slot *s, const struct embed_request *r,
                         size_t i, const int32_t **src)
{
    size_t room = e->cfg.max_batch_tokens - s->b.tokens, cap = e->backend.max_seq_tokens, k;
    int32_t *dst = s->ids + s->b.tokens;
    if (r->ids) {
        k = (size_t)(r->cu_seqlens[i + 1] - r->cu_seqlens[i]);
        k = k < cap ? k : cap;
        *src = r->ids + r->cu_seqlens[i];
    } else if (room >= cap) { /* common case: tokenize straight into the batch */
        k = tokenizer_encode(e->backend.tokenizer, r->texts[i], engine_text_len(r, i), dst, cap);
        *src = dst;
    } else { /* might not fit: stage, and leave it for the next batch if it doesn't */
        k = tokenizer_encode(e->backend.tokenizer, r->texts[i], engine_text_len(r, i), e->stage,
                             cap);
        *src = e->stage;
    }
    EMBED_ASSERT(k >= 1 && k <= cap);
    return k;
}

/* Takes sequence i of r into slot s's batch: answered by the cache, or appended if it fits.
 * Returns false when it must wait for the next batch. */
static bool engine_append(struct engine *e, struct engine_slot *s, struct embed_request *r,
                          size_t i)
{
    struct engine_built *b = &s->b;
    bool full = b->n == e->cfg.max_batch_sequences;
    if (full && !e->cache)
        return false;
    uint64_t hash = 0;
    size_t slot = SIZE_MAX;
    if (e->backend.tokenizer) {
        const int32_t *src;
        size_t k = engine_ids(e, s, r, i, &src);
        if (e->cache && engine_answer(e, s, r, i, src, k * sizeof(*src), &hash, &slot))
            return true;
        if (full || k > e->cfg.max_batch_tokens - b->tokens)
            return false;
        if (src != s->ids + b->tokens)
            memcpy(s->ids + b->tokens, src, k * sizeof(*s->ids));
        b->tokens += k;
        s->cu_seqlens[b->n + 1] = (int32_t)b->tokens;
    } else if (e->cache) {
        char *key = engine_key_room(s);
        size_t len = engine_text_key(e, r, i, key);
        if (len != SIZE_MAX && engine_answer(e, s, r, i, key, len, &hash, &slot))
            return true;
        if (full)
            return false;
        s->key_off[b->n] = s->keys_used;
        s->key_len[b->n] = len;
        s->keys_used += len == SIZE_MAX ? 0 : len;
        slot = len == SIZE_MAX ? SIZE_MAX : slot;
    }
    if (e->cache) {
        s->seq_hash[b->n] = hash;
        if (slot != SIZE_MAX)
            s->dedup[slot] = (int32_t)b->n;
        atomic_fetch_add_explicit(&e->stats.cache_misses, 1, memory_order_relaxed);
    }
    s->texts[b->n] = r->texts ? r->texts[i] : NULL;
    s->lens[b->n] = r->texts ? engine_text_len(r, i) : 0;
    s->seq_req[b->n] = r;
    s->seq_idx[b->n] = i;
    b->tokens_est += engine_seq_tokens_est(e, r, i);
    b->n++;
    return true;
}

/* Packs into slot s the sequences not yet batched of the queue's `count` requests from
 * `head`, oldest first (requests wholly in the batch still in flight are passed over). */
static void engine_build(struct engine *e, struct engine_slot *s, size_t head, size_t count)
{
    memset(&s->b, 0, sizeof(s->b));
    s->cu_seqlens[0] = 0;
    if (e->cache) {
        memset(s->dedup, 0xff, (e->dedup_mask + 1) * sizeof(*s->dedup));
        s->keys_used = 0;
    }
    bool oldest = true;
    for (size_t q = 0; q < count; q++) {
        struct embed_request *r = e->queue[(head + q) % e->cfg.queue_requests];
        if (r->next_seq < r->n_seqs && oldest) {
            s->b.oldest_ns = r->submit_ns;
            oldest = false;
        }
        while (r->next_seq < r->n_seqs) {
            if (!engine_append(e, s, r, r->next_seq))
                return;
            r->next_seq++;
        }
    }
}

/* Is every sequence of r in the cache? (A look-up refreshes what it finds: the batch that
 * follows reads those entries.) */
static bool engine_cached_whole(struct engine *e, const struct embed_request *r)
{
    for (size_t i = 0; i < r->n_seqs; i++) {
        const void *key;
        size_t len;
        if (e->backend.tokenizer) {
            size_t cap = e->backend.max_seq_tokens, k;
            if (r->ids) {
                k = (size_t)(r->cu_seqlens[i + 1] - r->cu_seqlens[i]);
                k = k < cap ? k : cap;
                key = r->ids + r->cu_seqlens[i];
            } else {
                k = tokenizer_encode(e->backend.tokenizer, r->texts[i], engine_text_len(r, i),
                                     e->stage, cap);
                key = e->stage;
            }
            len = k * sizeof(int32_t);
        } else {
            len = engine_text_key(e, r, i, e->probe);
            key = e->probe;
            if (len == SIZE_MAX)
                return false;
        }
        if (!embed_cache_get(e->cache, embed_cache_hash(e->cache, key, len), key, len))
            return false;
    }
    return true;
}

/* What the engine thread does next. */
enum engine_step {
    ENGINE_STEP_STOP,    /* stopping, and nothing is left */
    ENGINE_STEP_BUILD,   /* a batch is due: build and submit it */
    ENGINE_STEP_COLLECT, /* none is due: collect the oldest batch in flight now */
};

/* Position in the queue of the oldest request with sequences not yet batched (the requests
 * before it are wholly in batches in flight). Some must exist: unbatched_seqs > 0. */
static size_t engine_oldest_unbatched(const struct engine *e)
{
    for (size_t q = 0; q < e->count; q++) {
        size_t at = (e->head + q) % e->cfg.queue_requests;
        if (e->queue[at]->next_seq < e->queue[at]->n_seqs)
            return q;
    }
    EMBED_ASSERT(!"unbatched sequences outside the queue");
    return 0;
}

/* Waits until a batch is due or one in flight is to be collected. Returns BUILD with the
 * queue range to pack in *head, *count; COLLECT; or STOP when stopping with nothing left.
 * Called and returns with the lock held; the range is a snapshot of engine-owned slots. */
static enum engine_step engine_wait_due(struct engine *e, size_t *head, size_t *count)
{
    for (;;) {
        if (e->unbatched_seqs > 0) {
            bool full = e->unbatched_seqs >= e->cfg.max_batch_sequences ||
                        e->unbatched_tokens_est >= e->cfg.max_batch_tokens;
            size_t q = engine_oldest_unbatched(e);
            struct embed_request *oldest = e->queue[(e->head + q) % e->cfg.queue_requests];
            uint64_t due = oldest->submit_ns + (uint64_t)e->cfg.batch_deadline_us * 1000u;
            *head = (e->head + q) % e->cfg.queue_requests;
            *count = e->count - q;
            /* A partly batched oldest request is overdue by definition: keep going. */
            if (full || e->stopping || oldest->next_seq > 0 || engine_now_ns() >= due)
                return ENGINE_STEP_BUILD;
            /* Nothing due: hand back what is in flight now rather than at the deadline. */
            if (e->in_flight > 0)
                return ENGINE_STEP_COLLECT;
            /* Nothing to wait for when the cache holds every text of the oldest request: it
             * goes alone, now, and never reaches the backend. Its slot is the engine's, so
             * the look-up needs no lock. */
            if (e->cache && !oldest->cache_checked) {
                oldest->cache_checked = true;
                pthread_mutex_unlock(&e->lock);
                bool cached = engine_cached_whole(e, oldest);
                pthread_mutex_lock(&e->lock);
                if (cached) {
                    *count = 1;
                    return ENGINE_STEP_BUILD;
                }
                continue; /* the queue may have moved meanwhile */
            }
            struct timespec ts = {.tv_sec = (time_t)(due / 1000000000u),
                                  .tv_nsec = (long)(due % 1000000000u)};
            pthread_cond_timedwait(&e->wake, &e->lock, &ts);
        } else if (e->in_flight > 0) {
            return ENGINE_STEP_COLLECT;
        } else if (e->stopping) {
            return ENGINE_STEP_STOP;
        } else {
            pthread_cond_wait(&e->wake, &e->lock);
        }
    }
}

/* Copies slot s's vectors out (to the sequences that shared one too), stores them in the
 * cache, and returns how many of the queue's first `count` requests from `head` are now
 * complete. Those are the oldest ones: batches take sequences strictly in queue order and are
 * scattered in that order, so every request before the first one still waiting is done. */
static size_t engine_scatter(struct engine *e, const struct engine_slot *s, size_t head,
                             size_t count, int status)
{
    size_t dim = e->backend.dim, finished = 0;
    for (size_t j = 0; j < s->b.n; j++) {
        struct embed_request *r = s->seq_req[j];
        if (status == 0)
            memcpy(r->out + s->seq_idx[j] * dim, s->out + j * dim, dim * sizeof(float));
        else
            r->status = status;
        r->done_seqs++;
    }
    for (size_t a = 0; a < s->b.n_alias; a++) {
        struct embed_request *r = s->alias_req[a];
        if (status == 0)
            memcpy(r->out + s->alias_idx[a] * dim, s->out + s->alias_of[a] * dim,
                   dim * sizeof(float));
        else
            r->status = status;
        r->done_seqs++;
    }
    for (size_t j = 0; e->cache && status == 0 && j < s->b.n; j++) {
        size_t len;
        const void *key = engine_seq_key(e, s, j, &len);
        if (len != SIZE_MAX)
            embed_cache_put(e->cache, s->seq_hash[j], key, len, s->out + j * dim);
    }
    for (size_t q = 0; q < count; q++) {
        struct embed_request *r = e->queue[(head + q) % e->cfg.queue_requests];
        if (r->done_seqs < r->n_seqs)
            break;
        e->finished[finished++] = r;
    }
    return finished;
}

/* Hands finished requests back: push each to its core's queue, then one eventfd write per
 * core, after all of that core's requests of this batch are visible. */
static void engine_complete(struct engine *e, size_t finished)
{
    size_t touched = 0;
    for (size_t i = 0; i < finished; i++) {
        struct embed_request *r = e->finished[i];
        struct embed_cq *cq = r->cq;
        embed_cq_push(cq, r); /* r belongs to its core from here on: touch it no more */
        size_t t = 0;
        while (t < touched && e->touched[t] != cq)
            t++;
        if (t == touched)
            e->touched[touched++] = cq;
    }
    for (size_t t = 0; t < touched; t++) {
        uint64_t one = 1;
        ssize_t w = write(e->touched[t]->eventfd, &one, sizeof(one));
        EMBED_ASSERT(w == (ssize_t)sizeof(one));
    }
}

/* Keeps the backend's description of slot s's failure until the batch is reported (the
 * backend's string belongs to its next call). */
static void engine_keep_error(struct engine *e, struct engine_slot *s)
{
    const char *msg = e->backend.error ? e->backend.error(e->backend.ctx) : NULL;
    snprintf(s->error, sizeof(s->error), "%s", msg ? msg : "");
}

/* Builds the next batch into the free slot and hands it to the backend: submitted (an
 * asynchronous backend) or embedded at once. It is in flight until engine_collect_batch. */
static void engine_run_batch(struct engine *e, size_t head, size_t count)
{
    EMBED_ASSERT(e->in_flight < e->depth);
    struct engine_slot *s = &e->slots[(e->first + e->in_flight) % e->depth];
    engine_build(e, s, head, count);
    /* max_batch_tokens >= max_seq_tokens: one sequence always fits, or was answered */
    EMBED_ASSERT(s->b.n + s->b.answered > 0);
    pthread_mutex_lock(&e->lock);
    e->unbatched_seqs -= s->b.n + s->b.answered;
    e->unbatched_tokens_est -= s->b.tokens_est;
    pthread_mutex_unlock(&e->lock);

    struct embed_batch batch = {.n_seqs = s->b.n, .texts = s->texts, .lens = s->lens};
    if (e->backend.tokenizer) {
        batch.ids = s->ids;
        batch.cu_seqlens = s->cu_seqlens;
    }
    s->collect = false;
    s->status = 0;
    s->error[0] = '\0';
    s->t0 = engine_now_ns();
    if (s->b.n > 0 && e->depth > 1) {
        s->status = e->backend.submit(e->backend.ctx, &batch);
        s->collect = s->status == 0; /* a failed submit is not collected */
    } else if (s->b.n > 0) {
        s->status = e->backend.embed_batch(e->backend.ctx, &batch, s->out);
    }
    if (s->status != 0)
        engine_keep_error(e, s);
    e->in_flight++;
}

/* Scores the finished requests: on the backend when it has a scorer (the cuda backend's
 * device scorer), with the host scorer as the fallback for any failure, else on the host. */
static void engine_score_finished(struct engine *e, size_t finished)
{
    const struct embed_backend *b = &e->backend;
    if (b->score_batch && engine_score_wanted(e->finished, finished)) {
        if (b->score_batch(b->ctx, e->finished, finished) == 0) {
            atomic_fetch_add_explicit(&e->stats.score_backend, 1, memory_order_relaxed);
            engine_score_release(e->finished, finished);
            return;
        }
        atomic_fetch_add_explicit(&e->stats.score_fallbacks, 1, memory_order_relaxed);
    }
    engine_scorer_run(e->scorer, e->finished, finished);
}

/* Collects the oldest batch in flight, scatters its vectors and completes the requests it
 * finishes. */
static void engine_collect_batch(struct engine *e)
{
    EMBED_ASSERT(e->in_flight > 0);
    struct engine_slot *s = &e->slots[e->first];
    if (s->collect) {
        s->status = e->backend.collect(e->backend.ctx, s->out);
        if (s->status != 0)
            engine_keep_error(e, s);
    }
    uint64_t t1 = engine_now_ns();
    pthread_mutex_lock(&e->lock);
    size_t head = e->head, count = e->count;
    pthread_mutex_unlock(&e->lock);
    size_t finished = engine_scatter(e, s, head, count, s->status);
    e->first = (e->first + 1) % e->depth;
    e->in_flight--;

    /* Free the slots before handing requests back, so a core that resubmits at once finds
     * room. */
    pthread_mutex_lock(&e->lock);
    e->head = (e->head + finished) % e->cfg.queue_requests;
    e->count -= finished;
    pthread_mutex_unlock(&e->lock);

    /* Statistics first: a core that sees its request done also sees it counted. */
    uint64_t failed = 0;
    for (size_t i = 0; i < finished; i++)
        failed += e->finished[i]->status != 0;
    atomic_fetch_add_explicit(&e->stats.completed, finished, memory_order_relaxed);
    atomic_fetch_add_explicit(&e->stats.failed, failed, memory_order_relaxed);
    if (s->b.n > 0) { /* a batch answered from the cache alone is no backend batch */
        struct engine_batch_report rep = {.sequences = s->b.n,
                                          .tokens = s->b.tokens,
                                          .queue_wait_ns = s->t0 - s->b.oldest_ns,
                                          .embed_ns = t1 - s->t0,
                                          .status = s->status};
        if (s->status != 0 && s->error[0])
            rep.error = s->error;
        engine_record(e, &rep);
    }
    engine_score_finished(e, finished); /* scores before the hand-back */
    engine_complete(e, finished);
}

void *engine_thread_main(void *arg)
{
    struct engine *e = arg;
    int placed = thread_place_self(&e->cfg.place); /* before the pool starts: it inherits */
    pthread_mutex_lock(&e->lock);
    e->place_result = placed;
    e->placed = true;
    pthread_cond_broadcast(&e->wake);
    size_t head, count;
    enum engine_step step;
    while ((step = engine_wait_due(e, &head, &count)) != ENGINE_STEP_STOP) {
        pthread_mutex_unlock(&e->lock);
        if (step == ENGINE_STEP_BUILD) {
            engine_run_batch(e, head, count); /* batch n+1 goes to the backend, */
            /* then batch n comes back: depth - 1 batches at most stay in flight between
             * steps, so the next build always finds a free slot. */
            if (e->in_flight == e->depth)
                engine_collect_batch(e);
        } else {
            engine_collect_batch(e);
        }
        pthread_mutex_lock(&e->lock);
    }
    pthread_mutex_unlock(&e->lock);
    return NULL;
}
