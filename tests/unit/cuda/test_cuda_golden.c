/* test_cuda_golden — the cuda backend on the modernbert-tiny and bert-tiny fixtures against
 * transformers' pooled outputs (tests/fixtures/golden) in each precision, with CUDA graphs and
 * eagerly; a repeated batch gives the same bytes; the packed batch against one-sequence
 * batches; two batches in flight through submit/collect, and batches of 3 through the
 * pipelining engine; malformed batches refused with -EINVAL; with the tiled attention kernel (the
 * default) and again with the simple one (BRIGADE_CUDA_ATTENTION=simple). Skips (77) where the
 * backend cannot start (no GPU, no driver, compute capability below 8.0): bench/gpu/run.sh runs it
 * on a GPU host. */
#include <cjson/cJSON.h>
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include "check.h"
#include "golden_fixture.h"
#include "embed/cuda_backend.h"
#include "embed/engine.h"
#include "embed/model.h"
#include "test_util.h"

/* bf16 keeps 8 bits of mantissa: the bar for the pooled vectors. */
static const double cosine_min[EMBED_CUDA_PRECISION_MAX] = {
    [EMBED_CUDA_PRECISION_BF16] = 0.9999,
    [EMBED_CUDA_PRECISION_F16] = 0.99999,
    [EMBED_CUDA_PRECISION_F32] = 0.999999,
};
static const char *const precision_name[EMBED_CUDA_PRECISION_MAX] = {"bf16", "fp16", "fp32"};

/* Two batches in flight (the fixture's texts in two halves), collected in order: the whole
 * batch's vectors (another bucket: within rounding); a third submit is refused, and so is a
 * collect with nothing in flight. */
static void check_in_flight(struct embed_backend *b, const struct golden_fixture *g,
                            const float *whole)
{
    CHECK_INT_EQ(b->max_in_flight, CUDA_BACKEND_SLOTS);
    size_t half = g->n_texts / 2, rest = g->n_texts - half, h = g->hidden;
    int32_t *cu_rest = malloc((rest + 1) * sizeof(int32_t));
    for (size_t i = 0; i <= rest; i++)
        cu_rest[i] = g->cu[half + i] - g->cu[half];
    struct embed_batch first = {.n_seqs = half, .ids = g->ids, .cu_seqlens = g->cu};
    struct embed_batch second = {
        .n_seqs = rest, .ids = g->ids + g->cu[half], .cu_seqlens = cu_rest};
    float *out = malloc(g->n_texts * h * sizeof(float));
    CHECK_INT_EQ(b->submit(b->ctx, &first), 0);
    CHECK_INT_EQ(b->submit(b->ctx, &second), 0);
    CHECK_INT_EQ(b->submit(b->ctx, &first), -EBUSY);
    CHECK_INT_EQ(b->embed_batch(b->ctx, &first, out), -EBUSY);
    CHECK_INT_EQ(b->collect(b->ctx, out), 0);
    CHECK_INT_EQ(b->collect(b->ctx, out + half * h), 0);
    CHECK_INT_EQ(b->collect(b->ctx, out), -EINVAL);
    for (size_t i = 0; i < g->n_texts; i++)
        CHECK(test_cosine(out + i * h, whole + i * h, h) >= 0.99999);
    free(out);
    free(cu_rest);
}

/* Through the engine (which pipelines with max_in_flight 2): batches of 3 sequences, each
 * built and submitted while the one before computes; the whole batch's vectors. */
static void check_engine(const struct model *m, const struct golden_fixture *g,
                         enum embed_cuda_precision p, const float *whole)
{
    struct embed_backend b;
    char msg[512];
    struct embed_cuda_params params = {
        .device = 0, .precision = p, .tokens_max = g->tokens, .seqs_max = 3};
    CHECK_INT_EQ(embed_backend_cuda_init(&b, m, &params, msg, sizeof(msg)), 0);
    struct engine_config c;
    engine_config_default(&c);
    c.max_batch_tokens = g->tokens;
    c.max_batch_sequences = 3;
    c.batch_deadline_us = 0;
    c.cache_entries = 0;
    struct engine *e;
    CHECK_INT_EQ(engine_new(&c, &b, &e), 0);
    int efd = eventfd(0, EFD_CLOEXEC);
    struct embed_cq cq;
    CHECK_INT_EQ(embed_cq_init(&cq, 1, efd), 0);
    float *out = malloc(g->n_texts * g->hidden * sizeof(float));
    struct embed_request r = {
        .n_seqs = g->n_texts, .ids = g->ids, .cu_seqlens = g->cu, .out = out, .cq = &cq};
    CHECK_INT_EQ(engine_submit(e, &r), 0);
    CHECK(embed_cq_wait(&cq) == &r);
    CHECK_INT_EQ(r.status, 0);
    for (size_t i = 0; i < g->n_texts; i++)
        CHECK(test_cosine(out + i * g->hidden, whole + i * g->hidden, g->hidden) >= 0.99999);
    struct engine_stats st;
    engine_stats(e, &st);
    CHECK_INT_EQ(st.batches, (g->n_texts + 2) / 3);
    engine_free(e);
    embed_cq_free(&cq);
    close(efd);
    free(out);
}

static void check_precision(const struct model *m, const struct golden_fixture *g,
                            enum embed_cuda_precision p, bool no_graphs)
{
    struct embed_backend b;
    char msg[512];
    struct embed_cuda_params params = {.device = 0,
                                       .precision = p,
                                       .tokens_max = g->tokens,
                                       .seqs_max = g->n_texts,
                                       .normalize = false};
    int rc = embed_backend_cuda_init(&b, m, &params, msg, sizeof(msg));
    if (rc == -ENODEV)
        SKIP("%s", msg);
    CHECK_INT_EQ(rc, 0);
    if (rc != 0) {
        fprintf(stderr, "%s\n", msg);
        return;
    }
    printf("%s: %s\n", precision_name[p], msg);
    /* the kernel CUDA_ATTENTION_ENV asks for, else the tiled one (both fixtures' heads fit) */
    const char *want = getenv(CUDA_ATTENTION_ENV) ? getenv(CUDA_ATTENTION_ENV) : "tiled";
    char named[64];
    snprintf(named, sizeof(named), "attention %s", want);
    CHECK(strstr(msg, named) != NULL);
    float *out = malloc(g->n_texts * g->hidden * sizeof(float));
    struct embed_batch batch = {.n_seqs = g->n_texts, .ids = g->ids, .cu_seqlens = g->cu};
    CHECK_INT_EQ(b.embed_batch(b.ctx, &batch, out), 0);
    double worst = 1.0;
    for (size_t i = 0; i < g->n_texts; i++) {
        double c = test_cosine(out + i * g->hidden, g->pooled + i * g->hidden, g->hidden);
        worst = c < worst ? c : worst;
    }
    printf("%s%s: worst cosine vs transformers %.7f over %zu texts\n", precision_name[p],
           no_graphs ? " (eager)" : " (CUDA graphs)", worst, g->n_texts);
    CHECK(worst >= cosine_min[p]);
    /* the same batch again (a graph replay): the very same bytes */
    float *again = malloc(g->n_texts * g->hidden * sizeof(float));
    CHECK_INT_EQ(b.embed_batch(b.ctx, &batch, again), 0);
    CHECK(memcmp(again, out, g->n_texts * g->hidden * sizeof(float)) == 0);
    free(again);
    /* each sequence alone: the packed batch must not leak across sequences */
    float one[1024];
    for (size_t i = 0; i < g->n_texts && g->hidden <= 1024; i += 7) {
        int32_t cu1[2] = {0, g->cu[i + 1] - g->cu[i]};
        struct embed_batch single = {.n_seqs = 1, .ids = g->ids + g->cu[i], .cu_seqlens = cu1};
        CHECK_INT_EQ(b.embed_batch(b.ctx, &single, one), 0);
        CHECK(test_cosine(one, out + i * g->hidden, g->hidden) >= 0.99999);
    }
    check_in_flight(&b, g, out);
    if (!no_graphs && !getenv(CUDA_ATTENTION_ENV))
        check_engine(m, g, p, out);
    int32_t bad_ids[2] = {1, 1 << 30}, bad_cu[2] = {0, 2};
    struct embed_batch bad = {.n_seqs = 1, .ids = bad_ids, .cu_seqlens = bad_cu};
    CHECK_INT_EQ(b.embed_batch(b.ctx, &bad, one), -EINVAL);
    CHECK(b.error && b.error(b.ctx) != NULL);
    free(out);
    embed_backend_free(&b);
}

static void check_model(const char *name)
{
    char dir[TEST_PATH_BYTES], err[256];
    test_source_path(dir, sizeof(dir), "tests/fixtures/%s", name);
    struct model *m;
    if (model_load(dir, &m, err, sizeof(err)) != 0) {
        fprintf(stderr, "model_load: %s\n", err);
        exit(1);
    }
    struct golden_fixture g;
    golden_fixture_load(name, &g);
    printf("%s\n", name);
    for (int p = 0; p < EMBED_CUDA_PRECISION_MAX; p++)
        check_precision(m, &g, (enum embed_cuda_precision)p, false);
    check_precision(m, &g, EMBED_CUDA_PRECISION_BF16, true);
    /* the simple attention kernel, the tiled one's reference, to the same bars */
    setenv(CUDA_ATTENTION_ENV, "simple", 1);
    check_precision(m, &g, EMBED_CUDA_PRECISION_BF16, false);
    check_precision(m, &g, EMBED_CUDA_PRECISION_F32, true);
    unsetenv(CUDA_ATTENTION_ENV);
    model_free(m);
    golden_fixture_free(&g);
}

int main(void)
{
    check_model("modernbert-tiny"); /* pre-norm, RoPE, sliding windows, GeGLU, CLS pooling */
    check_model("bert-tiny");       /* post-norm, biases, learned positions, GELU, mean */
    return check_finish("test_cuda_golden");
}
