/* gemm_lt.cu — row-major linear layers through column-major cuBLASLt: y^T = w * x^T, i.e.
 * D[out, rows] = op(A = w viewed column-major [in, out])^T * (B = x viewed [in, rows]),
 * C = D = y viewed [out, rows] (beta * C added in place). */
#include <stdlib.h>
#include <string.h>

#include <cublasLt.h>

#include "kernels/cuda_check.cuh"
#include "kernels/gemm_lt_cuda.h"

#define GEMM_LT_DIM_MAX ((size_t)1 << 31)

struct gemm_lt_key {
    size_t rows_bucket, out, in, ldx, ldy;
    enum kernel_dtype dtype, y_dtype;
};

struct gemm_lt_bucket {
    struct gemm_lt_key key;
    cublasLtMatmulDesc_t desc;      /* NULL: the slot is empty */
    cublasLtMatrixLayout_t a, b, c; /* b and c get each call's row count */
    cublasLtMatmulAlgo_t algo;
};

struct gemm_lt {
    cublasLtHandle_t handle;
    void *workspace;
    size_t workspace_bytes;
    cublasLtMatmulPreference_t pref;
    struct gemm_lt_bucket buckets[GEMM_LT_BUCKETS_MAX];
    size_t used, next_victim;
};

static cudaDataType_t gemm_lt_type(enum kernel_dtype dtype)
{
    switch (dtype) {
    case KERNEL_DTYPE_F16:
        return CUDA_R_16F;
    case KERNEL_DTYPE_BF16:
        return CUDA_R_16BF;
    default:
        return CUDA_R_32F;
    }
}

static size_t gemm_lt_rows_bucket(size_t rows)
{
    size_t b = GEMM_LT_ROWS_MIN;
    while (b < rows)
        b *= 2;
    return b;
}

/* Destroys what describe created (each handle NULL when it was never made) and empties b. */
static void gemm_lt_bucket_release(struct gemm_lt_bucket *b)
{
    if (b->a)
        cublasLtMatrixLayoutDestroy(b->a);
    if (b->b)
        cublasLtMatrixLayoutDestroy(b->b);
    if (b->c)
        cublasLtMatrixLayoutDestroy(b->c);
    if (b->desc)
        cublasLtMatmulDescDestroy(b->desc);
    memset(b, 0, sizeof(*b));
}

KERNEL_API cublasStatus_t gemm_lt_new(void *workspace, size_t workspace_bytes, struct gemm_lt **out)
{
    KERNEL_ASSERT(out && (workspace || workspace_bytes == 0));
    struct gemm_lt *g = (struct gemm_lt *)calloc(1, sizeof(*g));
    if (!g)
        return CUBLAS_STATUS_ALLOC_FAILED;
    g->workspace = workspace;
    g->workspace_bytes = workspace_bytes;
    cublasStatus_t st = cublasLtCreate(&g->handle);
    if (st == CUBLAS_STATUS_SUCCESS) {
        st = cublasLtMatmulPreferenceCreate(&g->pref);
        if (st != CUBLAS_STATUS_SUCCESS)
            cublasLtDestroy(g->handle);
    }
    if (st == CUBLAS_STATUS_SUCCESS)
        st = cublasLtMatmulPreferenceSetAttribute(g->pref, CUBLASLT_MATMUL_PREF_MAX_WORKSPACE_BYTES,
                                                  &workspace_bytes, sizeof(workspace_bytes));
    if (st != CUBLAS_STATUS_SUCCESS) {
        free(g);
        return st;
    }
    *out = g;
    return CUBLAS_STATUS_SUCCESS;
}

KERNEL_API void gemm_lt_free(struct gemm_lt *g)
{
    if (!g)
        return;
    for (size_t i = 0; i < GEMM_LT_BUCKETS_MAX; i++)
        gemm_lt_bucket_release(&g->buckets[i]);
    cublasLtMatmulPreferenceDestroy(g->pref);
    cublasLtDestroy(g->handle);
    free(g);
}

KERNEL_API size_t gemm_lt_buckets(const struct gemm_lt *g)
{
    return g->used;
}

/* The descriptors of a bucket, laid out for `rows` columns of B and C. */
static cublasStatus_t gemm_lt_describe(struct gemm_lt_bucket *b, size_t rows)
{
    const struct gemm_lt_key *k = &b->key;
    cudaDataType_t type = gemm_lt_type(k->dtype), y_type = gemm_lt_type(k->y_dtype);
    cublasOperation_t trans_a = CUBLAS_OP_T, trans_b = CUBLAS_OP_N;
    cublasStatus_t st = cublasLtMatmulDescCreate(&b->desc, CUBLAS_COMPUTE_32F, CUDA_R_32F);
    if (st != CUBLAS_STATUS_SUCCESS)
        return st;
    st = cublasLtMatmulDescSetAttribute(b->desc, CUBLASLT_MATMUL_DESC_TRANSA, &trans_a,
                                        sizeof(trans_a));
    if (st == CUBLAS_STATUS_SUCCESS)
        st = cublasLtMatmulDescSetAttribute(b->desc, CUBLASLT_MATMUL_DESC_TRANSB, &trans_b,
                                            sizeof(trans_b));
    if (st == CUBLAS_STATUS_SUCCESS)
        st = cublasLtMatrixLayoutCreate(&b->a, type, k->in, k->out, k->in);
    if (st == CUBLAS_STATUS_SUCCESS)
        st = cublasLtMatrixLayoutCreate(&b->b, type, k->in, rows, k->ldx);
    if (st == CUBLAS_STATUS_SUCCESS)
        st = cublasLtMatrixLayoutCreate(&b->c, y_type, k->out, rows, k->ldy);
    return st;
}

/* Sets the row count of B and C, then asks for the best algorithm at that shape. */
static cublasStatus_t gemm_lt_pick(struct gemm_lt *g, struct gemm_lt_bucket *b, size_t rows)
{
    uint64_t cols = rows;
    cublasStatus_t st =
        cublasLtMatrixLayoutSetAttribute(b->b, CUBLASLT_MATRIX_LAYOUT_COLS, &cols, sizeof(cols));
    if (st == CUBLAS_STATUS_SUCCESS)
        st = cublasLtMatrixLayoutSetAttribute(b->c, CUBLASLT_MATRIX_LAYOUT_COLS, &cols,
                                              sizeof(cols));
    if (st != CUBLAS_STATUS_SUCCESS)
        return st;
    cublasLtMatmulHeuristicResult_t result;
    int found = 0;
    st = cublasLtMatmulAlgoGetHeuristic(g->handle, b->desc, b->a, b->b, b->c, b->c, g->pref, 1,
                                        &result, &found);
    if (st != CUBLAS_STATUS_SUCCESS)
        return st;
    if (found < 1)
        return CUBLAS_STATUS_NOT_SUPPORTED;
    b->algo = result.algo;
    return CUBLAS_STATUS_SUCCESS;
}

static bool gemm_lt_key_eq(const struct gemm_lt_key *a, const struct gemm_lt_key *b)
{
    return a->rows_bucket == b->rows_bucket && a->out == b->out && a->in == b->in &&
           a->ldx == b->ldx && a->ldy == b->ldy && a->dtype == b->dtype && a->y_dtype == b->y_dtype;
}

/* The bucket of key: cached, or described and queried now (replacing the oldest when full). */
static cublasStatus_t gemm_lt_bucket_get(struct gemm_lt *g, const struct gemm_lt_key *key,
                                         struct gemm_lt_bucket **out)
{
    for (size_t i = 0; i < g->used; i++)
        if (gemm_lt_key_eq(&g->buckets[i].key, key)) {
            *out = &g->buckets[i];
            return CUBLAS_STATUS_SUCCESS;
        }
    size_t slot = g->used < GEMM_LT_BUCKETS_MAX ? g->used : g->next_victim;
    struct gemm_lt_bucket *b = &g->buckets[slot];
    gemm_lt_bucket_release(b);
    b->key = *key;
    cublasStatus_t st = gemm_lt_describe(b, key->rows_bucket);
    if (st == CUBLAS_STATUS_SUCCESS)
        st = gemm_lt_pick(g, b, key->rows_bucket);
    if (st != CUBLAS_STATUS_SUCCESS) {
        gemm_lt_bucket_release(b);
        return st;
    }
    if (g->used < GEMM_LT_BUCKETS_MAX)
        g->used++;
    else
        g->next_victim = (g->next_victim + 1) % GEMM_LT_BUCKETS_MAX;
    *out = b;
    return CUBLAS_STATUS_SUCCESS;
}

static cublasStatus_t gemm_lt_matmul(struct gemm_lt *g, struct gemm_lt_bucket *b, const void *x,
                                     const void *w, void *y, float beta, cudaStream_t stream)
{
    float alpha = 1.0f;
    return cublasLtMatmul(g->handle, b->desc, &alpha, w, b->a, x, b->b, &beta, y, b->c, y, b->c,
                          &b->algo, g->workspace, g->workspace_bytes, stream);
}

KERNEL_API cublasStatus_t gemm_lt_run(struct gemm_lt *g, const void *x, size_t ldx, size_t rows,
                                      const void *w, size_t out, size_t in, void *y, size_t ldy,
                                      float beta, enum kernel_dtype dtype,
                                      enum kernel_dtype y_dtype, cudaStream_t stream)
{
    KERNEL_ASSERT(g && x && w && y);
    KERNEL_ASSERT(ldx >= in && ldy >= out && dtype < KERNEL_DTYPE_MAX);
    KERNEL_ASSERT(y_dtype == dtype || y_dtype == KERNEL_DTYPE_F32);
    KERNEL_ASSERT(rows < GEMM_LT_DIM_MAX && out < GEMM_LT_DIM_MAX && in < GEMM_LT_DIM_MAX);
    if (rows == 0)
        return CUBLAS_STATUS_SUCCESS;
    struct gemm_lt_key key = {gemm_lt_rows_bucket(rows), out, in, ldx, ldy, dtype, y_dtype};
    struct gemm_lt_bucket *b;
    cublasStatus_t st = gemm_lt_bucket_get(g, &key, &b);
    if (st != CUBLAS_STATUS_SUCCESS)
        return st;
    uint64_t cols = rows;
    st = cublasLtMatrixLayoutSetAttribute(b->b, CUBLASLT_MATRIX_LAYOUT_COLS, &cols, sizeof(cols));
    if (st == CUBLAS_STATUS_SUCCESS)
        st = cublasLtMatrixLayoutSetAttribute(b->c, CUBLASLT_MATRIX_LAYOUT_COLS, &cols,
                                              sizeof(cols));
    if (st == CUBLAS_STATUS_SUCCESS)
        st = gemm_lt_matmul(g, b, x, w, y, beta, stream);
    if (st == CUBLAS_STATUS_NOT_SUPPORTED || st == CUBLAS_STATUS_INVALID_VALUE) {
        /* the bucket's algorithm does not take this row count: ask for this exact shape */
        st = gemm_lt_pick(g, b, rows);
        if (st == CUBLAS_STATUS_SUCCESS)
            st = gemm_lt_matmul(g, b, x, w, y, beta, stream);
    }
    return st;
}
