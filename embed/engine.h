/* engine.h — one embedding engine per process, fed by every core.
 *
 * Cores submit requests (a list of texts, or of pre-tokenized sequences) into one bounded
 * queue. A single engine thread packs the sequences of every queued request into one
 * variable-length batch (token ids concatenated, cu_seqlens offsets, no padding), bounded by
 * max_batch_tokens and max_batch_sequences; it flushes when the batch is full or when the
 * oldest queued request has waited batch_deadline_us. The backend embeds the batch; the
 * engine copies each vector into its request's output and hands the finished request back
 * to the submitting core through that core's completion queue, then writes the core's
 * eventfd (once per batch per core), which the core's io_uring loop polls.
 *
 * Pipelining: with a backend that submits asynchronously (embed_backend.max_in_flight >= 2:
 * cuda) the engine builds and submits batch n+1 before it collects batch n, so the device never
 * waits for the engine's packing and scattering; when no batch is due it collects what is in
 * flight at once. Completion stays in queue order; a request whose sequences span both
 * batches completes with the later one.
 *
 * The cache: the engine thread looks every sequence up in its embedding cache (embed_cache.h)
 * while it packs. A sequence found there is answered from it and never reaches the backend;
 * one whose key is already in the batch being built, or in the one still in flight, shares
 * that sequence's vector; the others run, and their vectors are stored. A batch whose
 * sequences were all answered so completes its requests without calling the backend. Keys are token
 * ids (backends with a tokenizer) or the backend's normal form of the text (cache_key), so a hit
 * returns the very vector the model gave that key, bit for bit. Only the engine thread touches the
 * cache: no lock. engine_config.cache_entries or cache_bytes 0 turns it off.
 *
 * Scoring: a request may name a score set (engine_score.h); the engine then scores its
 * vectors against the set's matrices after the batch that finishes it, and the submitting
 * core reads (index, score) pairs instead of vectors.
 *
 * Tokenization: requests carrying texts are tokenized on the engine thread while it packs
 * (with the backend's tokenizer); a core that wants to spread that work can call
 * engine_tokenize itself and submit ids instead. A request may span several batches.
 *
 * Threads: engine_submit may be called from any thread. A completion queue belongs to one
 * consumer thread (its core), which alone calls engine_submit with it and embed_cq_pop. */
#ifndef BRIGADE_EMBED_ENGINE_H
#define BRIGADE_EMBED_ENGINE_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "embed/lexical.h"
#include "embed/model.h"
#include "embed/thread_place.h"
#include "embed/tokenizer.h"

enum {
    ENGINE_BATCH_TOKENS_DEFAULT = 8192,
    ENGINE_BATCH_SEQUENCES_DEFAULT = 256,
    ENGINE_BATCH_DEADLINE_US_DEFAULT = 2000,
    ENGINE_QUEUE_REQUESTS_DEFAULT = 1024,
    ENGINE_BATCH_TOKENS_MAX = 1 << 20,
    ENGINE_BATCH_SEQUENCES_MAX = 1 << 16,
    ENGINE_QUEUE_REQUESTS_MAX = 1 << 16,
    ENGINE_DEADLINE_US_MAX = 1000000,
    ENGINE_STATS_BUCKETS = 32, /* log2 buckets: value v counts in bucket floor(log2(v)) + 1 */
    ENGINE_CACHE_ENTRIES_DEFAULT = 65536,
    ENGINE_CACHE_ENTRIES_MAX = 1 << 24,
    ENGINE_CACHE_KEY_BYTES_MAX = 16400, /* room for a text backend's normal form */
};

#define ENGINE_CACHE_BYTES_DEFAULT ((size_t)64 << 20)
#define ENGINE_CACHE_BYTES_MAX     ((size_t)1 << 40)

/* ---- backends ----------------------------------------------------------------------- */

struct embed_request;

/* One packed batch handed to a backend. texts/lens are set for every sequence that came in
 * as text (NULL for pre-tokenized ones); ids/cu_seqlens are set when the backend has a
 * tokenizer (cu_seqlens[0] = 0, cu_seqlens[n_seqs] = total tokens). */
struct embed_batch {
    size_t n_seqs;
    const char *const *texts;
    const size_t *lens;
    const int32_t *ids;
    const int32_t *cu_seqlens;
};

struct embed_backend {
    const char *name;                  /* "lexical", "cpu", "cuda" */
    size_t dim;                        /* floats per vector */
    size_t max_seq_tokens;             /* per-sequence cap, specials included; 0 = no tokens */
    const struct tokenizer *tokenizer; /* NULL: the backend reads texts */
    void *ctx;
    /* Writes n_seqs vectors of dim floats to out. Returns 0 or -errno (the requests of the
     * batch complete with that status). Called from the engine thread only. */
    int (*embed_batch)(void *ctx, const struct embed_batch *b, float *out);
    /* Optional, the asynchronous form: how many batches may be submitted and not yet collected.
     * 0 or 1: synchronous only (embed_batch; lexical, cpu); cuda: 2, so the engine builds and
     * submits batch n+1 while batch n runs, and the copies of one overlap the compute of the
     * other. With max_in_flight >= 2 the engine uses submit and collect, and embed_batch only
     * never. */
    size_t max_in_flight;
    /* Enqueues b and returns; b's arrays are copied before it returns. 0, or -errno (the
     * batch's requests complete with that status; error() describes it): a failed submit is
     * not collected. Engine thread only. */
    int (*submit)(void *ctx, const struct embed_batch *b);
    /* Waits for the oldest batch submitted and not yet collected and writes its n_seqs vectors
     * to out. 0, or -errno (error() describes the failure). Engine thread only, in submission
     * order. */
    int (*collect)(void *ctx, float *out);
    void (*free)(void *ctx);
    /* Optional: what the last failed batch died of (a static or ctx-owned string), NULL when
     * the backend has nothing to add to its -errno. Engine thread only. */
    const char *(*error)(void *ctx);
    /* Optional, for backends without a tokenizer: writes the normal form of text[0..len) that
     * the vector depends on alone (texts with one normal form get bit-identical vectors) to
     * out[0..cap) and returns its length, or SIZE_MAX when it does not fit (the text is then
     * embedded but not cached). NULL: the text's bytes are the key. */
    size_t (*cache_key)(void *ctx, const char *text, size_t len, char *out, size_t cap);
    /* Optional: scores the n finished requests' vectors (req->out) against their score sets
     * (engine_score.h) and writes every pair of their scores, in place of the engine's host
     * scorer (engine_scorer_run), with the same results up to the last bits of the scores.
     * It neither takes nor drops the engine's references to the sets. 0, or -errno (error()
     * describes it): the engine then runs the host scorer over the same requests, so a
     * failure costs time, never an answer. Engine thread only. */
    int (*score_batch)(void *ctx, struct embed_request *const *reqs, size_t n);
};

/* Lexical backend (lexical.h): texts only. Returns 0 or -EINVAL for invalid params. */
int embed_backend_lexical_init(struct embed_backend *b, const struct lexical_params *p);

/* CPU backend over model_forward. The model stays owned by the caller and must outlive the
 * backend. tokens_max/seqs_max size the forward scratch (use the engine's batch limits).
 * normalize: L2-normalise the pooled vectors even when the model's own pooling does not.
 * Returns 0 or -ENOMEM. */
int embed_backend_cpu_init(struct embed_backend *b, const struct model *m, size_t tokens_max,
                           size_t seqs_max, bool normalize);

/* Element type of the cuda backend's weights and activations; the math (GEMM accumulation,
 * softmax, norms, the residual stream, pooling) is float32 in every case. */
enum embed_cuda_precision {
    EMBED_CUDA_PRECISION_BF16, /* the default: float32's range, tensor cores on sm_80+ */
    EMBED_CUDA_PRECISION_F16,
    EMBED_CUDA_PRECISION_F32,
    EMBED_CUDA_PRECISION_MAX,
};

struct embed_cuda_params {
    int device; /* CUDA device ordinal (--cuda-device) */
    enum embed_cuda_precision precision;
    size_t tokens_max, seqs_max; /* the engine's batch limits: size the device arena */
    bool normalize;              /* as embed_backend_cpu_init's */
    bool no_graphs; /* run every batch eagerly instead of replaying CUDA graphs per bucket */
};

/* CUDA backend over the model's weights (uploaded once, converted to p->precision; the model
 * stays owned by the caller, must outlive the backend, and serves as the CPU fallback should
 * a batch ever fail on the device). Only in builds with CUDA (BRIGADE_HAVE_CUDA). Returns 0
 * with a one-line start-up report (device, precision, memory for weights, arena and
 * workspace) in msg; or, with the reason in msg: -ENODEV (no usable device: none, the driver
 * missing, --cuda-device out of range, compute capability below 8.0), -ENOMEM (not enough
 * free device memory), -ENOTSUP (a model this backend does not run yet), -EIO (a CUDA or
 * cuBLASLt call failed). */
int embed_backend_cuda_init(struct embed_backend *b, const struct model *m,
                            const struct embed_cuda_params *p, char *msg, size_t msg_len);

/* Device time per kind of step of one eager forward pass (embed_backend_cuda_profile). */
#define EMBED_CUDA_PROFILE_KINDS 16
struct embed_cuda_profile {
    size_t kinds;
    const char *kind[EMBED_CUDA_PROFILE_KINDS]; /* "GEMM up", "attention local", ... */
    double ms[EMBED_CUDA_PROFILE_KINDS];        /* summed over the kind's steps */
    size_t steps[EMBED_CUDA_PROFILE_KINDS];
    double total_ms; /* first step's start to last step's end */
};

/* Runs batch through a cuda backend's forward pass once, eagerly, with an event between steps,
 * and sums the device time per kind of step into *out (bench/gpu/cuda_bench --profile): where
 * a batch's time goes, without a profiler on the host. Only with nothing in flight. Returns 0,
 * or -EBUSY / -EINVAL / -EIO with the reason in msg. */
int embed_backend_cuda_profile(struct embed_backend *b, const struct embed_batch *batch,
                               struct embed_cuda_profile *out, char *msg, size_t msg_len);

/* Releases the backend's context (not a model it borrowed). */
void embed_backend_free(struct embed_backend *b);

/* ---- completion queues ------------------------------------------------------------- */

struct embed_request;
struct engine_score_set;
struct engine_score;

/* Single-producer (the engine thread) single-consumer (the owning core) ring of finished
 * requests, plus the eventfd the engine writes after pushing. `inflight` is touched only by
 * the owning core: submit counts up, pop counts down, so the ring can never overflow. */
struct embed_cq {
    struct embed_request **slots;
    size_t capacity;     /* power of two */
    _Atomic size_t head; /* next slot the consumer reads */
    _Atomic size_t tail; /* next slot the producer writes */
    size_t inflight;
    int eventfd;
};

/* capacity: a power of two (the most requests this core may have in flight). eventfd: the
 * descriptor the engine writes 1 to; the cq does not own it. Keep it open until engine_free:
 * the engine writes it after the push, which the consumer may have popped already. Returns 0
 * or -EINVAL. */
int embed_cq_init(struct embed_cq *cq, size_t capacity, int eventfd);
void embed_cq_free(struct embed_cq *cq);

/* Next finished request, or NULL when none is ready. Consumer thread only. Drain the
 * eventfd (read 8 bytes) before popping, then pop until NULL, so no wake-up is lost. */
struct embed_request *embed_cq_pop(struct embed_cq *cq);

/* Blocks on the eventfd until at least one request is finished; returns the first one.
 * For tools and tests (a core polls the eventfd through io_uring instead). */
struct embed_request *embed_cq_wait(struct embed_cq *cq);

/* For a private queue with exactly one request in flight: blocks until the engine's eventfd
 * write for it, then pops it. The engine writes after it pushes, so unlike embed_cq_wait
 * (which may pop before the write) the engine is done with the queue and its descriptor on
 * return: both may be freed or closed at once. */
struct embed_request *embed_cq_wait_sole(struct embed_cq *cq);

/* ---- requests ----------------------------------------------------------------------- */

/* Caller-owned; must stay alive and untouched from engine_submit until it pops out of its
 * completion queue. Either texts/lens (n_seqs texts) or ids/cu_seqlens (n_seqs sequences,
 * each at most the backend's max_seq_tokens, truncated otherwise) is set. */
struct embed_request {
    size_t n_seqs;
    const char *const *texts;
    const size_t *lens; /* NULL: texts are NUL-terminated */
    const int32_t *ids;
    const int32_t *cu_seqlens;
    float *out;          /* [n_seqs x dim], written by the engine */
    struct embed_cq *cq; /* where the finished request goes */
    void *user;          /* untouched by the engine */
    int status;          /* on completion: 0, or -errno from the backend */
    /* Optional scoring (engine_score.h): with a set, the engine scores sequence i against
     * the set's matrices named by score_mask[i] and writes scores [n_seqs x
     * engine_score_set_pairs]; out still receives the vectors (the engine's staging). */
    struct engine_score_set *score_set;
    const uint8_t *score_mask;
    struct engine_score *scores;
    /* engine-private */
    size_t next_seq; /* first sequence not yet batched */
    size_t done_seqs;
    uint64_t submit_ns;
    uint64_t tokens_est;
    bool cache_checked; /* looked up whole while waiting for its deadline */
};

/* ---- the engine ----------------------------------------------------------------------- */

/* What one batch looked like, passed to the optional observer (from the engine thread). */
struct engine_batch_report {
    size_t sequences;
    size_t tokens;          /* 0 for backends without a tokenizer */
    uint64_t queue_wait_ns; /* oldest request's wait when the batch started */
    uint64_t embed_ns; /* submit to vectors back (pipelined: includes the wait behind batch n-1) */
    int status;
    const char *error; /* status != 0: the backend's message (embed_backend.error), or NULL */
};

struct engine_config {
    size_t max_batch_tokens; /* >= the backend's max_seq_tokens */
    size_t max_batch_sequences;
    uint32_t batch_deadline_us; /* longest a queued request waits for company */
    size_t queue_requests;      /* bounded queue; submit says -EAGAIN when full */
    size_t cache_entries;       /* embedding cache bounds; either 0: no cache */
    size_t cache_bytes;
    /* Optional observer, called on the engine thread after every batch (keep it short). */
    void (*observer)(void *user, const struct engine_batch_report *r);
    void *observer_user;
    /* Where the engine thread runs, and with it the compute pool it starts (the pool's
     * workers inherit it): default anywhere, niceness unchanged. */
    struct thread_place place;
};

/* Counters, updated by the engine thread with relaxed atomics; engine_stats snapshots them.
 * Histograms are log2-bucketed (see ENGINE_STATS_BUCKETS). */
struct engine_stats {
    uint64_t submitted; /* requests accepted */
    uint64_t rejected;  /* -EAGAIN answers */
    uint64_t completed; /* requests completed */
    uint64_t failed;    /* ... of which with a non-zero status */
    uint64_t batches;   /* backend calls */
    uint64_t sequences; /* sequences the backend embedded (forward passes on a model) */
    uint64_t tokens;
    /* With the cache on, every submitted sequence is one of: a hit (answered from the
     * cache), shared (the same key earlier in its batch: one forward pass for both) or a miss
     * (sent to the backend). */
    uint64_t cache_hits;
    uint64_t cache_shared;
    uint64_t cache_misses;
    uint64_t cache_evictions;
    uint64_t cache_entries; /* held now */
    uint64_t cache_bytes;   /* held now (embed_cache_entry_overhead per entry included) */
    /* Backends with a scorer of their own (embed_backend.score_batch): scoring passes it
     * served, and those it failed, which the host scorer then served. */
    uint64_t score_backend;
    uint64_t score_fallbacks;
    uint64_t queue_wait_ns_sum;
    uint64_t queue_wait_ns_max;
    uint64_t embed_ns_sum;
    uint64_t embed_ns_max;
    uint64_t batch_sequences_hist[ENGINE_STATS_BUCKETS];
    uint64_t batch_tokens_hist[ENGINE_STATS_BUCKETS];
    uint64_t queue_wait_us_hist[ENGINE_STATS_BUCKETS];
};

struct engine;

/* Defaults above; everything within the _MAX limits. */
void engine_config_default(struct engine_config *c);

/* Starts the engine thread. Takes ownership of *backend (freed by engine_free). Returns 0,
 * -EINVAL for a bad config (limits, max_batch_tokens < backend max_seq_tokens), or the
 * -errno of pthread_create. */
int engine_new(const struct engine_config *c, struct embed_backend *backend, struct engine **out);

/* What applying engine_config.place on the engine thread gave: 0, or the -errno of
 * thread_place_self (the engine then runs where it could; worth a warning, not fatal). Known
 * once engine_new has returned. */
int engine_place_result(const struct engine *e);

/* Stops the thread after finishing every queued request, then frees. NULL is a no-op. */
void engine_free(struct engine *e);

const struct embed_backend *engine_backend(const struct engine *e);
size_t engine_dim(const struct engine *e);

/* Queues req. Returns 0; -EAGAIN when the queue or req->cq is full (try later / 503);
 * -EINVAL when the request is malformed for this backend (no sequences, ids for a
 * backend without a tokenizer, missing out or cq). Never blocks on the engine's work. */
int engine_submit(struct engine *e, struct embed_request *req);

/* Tokenizes one text with the backend's tokenizer and its max_seq_tokens, on the calling
 * thread. Returns the number of ids written (<= max_ids), or 0 when the backend has none. */
size_t engine_tokenize(const struct engine *e, const char *text, size_t len, int32_t *ids,
                       size_t max_ids);

/* Submits req (retrying while the engine says -EAGAIN) with a private completion queue and
 * waits for it: for tools, tests and start-up. req->cq is set here. Returns 0 or -errno. */
int engine_request_sync(struct engine *e, struct embed_request *req);
/* Convenience for tools: embeds n texts into out [n x dim] and waits. Returns 0 or -errno. */
int engine_embed_sync(struct engine *e, const char *const *texts, size_t n, float *out);

void engine_stats(const struct engine *e, struct engine_stats *out);

#endif
