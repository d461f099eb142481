/* attention_index.h — the index arithmetic of the varlen attention kernel (kernels/attention.cu):
 * which query a warp of which block answers, which packed rows hold its keys, where each head's
 * q, k and v columns sit in the packed QKV row and which head elements a lane owns. The kernel
 * calls exactly these functions with blockIdx/threadIdx; tests/unit/kernel_emulation runs them
 * over the whole grid on the host, so the tiling, the window masks and the cu_seqlens
 * bookkeeping are checked without a GPU.
 *
 * Layout: grid (query tiles, heads, sequences), ATTENTION_WARPS warps per block, one warp per
 * query row; qkv rows are [3, heads, head_dim] (q heads, then k heads, then v heads), out rows
 * [heads, head_dim]. */
#ifndef BRIGADE_KERNELS_ATTENTION_INDEX_H
#define BRIGADE_KERNELS_ATTENTION_INDEX_H

#include <stdint.h>

#include "kernels/attention_window.h"
#include "kernels/common.h"

#define ATTENTION_WARPS        4 /* query rows per block */
#define ATTENTION_LANES        32
#define ATTENTION_HEAD_DIM_MAX 256
#define ATTENTION_PER_LANE_MAX (ATTENTION_HEAD_DIM_MAX / ATTENTION_LANES)

/* One query's work: its packed row and the packed rows [key_lo, key_hi) of its keys. */
struct attention_query {
    size_t row;
    size_t key_lo, key_hi;
};

/* Grid x: query tiles covering the longest sequence; y: heads; z: sequences. */
static inline BRIGADE_HD size_t attention_tiles(size_t max_seqlen)
{
    return (max_seqlen + ATTENTION_WARPS - 1) / ATTENTION_WARPS;
}

/* The query of warp `warp` in block (tile, any head, seq). Returns 0 when the tile runs past
 * the sequence's end (that warp has nothing to do), else 1 with *q set. Sequence seq spans
 * packed rows [cu_seqlens[seq], cu_seqlens[seq + 1]); the window is relative to it. */
static inline BRIGADE_HD int attention_query_at(const int32_t *cu_seqlens, size_t seq, size_t tile,
                                                size_t warp, size_t window_half,
                                                struct attention_query *q)
{
    size_t start = (size_t)cu_seqlens[seq];
    size_t len = (size_t)(cu_seqlens[seq + 1] - cu_seqlens[seq]);
    size_t i = tile * ATTENTION_WARPS + warp;
    if (i >= len)
        return 0;
    size_t lo, hi;
    attention_window(i, len, window_half, &lo, &hi);
    q->row = start + i;
    q->key_lo = start + lo;
    q->key_hi = start + hi;
    return 1;
}

/* Offsets in elements. which: 0 = q, 1 = k, 2 = v. */
static inline BRIGADE_HD size_t attention_qkv_offset(size_t row, int which, size_t head,
                                                     size_t heads, size_t head_dim)
{
    return row * 3 * heads * head_dim + ((size_t)which * heads + head) * head_dim;
}

static inline BRIGADE_HD size_t attention_out_offset(size_t row, size_t head, size_t heads,
                                                     size_t head_dim)
{
    return row * heads * head_dim + head * head_dim;
}

/* The head element lane `lane` holds in its slot e, or head_dim when that slot is unused
 * (head_dim not a multiple of the lane count). */
static inline BRIGADE_HD size_t attention_lane_elem(size_t lane, size_t e, size_t head_dim)
{
    size_t d = lane + e * ATTENTION_LANES;
    return d < head_dim ? d : head_dim;
}

/* Slots per lane for a head of head_dim elements. */
static inline BRIGADE_HD size_t attention_lane_slots(size_t head_dim)
{
    return (head_dim + ATTENTION_LANES - 1) / ATTENTION_LANES;
}

#endif
