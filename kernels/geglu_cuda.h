/* geglu_cuda.h — ModernBERT's GeGLU and BERT's GELU(x + bias) on the device.
 * Math: kernels/gelu.h. */
#ifndef BRIGADE_KERNELS_GEGLU_CUDA_H
#define BRIGADE_KERNELS_GEGLU_CUDA_H

#include "kernels/cuda_types.h"
#include "kernels/gelu.h"

/* out[r, i] = act(in[r, i] + bias[i]) * (in[r, n + i] + bias[n + i]) for i < n: `in` is Wi's
 * output [rows, 2n] ([input | gate]), out is [rows, n]. bias float[2n] or NULL. */
KERNEL_API cudaError_t geglu_cuda(const void *in, void *out, const float *bias, size_t rows,
                                  size_t n, enum gelu_kind kind, enum kernel_dtype dtype,
                                  cudaStream_t stream);

/* x[r, i] = act(x[r, i] + bias[i]) in place over [rows, n]; bias float[n] or NULL. */
KERNEL_API cudaError_t gelu_bias_cuda(void *x, const float *bias, size_t rows, size_t n,
                                      enum gelu_kind kind, enum kernel_dtype dtype,
                                      cudaStream_t stream);

#endif
