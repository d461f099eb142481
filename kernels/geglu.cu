/* geglu.cu — element-wise GeGLU and GELU+bias, one thread per output element (grid-stride). */
#include "kernels/cuda_check.cuh"
#include "kernels/geglu_cuda.h"

#define GEGLU_THREADS    256
#define GEGLU_BLOCKS_MAX 65535u

template <typename T>
__global__ void geglu_kernel(const T *in, T *out, const float *bias, size_t rows, size_t n,
                             enum gelu_kind kind)
{
    size_t total = rows * n;
    for (size_t k = blockIdx.x * (size_t)blockDim.x + threadIdx.x; k < total;
         k += (size_t)gridDim.x * blockDim.x) {
        size_t r = k / n, i = k % n;
        float a = kernel_to_f32(in[r * 2 * n + i]) + (bias ? bias[i] : 0.0f);
        float g = kernel_to_f32(in[r * 2 * n + n + i]) + (bias ? bias[n + i] : 0.0f);
        out[k] = kernel_from_f32<T>(geglu(kind, a, g));
    }
}

template <typename T>
__global__ void gelu_bias_kernel(T *x, const float *bias, size_t rows, size_t n,
                                 enum gelu_kind kind)
{
    size_t total = rows * n;
    for (size_t k = blockIdx.x * (size_t)blockDim.x + threadIdx.x; k < total;
         k += (size_t)gridDim.x * blockDim.x) {
        float v = kernel_to_f32(x[k]) + (bias ? bias[k % n] : 0.0f);
        x[k] = kernel_from_f32<T>(gelu_apply(kind, v));
    }
}

static unsigned geglu_blocks(size_t total)
{
    size_t blocks = (total + GEGLU_THREADS - 1) / GEGLU_THREADS;
    return blocks < GEGLU_BLOCKS_MAX ? (unsigned)blocks : GEGLU_BLOCKS_MAX;
}

KERNEL_API cudaError_t geglu_cuda(const void *in, void *out, const float *bias, size_t rows,
                                  size_t n, enum gelu_kind kind, enum kernel_dtype dtype,
                                  cudaStream_t stream)
{
    KERNEL_ASSERT(in && out && n > 0);
    KERNEL_ASSERT(kind < GELU_KIND_MAX);
    if (rows == 0)
        return cudaSuccess;
    unsigned blocks = geglu_blocks(rows * n);
    KERNEL_DISPATCH(dtype, T,
                    geglu_kernel<T><<<blocks, GEGLU_THREADS, 0, stream>>>((const T *)in, (T *)out,
                                                                          bias, rows, n, kind));
    return cudaGetLastError();
}

KERNEL_API cudaError_t gelu_bias_cuda(void *x, const float *bias, size_t rows, size_t n,
                                      enum gelu_kind kind, enum kernel_dtype dtype,
                                      cudaStream_t stream)
{
    KERNEL_ASSERT(x && n > 0);
    KERNEL_ASSERT(kind < GELU_KIND_MAX);
    if (rows == 0)
        return cudaSuccess;
    unsigned blocks = geglu_blocks(rows * n);
    KERNEL_DISPATCH(dtype, T,
                    gelu_bias_kernel<T>
                    <<<blocks, GEGLU_THREADS, 0, stream>>>((T *)x, bias, rows, n, kind));
    return cudaGetLastError();
}
