/* rope.cu — RoPE on the q and k heads of the packed qkv rows, in place. Where half a head splits
 * into whole 16-byte chunks (every head size in use), a thread rotates one chunk of the low
 * half against the same chunk of the high half, 16 bytes a load and store, grid-stride with
 * 32-bit indices; otherwise one block per token, one thread per (head, frequency) pair. */
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

template <typename T>
__global__ void rope_chunk_kernel(T *__restrict__ qkv, const int32_t *__restrict__ pos,
                                  const float *__restrict__ cos_t, const float *__restrict__ sin_t,
                                  unsigned tokens, unsigned heads, unsigned head_dim)
{
    constexpr unsigned VEC = 16 / sizeof(T);
    unsigned half = head_dim / 2, per_head = half / VEC, per_token = 2 * heads * per_head;
    unsigned total = tokens * per_token;
    for (unsigned k = blockIdx.x * blockDim.x + threadIdx.x; k < total;
         k += gridDim.x * blockDim.x) {
        unsigned token = k / per_token, rest = k % per_token;
        unsigned head = rest / per_head, i = (rest % per_head) * VEC;
        T *x = qkv + (size_t)token * 3 * heads * head_dim + (size_t)head * head_dim + i;
        const float *cs = cos_t + (size_t)pos[token] * half + i;
        const float *sn = sin_t + (size_t)pos[token] * half + i;
        kernel_chunk<T> lo = *(kernel_chunk<T> *)x, hi = *(kernel_chunk<T> *)(x + half);
#pragma unroll
        for (unsigned j = 0; j < VEC; j++) {
            float a = kernel_to_f32(lo.v[j]), b = kernel_to_f32(hi.v[j]);
            rope_pair(&a, &b, cs[j], sn[j]);
            lo.v[j] = kernel_from_f32<T>(a);
            hi.v[j] = kernel_from_f32<T>(b);
        }
        *(kernel_chunk<T> *)x = lo;
        *(kernel_chunk<T> *)(x + half) = hi;
    }
}

#define ROPE_CHUNK_BLOCKS_MAX 65535u

template <typename T>
static void rope_launch(T *qkv, const int32_t *pos, const float *cos_t, const float *sin_t,
                        size_t tokens, size_t heads, size_t head_dim, cudaStream_t stream)
{
    size_t vec = 16 / sizeof(T), half = head_dim / 2;
    size_t chunks = tokens * 2 * heads * (half / vec);
    if (half % vec == 0 && (uintptr_t)qkv % 16 == 0 && chunks < (1ull << 31)) {
        size_t blocks = (chunks + ROPE_THREADS - 1) / ROPE_THREADS;
        rope_chunk_kernel<T>
            <<<(unsigned)(blocks < ROPE_CHUNK_BLOCKS_MAX ? blocks : ROPE_CHUNK_BLOCKS_MAX),
               ROPE_THREADS, 0, stream>>>(qkv, pos, cos_t, sin_t, (unsigned)tokens, (unsigned)heads,
                                          (unsigned)head_dim);
        return;
    }
    rope_kernel<T>
        <<<(unsigned)tokens, ROPE_THREADS, 0, stream>>>(qkv, pos, cos_t, sin_t, heads, head_dim);
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
                    rope_launch<T>((T *)qkv, pos, cos_t, sin_t, tokens, heads, head_dim, stream));
    return cudaGetLastError();
}
