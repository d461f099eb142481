/* embedding_norm.cu — one block per token: the gathered row (BERT: with its type and position
 * rows) is read for the mean, again for the centred variance (two-pass, as layernorm_stats) and
 * once more to write, all from L1/L2. */
#include "kernels/cuda_check.cuh"
#include "kernels/embedding_norm_cuda.h"
#include "kernels/layernorm.h"

#define EMBEDDING_NORM_THREADS 256

/* Element i of token t's summed embedding. */
template <typename T>
__device__ __forceinline__ float embedding_elem(const T *word, const T *type, const T *pos,
                                                size_t i)
{
    if (!pos)
        return kernel_to_f32(word[i]);
    return kernel_to_f32(word[i]) + kernel_to_f32(type[i]) + kernel_to_f32(pos[i]);
}

template <typename T>
__global__ void embedding_norm_kernel(const int32_t *ids, const int32_t *pos, const T *tok_emb,
                                      const T *pos_emb, const T *type_emb, const float *w,
                                      const float *b, float *out, size_t hidden, float eps)
{
    __shared__ float shared[KERNEL_WARP];
    const T *word = tok_emb + (size_t)ids[blockIdx.x] * hidden;
    const T *prow = pos_emb ? pos_emb + (size_t)pos[blockIdx.x] * hidden : NULL;
    float *row = out + blockIdx.x * hidden;
    float sum = 0.0f;
    for (size_t i = threadIdx.x; i < hidden; i += blockDim.x)
        sum += embedding_elem(word, type_emb, prow, i);
    float mean = kernel_block_sum(sum, shared) / (float)hidden;
    float sq = 0.0f;
    for (size_t i = threadIdx.x; i < hidden; i += blockDim.x) {
        float d = embedding_elem(word, type_emb, prow, i) - mean;
        sq += d * d;
    }
    float rstd = layernorm_rstd(kernel_block_sum(sq, shared) / (float)hidden, eps);
    for (size_t i = threadIdx.x; i < hidden; i += blockDim.x)
        row[i] = layernorm_elem(embedding_elem(word, type_emb, prow, i), mean, rstd, w[i],
                                b ? b[i] : 0.0f);
}

KERNEL_API cudaError_t embedding_norm_cuda(const int32_t *ids, const int32_t *pos,
                                           const void *tok_emb, const void *pos_emb,
                                           const void *type_emb, const float *w, const float *b,
                                           float *out, size_t tokens, size_t hidden, float eps,
                                           enum kernel_dtype dtype, cudaStream_t stream)
{
    KERNEL_ASSERT(ids && tok_emb && w && out);
    KERNEL_ASSERT(!pos_emb || (pos && type_emb)); /* BERT needs positions and token types */
    KERNEL_ASSERT(hidden > 0 && eps >= 0.0f);
    KERNEL_ASSERT(tokens < (1u << 31));
    if (tokens == 0)
        return cudaSuccess;
    KERNEL_DISPATCH(dtype, T,
                    embedding_norm_kernel<T>
                    <<<(unsigned)tokens, EMBEDDING_NORM_THREADS, 0, stream>>>(
                        ids, pos, (const T *)tok_emb, (const T *)pos_emb, (const T *)type_emb, w, b,
                        out, hidden, eps));
    return cudaGetLastError();
}
