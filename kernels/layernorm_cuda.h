/* layernorm_cuda.h — LayerNorm over rows on the device, optionally of (x + bias) as BERT's
 * post-norm residual needs. Math: kernels/layernorm.h. */
#ifndef BRIGADE_KERNELS_LAYERNORM_CUDA_H
#define BRIGADE_KERNELS_LAYERNORM_CUDA_H

#include "kernels/cuda_types.h"

/* y[r] = LayerNorm(x[r] + add_bias) * w + b for rows rows of n elements (row stride n).
 * x, y: dtype, device, may alias. w: float[n]; b, add_bias: float[n] or NULL. */
KERNEL_API void layernorm_cuda(const void *x, void *y, const float *w, const float *b,
                               const float *add_bias, size_t rows, size_t n, float eps,
                               enum kernel_dtype dtype, cudaStream_t stream);

#endif
