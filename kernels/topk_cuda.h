/* topk_cuda.h — the best k (<= TOPK_K_MAX) items per row of a score matrix (a score set's
 * TOPK matrices on the device, embed/cuda_score.c). Ordering and ties: kernels/topk.h. */
#ifndef BRIGADE_KERNELS_TOPK_CUDA_H
#define BRIGADE_KERNELS_TOPK_CUDA_H

#include "kernels/cuda_types.h"

/* scores: float[rows, items] on the device, row stride ld >= items. out_index/out_score:
 * [rows, k] on the device, best first; slots past the row's numbers (items < k, NaN scores)
 * hold UINT32_MAX and -INFINITY. k: 1..TOPK_K_MAX. Returns the launch's status. */
KERNEL_API cudaError_t topk_cuda(const float *scores, size_t rows, size_t items, size_t ld,
                                 size_t k, uint32_t *out_index, float *out_score,
                                 cudaStream_t stream);

#endif
