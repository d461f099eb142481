/* convert.cu — float32 to dtype, one element per thread, grid-stride. */
#include "kernels/convert_cuda.h"
#include "kernels/cuda_check.cuh"

#define CONVERT_THREADS    256
#define CONVERT_BLOCKS_MAX 65535u

template <typename T> __global__ void convert_kernel(const float *in, T *out, size_t n)
{
    for (size_t i = blockIdx.x * (size_t)blockDim.x + threadIdx.x; i < n;
         i += (size_t)gridDim.x * blockDim.x)
        out[i] = kernel_from_f32<T>(in[i]);
}

KERNEL_API cudaError_t convert_cuda(const float *in, void *out, size_t n, enum kernel_dtype dtype,
                                    cudaStream_t stream)
{
    KERNEL_ASSERT(in && out);
    if (n == 0)
        return cudaSuccess;
    size_t blocks = (n + CONVERT_THREADS - 1) / CONVERT_THREADS;
    unsigned grid = blocks < CONVERT_BLOCKS_MAX ? (unsigned)blocks : CONVERT_BLOCKS_MAX;
    KERNEL_DISPATCH(dtype, T,
                    convert_kernel<T><<<grid, CONVERT_THREADS, 0, stream>>>(in, (T *)out, n));
    return cudaGetLastError();
}
