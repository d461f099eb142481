/* bias_add.cu — one thread per element, grid-stride. */
#include "kernels/bias_add_cuda.h"
#include "kernels/cuda_check.cuh"

#define BIAS_ADD_THREADS    256
#define BIAS_ADD_BLOCKS_MAX 65535u

template <typename T>
__global__ void bias_add_kernel(T *y, const float *bias, size_t total, size_t n)
{
    for (size_t k = blockIdx.x * (size_t)blockDim.x + threadIdx.x; k < total;
         k += (size_t)gridDim.x * blockDim.x)
        y[k] = kernel_from_f32<T>(kernel_to_f32(y[k]) + bias[k % n]);
}

KERNEL_API cudaError_t bias_add_cuda(void *y, const float *bias, size_t rows, size_t n,
                                     enum kernel_dtype dtype, cudaStream_t stream)
{
    KERNEL_ASSERT(y && bias && n > 0);
    if (rows == 0)
        return cudaSuccess;
    size_t blocks = (rows * n + BIAS_ADD_THREADS - 1) / BIAS_ADD_THREADS;
    unsigned grid = blocks < BIAS_ADD_BLOCKS_MAX ? (unsigned)blocks : BIAS_ADD_BLOCKS_MAX;
    KERNEL_DISPATCH(dtype, T,
                    bias_add_kernel<T>
                    <<<grid, BIAS_ADD_THREADS, 0, stream>>>((T *)y, bias, rows * n, n));
    return cudaGetLastError();
}
