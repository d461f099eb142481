/* attention.cu — one warp per query row; grid (query tiles, heads, sequences), index
 * arithmetic in kernels/attention_index.h. Each lane holds up to ATTENTION_PER_LANE_MAX
 * elements of q and of the output accumulator; keys stream through once with the online
 * softmax of kernels/softmax.h, so no score matrix is materialised and nothing is padded.
 * This is the simple kernel: every key row is read once per query (from L2 for neighbours).
 * The tiled kernel (kernels/attention_tiled.cu) shares K/V tiles in shared memory across a
 * block's queries and runs by default; this one is its reference and runs where it cannot
 * (embed/cuda_backend.h: enum cuda_attention). */
#include "kernels/attention_cuda.h"
#include "kernels/attention_index.h"
#include "kernels/cuda_check.cuh"
#include "kernels/softmax.h"

static_assert(ATTENTION_LANES == KERNEL_WARP, "one lane per warp thread");

template <typename T>
__global__ void attention_kernel(const T *qkv, T *out, const int32_t *cu_seqlens, size_t heads,
                                 size_t head_dim, size_t window_half, float scale)
{
    size_t head = blockIdx.y, lane = threadIdx.x % KERNEL_WARP;
    struct attention_query aq;
    if (!attention_query_at(cu_seqlens, blockIdx.z, blockIdx.x, threadIdx.x / KERNEL_WARP,
                            window_half, &aq))
        return; /* the whole warp leaves together: the query is uniform across it */
    size_t slots = attention_lane_slots(head_dim);
    const T *qrow = qkv + attention_qkv_offset(aq.row, 0, head, heads, head_dim);
    float qv[ATTENTION_PER_LANE_MAX], acc[ATTENTION_PER_LANE_MAX];
    for (size_t e = 0; e < slots; e++) {
        size_t d = attention_lane_elem(lane, e, head_dim);
        qv[e] = d < head_dim ? kernel_to_f32(qrow[d]) * scale : 0.0f;
        acc[e] = 0.0f;
    }
    struct softmax_online st;
    softmax_online_init(&st);
    for (size_t k = aq.key_lo; k < aq.key_hi; k++) {
        const T *krow = qkv + attention_qkv_offset(k, 1, head, heads, head_dim);
        const T *vrow = qkv + attention_qkv_offset(k, 2, head, heads, head_dim);
        float dot = 0.0f;
        for (size_t e = 0; e < slots; e++) {
            size_t d = attention_lane_elem(lane, e, head_dim);
            dot += d < head_dim ? qv[e] * kernel_to_f32(krow[d]) : 0.0f;
        }
        float p, correction = softmax_online_update(&st, kernel_warp_sum(dot), &p);
        for (size_t e = 0; e < slots; e++) {
            size_t d = attention_lane_elem(lane, e, head_dim);
            acc[e] = acc[e] * correction + (d < head_dim ? p * kernel_to_f32(vrow[d]) : 0.0f);
        }
    }
    T *orow = out + attention_out_offset(aq.row, head, heads, head_dim);
    float inv = 1.0f / st.sum; /* key_hi > key_lo always: a query sees at least itself */
    for (size_t e = 0; e < slots; e++) {
        size_t d = attention_lane_elem(lane, e, head_dim);
        if (d < head_dim)
            orow[d] = kernel_from_f32<T>(acc[e] * inv);
    }
}

KERNEL_API cudaError_t attention_cuda(const void *qkv, void *out, const int32_t *cu_seqlens,
                                      size_t n_seqs, size_t max_seqlen, size_t heads,
                                      size_t head_dim, size_t window_half, enum kernel_dtype dtype,
                                      cudaStream_t stream)
{
    KERNEL_ASSERT(qkv && out && cu_seqlens);
    KERNEL_ASSERT(head_dim > 0 && head_dim <= ATTENTION_HEAD_DIM_MAX);
    KERNEL_ASSERT(heads > 0 && heads < 65536 && n_seqs < 65536);
    if (n_seqs == 0 || max_seqlen == 0)
        return cudaSuccess;
    dim3 grid((unsigned)attention_tiles(max_seqlen), (unsigned)heads, (unsigned)n_seqs);
    float scale = 1.0f / sqrtf((float)head_dim);
    KERNEL_DISPATCH(dtype, T,
                    attention_kernel<T><<<grid, ATTENTION_WARPS * KERNEL_WARP, 0, stream>>>(
                        (const T *)qkv, (T *)out, cu_seqlens, heads, head_dim, window_half, scale));
    return cudaGetLastError();
}
