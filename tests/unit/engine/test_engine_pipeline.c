/* test_engine_pipeline.c — the engine with an asynchronous backend (max_in_flight 2): the
 * order of submit and collect calls (batch n+1 submitted before batch n is collected),
 * completion in queue order, a request spanning two batches in flight completing with the
 * later one, failed submits and collects completing exactly the requests of their batch, the
 * cache across two batches in flight, shutdown with batches in flight, and the cpu backend's
 * vectors through the pipeline bit for bit.
 *
 * The backend under the engine is "pipe": a real in-process backend that wraps a synchronous
 * one (lexical or cpu). submit copies the batch (texts, ids, offsets) into one of two slots and
 * returns; collect runs the wrapped backend on the oldest slot. It logs every call with how
 * many requests had completed by then, so the tests see what the engine did in what order. */
#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <sys/eventfd.h>
#include <time.h>
#include <unistd.h>

#include "check.h"
#include "embed/engine.h"
#include "test_util.h"

enum {
    PIPE_SLOTS = 2,
    PIPE_LOG_MAX = 64,
    PIPE_TEXT_BYTES = 1 << 14, /* per slot: the tests' texts, back to back */
    PIPE_SEQS_MAX = 16,
    PIPE_TOKENS_MAX = 512,
    HIDDEN_MAX = 1024,
};

struct pipe_call {
    char op;          /* 'S' submit, 'C' collect, 'F' free */
    size_t batch;     /* 1-based ordinal of the batch (submission order) */
    size_t n_seqs;    /* S: the batch's sequences */
    size_t completed; /* requests pushed to the watched completion queue before the call */
    int rc;
};

struct pipe_slot {
    size_t batch, n_seqs;
    char text_bytes[PIPE_TEXT_BYTES];
    const char *texts[PIPE_SEQS_MAX];
    size_t lens[PIPE_SEQS_MAX];
    int32_t ids[PIPE_TOKENS_MAX];
    int32_t cu[PIPE_SEQS_MAX + 1];
    bool has_texts, has_ids;
};

struct pipe {
    struct embed_backend inner;
    const struct embed_cq *watch;
    atomic_int gate; /* 0: submit holds the engine thread until the test opens it */
    atomic_int entered;
    size_t submits, collects_due, oldest; /* oldest: the slot collect answers next */
    size_t fail_submit, fail_collect;     /* the batch ordinal to fail; 0: none */
    struct pipe_slot slot[PIPE_SLOTS];
    struct pipe_call log[PIPE_LOG_MAX];
    size_t n_log;
    size_t sequences_run; /* sequences the wrapped backend embedded */
    size_t most_due;      /* the most batches submitted and not yet collected at once */
    int violations;       /* calls outside the contract: a third batch in flight, ... */
    char error[64];
};

static void pipe_log(struct pipe *p, char op, size_t batch, size_t n_seqs, int rc)
{
    if (p->n_log == PIPE_LOG_MAX)
        return; /* long runs: the exact-order tests are short */
    size_t done = p->watch ? atomic_load(&p->watch->tail) : 0;
    p->log[p->n_log++] = (struct pipe_call){op, batch, n_seqs, done, rc};
}

static int pipe_submit(void *ctx, const struct embed_batch *b)
{
    struct pipe *p = ctx;
    atomic_fetch_add(&p->entered, 1);
    while (!atomic_load(&p->gate))
        usleep(100);
    size_t batch = ++p->submits;
    if (batch == p->fail_submit) {
        snprintf(p->error, sizeof(p->error), "injected submit failure (batch %zu)", batch);
        pipe_log(p, 'S', batch, b->n_seqs, -ENODEV);
        return -ENODEV;
    }
    if (p->collects_due == PIPE_SLOTS || b->n_seqs == 0 || b->n_seqs > PIPE_SEQS_MAX) {
        p->violations++;
        return -EINVAL;
    }
    struct pipe_slot *s = &p->slot[(p->oldest + p->collects_due) % PIPE_SLOTS];
    *s = (struct pipe_slot){.batch = batch,
                            .n_seqs = b->n_seqs,
                            .has_texts = b->texts != NULL,
                            .has_ids = b->ids != NULL};
    size_t used = 0;
    for (size_t i = 0; s->has_texts && i < b->n_seqs; i++) {
        CHECK(b->texts[i] != NULL && used + b->lens[i] <= PIPE_TEXT_BYTES);
        memcpy(s->text_bytes + used, b->texts[i], b->lens[i]);
        s->texts[i] = s->text_bytes + used;
        s->lens[i] = b->lens[i];
        used += b->lens[i];
    }
    if (s->has_ids) {
        CHECK((size_t)b->cu_seqlens[b->n_seqs] <= PIPE_TOKENS_MAX);
        memcpy(s->cu, b->cu_seqlens, (b->n_seqs + 1) * sizeof(int32_t));
        memcpy(s->ids, b->ids, (size_t)b->cu_seqlens[b->n_seqs] * sizeof(int32_t));
    }
    p->collects_due++;
    p->most_due = p->collects_due > p->most_due ? p->collects_due : p->most_due;
    pipe_log(p, 'S', batch, b->n_seqs, 0);
    return 0;
}

static int pipe_collect(void *ctx, float *out)
{
    struct pipe *p = ctx;
    if (p->collects_due == 0) {
        p->violations++;
        return -EINVAL;
    }
    struct pipe_slot *s = &p->slot[p->oldest];
    p->oldest = (p->oldest + 1) % PIPE_SLOTS;
    p->collects_due--;
    int rc = 0;
    if (s->batch == p->fail_collect) {
        snprintf(p->error, sizeof(p->error), "injected collect failure (batch %zu)", s->batch);
        rc = -EIO;
    } else {
        struct embed_batch b = {.n_seqs = s->n_seqs};
        if (s->has_texts) {
            b.texts = s->texts;
            b.lens = s->lens;
        }
        if (s->has_ids) {
            b.ids = s->ids;
            b.cu_seqlens = s->cu;
        }
        rc = p->inner.embed_batch(p->inner.ctx, &b, out);
        p->sequences_run += s->n_seqs;
    }
    pipe_log(p, 'C', s->batch, s->n_seqs, rc);
    return rc;
}

/* The synchronous form: never called by an engine when max_in_flight is 2. */
static int pipe_embed(void *ctx, const struct embed_batch *b, float *out)
{
    struct pipe *p = ctx;
    p->violations++;
    return p->inner.embed_batch(p->inner.ctx, b, out);
}

static const char *pipe_error(void *ctx)
{
    struct pipe *p = ctx;
    return p->error[0] ? p->error : NULL;
}

static size_t pipe_cache_key(void *ctx, const char *text, size_t len, char *out, size_t cap)
{
    struct pipe *p = ctx;
    return p->inner.cache_key(p->inner.ctx, text, len, out, cap);
}

/* The wrapped backend stays the test's (pipe_done frees it): the log must outlive the
 * engine, which frees its backend. */
static void pipe_free(void *ctx)
{
    struct pipe *p = ctx;
    if (p->collects_due != 0)
        p->violations++; /* freed with a batch in flight */
    pipe_log(p, 'F', 0, 0, 0);
}

static struct embed_backend pipe_backend(struct pipe *p)
{
    return (struct embed_backend){
        .name = "pipe",
        .dim = p->inner.dim,
        .max_seq_tokens = p->inner.max_seq_tokens,
        .tokenizer = p->inner.tokenizer,
        .ctx = p,
        .embed_batch = pipe_embed,
        .max_in_flight = 2,
        .submit = pipe_submit,
        .collect = pipe_collect,
        .free = pipe_free,
        .error = pipe_error,
        .cache_key = p->inner.cache_key ? pipe_cache_key : NULL,
    };
}

static struct pipe *pipe_lexical(void)
{
    struct pipe *p = calloc(1, sizeof(*p));
    CHECK(p != NULL);
    struct lexical_params lp;
    lexical_params_default(&lp);
    CHECK_INT_EQ(embed_backend_lexical_init(&p->inner, &lp), 0);
    atomic_init(&p->gate, 1);
    return p;
}

static void pipe_done(struct pipe *p)
{
    CHECK_INT_EQ(p->violations, 0);
    embed_backend_free(&p->inner);
    free(p);
}

/* "SCSC...": the ops of the log, for one comparison. */
static const char *pipe_ops(const struct pipe *p)
{
    static char ops[PIPE_LOG_MAX + 1];
    for (size_t i = 0; i < p->n_log; i++)
        ops[i] = p->log[i].op;
    ops[p->n_log] = '\0';
    return ops;
}

/* ---- the harness ------------------------------------------------------------------------ */

enum { REQS_MAX = 8, TEXTS_MAX = 4 };

struct harness {
    struct pipe *pipe;
    struct engine *engine;
    int efd;
    struct embed_cq cq;
    struct embed_request req[REQS_MAX];
    float out[REQS_MAX][TEXTS_MAX * LEXICAL_DIM_DEFAULT];
    struct engine_batch_report reports[PIPE_LOG_MAX];
    char report_errors[PIPE_LOG_MAX][64];
    size_t n_reports;
};

static void observe(void *user, const struct engine_batch_report *r)
{
    struct harness *h = user;
    if (h->n_reports == PIPE_LOG_MAX)
        return;
    h->reports[h->n_reports] = *r;
    snprintf(h->report_errors[h->n_reports], sizeof(h->report_errors[0]), "%s",
             r->error ? r->error : "");
    h->n_reports++;
}

/* An engine over p: batches of at most max_seqs sequences, no deadline. */
static void harness_start(struct harness *h, struct pipe *p, size_t max_seqs, bool cache)
{
    memset(h, 0, sizeof(*h));
    h->pipe = p;
    h->efd = eventfd(0, EFD_CLOEXEC);
    CHECK(h->efd >= 0);
    CHECK_INT_EQ(embed_cq_init(&h->cq, REQS_MAX, h->efd), 0);
    p->watch = &h->cq;
    struct engine_config c;
    engine_config_default(&c);
    c.max_batch_sequences = max_seqs;
    c.max_batch_tokens = PIPE_TOKENS_MAX;
    c.batch_deadline_us = 0;
    if (!cache)
        c.cache_entries = 0;
    c.observer = observe;
    c.observer_user = h;
    struct embed_backend b = pipe_backend(p);
    CHECK_INT_EQ(engine_new(&c, &b, &h->engine), 0);
}

/* Submits the requests while the engine thread is held inside the first submit, so every
 * batch after the first is built from a full queue: the call order is then exact. */
static void harness_submit_held(struct harness *h, const char *const *texts[], const size_t *n,
                                size_t reqs)
{
    atomic_store(&h->pipe->gate, 0);
    for (size_t k = 0; k < reqs; k++) {
        h->req[k] = (struct embed_request){
            .n_seqs = n[k], .texts = texts[k], .out = h->out[k], .cq = &h->cq};
        CHECK_INT_EQ(engine_submit(h->engine, &h->req[k]), 0);
        while (k == 0 && atomic_load(&h->pipe->entered) == 0)
            usleep(100);
    }
}

static void harness_open(struct harness *h)
{
    atomic_store(&h->pipe->gate, 1);
}

/* Pops every request; checks queue order and each status against want (NULL: all 0). */
static void harness_wait_all(struct harness *h, size_t reqs, const int *want)
{
    for (size_t k = 0; k < reqs; k++) {
        struct embed_request *done = embed_cq_wait(&h->cq);
        CHECK(done == &h->req[k]);
        CHECK_INT_EQ(done->status, want ? want[k] : 0);
    }
    CHECK(embed_cq_pop(&h->cq) == NULL);
}

/* Request k's vectors against lexical_embed of its texts. */
static void check_one(struct harness *h, size_t k, const char *const *texts, size_t n)
{
    struct lexical_params lp;
    lexical_params_default(&lp);
    float ref[LEXICAL_DIM_DEFAULT];
    for (size_t i = 0; i < n; i++) {
        lexical_embed(&lp, texts[i], strlen(texts[i]), ref);
        CHECK(memcmp(ref, h->out[k] + i * LEXICAL_DIM_DEFAULT, sizeof(ref)) == 0);
    }
}

/* Every request that succeeded (status NULL: all of them). */
static void check_lexical(struct harness *h, const char *const *texts[], const size_t *n,
                          size_t reqs, const int *status)
{
    for (size_t k = 0; k < reqs; k++)
        if (!status || status[k] == 0)
            check_one(h, k, texts[k], n[k]);
}

static void harness_stop(struct harness *h)
{
    engine_free(h->engine);
    embed_cq_free(&h->cq);
    close(h->efd);
    pipe_done(h->pipe);
}

/* ---- the tests ----------------------------------------------------------------------- */

/* Four requests of 2, 3, 2 and 2 texts in batches of 2: r1 spans batches 2 and 3, which are
 * in flight together. */
static const char *const r0_texts[] = {"fries", "cola"};
static const char *const r1_texts[] = {"two cheeseburgers", "a mango smoothie", "onion rings"};
static const char *const r2_texts[] = {"Is the brownie vegan?", "kale caesar salad"};
static const char *const r3_texts[] = {"3x crispy chicken burger", "sparkling water"};
static const char *const *four_texts[] = {r0_texts, r1_texts, r2_texts, r3_texts};
static const size_t four_n[] = {2, 3, 2, 2};

static void test_fifo_and_spanning(void)
{
    struct harness h;
    harness_start(&h, pipe_lexical(), 2, false);
    harness_submit_held(&h, four_texts, four_n, 4);
    harness_open(&h);
    harness_wait_all(&h, 4, NULL);
    check_lexical(&h, four_texts, four_n, 4, NULL);
    /* Batch n+1 is submitted before batch n is collected; the last is collected at once. */
    CHECK_STR_EQ(pipe_ops(h.pipe), "SSCSCSCSCC");
    /* Completions seen at each collect: r0 after batch 1; r1 (batches 2 and 3) not after
     * batch 2 but after batch 3; r2 (3 and 4) after batch 4. */
    const size_t batch_of_collect[] = {1, 2, 3, 4, 5}, done_before[] = {0, 1, 1, 2, 3};
    for (size_t i = 0, c = 0; i < h.pipe->n_log; i++) {
        if (h.pipe->log[i].op != 'C')
            continue;
        CHECK_INT_EQ(h.pipe->log[i].batch, batch_of_collect[c]);
        CHECK_INT_EQ(h.pipe->log[i].completed, done_before[c]);
        c++;
    }
    struct engine_stats st;
    engine_stats(h.engine, &st);
    CHECK_INT_EQ(st.batches, 5);
    CHECK_INT_EQ(st.sequences, 9);
    CHECK_INT_EQ(st.completed, 4);
    CHECK_INT_EQ(st.failed, 0);
    CHECK_INT_EQ(h.n_reports, 5);
    harness_stop(&h);
}

/* Batch 3 (r1's last text, r2's first) fails on submit: it is never collected, r1 and r2
 * fail, r0 and r3 do not. */
static void test_submit_error(void)
{
    struct harness h;
    struct pipe *p = pipe_lexical();
    p->fail_submit = 3;
    harness_start(&h, p, 2, false);
    harness_submit_held(&h, four_texts, four_n, 4);
    harness_open(&h);
    const int want[] = {0, -ENODEV, -ENODEV, 0};
    harness_wait_all(&h, 4, want);
    check_lexical(&h, four_texts, four_n, 4, want);
    CHECK_STR_EQ(pipe_ops(p), "SSCSCSSCC");
    for (size_t i = 0; i < p->n_log; i++)
        CHECK(p->log[i].op != 'C' || p->log[i].batch != 3);
    struct engine_stats st;
    engine_stats(h.engine, &st);
    CHECK_INT_EQ(st.completed, 4);
    CHECK_INT_EQ(st.failed, 2);
    CHECK_INT_EQ(h.n_reports, 5);
    CHECK_INT_EQ(h.reports[2].status, -ENODEV); /* reports come in batch order */
    CHECK_STR_EQ(h.report_errors[2], "injected submit failure (batch 3)");
    for (size_t i = 0; i < h.n_reports; i++)
        CHECK(i == 2 || h.reports[i].status == 0);
    harness_stop(&h);
}

/* Batch 2 (r1's first two texts) fails on collect: only r1 fails, although its last text ran
 * well in batch 3. */
static void test_collect_error(void)
{
    struct harness h;
    struct pipe *p = pipe_lexical();
    p->fail_collect = 2;
    harness_start(&h, p, 2, false);
    harness_submit_held(&h, four_texts, four_n, 4);
    harness_open(&h);
    const int want[] = {0, -EIO, 0, 0};
    harness_wait_all(&h, 4, want);
    check_lexical(&h, four_texts, four_n, 4, want);
    CHECK_STR_EQ(pipe_ops(p), "SSCSCSCSCC");
    struct engine_stats st;
    engine_stats(h.engine, &st);
    CHECK_INT_EQ(st.failed, 1);
    CHECK_INT_EQ(h.reports[1].status, -EIO);
    CHECK_STR_EQ(h.report_errors[1], "injected collect failure (batch 2)");
    harness_stop(&h);
}

static void expect_cache(struct engine *e, uint64_t hits, uint64_t shared, uint64_t misses,
                         uint64_t sequences, uint64_t batches)
{
    struct engine_stats st;
    engine_stats(e, &st);
    CHECK_INT_EQ(st.cache_hits, hits);
    CHECK_INT_EQ(st.cache_shared, shared);
    CHECK_INT_EQ(st.cache_misses, misses);
    CHECK_INT_EQ(st.sequences, sequences);
    CHECK_INT_EQ(st.batches, batches);
}

/* The cache with two batches in flight. "FRIES!" has the normal form of "fries", which is in
 * batch 1, still in flight when batch 2 is built: it shares that vector rather than running
 * again; "cola" twice in batch 2 runs once. Then every text is a hit and no batch runs. With
 * batch 1's collect failing, the request sharing its vector fails with it and nothing of
 * batch 1 is cached. */
static void test_cache_in_flight(void)
{
    static const char *const a[] = {"fries"}, *const b[] = {"FRIES!", "cola"},
                             *const c[] = {"cola", "onion rings"},
                             *const d[] = {"Cola", "fries", "onion rings"};
    const char *const *texts[] = {a, b, c, d};
    const size_t n[] = {1, 2, 2, 3};
    for (int fail = 0; fail <= 1; fail++) {
        struct harness h;
        struct pipe *p = pipe_lexical();
        p->fail_collect = fail ? 1 : 0;
        harness_start(&h, p, 4, true);
        harness_submit_held(&h, texts, n, 3);
        harness_open(&h);
        const int want[] = {fail ? -EIO : 0, fail ? -EIO : 0, 0};
        harness_wait_all(&h, 3, want);
        check_lexical(&h, texts, n, 3, want);
        CHECK_STR_EQ(pipe_ops(p), "SSCC");
        CHECK_INT_EQ(p->log[1].n_seqs, 2); /* batch 2: cola, onion rings */
        CHECK_INT_EQ(p->sequences_run, fail ? 2 : 3);
        expect_cache(h.engine, 0, 2, 3, 3, 2);
        /* All of d is cached now (fries only when batch 1 did not fail). */
        h.req[3] =
            (struct embed_request){.n_seqs = n[3], .texts = texts[3], .out = h.out[3], .cq = &h.cq};
        CHECK_INT_EQ(engine_submit(h.engine, &h.req[3]), 0);
        CHECK(embed_cq_wait(&h.cq) == &h.req[3]);
        CHECK_INT_EQ(h.req[3].status, 0);
        check_one(&h, 3, d, n[3]);
        expect_cache(h.engine, fail ? 2 : 3, 2, fail ? 4 : 3, fail ? 4 : 3, fail ? 3 : 2);
        harness_stop(&h);
    }
}

static void *open_later(void *arg)
{
    struct harness *h = arg;
    usleep(50 * 1000);
    harness_open(h);
    return NULL;
}

/* engine_free while the backend holds batch 1 and the rest waits: every request completes,
 * every batch is collected, and only then is the backend freed. */
static void test_shutdown_in_flight(void)
{
    struct harness h;
    harness_start(&h, pipe_lexical(), 2, false);
    harness_submit_held(&h, four_texts, four_n, 4);
    pthread_t t;
    CHECK_INT_EQ(pthread_create(&t, NULL, open_later, &h), 0);
    engine_free(h.engine); /* waits for the thread: it finishes everything first */
    pthread_join(t, NULL);
    h.engine = NULL;
    harness_wait_all(&h, 4, NULL);
    check_lexical(&h, four_texts, four_n, 4, NULL);
    CHECK_STR_EQ(pipe_ops(h.pipe), "SSCSCSCSCCF");
    CHECK_INT_EQ(h.pipe->log[h.pipe->n_log - 1].completed, 4);
    harness_stop(&h);
}

/* Several threads, each with its own completion queue and up to 8 requests in flight, texts
 * repeated across requests (the cache shares keys across the two batches in flight): every
 * vector is lexical_embed's, every thread's requests come back in its submission order, and
 * every batch submitted is collected once. */
enum { THREADS = 4, PER_THREAD = 150, INFLIGHT = 8 };

static const char *const corpus[] = {"fries",
                                     "two cheddar cheeseburgers and a chocolate milkshake please",
                                     "Is the brownie vegan?",
                                     "ok",
                                     "Bonjour, je voudrais un burger végétarien et des frites.",
                                     "x",
                                     "3x crispy chicken burger",
                                     "FRIES!",
                                     "a mango smoothie",
                                     "kale caesar salad"};
enum { CORPUS_N = sizeof(corpus) / sizeof(corpus[0]) };

/* The completion queue and its eventfd outlive the thread: the engine writes the eventfd
 * after the push the thread may already have popped, so they are closed after engine_free. */
struct worker {
    struct engine *engine;
    size_t id;
    int efd;
    struct embed_cq cq;
    int errors;
};

struct worker_req {
    struct embed_request req;
    const char *texts[TEXTS_MAX];
    float out[TEXTS_MAX * LEXICAL_DIM_DEFAULT];
    size_t seq; /* submission number within the thread */
};

static void *worker_main(void *arg)
{
    struct worker *w = arg;
    struct lexical_params lp;
    lexical_params_default(&lp);
    struct embed_cq *cq = &w->cq;
    static _Thread_local struct worker_req reqs[INFLIGHT];
    size_t submitted = 0, completed = 0, in_flight = 0;
    while (completed < PER_THREAD) {
        if (submitted < PER_THREAD && in_flight < INFLIGHT) {
            struct worker_req *r = &reqs[submitted % INFLIGHT];
            size_t n = 1 + (w->id + submitted) % TEXTS_MAX;
            for (size_t i = 0; i < n; i++)
                r->texts[i] = corpus[(w->id * 3 + submitted * 7 + i) % CORPUS_N];
            r->seq = submitted;
            r->req = (struct embed_request){
                .n_seqs = n, .texts = r->texts, .out = r->out, .cq = cq, .user = r};
            int rc = engine_submit(w->engine, &r->req);
            if (rc == 0) {
                submitted++;
                in_flight++;
                continue;
            }
            w->errors += rc != -EAGAIN;
        }
        struct embed_request *done = embed_cq_wait(cq);
        struct worker_req *r = done->user;
        w->errors += r->seq != completed || done->status != 0; /* this thread's order */
        float ref[LEXICAL_DIM_DEFAULT];
        for (size_t i = 0; i < done->n_seqs; i++) {
            lexical_embed(&lp, r->texts[i], strlen(r->texts[i]), ref);
            w->errors += memcmp(ref, r->out + i * LEXICAL_DIM_DEFAULT, sizeof(ref)) != 0;
        }
        completed++;
        in_flight--;
    }
    return NULL;
}

static void test_threads(void)
{
    for (int cache = 0; cache <= 1; cache++) {
        struct pipe *p = pipe_lexical();
        struct embed_backend b = pipe_backend(p);
        struct engine_config c;
        engine_config_default(&c);
        c.max_batch_sequences = 6;
        c.batch_deadline_us = 100;
        c.cache_entries = cache ? 4 : 0; /* small: evictions while batches are in flight */
        struct engine *e;
        CHECK_INT_EQ(engine_new(&c, &b, &e), 0);
        struct worker w[THREADS];
        pthread_t t[THREADS];
        for (size_t i = 0; i < THREADS; i++) {
            w[i] = (struct worker){.engine = e, .id = i, .efd = eventfd(0, EFD_CLOEXEC)};
            CHECK(w[i].efd >= 0);
            CHECK_INT_EQ(embed_cq_init(&w[i].cq, INFLIGHT, w[i].efd), 0);
            CHECK_INT_EQ(pthread_create(&t[i], NULL, worker_main, &w[i]), 0);
        }
        for (size_t i = 0; i < THREADS; i++) {
            pthread_join(t[i], NULL);
            CHECK_INT_EQ(w[i].errors, 0);
        }
        struct engine_stats st;
        engine_stats(e, &st);
        CHECK_INT_EQ(st.completed, THREADS * PER_THREAD);
        CHECK_INT_EQ(st.failed, 0);
        engine_free(e);
        for (size_t i = 0; i < THREADS; i++) {
            embed_cq_free(&w[i].cq);
            close(w[i].efd);
        }
        CHECK_INT_EQ(p->collects_due, 0);
        CHECK_INT_EQ(p->submits, st.batches);
        CHECK_INT_EQ(p->sequences_run, st.sequences);
        CHECK_INT_EQ(p->most_due, 2); /* the queue kept batches due: two were in flight */
        if (cache)
            CHECK(st.cache_hits + st.cache_shared > 0);
        pipe_done(p);
    }
}

/* An asynchronous backend must bring both calls. */
static void test_config(void)
{
    struct pipe *p = pipe_lexical();
    struct embed_backend b = pipe_backend(p);
    b.collect = NULL;
    struct engine_config c;
    engine_config_default(&c);
    struct engine *e = NULL;
    CHECK_INT_EQ(engine_new(&c, &b, &e), -EINVAL);
    b = pipe_backend(p);
    b.max_in_flight = 1; /* synchronous: embed_batch, never submit */
    CHECK_INT_EQ(engine_new(&c, &b, &e), 0);
    float out[LEXICAL_DIM_DEFAULT];
    const char *text[1] = {"fries"};
    CHECK_INT_EQ(engine_embed_sync(e, text, 1, out), 0);
    engine_free(e);
    CHECK_INT_EQ(p->violations, 1); /* the one embed_batch call */
    p->violations = 0;
    CHECK_INT_EQ(p->submits, 0);
    pipe_done(p);
}

static double max_abs_diff(const float *a, const float *b, size_t n)
{
    double m = 0;
    for (size_t i = 0; i < n; i++)
        m = fmax(m, fabs((double)a[i] - (double)b[i]));
    return m;
}

/* The cpu backend (token ids, the cache keyed by them) through the pipeline: without the cache
 * the batches are the synchronous engine's and so are the vectors, bit for bit. With it, the
 * second "fries" shares batch 1's forward pass (still in flight while batch 2 is built: full,
 * it still answers what needs no slot) and the second "a mango smoothie" shares batch 2's
 * (in flight while batch 3 is built). */
static void test_cpu_pipelined(const char *fixture)
{
    char dir[TEST_PATH_BYTES], err[256];
    test_source_path(dir, sizeof(dir), "tests/fixtures/%s", fixture);
    struct model *m;
    if (model_load(dir, &m, err, sizeof(err)) != 0) {
        fprintf(stderr, "%s: %s\n", fixture, err);
        check_failures++;
        return;
    }
    size_t dim = model_info(m)->hidden;
    CHECK(dim <= HIDDEN_MAX);
    enum { N = 7 };
    const char *texts[N] = {"two cheddar cheeseburgers please",
                            "fries",
                            "Is the brownie vegan?",
                            "a mango smoothie",
                            "fries",
                            "onion rings",
                            "a mango smoothie"};
    static float sync_out[N * HIDDEN_MAX], piped[N * HIDDEN_MAX];
    struct embed_backend b;
    CHECK_INT_EQ(embed_backend_cpu_init(&b, m, PIPE_TOKENS_MAX, 2, true), 0);
    struct engine_config c;
    engine_config_default(&c);
    c.max_batch_tokens = PIPE_TOKENS_MAX;
    c.max_batch_sequences = 2;
    c.batch_deadline_us = 0;
    c.cache_entries = 0;
    struct engine *e;
    CHECK_INT_EQ(engine_new(&c, &b, &e), 0);
    CHECK_INT_EQ(engine_embed_sync(e, texts, N, sync_out), 0);
    engine_free(e);

    for (int cache = 0; cache <= 1; cache++) {
        struct pipe *p = calloc(1, sizeof(*p));
        atomic_init(&p->gate, 1);
        CHECK_INT_EQ(embed_backend_cpu_init(&p->inner, m, PIPE_TOKENS_MAX, 2, true), 0);
        struct embed_backend pb = pipe_backend(p);
        c.cache_entries = cache ? ENGINE_CACHE_ENTRIES_DEFAULT : 0;
        CHECK_INT_EQ(engine_new(&c, &pb, &e), 0);
        memset(piped, 0, sizeof(piped));
        CHECK_INT_EQ(engine_embed_sync(e, texts, N, piped), 0);
        if (!cache)
            CHECK(memcmp(sync_out, piped, N * dim * sizeof(float)) == 0);
        CHECK(max_abs_diff(sync_out, piped, N * dim) < 1e-5);
        CHECK(memcmp(piped + 1 * dim, piped + 4 * dim, dim * sizeof(float)) == 0);
        CHECK(memcmp(piped + 3 * dim, piped + 6 * dim, dim * sizeof(float)) == 0);
        struct engine_stats st;
        engine_stats(e, &st);
        CHECK_INT_EQ(st.sequences, cache ? N - 2 : N);
        CHECK_INT_EQ(st.cache_hits, 0);
        CHECK_INT_EQ(st.cache_shared, cache ? 2 : 0);
        CHECK_INT_EQ(st.batches, cache ? 3 : 4);
        engine_free(e);
        CHECK_STR_EQ(pipe_ops(p), cache ? "SSCSCCF" : "SSCSCSCCF");
        pipe_done(p);
    }
    model_free(m);
}

int main(void)
{
    test_fifo_and_spanning();
    test_submit_error();
    test_collect_error();
    test_cache_in_flight();
    test_shutdown_in_flight();
    test_threads();
    test_config();
    test_cpu_pipelined("bert-tiny");
    test_cpu_pipelined("modernbert-tiny");
    return check_finish("test_engine_pipeline");
}
