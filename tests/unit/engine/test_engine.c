/* test_engine.c — the batching engine: results equal to unbatched embedding, flush on
 * deadline and on size, the bounded queue, requests spanning batches, completion on the
 * submitting thread's own queue, and statistics. */
#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <sys/eventfd.h>
#include <time.h>
#include <unistd.h>

#include "check.h"
#include "embed/engine.h"

enum {
    THREADS = 4,
    REQUESTS_PER_THREAD = 200,
    TEXTS_PER_REQUEST_MAX = 5,
    INFLIGHT_MAX = 8, /* per thread, a power of two */
    FAKE_DIM = 8,
};

static uint64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

/* Texts of very different lengths, picked by (thread, request, index). */
static const char *const corpus[] = {
    "fries",
    "two cheddar cheeseburgers and a chocolate milkshake please",
    "Is the brownie vegan?",
    "one green garden burger, no onions, extra pickles, and a side salad with the dressing "
    "on the side, plus a sparkling water and a mango smoothie for my friend who is late",
    "ok",
    "Bonjour, je voudrais un burger végétarien et des frites.",
    "x",
    "3x crispy chicken burger",
};
enum { CORPUS_N = sizeof(corpus) / sizeof(corpus[0]) };

/* ---- many threads, mixed lengths, lexical backend ------------------------------------ */

struct worker {
    struct engine *engine;
    int id;
    int efd;
    struct embed_cq cq;
    int mismatches;
    int foreign;
    int completed;
};

struct slot {
    struct embed_request req;
    const char *texts[TEXTS_PER_REQUEST_MAX];
    float out[TEXTS_PER_REQUEST_MAX * LEXICAL_DIM_DEFAULT];
    int owner;
};

static void verify(struct worker *w, struct slot *s, const struct lexical_params *p)
{
    float ref[LEXICAL_DIM_DEFAULT];
    if (s->owner != w->id)
        w->foreign++;
    if (s->req.status != 0)
        w->mismatches++;
    for (size_t i = 0; i < s->req.n_seqs; i++) {
        lexical_embed(p, s->texts[i], strlen(s->texts[i]), ref);
        if (memcmp(ref, s->out + i * p->dim, sizeof(ref)) != 0)
            w->mismatches++;
    }
    w->completed++;
}

static void *worker_main(void *arg)
{
    struct worker *w = arg;
    struct lexical_params p;
    lexical_params_default(&p);
    static _Thread_local struct slot slots[INFLIGHT_MAX];
    int free_slots[INFLIGHT_MAX], n_free = INFLIGHT_MAX;
    for (int i = 0; i < INFLIGHT_MAX; i++)
        free_slots[i] = i;
    int submitted = 0;
    while (w->completed < REQUESTS_PER_THREAD) {
        if (submitted < REQUESTS_PER_THREAD && n_free > 0) {
            struct slot *s = &slots[free_slots[n_free - 1]];
            size_t n = 1 + (size_t)(w->id + submitted) % TEXTS_PER_REQUEST_MAX;
            for (size_t i = 0; i < n; i++)
                s->texts[i] = corpus[(size_t)(w->id * 7 + submitted * 3 + (int)i) % CORPUS_N];
            s->owner = w->id;
            s->req = (struct embed_request){
                .n_seqs = n, .texts = s->texts, .out = s->out, .cq = &w->cq, .user = s};
            int rc = engine_submit(w->engine, &s->req);
            if (rc == 0) {
                n_free--;
                submitted++;
                continue;
            }
            if (rc != -EAGAIN)
                w->mismatches++;
        }
        struct embed_request *done = embed_cq_wait(&w->cq);
        struct slot *s = done->user;
        verify(w, s, &p);
        free_slots[n_free++] = (int)(s - slots);
    }
    return NULL;
}

static void test_threads_lexical(void)
{
    struct lexical_params p;
    lexical_params_default(&p);
    struct embed_backend b;
    CHECK_INT_EQ(embed_backend_lexical_init(&b, &p), 0);
    struct engine_config c;
    engine_config_default(&c);
    c.max_batch_sequences = 16;
    c.batch_deadline_us = 200;
    struct engine *e;
    CHECK_INT_EQ(engine_new(&c, &b, &e), 0);
    CHECK_INT_EQ(engine_dim(e), LEXICAL_DIM_DEFAULT);
    CHECK_STR_EQ(engine_backend(e)->name, "lexical");

    struct worker w[THREADS];
    pthread_t t[THREADS];
    for (int i = 0; i < THREADS; i++) {
        w[i] = (struct worker){.engine = e, .id = i, .efd = eventfd(0, EFD_CLOEXEC)};
        CHECK(w[i].efd >= 0);
        CHECK_INT_EQ(embed_cq_init(&w[i].cq, INFLIGHT_MAX, w[i].efd), 0);
        pthread_create(&t[i], NULL, worker_main, &w[i]);
    }
    for (int i = 0; i < THREADS; i++) {
        pthread_join(t[i], NULL);
        CHECK_INT_EQ(w[i].mismatches, 0);
        CHECK_INT_EQ(w[i].foreign, 0);
        CHECK_INT_EQ(w[i].completed, REQUESTS_PER_THREAD);
        CHECK_INT_EQ(w[i].cq.inflight, 0);
    }
    struct engine_stats st;
    engine_stats(e, &st);
    CHECK_INT_EQ(st.submitted, THREADS * REQUESTS_PER_THREAD);
    CHECK_INT_EQ(st.completed, THREADS * REQUESTS_PER_THREAD);
    CHECK_INT_EQ(st.failed, 0);
    CHECK(st.batches >= 1 && st.batches <= st.sequences);
    uint64_t hist_batches = 0;
    for (size_t i = 0; i < ENGINE_STATS_BUCKETS; i++)
        hist_batches += st.batch_sequences_hist[i];
    CHECK_INT_EQ(hist_batches, st.batches);
    /* No batch above the limit: bucket of 16 is floor(log2 16) + 1 = 5; nothing above. */
    for (size_t i = 6; i < ENGINE_STATS_BUCKETS; i++)
        CHECK_INT_EQ(st.batch_sequences_hist[i], 0);
    engine_free(e); /* first: the engine may still write a core's eventfd after its push */
    for (int i = 0; i < THREADS; i++) {
        embed_cq_free(&w[i].cq);
        close(w[i].efd);
    }
}

/* ---- a fake tokenized backend: packing, limits, truncation --------------------------- */

struct fake {
    size_t max_tokens_seen;
    size_t max_seqs_seen;
    atomic_int gate; /* 0: embed_batch spins until the test opens it */
    atomic_int entered;
};

/* vector of a sequence = (length, sum of ids, sum of id*position, first id, last id, ...) */
static void fake_vector(const int32_t *ids, size_t n, float *v)
{
    memset(v, 0, FAKE_DIM * sizeof(float));
    v[0] = (float)n;
    for (size_t i = 0; i < n; i++) {
        v[1] += (float)ids[i];
        v[2] += (float)ids[i] * (float)(i + 1);
    }
    v[3] = (float)ids[0];
    v[4] = (float)ids[n - 1];
}

static int fake_embed(void *ctx, const struct embed_batch *b, float *out)
{
    struct fake *f = ctx;
    atomic_fetch_add(&f->entered, 1);
    while (!atomic_load(&f->gate))
        usleep(100);
    size_t total = (size_t)b->cu_seqlens[b->n_seqs];
    if (total > f->max_tokens_seen)
        f->max_tokens_seen = total;
    if (b->n_seqs > f->max_seqs_seen)
        f->max_seqs_seen = b->n_seqs;
    for (size_t i = 0; i < b->n_seqs; i++)
        fake_vector(b->ids + b->cu_seqlens[i], (size_t)(b->cu_seqlens[i + 1] - b->cu_seqlens[i]),
                    out + i * FAKE_DIM);
    return 0;
}

static struct embed_backend fake_backend(struct fake *f, size_t max_seq)
{
    return (struct embed_backend){
        .name = "fake",
        .dim = FAKE_DIM,
        .max_seq_tokens = max_seq,
        /* Never dereferenced: these tests submit pre-tokenized ids only. */
        .tokenizer = (const struct tokenizer *)f,
        .ctx = f,
        .embed_batch = fake_embed,
    };
}

static void test_packing_limits(void)
{
    struct fake f = {.gate = 1};
    struct embed_backend b = fake_backend(&f, 10);
    struct engine_config c;
    engine_config_default(&c);
    c.max_batch_tokens = 24;
    c.max_batch_sequences = 3;
    c.batch_deadline_us = 0;
    struct engine *e;
    CHECK_INT_EQ(engine_new(&c, &b, &e), 0);

    enum { SEQS = 11 };
    int32_t ids[SEQS * 16], cu[SEQS + 1];
    cu[0] = 0;
    for (int s = 0; s < SEQS; s++) {
        int len = 1 + (s * 5) % 14; /* 1..14 tokens: some above max_seq (10) get truncated */
        for (int k = 0; k < len; k++)
            ids[cu[s] + k] = 100 * s + k + 1;
        cu[s + 1] = cu[s] + len;
    }
    float out[SEQS * FAKE_DIM];
    int efd = eventfd(0, EFD_CLOEXEC);
    struct embed_cq cq;
    CHECK_INT_EQ(embed_cq_init(&cq, 2, efd), 0);
    struct embed_request r = {.n_seqs = SEQS, .ids = ids, .cu_seqlens = cu, .out = out, .cq = &cq};
    CHECK_INT_EQ(engine_submit(e, &r), 0);
    CHECK(embed_cq_wait(&cq) == &r);
    CHECK_INT_EQ(r.status, 0);
    for (int s = 0; s < SEQS; s++) {
        float ref[FAKE_DIM];
        size_t len = (size_t)(cu[s + 1] - cu[s]);
        fake_vector(ids + cu[s], len < 10 ? len : 10, ref);
        CHECK(memcmp(ref, out + s * FAKE_DIM, sizeof(ref)) == 0);
    }
    CHECK(f.max_tokens_seen <= 24);
    CHECK_INT_EQ(f.max_seqs_seen, 3);
    struct engine_stats st;
    engine_stats(e, &st);
    CHECK(st.batches >= 4); /* 11 sequences, 3 per batch at most */
    CHECK_INT_EQ(st.sequences, SEQS);

    /* Malformed requests. */
    struct embed_request bad = r;
    bad.n_seqs = 0;
    CHECK_INT_EQ(engine_submit(e, &bad), -EINVAL);
    bad = r;
    bad.out = NULL;
    CHECK_INT_EQ(engine_submit(e, &bad), -EINVAL);
    int32_t empty_cu[2] = {0, 0};
    bad = r;
    bad.n_seqs = 1;
    bad.cu_seqlens = empty_cu;
    CHECK_INT_EQ(engine_submit(e, &bad), -EINVAL);
    engine_free(e);
    embed_cq_free(&cq);
    close(efd);

    /* A batch token limit below the longest sequence is refused up front. */
    struct fake g = {.gate = 1};
    b = fake_backend(&g, 64);
    c.max_batch_tokens = 32;
    CHECK_INT_EQ(engine_new(&c, &b, &e), -EINVAL);
}

/* Queue bound: with the backend stuck on the first batch, the queue fills and says
 * -EAGAIN; so does a completion queue at its capacity. Everything completes on release. */
static void test_bounded_queue(void)
{
    struct fake f = {.gate = 0};
    struct embed_backend b = fake_backend(&f, 8);
    struct engine_config c;
    engine_config_default(&c);
    c.queue_requests = 3;
    c.max_batch_sequences = 1;
    c.batch_deadline_us = 0;
    c.cache_entries = 0; /* the same ids each time: each must reach the stuck backend */
    struct engine *e;
    CHECK_INT_EQ(engine_new(&c, &b, &e), 0);
    int efd = eventfd(0, EFD_CLOEXEC), efd2 = eventfd(0, EFD_CLOEXEC);
    struct embed_cq cq, small;
    CHECK_INT_EQ(embed_cq_init(&cq, 8, efd), 0);
    CHECK_INT_EQ(embed_cq_init(&small, 1, efd2), 0);
    CHECK_INT_EQ(embed_cq_init(&small, 3, efd2), -EINVAL);
    int32_t ids[1] = {7}, cu[2] = {0, 1};
    float out[5][FAKE_DIM];
    struct embed_request r[5];
    for (int i = 0; i < 5; i++)
        r[i] = (struct embed_request){
            .n_seqs = 1, .ids = ids, .cu_seqlens = cu, .out = out[i], .cq = &cq};
    r[4].cq = &small;
    CHECK_INT_EQ(engine_submit(e, &r[0]), 0);
    while (atomic_load(&f.entered) == 0) /* the engine holds r[0] inside the backend */
        usleep(100);
    CHECK_INT_EQ(engine_submit(e, &r[1]), 0);
    CHECK_INT_EQ(engine_submit(e, &r[2]), 0);
    CHECK_INT_EQ(engine_submit(e, &r[3]), -EAGAIN);
    struct engine_stats st;
    engine_stats(e, &st);
    CHECK_INT_EQ(st.rejected, 1);
    atomic_store(&f.gate, 1);
    for (int i = 0; i < 3; i++)
        CHECK(embed_cq_wait(&cq) == &r[i]); /* FIFO */
    CHECK_INT_EQ(engine_submit(e, &r[3]), 0);
    CHECK(embed_cq_wait(&cq) == &r[3]);
    /* Completion-queue bound: one in flight on `small`, the second is refused. */
    struct embed_request extra = r[4];
    CHECK_INT_EQ(engine_submit(e, &r[4]), 0);
    CHECK_INT_EQ(engine_submit(e, &extra), -EAGAIN);
    CHECK(embed_cq_wait(&small) == &r[4]);
    CHECK(embed_cq_pop(&cq) == NULL);
    embed_cq_free(&cq);
    embed_cq_free(&small);
    engine_free(e);
    close(efd);
    close(efd2);
}

/* ---- deadline and size flushes ------------------------------------------------------ */

static struct engine *lexical_engine(size_t max_seqs, uint32_t deadline_us)
{
    struct lexical_params p;
    lexical_params_default(&p);
    struct embed_backend b;
    CHECK_INT_EQ(embed_backend_lexical_init(&b, &p), 0);
    struct engine_config c;
    engine_config_default(&c);
    c.max_batch_sequences = max_seqs;
    c.batch_deadline_us = deadline_us;
    c.cache_entries = 0; /* these tests count batches of repeated texts: every one runs */
    struct engine *e = NULL;
    CHECK_INT_EQ(engine_new(&c, &b, &e), 0);
    return e;
}

static void test_deadline_flush(void)
{
    enum { DEADLINE_US = 30000, SLACK_US = 250000 };
    struct engine *e = lexical_engine(1000, DEADLINE_US);
    int efd = eventfd(0, EFD_CLOEXEC);
    struct embed_cq cq;
    CHECK_INT_EQ(embed_cq_init(&cq, 4, efd), 0);
    const char *texts[1] = {"one mango smoothie"};
    float out[LEXICAL_DIM_DEFAULT];
    struct embed_request r = {.n_seqs = 1, .texts = texts, .out = out, .cq = &cq};
    uint64_t t0 = now_ns();
    CHECK_INT_EQ(engine_submit(e, &r), 0);
    CHECK(embed_cq_wait(&cq) == &r);
    uint64_t waited_us = (now_ns() - t0) / 1000;
    /* Alone in the queue, it waits for company until the deadline, then goes. */
    CHECK(waited_us >= DEADLINE_US);
    CHECK(waited_us < DEADLINE_US + SLACK_US);
    struct engine_stats st;
    engine_stats(e, &st);
    CHECK(st.queue_wait_ns_max >= (uint64_t)DEADLINE_US * 1000);
    engine_free(e);
    embed_cq_free(&cq);
    close(efd);
}

static void test_size_flush(void)
{
    enum { SEQS = 4, DEADLINE_US = 1000000, FAST_US = 500000 };
    struct engine *e = lexical_engine(SEQS, DEADLINE_US);
    int efd = eventfd(0, EFD_CLOEXEC);
    struct embed_cq cq;
    CHECK_INT_EQ(embed_cq_init(&cq, 8, efd), 0);
    const char *texts[SEQS] = {"fries", "cola", "onion rings", "kale caesar salad"};
    float out[SEQS][LEXICAL_DIM_DEFAULT];
    struct embed_request r[SEQS];
    uint64_t t0 = now_ns();
    for (int i = 0; i < SEQS; i++) {
        r[i] = (struct embed_request){.n_seqs = 1, .texts = &texts[i], .out = out[i], .cq = &cq};
        CHECK_INT_EQ(engine_submit(e, &r[i]), 0);
    }
    for (int i = 0; i < SEQS; i++)
        CHECK(embed_cq_wait(&cq) == &r[i]);
    /* A full batch does not wait for the (1 s) deadline. */
    CHECK((now_ns() - t0) / 1000 < FAST_US);
    struct engine_stats st;
    engine_stats(e, &st);
    CHECK_INT_EQ(st.batches, 1);
    CHECK_INT_EQ(st.sequences, SEQS);
    CHECK_INT_EQ(st.batch_sequences_hist[3], 1); /* 4 sequences: floor(log2 4) + 1 */
    engine_free(e);
    embed_cq_free(&cq);
    close(efd);
}

/* engine_embed_sync and a request spanning several batches (12 texts, 5 per batch). */
static void test_sync_spanning(void)
{
    struct engine *e = lexical_engine(5, 100);
    struct lexical_params p;
    lexical_params_default(&p);
    enum { N = 12 };
    const char *texts[N];
    for (int i = 0; i < N; i++)
        texts[i] = corpus[i % CORPUS_N];
    static float out[N][LEXICAL_DIM_DEFAULT];
    CHECK_INT_EQ(engine_embed_sync(e, texts, N, &out[0][0]), 0);
    for (int i = 0; i < N; i++) {
        float ref[LEXICAL_DIM_DEFAULT];
        lexical_embed(&p, texts[i], strlen(texts[i]), ref);
        CHECK(memcmp(ref, out[i], sizeof(ref)) == 0);
    }
    struct engine_stats st;
    engine_stats(e, &st);
    CHECK_INT_EQ(st.batches, 3);
    CHECK_INT_EQ(st.completed, 1);
    engine_free(e);
}

/* Many sync requests in a row, each with its own eventfd closed right after: the engine's
 * write for one must never find its descriptor closed (it asserted, EBADF, when the waiter
 * popped before the write and closed at once). */
static void test_sync_many(void)
{
    struct engine *e = lexical_engine(5, 0);
    enum { ROUNDS = 3000 };
    static float out[LEXICAL_DIM_DEFAULT];
    int failed = 0;
    for (int i = 0; i < ROUNDS; i++) {
        const char *text = corpus[i % CORPUS_N];
        failed += engine_embed_sync(e, &text, 1, out) != 0;
    }
    CHECK_INT_EQ(failed, 0);
    engine_free(e);
}

int main(void)
{
    test_threads_lexical();
    test_packing_limits();
    test_bounded_queue();
    test_deadline_flush();
    test_size_flush();
    test_sync_spanning();
    test_sync_many();
    return check_finish("test_engine");
}
