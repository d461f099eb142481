/* gemm_cuda.h — the encoder's linear layers on cuBLAS tensor cores: F16 or BF16 inputs and
 * outputs, float32 accumulation (CUBLAS_COMPUTE_32F); F32 runs as plain SGEMM. */
#ifndef BRIGADE_KERNELS_GEMM_CUDA_H
#define BRIGADE_KERNELS_GEMM_CUDA_H

#include <cublas_v2.h>

#include "kernels/cuda_types.h"

/* Row-major y[rows, out] (row stride ldy) = beta * y + x[rows, in] (row stride ldx) *
 * w[out, in]^T, w as PyTorch stores a Linear weight. All of x, w, y in dtype on the device.
 * The handle's stream is set to `stream`. */
KERNEL_API void gemm_cuda(cublasHandle_t handle, const void *x, size_t ldx, size_t rows,
                          const void *w, size_t out, size_t in, void *y, size_t ldy, float beta,
                          enum kernel_dtype dtype, cudaStream_t stream);

#endif
