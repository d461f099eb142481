/* bias_add_cuda.h — a Linear layer's bias added to its GEMM's output (cuBLASLt's bias
 * epilogue would take the bias in the output's dtype; this keeps every bias float32). */
#ifndef BRIGADE_KERNELS_BIAS_ADD_CUDA_H
#define BRIGADE_KERNELS_BIAS_ADD_CUDA_H

#include "kernels/cuda_types.h"

/* y[r, i] += bias[i] over [rows, n] (row stride n); y: dtype on the device, bias: float[n]
 * on the device. Returns the launch's status. */
KERNEL_API cudaError_t bias_add_cuda(void *y, const float *bias, size_t rows, size_t n,
                                     enum kernel_dtype dtype, cudaStream_t stream);

#endif
