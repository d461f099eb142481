/* cuda_score.c — the cuda backend's scorer on the device (see cuda_score.h). */
#include "embed/cuda_score.h"

#include <errno.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cuda_runtime_api.h>

#include "embed/cuda_backend.h"
#include "embed/embed_assert.h"
#include "embed/engine.h"
#include "embed/engine_score.h"
#include "embed/menu_matrix.h"
#include "kernels/class_max.h"
#include "kernels/class_max_cuda.h"
#include "kernels/gemm_lt_cuda.h"
#include "kernels/topk.h"
#include "kernels/topk_cuda.h"

/* cuBLASLt's scratch for these thin GEMMs (a few hundred queries): split-K needs little. */
#define CUDA_SCORE_WORKSPACE_BYTES ((size_t)4 << 20)
/* Row stride of the score matrix: rows rounded up to 4 floats, 16-byte aligned rows. */
#define CUDA_SCORE_LD(rows) (((rows) + 3) & ~(size_t)3)
/* Pairs one query row yields per matrix at most: TOPK's k or CLASS_MAX's classes. */
#define CUDA_SCORE_PAIRS_MAX                                                                       \
    (TOPK_K_MAX > CLASS_MAX_CLASSES_MAX ? TOPK_K_MAX : CLASS_MAX_CLASSES_MAX)

_Static_assert(ENGINE_SCORE_TOPK_MAX <= TOPK_K_MAX, "the kernel's lists hold every k");
_Static_assert(ENGINE_SCORE_CLASSES_MAX <= CLASS_MAX_CLASSES_MAX, "one thread per class");

/* A score set's matrices on the device. */
struct cuda_twin {
    struct engine_score_set *set; /* a reference of the scorer's own; NULL: the slot is free */
    float *rows[ENGINE_SCORE_MATRICES_MAX];         /* [rows x dim] */
    uint32_t *class_map[ENGINE_SCORE_MATRICES_MAX]; /* CLASS_MAX: class_start then class_rows */
};

struct cuda_scorer {
    size_t dim;
    cudaStream_t stream;
    void *workspace;
    struct gemm_lt *gemm;
    float *d_queries; /* [CUDA_SCORE_CHUNK x dim] */
    float *d_scores;  /* [CUDA_SCORE_CHUNK x CUDA_SCORE_LD(MENU_MATRIX_ROWS_MAX)] */
    uint32_t *d_index;
    float *d_best; /* [CUDA_SCORE_CHUNK x CUDA_SCORE_PAIRS_MAX] each */
    float *h_queries;
    uint32_t *h_index;
    float *h_best; /* pinned twins of the three above */
    struct embed_request *seq_req[CUDA_SCORE_CHUNK];
    size_t seq_idx[CUDA_SCORE_CHUNK];
    struct cuda_twin twins[CUDA_SCORE_TWINS];
};

int cuda_scorer_new(size_t dim, struct cuda_scorer **out, char *msg, size_t msg_len)
{
    EMBED_ASSERT(dim >= 1);
    *out = NULL;
    struct cuda_scorer *s = calloc(1, sizeof(*s));
    EMBED_OOM_CHECK(s);
    s->dim = dim;
    size_t pairs = (size_t)CUDA_SCORE_CHUNK * CUDA_SCORE_PAIRS_MAX;
    size_t ld = CUDA_SCORE_LD((size_t)MENU_MATRIX_ROWS_MAX);
    cudaError_t e = cudaStreamCreateWithFlags(&s->stream, cudaStreamNonBlocking);
    const char *what = "scorer stream";
    if (e == cudaSuccess) {
        what = "scorer device buffers (cudaMalloc)";
        e = cudaMalloc(&s->workspace, CUDA_SCORE_WORKSPACE_BYTES);
    }
    if (e == cudaSuccess)
        e = cudaMalloc((void **)&s->d_queries, CUDA_SCORE_CHUNK * dim * sizeof(float));
    if (e == cudaSuccess)
        e = cudaMalloc((void **)&s->d_scores, CUDA_SCORE_CHUNK * ld * sizeof(float));
    if (e == cudaSuccess)
        e = cudaMalloc((void **)&s->d_index, pairs * sizeof(uint32_t));
    if (e == cudaSuccess)
        e = cudaMalloc((void **)&s->d_best, pairs * sizeof(float));
    if (e == cudaSuccess) {
        what = "scorer pinned buffers (cudaMallocHost)";
        e = cudaMallocHost((void **)&s->h_queries, CUDA_SCORE_CHUNK * dim * sizeof(float));
    }
    if (e == cudaSuccess)
        e = cudaMallocHost((void **)&s->h_index, pairs * sizeof(uint32_t));
    if (e == cudaSuccess)
        e = cudaMallocHost((void **)&s->h_best, pairs * sizeof(float));
    if (e != cudaSuccess) {
        int rc = cuda_fail(msg, msg_len, what, e);
        if (e == cudaErrorMemoryAllocation) /* not sticky: keep it from failing the next launch */
            (void)cudaGetLastError();
        cuda_scorer_free(s);
        return e == cudaErrorMemoryAllocation ? -ENOMEM : rc;
    }
    cublasStatus_t st = gemm_lt_new(s->workspace, CUDA_SCORE_WORKSPACE_BYTES, &s->gemm);
    if (st != CUBLAS_STATUS_SUCCESS) {
        int rc = cuda_fail_blas(msg, msg_len, "scorer cublasLtCreate", st);
        cuda_scorer_free(s);
        return rc;
    }
    *out = s;
    return 0;
}

static void cuda_twin_free(struct cuda_twin *t)
{
    for (size_t j = 0; j < ENGINE_SCORE_MATRICES_MAX; j++) {
        cudaFree(t->rows[j]);
        cudaFree(t->class_map[j]);
    }
    engine_score_set_unref(t->set);
    memset(t, 0, sizeof(*t));
}

void cuda_scorer_free(struct cuda_scorer *s)
{
    if (!s)
        return;
    if (s->stream)
        cudaStreamSynchronize(s->stream); /* nothing may still read what is freed below */
    for (size_t i = 0; i < CUDA_SCORE_TWINS; i++)
        if (s->twins[i].set)
            cuda_twin_free(&s->twins[i]);
    gemm_lt_free(s->gemm);
    cudaFree(s->workspace);
    cudaFree(s->d_queries);
    cudaFree(s->d_scores);
    cudaFree(s->d_index);
    cudaFree(s->d_best);
    cudaFreeHost(s->h_queries);
    cudaFreeHost(s->h_index);
    cudaFreeHost(s->h_best);
    if (s->stream)
        cudaStreamDestroy(s->stream);
    free(s);
}

size_t cuda_scorer_twins(const struct cuda_scorer *s)
{
    size_t n = 0;
    for (size_t i = 0; i < CUDA_SCORE_TWINS; i++)
        n += s->twins[i].set != NULL;
    return n;
}

/* Frees the twins whose sets only the scorer still holds: no request can name them again. */
static void cuda_twins_reap(struct cuda_scorer *s)
{
    for (size_t i = 0; i < CUDA_SCORE_TWINS; i++)
        if (s->twins[i].set && engine_score_set_refs(s->twins[i].set) == 1)
            cuda_twin_free(&s->twins[i]);
}

static int cuda_twin_upload(struct cuda_twin *t, struct engine_score_set *set, char *msg,
                            size_t msg_len)
{
    engine_score_set_ref(set);
    t->set = set;
    for (size_t j = 0; j < engine_score_set_matrices(set); j++) {
        const struct menu_matrix *mm = engine_score_set_rows(set, j);
        size_t bytes = mm->rows * mm->dim * sizeof(float);
        cudaError_t e = cudaMalloc((void **)&t->rows[j], bytes);
        if (e != cudaSuccess) {
            cuda_fail(msg, msg_len, "score set twin (cudaMalloc)", e);
            (void)cudaGetLastError(); /* not sticky: keep it from failing the next launch */
            return -ENOMEM;
        }
        e = cudaMemcpy(t->rows[j], mm->data, bytes, cudaMemcpyHostToDevice);
        const uint32_t *row_class = engine_score_set_row_class(set, j);
        if (e == cudaSuccess && row_class) {
            size_t classes = engine_score_set_filled(set, j);
            size_t words = classes + 1 + mm->rows;
            uint32_t *map = malloc(words * sizeof(uint32_t));
            EMBED_OOM_CHECK(map);
            class_map_build(row_class, mm->rows, classes, map, map + classes + 1);
            e = cudaMalloc((void **)&t->class_map[j], words * sizeof(uint32_t));
            if (e == cudaSuccess)
                e = cudaMemcpy(t->class_map[j], map, words * sizeof(uint32_t),
                               cudaMemcpyHostToDevice);
            free(map);
        }
        if (e != cudaSuccess)
            return cuda_fail(msg, msg_len, "score set twin (upload)", e);
    }
    return 0;
}

/* set's twin, uploaded on first use. */
static int cuda_twin_of(struct cuda_scorer *s, struct engine_score_set *set, struct cuda_twin **out,
                        char *msg, size_t msg_len)
{
    struct cuda_twin *free_slot = NULL;
    for (size_t i = 0; i < CUDA_SCORE_TWINS; i++) {
        if (s->twins[i].set == set) {
            *out = &s->twins[i];
            return 0;
        }
        if (!s->twins[i].set && !free_slot)
            free_slot = &s->twins[i];
    }
    if (!free_slot) {
        snprintf(msg, msg_len, "%d score sets resident on the device: no room for another",
                 CUDA_SCORE_TWINS);
        return -ENOSPC;
    }
    int rc = cuda_twin_upload(free_slot, set, msg, msg_len);
    if (rc != 0) {
        cuda_twin_free(free_slot);
        return rc;
    }
    *out = free_slot;
    return 0;
}

/* The first nq gathered queries against matrix j of set: upload, GEMM, selection, download,
 * then the pairs into the requests' scores. */
static int cuda_score_flush(struct cuda_scorer *s, const struct engine_score_set *set,
                            const struct cuda_twin *t, size_t j, size_t nq, char *msg,
                            size_t msg_len)
{
    const struct menu_matrix *mm = engine_score_set_rows(set, j);
    size_t rows = mm->rows, dim = s->dim, ld = CUDA_SCORE_LD(rows);
    size_t filled = engine_score_set_filled(set, j);
    bool class_max = engine_score_set_row_class(set, j) != NULL;
    cudaError_t e = cudaMemcpyAsync(s->d_queries, s->h_queries, nq * dim * sizeof(float),
                                    cudaMemcpyHostToDevice, s->stream);
    if (e != cudaSuccess)
        return cuda_fail(msg, msg_len, "score queries (upload)", e);
    /* scores[nq x rows] = queries[nq x dim] . rows[rows x dim]^T, float32 throughout */
    cublasStatus_t st =
        gemm_lt_run(s->gemm, s->d_queries, dim, nq, t->rows[j], rows, dim, s->d_scores, ld, 0.0f,
                    KERNEL_DTYPE_F32, KERNEL_DTYPE_F32, s->stream);
    if (st != CUBLAS_STATUS_SUCCESS)
        return cuda_fail_blas(msg, msg_len, "score GEMM", st);
    if (class_max) {
        const uint32_t *map = t->class_map[j];
        e = class_max_cuda(s->d_scores, nq, ld, map, map + filled + 1, filled, s->d_best,
                           s->stream);
    } else {
        e = topk_cuda(s->d_scores, nq, rows, ld, filled, s->d_index, s->d_best, s->stream);
    }
    if (e != cudaSuccess)
        return cuda_fail(msg, msg_len, class_max ? "class_max kernel" : "topk kernel", e);
    e = cudaMemcpyAsync(s->h_best, s->d_best, nq * filled * sizeof(float), cudaMemcpyDeviceToHost,
                        s->stream);
    if (e == cudaSuccess && !class_max)
        e = cudaMemcpyAsync(s->h_index, s->d_index, nq * filled * sizeof(uint32_t),
                            cudaMemcpyDeviceToHost, s->stream);
    if (e == cudaSuccess)
        e = cudaStreamSynchronize(s->stream);
    if (e != cudaSuccess)
        return cuda_fail(msg, msg_len, "score pairs (download and sync)", e);
    size_t pairs = engine_score_set_pairs(set), off = engine_score_set_offset(set, j);
    for (size_t q = 0; q < nq; q++) {
        struct engine_score *o = s->seq_req[q]->scores + s->seq_idx[q] * pairs + off;
        for (size_t p = 0; p < filled; p++)
            o[p] = (struct engine_score){class_max ? (uint32_t)p : s->h_index[q * filled + p],
                                         s->h_best[q * filled + p]};
    }
    return 0;
}

/* Matrix j of set against every sequence of the n requests that asks for it. */
static int cuda_score_matrix(struct cuda_scorer *s, const struct engine_score_set *set,
                             const struct cuda_twin *t, size_t j, struct embed_request *const *reqs,
                             size_t n, char *msg, size_t msg_len)
{
    struct engine_score_cursor cur = {0, 0};
    size_t staged;
    while ((staged = engine_score_stage(set, j, reqs, n, s->dim, &cur, s->h_queries, s->seq_req,
                                        s->seq_idx, CUDA_SCORE_CHUNK)) > 0) {
        int rc = cuda_score_flush(s, set, t, j, staged, msg, msg_len);
        if (rc != 0)
            return rc;
    }
    return 0;
}

int cuda_scorer_run(struct cuda_scorer *s, struct embed_request *const *reqs, size_t n, char *msg,
                    size_t msg_len)
{
    cuda_twins_reap(s);
    engine_score_clear_all(reqs, n);
    for (size_t i = 0; i < n; i++) {
        struct engine_score_set *set = reqs[i]->score_set;
        if (!set || reqs[i]->status != 0)
            continue;
        size_t h = 0; /* the first scored request of this set scores them all */
        while (reqs[h]->score_set != set || reqs[h]->status != 0)
            h++;
        if (h < i)
            continue;
        if (engine_score_set_dim(set) != s->dim) {
            snprintf(msg, msg_len, "score set of dim %zu for vectors of dim %zu",
                     engine_score_set_dim(set), s->dim);
            return -EINVAL;
        }
        struct cuda_twin *t;
        int rc = cuda_twin_of(s, set, &t, msg, msg_len);
        for (size_t j = 0; rc == 0 && j < engine_score_set_matrices(set); j++)
            rc = cuda_score_matrix(s, set, t, j, reqs + i, n - i, msg, msg_len);
        if (rc != 0)
            return rc;
    }
    return 0;
}
