/* rope.cu — one block per token, one thread per (q/k head, frequency) pair. */
#include "kernels/cuda_check.cuh"
#include "kernels/rope.h"
#include "kernels/rope_cuda.h"

#define ROPE_THREADS 256

template <typename T>
__global__ void rope_kernel(T *qkv, const int32_t *pos, const float *cos_t, const float *sin_t,
                            size_t heads, size_t head_dim)
{
    size_t half = head_dim / 2, pairs = 2 * heads * half; /* q heads then k heads */
    T *row = qkv + blockIdx.x * 3 * heads * head_dim;
    const float *cs = cos_t + (size_t)pos[blockIdx.x] * half;
    const float *sn = sin_t + (size_t)pos[blockIdx.x] * half;
    for (size_t p = threadIdx.x; p < pairs; p += blockDim.x) {
        size_t head = p / half, i = p % half;
        T *x = row + head * head_dim;
        float lo = kernel_to_f32(x[i]), hi = kernel_to_f32(x[i + half]);
        rope_pair(&lo, &hi, cs[i], sn[i]);
        x[i] = kernel_from_f32<T>(lo);
        x[i + half] = kernel_from_f32<T>(hi);
    }
}

KERNEL_API cudaError_t rope_cuda(void *qkv, const int32_t *pos, const float *cos_t,
                                 const float *sin_t, size_t tokens, size_t heads, size_t head_dim,
                                 enum kernel_dtype dtype, cudaStream_t stream)
{
    KERNEL_ASSERT(qkv && pos && cos_t && sin_t);
    KERNEL_ASSERT(heads > 0 && head_dim > 0 && head_dim % 2 == 0);
    KERNEL_ASSERT(tokens < (1u << 31));
    if (tokens == 0)
        return cudaSuccess;
    KERNEL_DISPATCH(dtype, T,
                    rope_kernel<T><<<(unsigned)tokens, ROPE_THREADS, 0, stream>>>(
                        (T *)qkv, pos, cos_t, sin_t, heads, head_dim));
    return cudaGetLastError();
}
