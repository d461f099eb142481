/* layernorm.cu — one block per row: block-reduced two-pass mean/variance, then
 * layernorm_elem per element (kernels/layernorm.h). The input is the float32 residual stream;
 * the output is in the dtype the next GEMM reads (or float32). */
#include "kernels/cuda_check.cuh"
#include "kernels/layernorm.h"
#include "kernels/layernorm_cuda.h"

#define LAYERNORM_THREADS 256

template <typename T>
__global__ void layernorm_kernel(const float *x, T *y, const float *w, const float *b,
                                 const float *add_bias, size_t n, float eps)
{
    __shared__ float shared[KERNEL_WARP];
    const float *xr = x + blockIdx.x * n;
    T *yr = y + blockIdx.x * n;
    float sum = 0.0f;
    for (size_t i = threadIdx.x; i < n; i += blockDim.x)
        sum += xr[i] + (add_bias ? add_bias[i] : 0.0f);
    float mean = kernel_block_sum(sum, shared) / (float)n;
    float sq = 0.0f;
    for (size_t i = threadIdx.x; i < n; i += blockDim.x) {
        float d = xr[i] + (add_bias ? add_bias[i] : 0.0f) - mean;
        sq += d * d;
    }
    float rstd = layernorm_rstd(kernel_block_sum(sq, shared) / (float)n, eps);
    for (size_t i = threadIdx.x; i < n; i += blockDim.x) {
        float v = xr[i] + (add_bias ? add_bias[i] : 0.0f);
        yr[i] = kernel_from_f32<T>(layernorm_elem(v, mean, rstd, w[i], b ? b[i] : 0.0f));
    }
}

template <typename T>
static cudaError_t layernorm_launch(const float *x, void *y, const float *w, const float *b,
                                    const float *add_bias, size_t rows, size_t n, float eps,
                                    cudaStream_t stream)
{
    layernorm_kernel<T>
        <<<(unsigned)rows, LAYERNORM_THREADS, 0, stream>>>(x, (T *)y, w, b, add_bias, n, eps);
    return cudaGetLastError();
}

KERNEL_API cudaError_t layernorm_cuda(const float *x, void *y, const float *w, const float *b,
                                      const float *add_bias, size_t rows, size_t n, float eps,
                                      enum kernel_dtype dtype, cudaStream_t stream)
{
    KERNEL_ASSERT(x && y && w);
    KERNEL_ASSERT(n > 0 && eps >= 0.0f);
    KERNEL_ASSERT(rows < (1u << 31));
    if (rows == 0)
        return cudaSuccess;
    cudaError_t rc = cudaErrorInvalidValue;
    KERNEL_DISPATCH(dtype, T, rc = layernorm_launch<T>(x, y, w, b, add_bias, rows, n, eps, stream));
    return rc;
}
