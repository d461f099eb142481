/* test_cuda_score — the device scorer (embed/cuda_score.c: cuBLASLt GEMM, kernels/topk.cu,
 * kernels/class_max.cu) against the engine's host scorer (engine_scorer_run) on the same
 * vectors:
 *   - exact scores full of ties (unit vectors of four entries +-0.5: every dot product is a
 *     multiple of 0.25 in any summation order): every pair equal, k = 1, 2, 8, 16, a
 *     matrix of fewer rows than k, a per-class maximum with empty classes, masked sequences;
 *   - a random set (dim 384, a 4,096-row matrix, more queries than one GEMM takes) and the
 *     modernbert-tiny golden fixture's pooled vectors: scores within SCORE_TOL, and wherever
 *     an index differs the host's scores of both rows within SCORE_TOL (a near-tie);
 *   - device twins: one per set, freed once the scorer holds the set's last reference; a ninth
 *     resident set refused with -ENOSPC;
 *   - through the engine on the cuda backend: scores made by the device scorer (the engine's
 *     counters say so) equal the host scorer's on the vectors the engine returned, and a pass
 *     the device scorer refuses falls back to the host scorer with the host's exact pairs.
 * Skips (77) without a usable GPU (none, no driver, compute capability below 8.0):
 * bench/gpu/run.sh runs it on a GPU host. */
#include <cuda_runtime_api.h>
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include "check.h"
#include "embed/cuda_score.h"
#include "embed/engine.h"
#include "embed/engine_score.h"
#include "embed/menu_matrix.h"
#include "embed/model.h"
#include "golden_fixture.h"
#include "test_util.h"

#define SCORE_TOL 1e-5 /* float32 GEMM vs sgemm on unit vectors: a few ulps of 1 */

static uint64_t rng_state = 12345;

static double uniform(void) /* [0, 1) */
{
    rng_state = rng_state * 6364136223846793005ull + 1442695040888963407ull;
    return (double)(rng_state >> 11) / 9007199254740992.0;
}

static float gaussian(void)
{
    double u = uniform() + 1e-12, v = uniform();
    return (float)(sqrt(-2.0 * log(u)) * cos(6.283185307179586 * v));
}

static void tie_vector(float *v, size_t dim)
{
    memset(v, 0, dim * sizeof(float));
    for (size_t n = 0; n < 4;) {
        size_t d = (size_t)(uniform() * (double)dim);
        if (v[d] != 0.0f)
            continue;
        v[d] = uniform() < 0.5 ? -0.5f : 0.5f;
        n++;
    }
}

/* What both scorers are given: n_seqs vectors split over two requests. */
struct score_case {
    struct engine_score_set *set;
    const float *vec;
    const uint8_t *mask;
    size_t n_seqs, dim;
};

static void requests_of(const struct score_case *c, struct engine_score *scores,
                        struct embed_request reqs[2])
{
    size_t pairs = engine_score_set_pairs(c->set), half = c->n_seqs / 2;
    reqs[0] = (struct embed_request){.n_seqs = half,
                                     .out = (float *)c->vec,
                                     .score_set = c->set,
                                     .score_mask = c->mask,
                                     .scores = scores};
    reqs[1] = (struct embed_request){.n_seqs = c->n_seqs - half,
                                     .out = (float *)c->vec + half * c->dim,
                                     .score_set = c->set,
                                     .score_mask = c->mask + half,
                                     .scores = scores + half * pairs};
}

static void score_host(const struct score_case *c, struct engine_score *out)
{
    struct embed_request reqs[2];
    requests_of(c, out, reqs);
    struct embed_request *rp[2] = {&reqs[0], &reqs[1]};
    engine_score_set_ref(c->set); /* the engine's references, which the scorer drops */
    engine_score_set_ref(c->set);
    struct engine_scorer *s = engine_scorer_new(64, c->dim);
    engine_scorer_run(s, rp, 2);
    engine_scorer_free(s);
}

static int score_device(struct cuda_scorer *d, const struct score_case *c, struct engine_score *out)
{
    struct embed_request reqs[2];
    requests_of(c, out, reqs);
    struct embed_request *rp[2] = {&reqs[0], &reqs[1]};
    char msg[256] = "";
    int rc = cuda_scorer_run(d, rp, 2, msg, sizeof(msg));
    if (rc != 0)
        fprintf(stderr, "cuda_scorer_run: %s\n", msg);
    return rc;
}

/* Host score of row r of matrix j for sequence q, in double. */
static double exact_score(const struct score_case *c, size_t q, size_t j, uint32_t r)
{
    const struct menu_matrix *mm = engine_score_set_rows(c->set, j);
    float *u = malloc(c->dim * sizeof(float));
    engine_score_unit(c->vec + q * c->dim, c->dim, u);
    double dot = 0;
    for (size_t d = 0; d < c->dim; d++)
        dot += (double)u[d] * mm->data[(size_t)r * c->dim + d];
    free(u);
    return dot;
}

/* exact: every pair equal; else within SCORE_TOL, indices up to near-ties. */
static void compare(const struct score_case *c, const struct engine_score *host,
                    const struct engine_score *dev, bool exact)
{
    size_t pairs = engine_score_set_pairs(c->set), differ = 0;
    if (exact) { /* == on scores: a GEMM may give 0 the other sign, as ties rank it alike */
        for (size_t i = 0; i < c->n_seqs * pairs; i++) {
            CHECK_INT_EQ(dev[i].index, host[i].index);
            CHECK(dev[i].score == host[i].score);
        }
        return;
    }
    for (size_t q = 0; q < c->n_seqs; q++)
        for (size_t j = 0; j < engine_score_set_matrices(c->set); j++) {
            size_t off = engine_score_set_offset(c->set, j);
            bool topk = engine_score_set_row_class(c->set, j) == NULL;
            for (size_t p = 0; p < engine_score_set_filled(c->set, j); p++) {
                const struct engine_score *h = &host[q * pairs + off + p];
                const struct engine_score *g = &dev[q * pairs + off + p];
                if (h->index == UINT32_MAX || isinf(h->score)) {
                    CHECK(h->index == g->index && h->score == g->score);
                    continue;
                }
                CHECK(fabs((double)h->score - g->score) <= SCORE_TOL);
                if (h->index == g->index)
                    continue;
                differ++;
                CHECK(topk && g->index != UINT32_MAX);
                if (topk && g->index != UINT32_MAX)
                    CHECK(fabs(exact_score(c, q, j, h->index) - exact_score(c, q, j, g->index)) <=
                          SCORE_TOL);
            }
        }
    if (differ > 0)
        printf("  %zu near-tie index swaps\n", differ);
}

static void run_case(struct cuda_scorer *d, const struct score_case *c, bool exact)
{
    size_t n = c->n_seqs * engine_score_set_pairs(c->set);
    struct engine_score *host = malloc(n * sizeof(*host)), *dev = malloc(n * sizeof(*dev));
    for (size_t i = 0; i < n; i++) /* what the device scorer must overwrite */
        dev[i] = (struct engine_score){7, 7.0f};
    score_host(c, host);
    CHECK_INT_EQ(score_device(d, c, dev), 0);
    compare(c, host, dev, exact);
    free(host);
    free(dev);
}

static struct menu_matrix *matrix_of(const float *rows, size_t n, size_t dim)
{
    struct menu_matrix *mm;
    CHECK_INT_EQ(menu_matrix_from_rows(rows, n, dim, &mm), 0);
    return mm;
}

/* Ties: exact scores, so the device's pairs equal the host's (up to the sign of a zero). */
static struct engine_score_set *check_ties(struct cuda_scorer *d)
{
    enum { DIM = 16, ROWS = 301, SEQS = 300 };
    float *rows = malloc(ROWS * DIM * sizeof(float)), *vec = malloc(SEQS * DIM * sizeof(float));
    for (size_t r = 0; r < ROWS; r++)
        tie_vector(rows + r * DIM, DIM);
    for (size_t q = 0; q < SEQS; q++)
        tie_vector(vec + q * DIM, DIM);
    struct menu_matrix *big = matrix_of(rows, ROWS, DIM), *small = matrix_of(rows, 5, DIM);
    uint32_t row_class[ROWS];
    for (size_t r = 0; r < ROWS; r++) /* 11 classes; 3 and 10 without rows */
        row_class[r] = (uint32_t)(r * 7 % 9) + (r * 7 % 9 >= 3);
    struct engine_score_spec specs[] = {
        {.kind = ENGINE_SCORE_TOPK, .rows = big, .k = 1},
        {.kind = ENGINE_SCORE_TOPK, .rows = big, .k = 2},
        {.kind = ENGINE_SCORE_TOPK, .rows = big, .k = 8},
        {.kind = ENGINE_SCORE_TOPK, .rows = big, .k = 16},
        {.kind = ENGINE_SCORE_TOPK, .rows = small, .k = 8},
        {.kind = ENGINE_SCORE_TOPK, .rows = small, .k = 16},
        {.kind = ENGINE_SCORE_CLASS_MAX, .rows = big, .row_class = row_class, .n_classes = 11},
    };
    struct engine_score_set *set;
    CHECK_INT_EQ(engine_score_set_new(specs, sizeof(specs) / sizeof(specs[0]), &set), 0);
    uint8_t mask[SEQS];
    for (size_t q = 0; q < SEQS; q++)
        mask[q] = q % 13 == 0 ? 0 : (uint8_t)(uniform() * 128);
    struct score_case c = {set, vec, mask, SEQS, DIM};
    printf("ties (dim %d, %d rows, %d sequences): equal\n", DIM, ROWS, SEQS);
    run_case(d, &c, true);
    menu_matrix_unref(big);
    menu_matrix_unref(small);
    free(rows);
    free(vec);
    return set;
}

/* Random vectors: a full-size menu, two GEMMs of queries, a per-class maximum. */
static struct engine_score_set *check_random(struct cuda_scorer *d)
{
    enum { DIM = 384, SEQS = 300 };
    size_t rows_n = MENU_MATRIX_ROWS_MAX;
    float *rows = malloc(rows_n * DIM * sizeof(float)), *vec = malloc(SEQS * DIM * sizeof(float));
    for (size_t i = 0; i < rows_n * DIM; i++)
        rows[i] = gaussian();
    for (size_t i = 0; i < SEQS * DIM; i++)
        vec[i] = gaussian();
    struct menu_matrix *big = matrix_of(rows, rows_n, DIM), *mid = matrix_of(rows, 1000, DIM);
    uint32_t *row_class = malloc(1000 * sizeof(uint32_t));
    for (size_t r = 0; r < 1000; r++)
        row_class[r] = (uint32_t)(r % 37) + (r % 37 >= 7);
    struct engine_score_spec specs[] = {
        {.kind = ENGINE_SCORE_TOPK, .rows = big, .k = 16},
        {.kind = ENGINE_SCORE_TOPK, .rows = mid, .k = 5},
        {.kind = ENGINE_SCORE_CLASS_MAX, .rows = mid, .row_class = row_class, .n_classes = 40},
    };
    struct engine_score_set *set;
    CHECK_INT_EQ(engine_score_set_new(specs, 3, &set), 0);
    uint8_t mask[SEQS];
    for (size_t q = 0; q < SEQS; q++)
        mask[q] = q % 17 == 0 ? 1 : 7;
    struct score_case c = {set, vec, mask, SEQS, DIM};
    printf("random (dim %d, %zu rows, %d sequences): within %g\n", DIM, rows_n, SEQS, SCORE_TOL);
    run_case(d, &c, false);
    menu_matrix_unref(big);
    menu_matrix_unref(mid);
    free(row_class);
    free(rows);
    free(vec);
    return set;
}

/* The golden fixture's pooled vectors as both the menu and the queries. */
static struct engine_score_set *golden_set(const struct golden_fixture *g, uint32_t *row_class)
{
    struct menu_matrix *mm = matrix_of(g->pooled, g->n_texts, g->hidden);
    for (size_t r = 0; r < g->n_texts; r++)
        row_class[r] = (uint32_t)(r % 3);
    struct engine_score_spec specs[] = {
        {.kind = ENGINE_SCORE_TOPK, .rows = mm, .k = 2},
        {.kind = ENGINE_SCORE_TOPK, .rows = mm, .k = 16},
        {.kind = ENGINE_SCORE_CLASS_MAX, .rows = mm, .row_class = row_class, .n_classes = 4},
    };
    struct engine_score_set *set;
    CHECK_INT_EQ(engine_score_set_new(specs, 3, &set), 0);
    menu_matrix_unref(mm);
    return set;
}

static struct engine_score_set *check_golden(struct cuda_scorer *d, const struct golden_fixture *g)
{
    uint32_t *row_class = malloc(g->n_texts * sizeof(uint32_t));
    struct engine_score_set *set = golden_set(g, row_class);
    uint8_t *mask = malloc(g->n_texts);
    memset(mask, 7, g->n_texts);
    struct score_case c = {set, g->pooled, mask, g->n_texts, g->hidden};
    printf("golden modernbert-tiny (%zu texts, dim %zu): within %g\n", g->n_texts, g->hidden,
           SCORE_TOL);
    run_case(d, &c, false);
    free(mask);
    free(row_class);
    return set;
}

/* Twins: one per set, resident while another reference lives, freed after; a set beyond
 * CUDA_SCORE_TWINS refused. */
static void check_twins(struct cuda_scorer *d, const struct golden_fixture *g)
{
    uint32_t *row_class = malloc(g->n_texts * sizeof(uint32_t));
    uint8_t *mask = malloc(g->n_texts);
    memset(mask, 1, g->n_texts);
    struct engine_score *out = malloc(g->n_texts * 64 * sizeof(*out));
    struct engine_score_set *sets[CUDA_SCORE_TWINS + 3];
    size_t n = 0;
    for (; n < 3; n++) {
        sets[n] = golden_set(g, row_class);
        struct score_case c = {sets[n], g->pooled, mask, g->n_texts, g->hidden};
        CHECK_INT_EQ(score_device(d, &c, out), 0);
        CHECK_INT_EQ(score_device(d, &c, out), 0);       /* the same set: the same twin */
        CHECK_INT_EQ(engine_score_set_refs(sets[n]), 2); /* ours and the scorer's */
    }
    CHECK_INT_EQ(cuda_scorer_twins(d), 3);
    engine_score_set_unref(sets[0]); /* now only the scorer holds them */
    engine_score_set_unref(sets[1]);
    CHECK_INT_EQ(cuda_scorer_twins(d), 3); /* freed at the next pass */
    for (; n < CUDA_SCORE_TWINS + 3; n++) {
        sets[n] = golden_set(g, row_class);
        struct score_case c = {sets[n], g->pooled, mask, g->n_texts, g->hidden};
        bool room = n < CUDA_SCORE_TWINS + 2;
        CHECK_INT_EQ(score_device(d, &c, out), room ? 0 : -ENOSPC);
        if (n == 3)
            CHECK_INT_EQ(cuda_scorer_twins(d), 2); /* sets[0], [1] reaped; sets[3] added */
        CHECK_INT_EQ(engine_score_set_refs(sets[n]), room ? 2 : 1);
    }
    CHECK_INT_EQ(cuda_scorer_twins(d), CUDA_SCORE_TWINS);
    for (size_t i = 2; i < n; i++)
        engine_score_set_unref(sets[i]);
    free(row_class);
    free(mask);
    free(out);
}

/* Through the engine on the cuda backend: the device scorer serves, the counters say so, and
 * its pairs match the host scorer's on the vectors the engine returned; with eight other sets
 * resident, a ninth falls back to the host scorer. */
static void check_engine(const struct golden_fixture *g)
{
    char dir[TEST_PATH_BYTES], err[256], msg[512];
    test_source_path(dir, sizeof(dir), "tests/fixtures/%s", "modernbert-tiny");
    struct model *m;
    CHECK_INT_EQ(model_load(dir, &m, err, sizeof(err)), 0);
    struct embed_backend b;
    struct embed_cuda_params params = {.device = 0,
                                       .precision = EMBED_CUDA_PRECISION_BF16,
                                       .tokens_max = g->tokens,
                                       .seqs_max = g->n_texts};
    CHECK_INT_EQ(embed_backend_cuda_init(&b, m, &params, msg, sizeof(msg)), 0);
    CHECK(b.score_batch != NULL);
    struct engine_config cfg;
    engine_config_default(&cfg);
    cfg.max_batch_tokens = g->tokens;
    cfg.max_batch_sequences = g->n_texts;
    cfg.batch_deadline_us = 0;
    cfg.cache_entries = 0;
    struct engine *e;
    CHECK_INT_EQ(engine_new(&cfg, &b, &e), 0);
    uint32_t *row_class = malloc(g->n_texts * sizeof(uint32_t));
    uint8_t *mask = malloc(g->n_texts);
    memset(mask, 7, g->n_texts);
    float *out = malloc(g->n_texts * g->hidden * sizeof(float));
    struct engine_score_set *sets[CUDA_SCORE_TWINS + 1];
    for (size_t i = 0; i <= CUDA_SCORE_TWINS; i++) {
        sets[i] = golden_set(g, row_class);
        size_t n = g->n_texts * engine_score_set_pairs(sets[i]);
        struct engine_score *dev = malloc(n * sizeof(*dev)), *host = malloc(n * sizeof(*host));
        struct embed_request r = {.n_seqs = g->n_texts,
                                  .ids = g->ids,
                                  .cu_seqlens = g->cu,
                                  .out = out,
                                  .score_set = sets[i],
                                  .score_mask = mask,
                                  .scores = dev};
        CHECK_INT_EQ(engine_request_sync(e, &r), 0);
        struct score_case c = {sets[i], out, mask, g->n_texts, g->hidden};
        score_host(&c, host);
        compare(&c, host, dev, i == CUDA_SCORE_TWINS); /* the fallback: the host's own pairs */
        struct engine_stats st;
        engine_stats(e, &st);
        CHECK_INT_EQ(st.score_backend, i < CUDA_SCORE_TWINS ? i + 1 : CUDA_SCORE_TWINS);
        CHECK_INT_EQ(st.score_fallbacks, i < CUDA_SCORE_TWINS ? 0 : 1);
        free(dev);
        free(host);
    }
    engine_free(e); /* frees the twins: the test's references are the last */
    for (size_t i = 0; i <= CUDA_SCORE_TWINS; i++) {
        CHECK_INT_EQ(engine_score_set_refs(sets[i]), 1);
        engine_score_set_unref(sets[i]);
    }
    free(row_class);
    free(mask);
    free(out);
    model_free(m);
}

int main(void)
{
    int devices = 0;
    struct cudaDeviceProp props;
    if (cudaGetDeviceCount(&devices) != cudaSuccess || devices == 0)
        SKIP("no CUDA device");
    if (cudaGetDeviceProperties(&props, 0) != cudaSuccess || props.major < 8)
        SKIP("device 0 below compute capability 8.0");
    printf("device 0: %s (sm_%d%d)\n", props.name, props.major, props.minor);
    struct golden_fixture g;
    golden_fixture_load("modernbert-tiny", &g);
    char msg[256];
    size_t dims[3] = {16, 384, g.hidden};
    struct cuda_scorer *d[3]; /* one scorer per dim, as a backend has */
    for (size_t i = 0; i < 3; i++)
        CHECK_INT_EQ(cuda_scorer_new(dims[i], &d[i], msg, sizeof(msg)), 0);
    engine_score_set_unref(check_ties(d[0]));
    engine_score_set_unref(check_random(d[1]));
    engine_score_set_unref(check_golden(d[2], &g));
    for (size_t i = 0; i < 3; i++)
        cuda_scorer_free(d[i]); /* drops the twins' references: the sets are freed here */
    CHECK_INT_EQ(cuda_scorer_new(g.hidden, &d[0], msg, sizeof(msg)), 0);
    check_twins(d[0], &g);
    cuda_scorer_free(d[0]);
    check_engine(&g);
    golden_fixture_free(&g);
    return check_finish("test_cuda_score");
}
