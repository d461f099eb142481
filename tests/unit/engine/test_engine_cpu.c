/* test_engine_cpu.c — batching through the CPU backend does not change a vector: every text
 * embedded in mixed batches from several threads equals model_forward on that text alone
 * (within 1e-5), for the tiny BERT and ModernBERT fixtures. */
#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include "check.h"
#include "embed/engine.h"
#include "test_util.h"

enum {
    THREADS = 3,
    REQUESTS_PER_THREAD = 12,
    TEXTS_PER_REQUEST_MAX = 4,
    HIDDEN_MAX = 1024,
    SEQ_TOKENS_MAX = 512,
};

static const char *const corpus[] = {
    "fries",
    "two cheddar cheeseburgers and a chocolate milkshake please",
    "Is the brownie vegan?",
    "one green garden burger, no onions, extra pickles, and a side salad with the dressing on "
    "the side, plus a sparkling water and a mango smoothie for my friend who is running late "
    "because the bus broke down on the way over from the station near the old market square",
    "ok",
    "Bonjour, je voudrais un burger végétarien et des frites.",
    "3x crispy chicken burger",
};
enum { CORPUS_N = sizeof(corpus) / sizeof(corpus[0]) };

static const struct model *model;
static float reference[CORPUS_N][HIDDEN_MAX];

struct worker {
    struct engine *engine;
    int id;
    int bad;
};

/* Waits for req's completion and for the engine's eventfd write that follows the push (a
 * request alone on its queue gets exactly one), so the descriptor may be closed after. */
static struct embed_request *wait_alone(int efd, struct embed_cq *cq)
{
    uint64_t v;
    CHECK(read(efd, &v, sizeof(v)) == (ssize_t)sizeof(v));
    return embed_cq_pop(cq);
}

static void *worker_main(void *arg)
{
    struct worker *w = arg;
    size_t dim = engine_dim(w->engine);
    int efd = eventfd(0, EFD_CLOEXEC);
    struct embed_cq cq;
    embed_cq_init(&cq, 2, efd);
    for (int q = 0; q < REQUESTS_PER_THREAD; q++) {
        const char *texts[TEXTS_PER_REQUEST_MAX];
        size_t which[TEXTS_PER_REQUEST_MAX];
        size_t n = 1 + (size_t)(q + w->id) % TEXTS_PER_REQUEST_MAX;
        for (size_t i = 0; i < n; i++) {
            which[i] = (size_t)(q * 5 + w->id * 3 + (int)i) % CORPUS_N;
            texts[i] = corpus[which[i]];
        }
        static _Thread_local float out[TEXTS_PER_REQUEST_MAX * HIDDEN_MAX];
        struct embed_request r = {.n_seqs = n, .texts = texts, .out = out, .cq = &cq};
        int rc;
        while ((rc = engine_submit(w->engine, &r)) == -EAGAIN)
            usleep(100);
        if (rc != 0 || wait_alone(efd, &cq) != &r || r.status != 0) {
            w->bad++;
            continue;
        }
        for (size_t i = 0; i < n; i++)
            for (size_t d = 0; d < dim; d++)
                if (fabsf(out[i * dim + d] - reference[which[i]][d]) > 1e-5f)
                    w->bad++;
    }
    embed_cq_free(&cq);
    close(efd);
    return NULL;
}

/* Each text alone through model_forward: the unbatched reference. */
static void compute_reference(const struct model *m)
{
    const struct model_info *info = model_info(m);
    struct model_scratch *s = model_scratch_new(m, SEQ_TOKENS_MAX, 1);
    CHECK(s != NULL);
    for (size_t t = 0; t < CORPUS_N; t++) {
        int32_t ids[SEQ_TOKENS_MAX];
        size_t cap = info->max_positions < SEQ_TOKENS_MAX ? info->max_positions : SEQ_TOKENS_MAX;
        size_t n = tokenizer_encode(model_tokenizer(m), corpus[t], strlen(corpus[t]), ids, cap);
        int32_t cu[2] = {0, (int32_t)n};
        CHECK_INT_EQ(model_forward(m, s, ids, cu, 1, NULL, reference[t]), 0);
    }
    model_scratch_free(s);
}

static void run_fixture(const char *name)
{
    char dir[TEST_PATH_BYTES], err[256];
    test_source_path(dir, sizeof(dir), "tests/fixtures/%s", name);
    struct model *m;
    if (model_load(dir, &m, err, sizeof(err)) != 0) {
        fprintf(stderr, "%s: %s\n", name, err);
        check_failures++;
        return;
    }
    model = m;
    CHECK(model_info(m)->hidden <= HIDDEN_MAX);
    compute_reference(m);

    struct engine_config c;
    engine_config_default(&c);
    c.max_batch_tokens = SEQ_TOKENS_MAX;
    c.max_batch_sequences = 6;
    c.batch_deadline_us = 500;
    c.cache_entries = 0; /* every text through the backend: batching is what is tested */
    struct embed_backend b;
    CHECK_INT_EQ(embed_backend_cpu_init(&b, m, c.max_batch_tokens, c.max_batch_sequences, false),
                 0);
    CHECK_STR_EQ(b.name, "cpu");
    struct engine *e;
    CHECK_INT_EQ(engine_new(&c, &b, &e), 0);
    struct worker w[THREADS];
    pthread_t t[THREADS];
    for (int i = 0; i < THREADS; i++) {
        w[i] = (struct worker){.engine = e, .id = i};
        pthread_create(&t[i], NULL, worker_main, &w[i]);
    }
    for (int i = 0; i < THREADS; i++) {
        pthread_join(t[i], NULL);
        CHECK_INT_EQ(w[i].bad, 0);
    }
    struct engine_stats st;
    engine_stats(e, &st);
    CHECK_INT_EQ(st.completed, THREADS * REQUESTS_PER_THREAD);
    CHECK(st.tokens > 0);
    CHECK(st.batches < st.sequences); /* some batches held more than one sequence */
    printf("%s: %llu sequences in %llu batches, %llu tokens\n", name,
           (unsigned long long)st.sequences, (unsigned long long)st.batches,
           (unsigned long long)st.tokens);
    engine_free(e);
    model_free(m);
}

int main(void)
{
    run_fixture("bert-tiny");
    run_fixture("modernbert-tiny");
    return check_finish("test_engine_cpu");
}
