/* test_score_emulation — the scoring kernels' grids run on the host, block by block and
 * thread by thread, against the host scorer on the same scores:
 *
 *   top-k and per-class maximum (kernels/topk.cu, class_max.cu): against engine_score.c on
 *     exact scores full of ties;
 *   top-2 (kernels/top2.cu): TOP2_THREADS strided scans and the merge tree, against a full
 *     sort and against menu_matrix_topk on the same scores (ties and NaNs included).
 *
 * The attention, pooling, bucket and forward-plan kernels are test_kernel_emulation's. */
#define _GNU_SOURCE /* qsort_r */
#include <cblas.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "embed/engine.h"
#include "embed/engine_score.h"
#include "embed/menu_matrix.h"
#include "embed/model_ops.h"
#include "kernels/class_max.h"
#include "kernels/pooling.h"
#include "kernels/topk.h"
#include "test_util.h"

#define TOP2_ROWS  46
#define TOP2_ITEMS 333 /* not a multiple of TOP2_THREADS: some threads scan one less */
#define SCORE_DIM  16
#define SCORE_ROWS 301 /* not a multiple of TOPK_THREADS */
#define SCORE_SEQS 57

/* top2_kernel's grid: block = row, TOP2_THREADS strided scans, then the merge tree. */
static void emulate_top2(const float *scores, size_t rows, size_t items, uint32_t *idx, float *best)
{
    struct top2 lists[TOP2_THREADS];
    for (size_t r = 0; r < rows; r++) {
        for (size_t t = 0; t < TOP2_THREADS; t++)
            top2_scan(scores + r * items, items, t, TOP2_THREADS, &lists[t]);
        for (size_t stride = TOP2_THREADS / 2; stride > 0; stride /= 2)
            for (size_t t = 0; t < TOP2_THREADS; t++) /* one barrier step: lists below stride */
                top2_tree_step(lists, t, stride);
        for (size_t j = 0; j < 2; j++) {
            idx[r * 2 + j] = lists[0].index[j];
            best[r * 2 + j] = lists[0].score[j];
        }
    }
}

/* topk_kernel's grid: block = row, TOPK_THREADS strided scans of k-lists, then the tree. */
static void emulate_topk(const float *scores, size_t rows, size_t items, size_t k, uint32_t *idx,
                         float *best)
{
    static struct topk_list lists[TOPK_THREADS];
    for (size_t r = 0; r < rows; r++) {
        for (size_t t = 0; t < TOPK_THREADS; t++)
            topk_scan(scores + r * items, items, k, t, TOPK_THREADS, &lists[t]);
        for (size_t stride = TOPK_THREADS / 2; stride > 0; stride /= 2)
            for (size_t t = 0; t < TOPK_THREADS; t++)
                topk_tree_step(lists, k, t, stride);
        for (size_t j = 0; j < k; j++) { /* threads 0..k-1 write */
            idx[r * k + j] = lists[0].index[j];
            best[r * k + j] = lists[0].score[j];
        }
    }
}

/* class_max_kernel's grid: block = row, thread c < n_classes scans class c's rows. */
static void emulate_class_max(const float *scores, size_t rows, size_t items,
                              const uint32_t *class_start, const uint32_t *class_rows,
                              size_t n_classes, float *out)
{
    for (size_t r = 0; r < rows; r++)
        for (size_t c = 0; c < CLASS_MAX_CLASSES_MAX; c++)
            if (c < n_classes)
                out[r * n_classes + c] =
                    class_max_scan(scores + r * items, class_start, class_rows, c);
}

/* A unit vector of four entries +-0.5: every dot product of two is a multiple of 0.25, exact
 * in any summation order (sgemm's or a loop's), and most rows tie with many others. */
static void tie_vector(uint64_t *rng, float *v)
{
    memset(v, 0, SCORE_DIM * sizeof(float));
    for (size_t n = 0; n < 4;) {
        size_t d = (size_t)((test_noise(rng) + 1.0f) * 0.5f * SCORE_DIM) % SCORE_DIM;
        if (v[d] != 0.0f)
            continue;
        v[d] = test_noise(rng) < 0 ? -0.5f : 0.5f;
        n++;
    }
}

/* The host scorer's output for a set, and the buffers the device grids are emulated into. */
struct score_run {
    const struct engine_score_set *set;
    const struct engine_score_spec *specs;
    const float *vec;
    const uint8_t *mask;
    const struct engine_score *host;
    size_t pairs;
    const uint32_t *row_class;
    size_t n_classes;
    float *scores, *emu_score; /* [SCORE_SEQS x SCORE_ROWS], [SCORE_SEQS x classes or k] */
    uint32_t *emu_idx;         /* [SCORE_SEQS x TOPK_K_MAX] */
};

/* Matrix j of the set: the masked sequences' scores as one matrix, the kernel's grid over it,
 * and every pair compared with the host scorer's, bit for bit. Returns how many top-k pairs
 * tied with the one before. */
static size_t check_scored_matrix(const struct score_run *run, size_t j)
{
    uint32_t class_start[CLASS_MAX_CLASSES_MAX + 1], class_rows[SCORE_ROWS], seq[SCORE_SEQS];
    const struct menu_matrix *mm = engine_score_set_rows(run->set, j);
    const float *vec = run->vec;
    const struct engine_score *host = run->host;
    size_t pairs = run->pairs, n_classes = run->n_classes;
    float *scores = run->scores, *emu_score = run->emu_score;
    size_t nq = 0;
    for (size_t q = 0; q < SCORE_SEQS; q++) {
        if (!((run->mask[q] >> j) & 1u))
            continue;
        for (size_t r = 0; r < mm->rows; r++) {
            float dot = 0;
            for (size_t d = 0; d < SCORE_DIM; d++)
                dot += vec[q * SCORE_DIM + d] * mm->data[r * SCORE_DIM + d];
            scores[nq * mm->rows + r] = dot;
        }
        seq[nq++] = (uint32_t)q;
    }
    CHECK(nq > 0);
    size_t off = engine_score_set_offset(run->set, j);
    if (run->specs[j].kind == ENGINE_SCORE_CLASS_MAX) {
        class_map_build(run->row_class, mm->rows, n_classes, class_start, class_rows);
        emulate_class_max(scores, nq, mm->rows, class_start, class_rows, n_classes, emu_score);
        for (size_t i = 0; i < nq; i++)
            for (size_t c = 0; c < n_classes; c++) {
                const struct engine_score *h = &host[seq[i] * pairs + off + c];
                CHECK_INT_EQ(h->index, c);
                CHECK(memcmp(&h->score, &emu_score[i * n_classes + c], sizeof(float)) == 0);
                CHECK((c == 3 || c == 10) == (emu_score[i * n_classes + c] == -INFINITY));
            }
        return 0;
    }
    size_t k = run->specs[j].k;
    size_t ties = 0;
    emulate_topk(scores, nq, mm->rows, k, run->emu_idx, emu_score);
    for (size_t i = 0; i < nq; i++)
        for (size_t p = 0; p < k; p++) {
            const struct engine_score *h = &host[seq[i] * pairs + off + p];
            CHECK_INT_EQ(run->emu_idx[i * k + p], h->index);
            CHECK(memcmp(&h->score, &emu_score[i * k + p], sizeof(float)) == 0);
            CHECK((p >= mm->rows) == (h->index == UINT32_MAX)); /* rows < k: empty tail */
            ties +=
                p > 0 && h->index != UINT32_MAX && emu_score[i * k + p - 1] == emu_score[i * k + p];
        }
    return ties;
}

/* The device scorer's selection (topk.cu, class_max.cu) against engine_scorer_run, matrix by
 * matrix (check_scored_matrix), on two requests and scores full of ties. */
static void check_score_kernels(void)
{
    static const size_t topk[] = {1, 2, 8, 16};
    uint64_t rng = 4242;
    float *items = malloc(SCORE_ROWS * SCORE_DIM * sizeof(float));
    for (size_t r = 0; r < SCORE_ROWS; r++)
        tie_vector(&rng, items + r * SCORE_DIM);
    struct menu_matrix *big, *small;
    CHECK_INT_EQ(menu_matrix_from_rows(items, SCORE_ROWS, SCORE_DIM, &big), 0);
    CHECK_INT_EQ(menu_matrix_from_rows(items, 5, SCORE_DIM, &small), 0); /* rows < k */
    uint32_t row_class[SCORE_ROWS];
    size_t n_classes = 11;
    for (size_t r = 0; r < SCORE_ROWS; r++) { /* classes 3 and 10 stay empty */
        row_class[r] = (uint32_t)(r * 7 % 9);
        row_class[r] += row_class[r] >= 3;
    }
    struct engine_score_spec specs[ENGINE_SCORE_MATRICES_MAX];
    size_t n = 0;
    for (size_t i = 0; i < 4; i++)
        specs[n++] =
            (struct engine_score_spec){.kind = ENGINE_SCORE_TOPK, .rows = big, .k = topk[i]};
    specs[n++] = (struct engine_score_spec){.kind = ENGINE_SCORE_TOPK, .rows = small, .k = 8};
    specs[n++] = (struct engine_score_spec){.kind = ENGINE_SCORE_TOPK, .rows = small, .k = 16};
    specs[n++] = (struct engine_score_spec){.kind = ENGINE_SCORE_CLASS_MAX,
                                            .rows = big,
                                            .row_class = row_class,
                                            .n_classes = n_classes};
    struct engine_score_set *set;
    CHECK_INT_EQ(engine_score_set_new(specs, n, &set), 0);
    size_t pairs = engine_score_set_pairs(set);

    /* Two requests, so the host scorer gathers across them as the device path does. */
    float *vec = malloc(SCORE_SEQS * SCORE_DIM * sizeof(float));
    uint8_t mask[SCORE_SEQS];
    struct engine_score *host = malloc(SCORE_SEQS * pairs * sizeof(*host));
    for (size_t q = 0; q < SCORE_SEQS; q++) {
        tie_vector(&rng, vec + q * SCORE_DIM);
        mask[q] = (uint8_t)(rng >> 20) & (uint8_t)((1u << n) - 1);
        if (q % 13 == 0)
            mask[q] = 0;
        if (q == 5) /* a query equal to a row: a top score of exactly 1 */
            memcpy(vec + q * SCORE_DIM, items + 17 * SCORE_DIM, SCORE_DIM * sizeof(float));
    }
    struct embed_request reqs[2] = {
        {.n_seqs = 20, .out = vec, .score_set = set, .score_mask = mask, .scores = host},
        {.n_seqs = SCORE_SEQS - 20,
         .out = vec + 20 * SCORE_DIM,
         .score_set = set,
         .score_mask = mask + 20,
         .scores = host + 20 * pairs},
    };
    struct embed_request *rp[2] = {&reqs[0], &reqs[1]};
    engine_score_set_ref(set);
    engine_score_set_ref(set);
    struct engine_scorer *scorer = engine_scorer_new(64, SCORE_DIM);
    engine_scorer_run(scorer, rp, 2);
    engine_scorer_free(scorer);
    CHECK_INT_EQ(engine_score_set_refs(set), 1);

    float *scores = malloc(SCORE_SEQS * SCORE_ROWS * sizeof(float));
    float *emu_score = malloc(SCORE_SEQS * CLASS_MAX_CLASSES_MAX * sizeof(float));
    uint32_t *emu_idx = malloc(SCORE_SEQS * TOPK_K_MAX * sizeof(uint32_t));
    struct score_run run = {.set = set,
                            .specs = specs,
                            .vec = vec,
                            .mask = mask,
                            .host = host,
                            .pairs = pairs,
                            .row_class = row_class,
                            .n_classes = n_classes,
                            .scores = scores,
                            .emu_score = emu_score,
                            .emu_idx = emu_idx};
    size_t ties = 0;
    for (size_t j = 0; j < n; j++)
        ties += check_scored_matrix(&run, j);
    CHECK(ties > 100); /* the tie rule was exercised, not just sorted distinct scores */
    for (size_t q = 0; q < SCORE_SEQS; q++)
        if (mask[q] == 0)
            CHECK(host[q * pairs].index == UINT32_MAX && host[q * pairs].score == -INFINITY);
    engine_score_set_unref(set);
    menu_matrix_unref(big);
    menu_matrix_unref(small);
    free(items);
    free(vec);
    free(host);
    free(scores);
    free(emu_score);
    free(emu_idx);
}

/* qsort_r order of item indices by (score desc, index asc), NaN last; ctx: the row. */
static int by_rank(const void *a, const void *b, void *ctx)
{
    const float *scores = ctx;
    uint32_t i = *(const uint32_t *)a, j = *(const uint32_t *)b;
    float s = scores[i], t = scores[j];
    bool sn = s != s, tn = t != t; /* NaN last */
    if (sn != tn)
        return sn ? 1 : -1;
    if (!sn && s != t)
        return s > t ? -1 : 1;
    return i < j ? -1 : (i > j);
}

static void check_top2(void)
{
    size_t dim = 16;
    float *queries = malloc(TOP2_ROWS * dim * sizeof(float));
    float *items = malloc(TOP2_ITEMS * dim * sizeof(float));
    uint64_t rng = 99;
    for (size_t i = 0; i < TOP2_ITEMS * dim; i++)
        items[i] = test_noise(&rng);
    for (size_t i = 0; i < TOP2_ROWS * dim; i++)
        queries[i] = test_noise(&rng);
    memcpy(items + 200 * dim, items + 17 * dim, dim * sizeof(float)); /* an exact tie */
    struct menu_matrix *mm;
    CHECK_INT_EQ(menu_matrix_from_rows(items, TOP2_ITEMS, dim, &mm), 0);
    for (size_t q = 0; q < TOP2_ROWS; q++)
        l2norm_row(queries + q * dim, dim);
    memcpy(queries + 3 * dim, mm->data + 17 * dim, dim * sizeof(float)); /* ties at the top */
    float *scores = malloc(TOP2_ROWS * TOP2_ITEMS * sizeof(float));
    /* the very call menu_matrix_topk makes, so both see the same scores */
    cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, TOP2_ROWS, TOP2_ITEMS, (int)dim, 1.0f,
                queries, (int)dim, mm->data, (int)dim, 0.0f, scores, TOP2_ITEMS);
    uint32_t emu_idx[TOP2_ROWS * 2], cpu_idx[TOP2_ROWS * 2], order[TOP2_ITEMS];
    float emu_best[TOP2_ROWS * 2], cpu_best[TOP2_ROWS * 2];
    float *scratch = malloc(menu_matrix_scratch_floats(mm, TOP2_ROWS) * sizeof(float));
    CHECK_INT_EQ(menu_matrix_topk(mm, queries, TOP2_ROWS, 2, cpu_idx, cpu_best, scratch), 2);
    emulate_top2(scores, TOP2_ROWS, TOP2_ITEMS, emu_idx, emu_best);
    for (size_t i = 0; i < TOP2_ROWS * 2; i++) {
        CHECK_INT_EQ(emu_idx[i], cpu_idx[i]);
        CHECK(emu_best[i] == cpu_best[i]);
    }
    CHECK(emu_idx[3 * 2] == 17 && emu_idx[3 * 2 + 1] == 200); /* the tie: lower index first */
    scores[5 * TOP2_ITEMS + 0] = NAN;                         /* NaNs never rank */
    scores[5 * TOP2_ITEMS + 130] = NAN;
    emulate_top2(scores, TOP2_ROWS, TOP2_ITEMS, emu_idx, emu_best);
    for (size_t r = 0; r < TOP2_ROWS; r++) {
        for (uint32_t i = 0; i < TOP2_ITEMS; i++)
            order[i] = i;
        qsort_r(order, TOP2_ITEMS, sizeof(order[0]), by_rank, scores + r * TOP2_ITEMS);
        CHECK_INT_EQ(emu_idx[r * 2], order[0]);
        CHECK_INT_EQ(emu_idx[r * 2 + 1], order[1]);
    }
    float one = 0.5f; /* a row of one item: the second slot stays empty */
    emulate_top2(&one, 1, 1, emu_idx, emu_best);
    CHECK(emu_idx[0] == 0 && emu_best[0] == 0.5f);
    CHECK(emu_idx[1] == UINT32_MAX && emu_best[1] == -INFINITY);
    menu_matrix_unref(mm);
    free(queries);
    free(items);
    free(scores);
    free(scratch);
}

int main(void)
{
    check_top2();
    check_score_kernels();
    return check_finish("test_score_emulation");
}
