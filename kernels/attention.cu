/* attention.cu — one warp per query row; grid (query tiles, heads, sequences). Each lane
 * holds head_dim/32 elements of q and of the output accumulator; keys stream through once
 * with an online softmax, so no score matrix is materialised. */
#include "kernels/attention_cuda.h"
#include "kernels/attention_window.h"
#include "kernels/cuda_check.cuh"
#include "kernels/softmax.h"

#define ATTENTION_WARPS    4 /* queries per block */
#define ATTENTION_PER_LANE (ATTENTION_HEAD_DIM_MAX / KERNEL_WARP)

template <typename T>
__global__ void attention_kernel(const T *qkv, T *out, const int32_t *cu_seqlens, size_t heads,
                                 size_t head_dim, size_t window_half, float scale)
{
    size_t seq = blockIdx.z, head = blockIdx.y;
    size_t start = (size_t)cu_seqlens[seq], len = (size_t)(cu_seqlens[seq + 1] - start);
    size_t q = blockIdx.x * ATTENTION_WARPS + threadIdx.x / KERNEL_WARP;
    int lane = threadIdx.x % KERNEL_WARP;
    if (q >= len)
        return; /* whole warp leaves together: q is uniform across the warp */
    size_t ld = 3 * heads * head_dim, per_lane = head_dim / KERNEL_WARP;
    const T *qrow = qkv + (start + q) * ld + head * head_dim;
    float qv[ATTENTION_PER_LANE], acc[ATTENTION_PER_LANE];
    for (size_t e = 0; e < per_lane; e++) {
        qv[e] = kernel_to_f32(qrow[lane + e * KERNEL_WARP]) * scale;
        acc[e] = 0.0f;
    }
    size_t lo, hi;
    attention_window(q, len, window_half, &lo, &hi);
    float max = -INFINITY, sum = 0.0f;
    for (size_t k = lo; k < hi; k++) {
        const T *krow = qkv + (start + k) * ld + heads * head_dim + head * head_dim;
        const T *vrow = krow + heads * head_dim;
        float dot = 0.0f;
        for (size_t e = 0; e < per_lane; e++)
            dot += qv[e] * kernel_to_f32(krow[lane + e * KERNEL_WARP]);
        float s = kernel_warp_sum(dot);
        float new_max = fmaxf(max, s);
        float correction = softmax_exp(max, new_max); /* exp(-inf) = 0 on the first key */
        float p = softmax_exp(s, new_max);
        sum = sum * correction + p;
        for (size_t e = 0; e < per_lane; e++)
            acc[e] = acc[e] * correction + p * kernel_to_f32(vrow[lane + e * KERNEL_WARP]);
        max = new_max;
    }
    T *orow = out + (start + q) * heads * head_dim + head * head_dim;
    float inv = 1.0f / sum; /* hi > lo always: a query sees at least itself */
    for (size_t e = 0; e < per_lane; e++)
        orow[lane + e * KERNEL_WARP] = kernel_from_f32<T>(acc[e] * inv);
}

KERNEL_API void attention_cuda(const void *qkv, void *out, const int32_t *cu_seqlens, size_t n_seqs,
                               size_t max_seqlen, size_t heads, size_t head_dim, size_t window_half,
                               enum kernel_dtype dtype, cudaStream_t stream)
{
    KERNEL_ASSERT(qkv && out && cu_seqlens);
    KERNEL_ASSERT(head_dim % KERNEL_WARP == 0 && head_dim <= ATTENTION_HEAD_DIM_MAX);
    KERNEL_ASSERT(heads > 0 && heads < 65536 && n_seqs < 65536);
    if (n_seqs == 0 || max_seqlen == 0)
        return;
    dim3 grid((unsigned)((max_seqlen + ATTENTION_WARPS - 1) / ATTENTION_WARPS), (unsigned)heads,
              (unsigned)n_seqs);
    float scale = 1.0f / sqrtf((float)head_dim);
    KERNEL_DISPATCH(dtype, T,
                    attention_kernel<T><<<grid, ATTENTION_WARPS * KERNEL_WARP, 0, stream>>>(
                        (const T *)qkv, (T *)out, cu_seqlens, heads, head_dim, window_half, scale));
    CUDA_CHECK_LAUNCH();
}
