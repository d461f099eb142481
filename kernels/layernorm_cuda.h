/* layernorm_cuda.h — LayerNorm over rows on the device, optionally of (x + bias) as BERT's
 * post-norm residual needs. Math: kernels/layernorm.h. */
#ifndef BRIGADE_KERNELS_LAYERNORM_CUDA_H
#define BRIGADE_KERNELS_LAYERNORM_CUDA_H

#include "kernels/cuda_types.h"

/* y[r] = LayerNorm(x[r] + add_bias) * w + b for rows rows of n elements (row stride n).
 * x: float32 (the residual stream), y: dtype; both on the device; they may alias only when
 * dtype is F32. w: float[n]; b, add_bias: float[n] or NULL. Returns the launch's status. */
KERNEL_API cudaError_t layernorm_cuda(const float *x, void *y, const float *w, const float *b,
                                      const float *add_bias, size_t rows, size_t n, float eps,
                                      enum kernel_dtype dtype, cudaStream_t stream);

#endif
