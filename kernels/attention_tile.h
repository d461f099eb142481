/* attention_tile.h — the tiling of the tiled varlen attention kernel
 * (kernels/attention_tiled.cu): which queries a block answers, which keys its K/V tiles hold, which
 * (query, key) pairs a tile masks, the shared-memory layout and the per-row online-softmax step.
 * The kernel calls exactly these functions with blockIdx/threadIdx; tests/unit/kernel_emulation
 * runs them over the whole grid on the host (every block, warp and lane, the shared memory as an
 * array), so the tile loops, the window clipping at tile edges and the masks are checked without a
 * GPU.
 *
 * Layout: grid (query tiles, heads, sequences). A block of ATTENTION_TILE_WARPS warps answers
 * ATTENTION_TILE_Q consecutive queries of one (sequence, head); warp w owns rows
 * [w * ATTENTION_TILE_ROWS, (w + 1) * ATTENTION_TILE_ROWS) of the tile. The block stages its
 * queries once (float32, pre-scaled), then walks the keys its queries see in tiles of
 * ATTENTION_TILE_K rows: the whole block stages one K and one V tile in shared memory
 * (float32), and every warp scores its rows against it, lane j holding key j of the tile; then
 * each lane accumulates the weighted V rows into the head elements it owns
 * (attention_lane_elem). Every K/V element is read from global memory once per block instead
 * of once per query.
 *
 * Sizes: 32 queries per block because ModernBERT batches are mostly short messages (a tile
 * wider than the sequence leaves warps idle) and a sliding-window layer's 32-query tile sees
 * at most 32 + 2 * window_half keys (160 for gte-modernbert-base: 5 key tiles); 32 keys per
 * tile so one score row spans a warp (the row max is one warp reduction per tile, not one per
 * key); 8 rows per warp so every K element loaded from shared memory feeds 8 FMAs. */
#ifndef BRIGADE_KERNELS_ATTENTION_TILE_H
#define BRIGADE_KERNELS_ATTENTION_TILE_H

#include <stdint.h>

#include "kernels/attention_index.h"
#include "kernels/attention_window.h"
#include "kernels/common.h"
#include "kernels/rope.h"
#include "kernels/softmax.h"

#define ATTENTION_TILE_Q     32 /* queries per block */
#define ATTENTION_TILE_K     32 /* keys per staged K/V tile: one per lane */
#define ATTENTION_TILE_WARPS 4
/* query rows a warp owns */
#define ATTENTION_TILE_ROWS    (ATTENTION_TILE_Q / ATTENTION_TILE_WARPS)
#define ATTENTION_TILE_THREADS (ATTENTION_TILE_WARPS * ATTENTION_LANES)
/* Shared memory is read as float4 (head_dim a multiple of 4); each K row is padded by 4
 * floats so the 8 lanes of a float4 load phase hit 8 distinct 4-bank groups. */
#define ATTENTION_TILE_VEC   4
#define ATTENTION_TILE_K_PAD 4
/* Dynamic shared memory a block may use without opting in (cudaFuncSetAttribute). */
#define ATTENTION_TILE_SMEM_DEFAULT_BYTES (48 * 1024)

/* A block's work: its sequence, its queries and the keys any of them sees. Query and key
 * indices are relative to the sequence (packed row = start + index). */
struct attention_tile {
    size_t start, len;
    size_t q_lo, q_hi; /* queries [q_lo, q_hi) */
    size_t k_lo, k_hi; /* keys [k_lo, k_hi): the union of the queries' windows */
};

/* Whether the tiled kernel runs heads of head_dim elements (the float4 shared-memory reads
 * need a multiple of 4; a lane holds at most ATTENTION_PER_LANE_MAX elements). */
static inline BRIGADE_HD int attention_tile_supported(size_t head_dim)
{
    return head_dim > 0 && head_dim % ATTENTION_TILE_VEC == 0 && head_dim <= ATTENTION_HEAD_DIM_MAX;
}

/* Grid x: query tiles covering the longest sequence. */
static inline BRIGADE_HD size_t attention_tile_grid_x(size_t max_seqlen)
{
    return (max_seqlen + ATTENTION_TILE_Q - 1) / ATTENTION_TILE_Q;
}

/* Block (tile, any head, seq)'s work. Returns 0 when the tile starts past the sequence's end
 * (the whole block has nothing to do; an empty padding sequence has no tiles), else 1 with
 * *t set. Windows grow monotonically with the query, so the first query's window starts the
 * key range and the last one's ends it. */
static inline BRIGADE_HD int attention_tile_at(const int32_t *cu_seqlens, size_t seq, size_t tile,
                                               size_t window_half, struct attention_tile *t)
{
    size_t start = (size_t)cu_seqlens[seq];
    size_t len = (size_t)(cu_seqlens[seq + 1] - cu_seqlens[seq]);
    size_t q_lo = tile * ATTENTION_TILE_Q;
    if (q_lo >= len)
        return 0;
    size_t q_hi = q_lo + ATTENTION_TILE_Q < len ? q_lo + ATTENTION_TILE_Q : len;
    size_t lo, hi, unused;
    attention_window(q_lo, len, window_half, &lo, &unused);
    attention_window(q_hi - 1, len, window_half, &unused, &hi);
    t->start = start;
    t->len = len;
    t->q_lo = q_lo;
    t->q_hi = q_hi;
    t->k_lo = lo;
    t->k_hi = hi;
    return 1;
}

/* How many K/V tiles the block walks. */
static inline BRIGADE_HD size_t attention_tile_key_tiles(const struct attention_tile *t)
{
    return (t->k_hi - t->k_lo + ATTENTION_TILE_K - 1) / ATTENTION_TILE_K;
}

/* Key tile kt holds keys [*k0, *k0 + *n), n <= ATTENTION_TILE_K (the last one may be short). */
static inline BRIGADE_HD void attention_tile_keys(const struct attention_tile *t, size_t kt,
                                                  size_t *k0, size_t *n)
{
    *k0 = t->k_lo + kt * ATTENTION_TILE_K;
    *n = t->k_hi - *k0 < ATTENTION_TILE_K ? t->k_hi - *k0 : ATTENTION_TILE_K;
}

/* The query of row r of warp w (>= t->q_hi: the row is idle, past the sequence's end). */
static inline BRIGADE_HD size_t attention_tile_query(const struct attention_tile *t, size_t warp,
                                                     size_t r)
{
    return t->q_lo + warp * ATTENTION_TILE_ROWS + r;
}

/* Whether query q sees key k (both sequence-relative): q is one of the tile's and k lies in
 * its window. The mask of every score. */
static inline BRIGADE_HD int attention_tile_sees(const struct attention_tile *t, size_t q, size_t k,
                                                 size_t window_half)
{
    if (q >= t->q_hi || k >= t->len)
        return 0;
    size_t lo, hi;
    attention_window(q, t->len, window_half, &lo, &hi);
    return k >= lo && k < hi;
}

/* Whether any row of warp w sees any of the keys [k0, k0 + n): a warp whose rows' windows
 * miss the tile skips it (it still takes part in the block's barriers). */
static inline BRIGADE_HD int attention_tile_warp_sees(const struct attention_tile *t, size_t warp,
                                                      size_t k0, size_t n, size_t window_half)
{
    size_t first = attention_tile_query(t, warp, 0);
    if (first >= t->q_hi || n == 0)
        return 0;
    size_t last = attention_tile_query(t, warp, ATTENTION_TILE_ROWS - 1);
    last = last < t->q_hi ? last : t->q_hi - 1;
    size_t lo, hi, unused;
    attention_window(first, t->len, window_half, &lo, &unused);
    attention_window(last, t->len, window_half, &unused, &hi);
    return lo < k0 + n && k0 < hi;
}

/* Shared memory, in floats from the (16-byte aligned) base: Q [TILE_Q][head_dim] scaled,
 * K [TILE_K][head_dim + K_PAD], V [TILE_K][head_dim], then each warp's weights
 * P [ROWS][TILE_K]. Every region and row starts on a 16-byte boundary. */
static inline BRIGADE_HD size_t attention_tile_k_stride(size_t head_dim)
{
    return head_dim + ATTENTION_TILE_K_PAD;
}

static inline BRIGADE_HD size_t attention_tile_smem_k(size_t head_dim)
{
    return ATTENTION_TILE_Q * head_dim;
}

static inline BRIGADE_HD size_t attention_tile_smem_v(size_t head_dim)
{
    return attention_tile_smem_k(head_dim) + ATTENTION_TILE_K * attention_tile_k_stride(head_dim);
}

static inline BRIGADE_HD size_t attention_tile_smem_p(size_t head_dim, size_t warp)
{
    return attention_tile_smem_v(head_dim) + ATTENTION_TILE_K * head_dim +
           warp * ATTENTION_TILE_ROWS * ATTENTION_TILE_K;
}

static inline BRIGADE_HD size_t attention_tile_smem_floats(size_t head_dim)
{
    return attention_tile_smem_p(head_dim, ATTENTION_TILE_WARPS);
}

/* Bytes of dynamic shared memory a block takes: 29 KiB at head_dim 64, 53 KiB at 128. */
static inline BRIGADE_HD size_t attention_tile_smem_bytes(size_t head_dim)
{
    return attention_tile_smem_floats(head_dim) * sizeof(float);
}

/* Staging: the block's threads copy a [rows][head_dim] tile element by element, thread t
 * taking elements t, t + ATTENTION_TILE_THREADS, ...; element i is (row i / head_dim,
 * column i % head_dim), so consecutive threads read consecutive columns (coalesced). The
 * cursor walks that sequence with additions only: a 64-bit division per element would cost
 * more than the tile's arithmetic. */
struct attention_tile_cursor {
    unsigned row, d;
};

static inline BRIGADE_HD void attention_tile_cursor_init(unsigned thread, unsigned head_dim,
                                                         struct attention_tile_cursor *c)
{
    c->row = thread / head_dim;
    c->d = thread % head_dim;
}

static inline BRIGADE_HD void attention_tile_cursor_next(unsigned head_dim,
                                                         struct attention_tile_cursor *c)
{
    c->d += ATTENTION_TILE_THREADS;
    while (c->d >= head_dim) {
        c->d -= head_dim;
        c->row++;
    }
}

/* Staging in chunks: where a row of head_dim elements splits into whole 16-byte loads, the
 * block copies a tile chunk by chunk instead of element by element, so each thread issues its
 * few loads back to back and the tile's memory latency is paid about once, not once per
 * element. A chunk is `vec` consecutive elements of one row; thread t takes chunks
 * t, t + ATTENTION_TILE_THREADS, ...; chunk c is (row c / per_row, column (c % per_row) * vec)
 * with per_row = head_dim / vec, so consecutive threads read consecutive 16 bytes. */
#define ATTENTION_STAGE_BYTES 16
/* Chunks a thread loads before it converts and stores any (loads in flight at once). */
#define ATTENTION_STAGE_BATCH 2

/* Elements per chunk for elements of elem_bytes, or 0 when head_dim rows do not split into
 * whole chunks (the element cursor below stages those). */
static inline BRIGADE_HD unsigned attention_stage_vec(size_t head_dim, size_t elem_bytes)
{
    unsigned vec = (unsigned)(ATTENTION_STAGE_BYTES / elem_bytes);
    return head_dim % vec == 0 ? vec : 0;
}

static inline BRIGADE_HD void attention_stage_chunk(unsigned c, unsigned per_row, unsigned vec,
                                                    unsigned *row, unsigned *d)
{
    *row = c / per_row;
    *d = (c % per_row) * vec;
}

/* RoPE fused into staging: after a Q or K tile is staged, the block rotates its rows in shared
 * memory instead of a separate pass over qkv. Thread t takes pairs t, t + ATTENTION_TILE_THREADS,
 * ... < n * half; pair p rotates (row p / half, column p % half) with column + half of the same
 * row, at sequence position first + row (positions are sequence-relative, as the batch's are).
 * Rows past n are zero and stay so. Q was staged times its scale: rotation is linear, so that
 * commutes. */
static inline BRIGADE_HD void attention_tile_rope_pair(float *rows, size_t stride, size_t half,
                                                       unsigned p, size_t first, const float *cos_t,
                                                       const float *sin_t)
{
    unsigned row = p / (unsigned)half, i = p % (unsigned)half;
    float *x = rows + row * stride;
    size_t at = (first + row) * half + i;
    rope_pair(&x[i], &x[i + half], cos_t[at], sin_t[at]);
}

/* One query row's online-softmax step over one key tile, in the lane holding score s of one
 * key; visible: whether the row sees that key; row_max: the maximum of the row's visible
 * scores in the tile (a warp reduction, the same in every lane), -INFINITY when it sees none.
 * Sets *p, the key's weight (0 when masked), adds it to the lane's share of st->sum and
 * returns the factor the row's accumulator must be multiplied by before the tile's p * v are
 * added (1 when the tile has nothing for the row). The running max is the same in every lane,
 * so each lane may keep its own share of the sum and the shares are added once at the end. */
static inline BRIGADE_HD float attention_tile_row_step(struct softmax_online *st, float row_max,
                                                       float s, int visible, float *p)
{
    if (row_max == -INFINITY) {
        *p = 0.0f;
        return 1.0f;
    }
    float correction = softmax_online_rescale(st, row_max);
    *p = visible ? softmax_exp(s, st->max) : 0.0f;
    st->sum += *p;
    return correction;
}

#endif
