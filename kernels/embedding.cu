/* embedding.cu — one block per token, threads across the hidden dimension. */
#include "kernels/cuda_check.cuh"
#include "kernels/embedding_cuda.h"

#define EMBEDDING_THREADS 256

template <typename T>
__global__ void embedding_kernel(const int32_t *ids, const int32_t *pos, const T *tok_emb,
                                 const T *pos_emb, const T *type_emb, T *out, size_t hidden)
{
    size_t t = blockIdx.x;
    const T *word = tok_emb + (size_t)ids[t] * hidden;
    T *row = out + t * hidden;
    if (!pos_emb) {
        for (size_t i = threadIdx.x; i < hidden; i += blockDim.x)
            row[i] = word[i];
        return;
    }
    const T *p = pos_emb + (size_t)pos[t] * hidden;
    for (size_t i = threadIdx.x; i < hidden; i += blockDim.x) {
        float v = kernel_to_f32(word[i]) + kernel_to_f32(type_emb[i]);
        row[i] = kernel_from_f32<T>(v + kernel_to_f32(p[i]));
    }
}

KERNEL_API cudaError_t embedding_cuda(const int32_t *ids, const int32_t *pos, const void *tok_emb,
                                      const void *pos_emb, const void *type_emb, void *out,
                                      size_t tokens, size_t hidden, enum kernel_dtype dtype,
                                      cudaStream_t stream)
{
    KERNEL_ASSERT(ids && tok_emb && out && hidden > 0);
    KERNEL_ASSERT(!pos_emb || (pos && type_emb)); /* BERT needs positions and token types */
    KERNEL_ASSERT(tokens < (1u << 31));
    if (tokens == 0)
        return cudaSuccess;
    KERNEL_DISPATCH(dtype, T,
                    embedding_kernel<T><<<(unsigned)tokens, EMBEDDING_THREADS, 0, stream>>>(
                        ids, pos, (const T *)tok_emb, (const T *)pos_emb, (const T *)type_emb,
                        (T *)out, hidden));
    return cudaGetLastError();
}
