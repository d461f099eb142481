/* gemm_lt_cuda.h — the encoder's linear layers (and menu scoring) on cuBLASLt: F16 or BF16
 * inputs and outputs with float32 accumulation (CUBLAS_COMPUTE_32F, tensor cores on sm_80+);
 * F32 runs in float32 throughout.
 *
 * Heuristics: the first GEMM of a shape bucket (rows rounded up to a power of two, at least
 * GEMM_LT_ROWS_MIN; out, in, strides, dtypes) asks cublasLtMatmulAlgoGetHeuristic once and keeps
 * the answer, with the bucket's descriptors, in a fixed table; later GEMMs of the bucket only
 * set their row count. A bucket's algorithm that refuses a smaller row count is re-queried for
 * that exact shape. Nothing is allocated on the device after gemm_lt_new. One gemm_lt per
 * thread: it is not thread-safe. */
#ifndef BRIGADE_KERNELS_GEMM_LT_CUDA_H
#define BRIGADE_KERNELS_GEMM_LT_CUDA_H

#include <cublas_api.h>

#include "kernels/cuda_types.h"

#define GEMM_LT_BUCKETS_MAX     128 /* cached shape buckets; then the oldest is replaced */
#define GEMM_LT_ROWS_MIN        16
#define GEMM_LT_WORKSPACE_BYTES ((size_t)32 << 20) /* cuBLASLt split-K / stream-K scratch */

struct gemm_lt;

/* workspace: GEMM_LT_WORKSPACE_BYTES of device memory the caller owns (from its arena) and
 * keeps alive. Returns CUBLAS_STATUS_SUCCESS with *out, or cuBLASLt's status. */
KERNEL_API cublasStatus_t gemm_lt_new(void *workspace, size_t workspace_bytes,
                                      struct gemm_lt **out);
/* Releases the handle and every cached descriptor. NULL is a no-op. */
KERNEL_API void gemm_lt_free(struct gemm_lt *g);

/* Row-major y[rows, out] (row stride ldy) = beta * y + x[rows, in] (row stride ldx) *
 * w[out, in]^T, w as PyTorch stores a Linear weight; beta 1 fuses a residual add. x and w
 * in dtype, y in y_dtype (dtype, or F32 for the float32 residual stream), all on the device.
 * Returns cuBLASLt's status (CUBLAS_STATUS_SUCCESS or the error to fail the batch with). */
KERNEL_API cublasStatus_t gemm_lt_run(struct gemm_lt *g, const void *x, size_t ldx, size_t rows,
                                      const void *w, size_t out, size_t in, void *y, size_t ldy,
                                      float beta, enum kernel_dtype dtype,
                                      enum kernel_dtype y_dtype, cudaStream_t stream);

/* Shape buckets cached so far (for the start-up report and tests). */
KERNEL_API size_t gemm_lt_buckets(const struct gemm_lt *g);

#endif
