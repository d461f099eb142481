/* grid_emulation.h — the CUDA kernels' grids run on the host, block by block, warp by warp and
 * lane by lane, through the same index functions (kernels/attention_index.h, attention_tile.h,
 * pooling.h) the kernels call: the simple and the tiled attention kernel and the pooling kernel,
 * over a packed batch. Shared by test_kernel_emulation (the grids against the CPU backend) and
 * test_plan_emulation (the cuda backend's forward plan, step by step). */
#ifndef BRIGADE_TESTS_GRID_EMULATION_H
#define BRIGADE_TESTS_GRID_EMULATION_H

#include <cjson/cJSON.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "kernels/attention_index.h"
#include "kernels/attention_tile.h"
#include "kernels/pooling.h"
#include "kernels/softmax.h"
#include "test_util.h"

#define SEQS_MAX 64

struct packed {
    size_t n_seqs, tokens, max_len;
    int32_t cu[SEQS_MAX + 1];
};

/* The golden fixture's packing: n_tokens of each text, in order. */
static inline void golden_shape(const char *name, struct packed *p)
{
    char path[TEST_PATH_BYTES];
    test_source_path(path, sizeof(path), "tests/fixtures/golden/%s.json", name);
    char *text = test_read_file(path, NULL);
    cJSON *root = cJSON_Parse(text);
    free(text);
    CHECK(root != NULL);
    const cJSON *t;
    p->n_seqs = 0;
    p->cu[0] = 0;
    p->max_len = 0;
    cJSON_ArrayForEach(t, cJSON_GetObjectItem(root, "texts"))
    {
        size_t len = (size_t)cJSON_GetObjectItem(t, "n_tokens")->valueint;
        CHECK(p->n_seqs < SEQS_MAX);
        p->cu[p->n_seqs + 1] = p->cu[p->n_seqs] + (int32_t)len;
        p->max_len = len > p->max_len ? len : p->max_len;
        p->n_seqs++;
    }
    p->tokens = (size_t)p->cu[p->n_seqs];
    cJSON_Delete(root);
}

/* Sequences of the given lengths packed back to back. */
static inline void edge_shape(struct packed *p, const size_t *lens, size_t n)
{
    p->n_seqs = n;
    p->cu[0] = 0;
    p->max_len = 0;
    for (size_t i = 0; i < n; i++) {
        p->cu[i + 1] = p->cu[i] + (int32_t)lens[i];
        p->max_len = lens[i] > p->max_len ? lens[i] : p->max_len;
    }
    p->tokens = (size_t)p->cu[n];
}

/* What kernel_warp_sum leaves in every lane: the xor butterfly, 16 down to 1. */
static inline float warp_sum(float *lanes)
{
    for (size_t off = ATTENTION_LANES / 2; off > 0; off /= 2) {
        float next[ATTENTION_LANES];
        for (size_t l = 0; l < ATTENTION_LANES; l++)
            next[l] = lanes[l] + lanes[l ^ off];
        memcpy(lanes, next, sizeof(next));
    }
    return lanes[0];
}

/* One warp of attention_kernel, lane by lane, for one query. */
static inline void emulate_query(const float *qkv, float *out, const struct attention_query *aq,
                                 size_t head, size_t heads, size_t hd, float scale,
                                 const struct packed *p, size_t seq)
{
    size_t slots = attention_lane_slots(hd);
    float qv[ATTENTION_LANES][ATTENTION_PER_LANE_MAX], acc[ATTENTION_LANES][ATTENTION_PER_LANE_MAX];
    const float *qrow = qkv + attention_qkv_offset(aq->row, 0, head, heads, hd);
    for (size_t l = 0; l < ATTENTION_LANES; l++)
        for (size_t e = 0; e < slots; e++) {
            size_t d = attention_lane_elem(l, e, hd);
            qv[l][e] = d < hd ? qrow[d] * scale : 0.0f;
            acc[l][e] = 0.0f;
        }
    struct softmax_online st;
    softmax_online_init(&st);
    for (size_t k = aq->key_lo; k < aq->key_hi; k++) {
        /* no key outside the query's own sequence */
        CHECK(k >= (size_t)p->cu[seq] && k < (size_t)p->cu[seq + 1]);
        const float *krow = qkv + attention_qkv_offset(k, 1, head, heads, hd);
        const float *vrow = qkv + attention_qkv_offset(k, 2, head, heads, hd);
        float dots[ATTENTION_LANES];
        for (size_t l = 0; l < ATTENTION_LANES; l++) {
            dots[l] = 0.0f;
            for (size_t e = 0; e < slots; e++) {
                size_t d = attention_lane_elem(l, e, hd);
                dots[l] += d < hd ? qv[l][e] * krow[d] : 0.0f;
            }
        }
        float pw, correction = softmax_online_update(&st, warp_sum(dots), &pw);
        for (size_t l = 0; l < ATTENTION_LANES; l++)
            for (size_t e = 0; e < slots; e++) {
                size_t d = attention_lane_elem(l, e, hd);
                acc[l][e] = acc[l][e] * correction + (d < hd ? pw * vrow[d] : 0.0f);
            }
    }
    float *orow = out + attention_out_offset(aq->row, head, heads, hd);
    for (size_t l = 0; l < ATTENTION_LANES; l++)
        for (size_t e = 0; e < slots; e++) {
            size_t d = attention_lane_elem(l, e, hd);
            if (d < hd)
                orow[d] = acc[l][e] / st.sum;
        }
}

/* The whole grid of attention_cuda; writes[row * heads + head] counts the rows written. */
static inline void emulate_attention(const float *qkv, float *out, unsigned *writes,
                                     const struct packed *p, size_t heads, size_t hd,
                                     size_t window_half)
{
    float scale = 1.0f / sqrtf((float)hd);
    for (size_t z = 0; z < p->n_seqs; z++)
        for (size_t y = 0; y < heads; y++)
            for (size_t x = 0; x < attention_tiles(p->max_len); x++)
                for (size_t w = 0; w < ATTENTION_WARPS; w++) {
                    struct attention_query aq;
                    if (!attention_query_at(p->cu, z, x, w, window_half, &aq))
                        continue;
                    writes[aq.row * heads + y]++;
                    emulate_query(qkv, out, &aq, y, heads, hd, scale, p, z);
                }
}

/* The registers of one block of attention_tiled_kernel: every warp's rows, lane by lane. */
struct tiled_regs {
    float acc[ATTENTION_TILE_WARPS][ATTENTION_TILE_ROWS][ATTENTION_LANES][ATTENTION_PER_LANE_MAX];
    struct softmax_online st[ATTENTION_TILE_WARPS][ATTENTION_TILE_ROWS][ATTENTION_LANES];
};

/* The element size whose staging the tiled emulation follows: 2 (bf16/fp16: 8-element chunks)
 * or 4 (fp32: 4-element chunks); the data stays float either way. */
static size_t emulated_elem_bytes = 2;

/* attention_tile_stage: the block's threads copy rows [0, n) of the tile starting at sequence
 * row r0 (which: 0 Q, 1 K, 2 V), times scale, zeros up to `rows`: in whole chunks, batch by
 * batch as the kernel loads them, where the head splits into chunks, else element by element.
 * Every row read lies inside the block's sequence and every destination element is written
 * exactly once. */
static inline void emulate_tile_stage(const float *qkv, float *dst, size_t stride,
                                      const struct attention_tile *t, size_t r0, size_t n,
                                      size_t rows, int which, size_t head, size_t heads, size_t hd,
                                      float scale)
{
    unsigned vec = attention_stage_vec(hd, emulated_elem_bytes);
    unsigned char *seen = calloc(rows * stride, 1);
    for (unsigned th = 0; th < ATTENTION_TILE_THREADS; th++) {
        if (vec == 0) {
            struct attention_tile_cursor c;
            for (attention_tile_cursor_init(th, (unsigned)hd, &c); c.row < rows;
                 attention_tile_cursor_next((unsigned)hd, &c)) {
                float v = 0.0f;
                if (c.row < n) {
                    CHECK(r0 + c.row < t->len);
                    v = qkv[attention_qkv_offset(t->start + r0 + c.row, which, head, heads, hd) +
                            c.d] *
                        scale;
                }
                seen[c.row * stride + c.d]++;
                dst[c.row * stride + c.d] = v;
            }
            continue;
        }
        unsigned per_row = (unsigned)hd / vec, total = (unsigned)rows * per_row;
        for (unsigned c0 = th; c0 < total; c0 += ATTENTION_TILE_THREADS * ATTENTION_STAGE_BATCH)
            for (unsigned i = 0; i < ATTENTION_STAGE_BATCH; i++) {
                unsigned c = c0 + i * ATTENTION_TILE_THREADS, row, d;
                if (c >= total)
                    break;
                attention_stage_chunk(c, per_row, vec, &row, &d);
                size_t at = attention_qkv_offset(t->start + r0 + row, which, head, heads, hd) + d;
                CHECK(at % vec == 0); /* one aligned 16-byte load */
                CHECK(row >= n || r0 + row < t->len);
                for (unsigned j = 0; j < vec; j++) {
                    seen[row * stride + d + j]++;
                    dst[row * stride + d + j] = row < n ? qkv[at + j] * scale : 0.0f;
                }
            }
    }
    for (size_t r = 0; r < rows; r++)
        for (size_t d = 0; d < hd; d++)
            CHECK_INT_EQ(seen[r * stride + d], 1);
    free(seen);
}

/* RoPE tables the tiled emulation rotates staged q and k rows by (the fused RoPE of a plan
 * whose ROPE step the tiled kernel takes over: cuda_plan_rope_fused), NULL for none. */
static const float *emulated_rope_cos, *emulated_rope_sin;

/* attention_tile_rope: the block's threads rotate rows [0, n) of a staged tile, pair by pair;
 * every pair of every row is rotated exactly once. */
static inline void emulate_tile_rope(float *rows, size_t stride, size_t n, size_t first, size_t hd)
{
    size_t half = hd / 2;
    unsigned *seen = calloc(n * half + 1, sizeof(unsigned));
    for (unsigned th = 0; th < ATTENTION_TILE_THREADS; th++)
        for (unsigned pr = th; pr < n * half; pr += ATTENTION_TILE_THREADS) {
            attention_tile_rope_pair(rows, stride, half, pr, first, emulated_rope_cos,
                                     emulated_rope_sin);
            seen[pr]++;
        }
    for (size_t i = 0; i < n * half; i++)
        CHECK_INT_EQ(seen[i], 1);
    free(seen);
}

/* attention_tile_warp for warp w: scores (lane j: key j, float4 steps in d order), the masks,
 * the row maxima (order-free), attention_tile_row_step, the weights through the warp's P rows
 * and the P V accumulation in the kernel's key order. */
static inline void emulate_tile_warp(const struct attention_tile *t, size_t w, size_t k0, size_t n,
                                     size_t wh, size_t hd, float *smem, struct tiled_regs *rg)
{
    const float *qs = smem, *ks = smem + attention_tile_smem_k(hd);
    const float *vs = smem + attention_tile_smem_v(hd);
    float *ps = smem + attention_tile_smem_p(hd, w);
    size_t slots = attention_lane_slots(hd);
    for (size_t r = 0; r < ATTENTION_TILE_ROWS; r++) {
        float s[ATTENTION_LANES], row_max = -INFINITY;
        int visible[ATTENTION_LANES];
        size_t q = attention_tile_query(t, w, r);
        for (size_t l = 0; l < ATTENTION_LANES; l++) {
            const float *krow = ks + l * attention_tile_k_stride(hd);
            const float *qrow = qs + (w * ATTENTION_TILE_ROWS + r) * hd;
            s[l] = 0.0f;
            for (size_t d = 0; d < hd; d++)
                s[l] += qrow[d] * krow[d];
            visible[l] = l < n && attention_tile_sees(t, q, k0 + l, wh);
            if (visible[l]) {
                CHECK(k0 + l < t->len);
                row_max = s[l] > row_max ? s[l] : row_max;
            }
        }
        for (size_t l = 0; l < ATTENTION_LANES; l++) {
            float p,
                corr = attention_tile_row_step(&rg->st[w][r][l], row_max, s[l], visible[l], &p);
            for (size_t e = 0; e < slots; e++)
                rg->acc[w][r][l][e] *= corr;
            ps[r * ATTENTION_TILE_K + l] = p;
        }
    }
    for (size_t j = 0; j < n; j += ATTENTION_TILE_VEC)
        for (size_t r = 0; r < ATTENTION_TILE_ROWS; r++)
            for (size_t i = 0; i < ATTENTION_TILE_VEC; i++) {
                float pj = ps[r * ATTENTION_TILE_K + j + i];
                for (size_t l = 0; l < ATTENTION_LANES; l++)
                    for (size_t e = 0; e < slots; e++) {
                        size_t d = attention_lane_elem(l, e, hd);
                        rg->acc[w][r][l][e] += pj * (d < hd ? vs[(j + i) * hd + d] : 0.0f);
                    }
            }
}

/* One block (tile, head, seq) of attention_tiled_kernel; smem holds
 * attention_tile_smem_floats(hd) floats, poisoned with NaN so a read of anything the block
 * did not write first shows in the output. */
static inline void emulate_tiled_block(const float *qkv, float *out, unsigned *writes,
                                       const struct packed *p, size_t seq, size_t tile, size_t head,
                                       size_t heads, size_t hd, size_t wh, float *smem,
                                       struct tiled_regs *rg)
{
    struct attention_tile t;
    if (!attention_tile_at(p->cu, seq, tile, wh, &t))
        return;
    CHECK(t.k_lo <= t.q_lo && t.q_hi <= t.k_hi && t.k_hi <= t.len);
    float scale = 1.0f / sqrtf((float)hd);
    for (size_t i = 0; i < attention_tile_smem_floats(hd); i++)
        smem[i] = NAN;
    emulate_tile_stage(qkv, smem, hd, &t, t.q_lo, t.q_hi - t.q_lo, ATTENTION_TILE_Q, 0, head, heads,
                       hd, scale);
    for (size_t w = 0; w < ATTENTION_TILE_WARPS; w++)
        for (size_t r = 0; r < ATTENTION_TILE_ROWS; r++)
            for (size_t l = 0; l < ATTENTION_LANES; l++) {
                softmax_online_init(&rg->st[w][r][l]);
                for (size_t e = 0; e < ATTENTION_PER_LANE_MAX; e++)
                    rg->acc[w][r][l][e] = 0.0f;
            }
    for (size_t kt = 0; kt < attention_tile_key_tiles(&t); kt++) {
        size_t k0, n;
        attention_tile_keys(&t, kt, &k0, &n);
        CHECK(n >= 1 && n <= ATTENTION_TILE_K);
        emulate_tile_stage(qkv, smem + attention_tile_smem_k(hd), attention_tile_k_stride(hd), &t,
                           k0, n, ATTENTION_TILE_K, 1, head, heads, hd, 1.0f);
        emulate_tile_stage(qkv, smem + attention_tile_smem_v(hd), hd, &t, k0, n, ATTENTION_TILE_K,
                           2, head, heads, hd, 1.0f);
        if (emulated_rope_cos) { /* the kernel's fused RoPE: the queries with the first tile */
            if (kt == 0)
                emulate_tile_rope(smem, hd, t.q_hi - t.q_lo, t.q_lo, hd);
            emulate_tile_rope(smem + attention_tile_smem_k(hd), attention_tile_k_stride(hd), n, k0,
                              hd);
        }
        for (size_t w = 0; w < ATTENTION_TILE_WARPS; w++)
            if (attention_tile_warp_sees(&t, w, k0, n, wh))
                emulate_tile_warp(&t, w, k0, n, wh, hd, smem, rg);
    }
    size_t slots = attention_lane_slots(hd);
    for (size_t w = 0; w < ATTENTION_TILE_WARPS; w++)
        for (size_t r = 0; r < ATTENTION_TILE_ROWS; r++) {
            size_t q = attention_tile_query(&t, w, r);
            if (q >= t.q_hi)
                continue;
            float sums[ATTENTION_LANES];
            for (size_t l = 0; l < ATTENTION_LANES; l++)
                sums[l] = rg->st[w][r][l].sum;
            float inv = 1.0f / warp_sum(sums);
            writes[(t.start + q) * heads + head]++;
            float *orow = out + attention_out_offset(t.start + q, head, heads, hd);
            for (size_t l = 0; l < ATTENTION_LANES; l++)
                for (size_t e = 0; e < slots; e++) {
                    size_t d = attention_lane_elem(l, e, hd);
                    if (d < hd)
                        orow[d] = rg->acc[w][r][l][e] * inv;
                }
        }
}

/* The whole grid of attention_tiled_cuda, as emulate_attention's. */
static inline void emulate_attention_tiled(const float *qkv, float *out, unsigned *writes,
                                           const struct packed *p, size_t heads, size_t hd,
                                           size_t window_half)
{
    CHECK(attention_tile_supported(hd));
    float *smem = malloc(attention_tile_smem_bytes(hd));
    struct tiled_regs *rg = malloc(sizeof(*rg));
    for (size_t z = 0; z < p->n_seqs; z++)
        for (size_t y = 0; y < heads; y++)
            for (size_t x = 0; x < attention_tile_grid_x(p->max_len); x++)
                emulate_tiled_block(qkv, out, writes, p, z, x, y, heads, hd, window_half, smem, rg);
    free(smem);
    free(rg);
}

typedef void (*attention_emulator)(const float *qkv, float *out, unsigned *writes,
                                   const struct packed *p, size_t heads, size_t hd,
                                   size_t window_half);

/* pooling_kernel's grid: block = sequence, POOLING_THREADS threads striding the columns. */
static inline void emulate_pooling(const float *hidden, const struct packed *p, size_t dim,
                                   bool mean, bool normalize, float *out)
{
    for (size_t seq = 0; seq < p->n_seqs; seq++) {
        if (p->cu[seq + 1] == p->cu[seq])
            continue; /* the kernel skips an empty (padding) sequence */
        size_t first, count;
        pooling_span(p->cu, seq, mean, &first, &count);
        float partial[POOLING_THREADS] = {0};
        for (size_t t = 0; t < POOLING_THREADS; t++)
            for (size_t d = t; d < dim; d += POOLING_THREADS) {
                float v = pooling_mean_column(hidden + first * dim, dim, count, d);
                out[seq * dim + d] = v;
                partial[t] += v * v;
            }
        if (!normalize)
            continue;
        float sq = 0.0f;
        for (size_t t = 0; t < POOLING_THREADS; t++)
            sq += partial[t];
        float scale = l2norm_scale(sq);
        for (size_t d = 0; d < dim; d++)
            out[seq * dim + d] *= scale;
    }
}

#endif
