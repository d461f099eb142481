/* attention_tiled.cu — varlen attention with K/V tiles in shared memory: a block answers
 * ATTENTION_TILE_Q queries of one (sequence, head) and stages each tile of the keys they see
 * once for all of them. Tiling, masks, shared-memory layout and the online-softmax step are
 * the functions of kernels/attention_tile.h, which tests/unit/kernel_emulation runs over the
 * same grid on the host. Same contract as the simple kernel (kernels/attention.cu), which
 * stays as the reference and for head sizes this one does not take. */
#include "kernels/attention_tile.h"
#include "kernels/attention_tiled_cuda.h"
#include "kernels/cuda_check.cuh"

static_assert(ATTENTION_TILE_K == KERNEL_WARP, "lane j scores key j of the tile");
static_assert(ATTENTION_TILE_Q % ATTENTION_TILE_WARPS == 0, "whole rows per warp");
static_assert(ATTENTION_TILE_K % ATTENTION_TILE_VEC == 0, "P rows are read as float4");

/* Stages rows [0, n) of tile rows starting at packed row `first` (which: 0 = Q, 1 = K, 2 = V)
 * into dst with row stride `stride`, times scale; rows n..rows-1 are zero so no stale value
 * meets a weight. Whole 16-byte chunks where the head splits into them (attention_tile.h),
 * else element by element. */
template <typename T>
__device__ __forceinline__ void attention_tile_stage(const T *__restrict__ qkv, float *dst,
                                                     size_t stride, size_t first, size_t n,
                                                     size_t rows, int which, size_t head,
                                                     size_t heads, size_t head_dim, float scale)
{
    constexpr unsigned VEC = ATTENTION_STAGE_BYTES / sizeof(T);
    static_assert(VEC % ATTENTION_TILE_VEC == 0, "a chunk is stored as whole float4s");
    if (attention_stage_vec(head_dim, sizeof(T)) == 0) {
        struct attention_tile_cursor c;
        for (attention_tile_cursor_init(threadIdx.x, (unsigned)head_dim, &c); c.row < rows;
             attention_tile_cursor_next((unsigned)head_dim, &c)) {
            float v = 0.0f;
            if (c.row < n)
                v = kernel_to_f32(
                        qkv[attention_qkv_offset(first + c.row, which, head, heads, head_dim) +
                            c.d]) *
                    scale;
            dst[c.row * stride + c.d] = v;
        }
        return;
    }
    unsigned per_row = (unsigned)head_dim / VEC, total = (unsigned)rows * per_row;
    for (unsigned c0 = threadIdx.x; c0 < total;
         c0 += ATTENTION_TILE_THREADS * ATTENTION_STAGE_BATCH) {
        uint4 raw[ATTENTION_STAGE_BATCH];
#pragma unroll
        for (int i = 0; i < ATTENTION_STAGE_BATCH; i++) { /* every load first: all in flight */
            unsigned c = c0 + i * ATTENTION_TILE_THREADS, row, d;
            attention_stage_chunk(c, per_row, VEC, &row, &d);
            raw[i] = make_uint4(0u, 0u, 0u, 0u);
            if (c < total && row < n)
                raw[i] = *(
                    const uint4 *)(qkv +
                                   attention_qkv_offset(first + row, which, head, heads, head_dim) +
                                   d);
        }
#pragma unroll
        for (int i = 0; i < ATTENTION_STAGE_BATCH; i++) {
            unsigned c = c0 + i * ATTENTION_TILE_THREADS, row, d;
            if (c >= total)
                break;
            attention_stage_chunk(c, per_row, VEC, &row, &d);
            const T *e = (const T *)&raw[i];
            float *to = dst + row * stride + d;
#pragma unroll
            for (unsigned j = 0; j < VEC; j += ATTENTION_TILE_VEC)
                *(float4 *)(to + j) =
                    make_float4(kernel_to_f32(e[j]) * scale, kernel_to_f32(e[j + 1]) * scale,
                                kernel_to_f32(e[j + 2]) * scale, kernel_to_f32(e[j + 3]) * scale);
        }
    }
}

/* Rotates rows [0, n) of a staged tile (fused RoPE, attention_tile.h); the caller has synced
 * after staging and syncs before anyone reads the rows. */
__device__ __forceinline__ void attention_tile_rope(float *rows, size_t stride, size_t n,
                                                    size_t first, size_t head_dim,
                                                    const float *cos_t, const float *sin_t)
{
    size_t half = head_dim / 2;
    for (unsigned p = threadIdx.x; p < n * half; p += ATTENTION_TILE_THREADS)
        attention_tile_rope_pair(rows, stride, half, p, first, cos_t, sin_t);
}

/* Warp `warp`'s rows against the staged tile of keys [k0, k0 + n). HD: the head size when the
 * kernel is built for one (every loop then has constant bounds and offsets and unrolls), 0 for
 * any (head_dim_arg). The weighted sum walks the whole tile: past n the weights and the staged
 * V rows are both 0, so the extra terms add exactly +0 and the bound stays constant. */
template <int SLOTS, int HD>
__device__ __forceinline__ void
attention_tile_warp(const struct attention_tile *t, size_t warp, size_t k0, size_t n,
                    size_t window_half, size_t head_dim_arg, const float *qs, const float *ks,
                    const float *vs, float *ps, struct softmax_online *st, float (*acc)[SLOTS])
{
    const size_t head_dim = HD ? (size_t)HD : head_dim_arg;
    const size_t keys = HD ? (size_t)ATTENTION_TILE_K : n;
    constexpr int D_STEPS = HD ? HD / ATTENTION_TILE_VEC : 1; /* unrolled only with HD */
    constexpr int K_STEPS = HD ? ATTENTION_TILE_K / ATTENTION_TILE_VEC : 1;
    size_t lane = threadIdx.x % KERNEL_WARP;
    float s[ATTENTION_TILE_ROWS];
#pragma unroll
    for (int r = 0; r < ATTENTION_TILE_ROWS; r++)
        s[r] = 0.0f;
    const float *krow = ks + lane * attention_tile_k_stride(head_dim);
    const float *qw = qs + warp * ATTENTION_TILE_ROWS * head_dim;
#pragma unroll(D_STEPS)
    for (size_t d = 0; d < head_dim; d += ATTENTION_TILE_VEC) {
        float4 k4 = *(const float4 *)(krow + d);
#pragma unroll
        for (int r = 0; r < ATTENTION_TILE_ROWS; r++) {
            float4 q4 = *(const float4 *)(qw + r * head_dim + d); /* broadcast */
            s[r] += q4.x * k4.x;
            s[r] += q4.y * k4.y;
            s[r] += q4.z * k4.z;
            s[r] += q4.w * k4.w;
        }
    }
#pragma unroll
    for (int r = 0; r < ATTENTION_TILE_ROWS; r++) {
        int visible = lane < n && attention_tile_sees(t, attention_tile_query(t, warp, r),
                                                      k0 + lane, window_half);
        float row_max = kernel_warp_max(visible ? s[r] : -INFINITY), p;
        float correction = attention_tile_row_step(&st[r], row_max, s[r], visible, &p);
#pragma unroll
        for (int e = 0; e < SLOTS; e++)
            acc[r][e] *= correction;
        ps[r * ATTENTION_TILE_K + lane] = p;
    }
    __syncwarp(); /* every lane's weights are in ps before any lane reads a row of them */
#pragma unroll(K_STEPS)
    for (size_t j = 0; j < keys; j += ATTENTION_TILE_VEC) {
#pragma unroll
        for (int r = 0; r < ATTENTION_TILE_ROWS; r++) {
            float4 p4 = *(const float4 *)(ps + r * ATTENTION_TILE_K + j); /* broadcast */
            float pj[ATTENTION_TILE_VEC] = {p4.x, p4.y, p4.z, p4.w};
#pragma unroll
            for (int i = 0; i < ATTENTION_TILE_VEC; i++)
#pragma unroll
                for (int e = 0; e < SLOTS; e++) {
                    size_t d = attention_lane_elem(lane, (size_t)e, head_dim);
                    acc[r][e] += pj[i] * (d < head_dim ? vs[(j + i) * head_dim + d] : 0.0f);
                }
        }
    }
    __syncwarp(); /* ps is read in full before the next tile rewrites it */
}

/* MINB: blocks per multiprocessor the registers must allow. The build for head size 64 asks
 * for 5 (96 registers, a few spilled to L1): on an H200 that beat its own 128 registers by 1.2x
 * at 2,048 messages of 32 tokens and at 512 of 128 (docs/benchmarks.md). */
template <typename T, int SLOTS, int HD, int MINB = 1>
__global__ void __launch_bounds__(ATTENTION_TILE_THREADS, MINB)
    attention_tiled_kernel(const T *__restrict__ qkv, T *__restrict__ out,
                           const int32_t *cu_seqlens, size_t heads, size_t head_dim_arg,
                           size_t window_half, float scale, const float *__restrict__ rope_cos,
                           const float *__restrict__ rope_sin)
{
    const size_t head_dim = HD ? (size_t)HD : head_dim_arg;
    extern __shared__ float4 attention_smem[]; /* float4: the 16-byte alignment of every row */
    float *smem = (float *)attention_smem;
    struct attention_tile t;
    if (!attention_tile_at(cu_seqlens, blockIdx.z, blockIdx.x, window_half, &t))
        return; /* the whole block leaves together: the tile is uniform across it */
    size_t head = blockIdx.y, warp = threadIdx.x / KERNEL_WARP, lane = threadIdx.x % KERNEL_WARP;
    float *qs = smem, *ks = smem + attention_tile_smem_k(head_dim);
    float *vs = smem + attention_tile_smem_v(head_dim);
    float *ps = smem + attention_tile_smem_p(head_dim, warp);
    attention_tile_stage(qkv, qs, head_dim, t.start + t.q_lo, t.q_hi - t.q_lo, ATTENTION_TILE_Q, 0,
                         head, heads, head_dim, scale);
    float acc[ATTENTION_TILE_ROWS][SLOTS];
    struct softmax_online st[ATTENTION_TILE_ROWS];
#pragma unroll
    for (int r = 0; r < ATTENTION_TILE_ROWS; r++) {
        softmax_online_init(&st[r]);
#pragma unroll
        for (int e = 0; e < SLOTS; e++)
            acc[r][e] = 0.0f;
    }
    size_t tiles = attention_tile_key_tiles(&t);
    for (size_t kt = 0; kt < tiles; kt++) {
        size_t k0, n;
        attention_tile_keys(&t, kt, &k0, &n);
        __syncthreads(); /* Q staged; nobody still reads the previous K/V tile */
        attention_tile_stage(qkv, ks, attention_tile_k_stride(head_dim), t.start + k0, n,
                             ATTENTION_TILE_K, 1, head, heads, head_dim, 1.0f);
        attention_tile_stage(qkv, vs, head_dim, t.start + k0, n, ATTENTION_TILE_K, 2, head, heads,
                             head_dim, 1.0f);
        __syncthreads(); /* the tile is staged */
        if (rope_cos) {  /* fused RoPE: K rows, and the queries with the first tile */
            if (kt == 0)
                attention_tile_rope(qs, head_dim, t.q_hi - t.q_lo, t.q_lo, head_dim, rope_cos,
                                    rope_sin);
            attention_tile_rope(ks, attention_tile_k_stride(head_dim), n, k0, head_dim, rope_cos,
                                rope_sin);
            __syncthreads();
        }
        if (attention_tile_warp_sees(&t, warp, k0, n, window_half)) /* uniform per warp */
            attention_tile_warp<SLOTS, HD>(&t, warp, k0, n, window_half, head_dim, qs, ks, vs, ps,
                                           st, acc);
    }
#pragma unroll
    for (int r = 0; r < ATTENTION_TILE_ROWS; r++) {
        size_t q = attention_tile_query(&t, warp, r);
        if (q >= t.q_hi)
            continue;                                  /* uniform per warp */
        float inv = 1.0f / kernel_warp_sum(st[r].sum); /* > 0: a query sees at least itself */
        T *orow = out + attention_out_offset(t.start + q, head, heads, head_dim);
#pragma unroll
        for (int e = 0; e < SLOTS; e++) {
            size_t d = attention_lane_elem(lane, (size_t)e, head_dim);
            if (d < head_dim)
                orow[d] = kernel_from_f32<T>(acc[r][e] * inv);
        }
    }
}

template <typename T>
using attention_tiled_fn = void (*)(const T *, T *, const int32_t *, size_t, size_t, size_t, float,
                                    const float *, const float *);

/* A build for the head sizes in use (64: gte-modernbert-base and MiniLM; 128), else the
 * narrowest instantiation holding attention_lane_slots(head_dim) elements per lane. */
template <typename T> static attention_tiled_fn<T> attention_tiled_pick(size_t head_dim)
{
    if (head_dim == 64)
        return attention_tiled_kernel<T, 2, 64, 5>;
    if (head_dim == 128)
        return attention_tiled_kernel<T, 4, 128>;
    size_t slots = attention_lane_slots(head_dim);
    if (slots <= 1)
        return attention_tiled_kernel<T, 1, 0>;
    if (slots <= 2)
        return attention_tiled_kernel<T, 2, 0>;
    if (slots <= 4)
        return attention_tiled_kernel<T, 4, 0>;
    return attention_tiled_kernel<T, ATTENTION_PER_LANE_MAX, 0>;
}

/* Once at start-up, not per launch: a CUDA graph capture must record launches only. */
KERNEL_API cudaError_t attention_tiled_prepare(size_t head_dim)
{
    KERNEL_ASSERT(attention_tile_supported(head_dim));
    size_t smem = attention_tile_smem_bytes(head_dim);
    if (smem <= ATTENTION_TILE_SMEM_DEFAULT_BYTES)
        return cudaSuccess;
    cudaError_t e = cudaSuccess;
    for (int d = 0; d < KERNEL_DTYPE_MAX && e == cudaSuccess; d++)
        KERNEL_DISPATCH((enum kernel_dtype)d, T,
                        e = cudaFuncSetAttribute((const void *)attention_tiled_pick<T>(head_dim),
                                                 cudaFuncAttributeMaxDynamicSharedMemorySize,
                                                 (int)smem));
    return e;
}

template <typename T>
static void attention_tiled_launch(dim3 grid, size_t smem, cudaStream_t stream, const T *qkv,
                                   T *out, const int32_t *cu_seqlens, size_t heads, size_t head_dim,
                                   size_t window_half, float scale, const float *rope_cos,
                                   const float *rope_sin)
{
    attention_tiled_fn<T> kernel = attention_tiled_pick<T>(head_dim);
    kernel<<<grid, ATTENTION_TILE_THREADS, smem, stream>>>(qkv, out, cu_seqlens, heads, head_dim,
                                                           window_half, scale, rope_cos, rope_sin);
}

KERNEL_API cudaError_t attention_tiled_cuda(const void *qkv, void *out, const int32_t *cu_seqlens,
                                            size_t n_seqs, size_t max_seqlen, size_t heads,
                                            size_t head_dim, size_t window_half,
                                            const float *rope_cos, const float *rope_sin,
                                            enum kernel_dtype dtype, cudaStream_t stream)
{
    KERNEL_ASSERT(qkv && out && cu_seqlens);
    KERNEL_ASSERT((rope_cos == NULL) == (rope_sin == NULL));
    KERNEL_ASSERT(attention_tile_supported(head_dim));
    KERNEL_ASSERT(heads > 0 && heads < 65536 && n_seqs < 65536);
    if (n_seqs == 0 || max_seqlen == 0)
        return cudaSuccess;
    dim3 grid((unsigned)attention_tile_grid_x(max_seqlen), (unsigned)heads, (unsigned)n_seqs);
    size_t smem = attention_tile_smem_bytes(head_dim);
    float scale = 1.0f / sqrtf((float)head_dim);
    KERNEL_DISPATCH(dtype, T,
                    attention_tiled_launch<T>(grid, smem, stream, (const T *)qkv, (T *)out,
                                              cu_seqlens, heads, head_dim, window_half, scale,
                                              rope_cos, rope_sin));
    return cudaGetLastError();
}
