/* layernorm.cu — one block per row: block-reduced two-pass mean/variance, then
 * layernorm_elem per element (kernels/layernorm.h). */
#include "kernels/cuda_check.cuh"
#include "kernels/layernorm.h"
#include "kernels/layernorm_cuda.h"

#define LAYERNORM_THREADS 256

template <typename T>
__global__ void layernorm_kernel(const T *x, T *y, const float *w, const float *b,
                                 const float *add_bias, size_t n, float eps)
{
    __shared__ float shared[KERNEL_WARP];
    const T *xr = x + blockIdx.x * n;
    T *yr = y + blockIdx.x * n;
    float sum = 0.0f;
    for (size_t i = threadIdx.x; i < n; i += blockDim.x)
        sum += kernel_to_f32(xr[i]) + (add_bias ? add_bias[i] : 0.0f);
    float mean = kernel_block_sum(sum, shared) / (float)n;
    float sq = 0.0f;
    for (size_t i = threadIdx.x; i < n; i += blockDim.x) {
        float d = kernel_to_f32(xr[i]) + (add_bias ? add_bias[i] : 0.0f) - mean;
        sq += d * d;
    }
    float rstd = layernorm_rstd(kernel_block_sum(sq, shared) / (float)n, eps);
    for (size_t i = threadIdx.x; i < n; i += blockDim.x) {
        float v = kernel_to_f32(xr[i]) + (add_bias ? add_bias[i] : 0.0f);
        yr[i] = kernel_from_f32<T>(layernorm_elem(v, mean, rstd, w[i], b ? b[i] : 0.0f));
    }
}

template <typename T>
static void layernorm_launch(const void *x, void *y, const float *w, const float *b,
                             const float *add_bias, size_t rows, size_t n, float eps,
                             cudaStream_t stream)
{
    layernorm_kernel<T><<<(unsigned)rows, LAYERNORM_THREADS, 0, stream>>>((const T *)x, (T *)y, w,
                                                                          b, add_bias, n, eps);
    CUDA_CHECK_LAUNCH();
}

KERNEL_API void layernorm_cuda(const void *x, void *y, const float *w, const float *b,
                               const float *add_bias, size_t rows, size_t n, float eps,
                               enum kernel_dtype dtype, cudaStream_t stream)
{
    KERNEL_ASSERT(x && y && w);
    KERNEL_ASSERT(n > 0 && eps >= 0.0f);
    KERNEL_ASSERT(rows < (1u << 31));
    if (rows == 0)
        return;
    KERNEL_DISPATCH(dtype, T, layernorm_launch<T>(x, y, w, b, add_bias, rows, n, eps, stream));
}
