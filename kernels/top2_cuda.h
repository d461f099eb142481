/* top2_cuda.h — the two best items per row of a score matrix (menu scoring: the GEMM of
 * pooled queries against the resident menu matrix, then this). Ordering and ties:
 * kernels/topk.h. */
#ifndef BRIGADE_KERNELS_TOP2_CUDA_H
#define BRIGADE_KERNELS_TOP2_CUDA_H

#include "kernels/cuda_types.h"

/* scores: float[rows, items] on the device, row stride ld >= items. out_index/out_score:
 * [rows, 2] on the device, best first; a row with fewer than two numbers (items < 2, or NaN
 * scores) has index UINT32_MAX and score -INFINITY in the empty slots. Returns the launch's
 * status. */
KERNEL_API cudaError_t top2_cuda(const float *scores, size_t rows, size_t items, size_t ld,
                                 uint32_t *out_index, float *out_score, cudaStream_t stream);

#endif
