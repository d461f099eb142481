/* pooling_cuda.h — per-sequence CLS or mean pooling with optional L2 normalisation.
 * Math: kernels/pooling.h. */
#ifndef BRIGADE_KERNELS_POOLING_CUDA_H
#define BRIGADE_KERNELS_POOLING_CUDA_H

#include <stdbool.h>

#include "kernels/cuda_types.h"

/* hidden: [tokens, dim] (dtype); cu_seqlens: int32[n_seqs + 1] on the device; an empty
 * sequence (padding) is skipped and its row of out left as it was. out: float[n_seqs, dim]. mean
 * false = the sequence's first token (CLS). */
KERNEL_API cudaError_t pooling_cuda(const void *hidden, const int32_t *cu_seqlens, size_t n_seqs,
                                    size_t dim, bool mean, bool normalize, float *out,
                                    enum kernel_dtype dtype, cudaStream_t stream);

#endif
