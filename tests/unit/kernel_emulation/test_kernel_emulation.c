/* test_kernel_emulation — the CUDA kernels' index arithmetic run on the host, grid point by grid
 * point, against the CPU backend's own operations on the same inputs:
 *
 *   attention (kernels/attention.cu): every (tile, head, sequence) block and every warp and
 *     lane, through attention_query_at / attention_qkv_offset / attention_lane_elem, the
 *     warp's xor-butterfly sum and softmax_online_update, against model_attention (sgemm +
 *     softmax_row) for global and sliding-window layers; each output row written exactly
 *     once, no key read outside its sequence;
 *   tiled attention (kernels/attention_tiled.cu): every (query tile, head, sequence) block,
 *     the block's shared memory as an array poisoned with NaN (a read of anything not staged
 *     first shows), the Q and K/V staging by thread, every warp's tile loop, masks and
 *     attention_tile_row_step lane by lane, through the functions of attention_tile.h;
 *     against model_attention on the fixture's heads (16) and against a double-precision
 *     reference at head_dim 64 and 128 (both kernels), with windows 1, 8, 64 and global over
 *     sequences shorter than a tile, on and just past tile edges and longer than the window;
 *     the tiling's exact key ranges; and the forward plan below with either kernel;
 *   pooling (kernels/pooling.cu): one block per sequence, POOLING_THREADS threads striding the
 *     columns through pooling_span, against model_pool, CLS and mean;
 *   (the scoring kernels, top-k, per-class maximum and top-2, are test_score_emulation's;)
 *   CUDA graph buckets (embed/cuda_bucket.h): a batch padded to its bucket gives its real
 *     sequences bit-identical attention and pooling, and the padding is never written;
 *   the cuda backend's forward plan (embed/cuda_plan.h): every step run on the host (the
 *     kernels' shared functions, the attention and pooling grids above, the CPU's GEMM for
 *     the GEMM steps) on the golden fixture's ids, against model_forward and transformers.
 *
 * Shapes: the 46 packed sequences (1338 tokens, up to 192 long) of the modernbert-tiny golden
 * fixture, whose local layers see |q - k| <= 8, plus edge shapes (length 1, lengths that are
 * not a multiple of the warps per block). */
#define _GNU_SOURCE /* qsort_r */
#include <cblas.h>
#include <cjson/cJSON.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "embed/cuda_bucket.h"
#include "embed/cuda_plan.h"
#include "embed/engine.h"
#include "embed/engine_score.h"
#include "embed/linear.h"
#include "embed/menu_matrix.h"
#include "embed/model.h"
#include "embed/model_attention.h"
#include "embed/model_graph.h"
#include "embed/model_ops.h"
#include "kernels/attention_index.h"
#include "kernels/attention_tile.h"
#include "kernels/class_max.h"
#include "kernels/gelu.h"
#include "kernels/layernorm.h"
#include "kernels/pooling.h"
#include "kernels/rope.h"
#include "kernels/softmax.h"
#include "kernels/topk.h"
#include "attention_reference.h"
#include "emulation_noise.h"
#include "test_util.h"

#define SEQS_MAX     64
#define ATTN_ABS_MAX 2e-5 /* sgemm + softmax_row vs one running sum: float reordering */
#define POOL_ABS_MAX 1e-6
#define PLAN_ABS_MAX 2e-5 /* pooled unit vectors; attention sums in another order */

struct packed {
    size_t n_seqs, tokens, max_len;
    int32_t cu[SEQS_MAX + 1];
};

/* The golden fixture's packing: n_tokens of each text, in order. */
static void golden_shape(const char *name, struct packed *p)
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
static void edge_shape(struct packed *p, const size_t *lens, size_t n)
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
static float warp_sum(float *lanes)
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
static void emulate_query(const float *qkv, float *out, const struct attention_query *aq,
                          size_t head, size_t heads, size_t hd, float scale, const struct packed *p,
                          size_t seq)
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
static void emulate_attention(const float *qkv, float *out, unsigned *writes,
                              const struct packed *p, size_t heads, size_t hd, size_t window_half)
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
static void emulate_tile_stage(const float *qkv, float *dst, size_t stride,
                               const struct attention_tile *t, size_t r0, size_t n, size_t rows,
                               int which, size_t head, size_t heads, size_t hd, float scale)
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
static void emulate_tile_rope(float *rows, size_t stride, size_t n, size_t first, size_t hd)
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
static void emulate_tile_warp(const struct attention_tile *t, size_t w, size_t k0, size_t n,
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
static void emulate_tiled_block(const float *qkv, float *out, unsigned *writes,
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
static void emulate_attention_tiled(const float *qkv, float *out, unsigned *writes,
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

static void check_attention(struct model *m, const struct packed *p, size_t window_half,
                            attention_emulator emulate)
{
    size_t h = m->cfg.hidden, heads = m->cfg.heads, hd = m->cfg.head_dim;
    struct model_scratch *s = model_scratch_new(m, p->tokens, p->n_seqs);
    uint64_t rng = 42 + window_half + p->tokens;
    for (size_t i = 0; i < p->tokens * 3 * h; i++)
        s->qkv[i] = 2.0f * noise(&rng);
    struct model_batch b = {.cu_seqlens = p->cu, .n_seqs = p->n_seqs, .tokens = p->tokens};
    model_attention(m, s, &b, window_half);
    float *out = calloc(p->tokens * h, sizeof(float));
    unsigned *writes = calloc(p->tokens * heads, sizeof(unsigned));
    emulate(s->qkv, out, writes, p, heads, hd, window_half);
    double worst = 0.0;
    for (size_t i = 0; i < p->tokens * h; i++) {
        double d = fabs((double)out[i] - s->attn[i]);
        worst = d > worst ? d : worst;
    }
    if (!(worst <= ATTN_ABS_MAX))
        fprintf(stderr, "attention (%s) window %zu, %zu tokens: max |diff| %.3g\n",
                emulate == emulate_attention ? "simple" : "tiled", window_half, p->tokens, worst);
    CHECK(worst <= ATTN_ABS_MAX);
    for (size_t i = 0; i < p->tokens * heads; i++)
        CHECK_INT_EQ(writes[i], 1); /* every (row, head) exactly once: no gap, no overlap */
    free(out);
    free(writes);
    model_scratch_free(s);
}

/* gte-modernbert-base's heads (64) and wider ones (96 to 256): both kernels' emulations
 * against the double reference, over sequences shorter than a tile, ending on and just past tile
 * edges, and longer than a window (windows 1, 8 and 64 cut them; 0 is global). */
static void check_attention_wide(size_t hd)
{
    static const size_t lens[] = {1, 5, 31, 32, 33, 64, 95, 200, 2};
    struct packed p;
    edge_shape(&p, lens, sizeof(lens) / sizeof(lens[0]));
    static const size_t windows[] = {0, 1, 8, 64};
    size_t heads = 2, cols = heads * hd;
    float *qkv = malloc(p.tokens * 3 * cols * sizeof(float));
    uint64_t rng = 1000 + hd;
    for (size_t i = 0; i < p.tokens * 3 * cols; i++)
        qkv[i] = 2.0f * noise(&rng);
    double *ref = malloc(p.tokens * cols * sizeof(double));
    float *out = malloc(p.tokens * cols * sizeof(float));
    unsigned *writes = malloc(p.tokens * heads * sizeof(unsigned));
    for (size_t wi = 0; wi < sizeof(windows) / sizeof(windows[0]); wi++) {
        attention_reference(qkv, p.cu, p.n_seqs, heads, hd, windows[wi], ref);
        for (size_t k = 0; k < 2; k++) {
            memset(out, 0, p.tokens * cols * sizeof(float));
            memset(writes, 0, p.tokens * heads * sizeof(unsigned));
            (k == 0 ? emulate_attention : emulate_attention_tiled)(qkv, out, writes, &p, heads, hd,
                                                                   windows[wi]);
            double worst = 0.0;
            for (size_t i = 0; i < p.tokens * cols; i++) {
                double d = fabs(out[i] - ref[i]);
                worst = d > worst || d != d ? d : worst;
            }
            if (!(worst <= ATTN_ABS_MAX))
                fprintf(stderr, "attention (%s) head_dim %zu window %zu: max |diff| %.3g\n",
                        k == 0 ? "simple" : "tiled", hd, windows[wi], worst);
            CHECK(worst <= ATTN_ABS_MAX);
            for (size_t i = 0; i < p.tokens * heads; i++)
                CHECK_INT_EQ(writes[i], 1);
        }
    }
    free(qkv);
    free(ref);
    free(out);
    free(writes);
}

/* The tiling's exact values on a 200-token sequence with gte's window (64 each side). */
static void check_tile_index(void)
{
    int32_t cu[3] = {0, 7, 207}; /* a short sequence, then the long one */
    struct attention_tile t;
    CHECK_INT_EQ(attention_tile_grid_x(200), 7);
    CHECK(attention_tile_at(cu, 0, 0, 64, &t));
    CHECK(t.start == 0 && t.len == 7 && t.q_lo == 0 && t.q_hi == 7 && t.k_lo == 0 && t.k_hi == 7);
    CHECK(!attention_tile_at(cu, 0, 1, 64, &t)); /* past its end: the block leaves */
    CHECK(attention_tile_at(cu, 1, 2, 64, &t));
    CHECK(t.start == 7 && t.q_lo == 64 && t.q_hi == 96 && t.k_lo == 0 && t.k_hi == 160);
    CHECK_INT_EQ(attention_tile_key_tiles(&t), 5);
    CHECK(attention_tile_at(cu, 1, 3, 64, &t));
    CHECK(t.k_lo == 32 && t.k_hi == 192);
    CHECK(attention_tile_at(cu, 1, 6, 64, &t)); /* the last, short tile */
    CHECK(t.q_lo == 192 && t.q_hi == 200 && t.k_lo == 128 && t.k_hi == 200);
    size_t k0, n;
    attention_tile_keys(&t, 2, &k0, &n);
    CHECK(k0 == 192 && n == 8);
    CHECK(attention_tile_warp_sees(&t, 0, 192, 8, 64));
    CHECK(!attention_tile_warp_sees(&t, 1, 128, 32, 64)); /* rows 200.. do not exist */
    CHECK(!attention_tile_sees(&t, 200, 199, 64));
    CHECK(attention_tile_at(cu, 1, 3, 8, &t)); /* window 8: keys 88..135 in two tiles */
    CHECK(t.k_lo == 88 && t.k_hi == 136 && attention_tile_key_tiles(&t) == 2);
    CHECK(!attention_tile_warp_sees(&t, 0, 120, 16, 8)); /* rows 96..103 see up to 111 */
    CHECK(attention_tile_warp_sees(&t, 3, 120, 16, 8));
    CHECK(attention_tile_sees(&t, 96, 88, 8) && !attention_tile_sees(&t, 96, 87, 8));
    CHECK(attention_tile_sees(&t, 96, 104, 8) && !attention_tile_sees(&t, 96, 105, 8));
    /* the staging cursor visits every element of a tile once, thread t at t + k * threads */
    static const unsigned dims[] = {4, 16, 48, 64, 128, 256};
    for (size_t di = 0; di < sizeof(dims) / sizeof(dims[0]); di++) {
        unsigned hd = dims[di], seen = 0;
        for (unsigned th = 0; th < ATTENTION_TILE_THREADS; th++) {
            struct attention_tile_cursor c;
            unsigned i = th;
            for (attention_tile_cursor_init(th, hd, &c); c.row < ATTENTION_TILE_K;
                 attention_tile_cursor_next(hd, &c), i += ATTENTION_TILE_THREADS) {
                CHECK(c.row == i / hd && c.d == i % hd);
                seen++;
            }
            CHECK(i >= ATTENTION_TILE_K * hd); /* it stops exactly where the strided loop does */
        }
        CHECK_INT_EQ(seen, ATTENTION_TILE_K * hd);
    }
    CHECK(attention_tile_supported(64) && attention_tile_supported(128));
    CHECK(!attention_tile_supported(30) && !attention_tile_supported(ATTENTION_HEAD_DIM_MAX + 4));
    CHECK_INT_EQ(attention_tile_smem_bytes(64), 29184);
    CHECK_INT_EQ(attention_tile_smem_bytes(128), 53760);
}

/* pooling_kernel's grid: block = sequence, POOLING_THREADS threads striding the columns. */
static void emulate_pooling(const float *hidden, const struct packed *p, size_t dim, bool mean,
                            bool normalize, float *out)
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

static void check_pooling(struct model *m, const struct packed *p, enum model_pooling pooling)
{
    size_t h = m->cfg.hidden;
    enum model_pooling saved = m->cfg.pooling;
    m->cfg.pooling = pooling;
    float *hidden = malloc(p->tokens * h * sizeof(float));
    float *cpu = malloc(p->n_seqs * h * sizeof(float)),
          *emu = malloc(p->n_seqs * h * sizeof(float));
    uint64_t rng = 7 + pooling;
    for (size_t i = 0; i < p->tokens * h; i++)
        hidden[i] = 3.0f * noise(&rng);
    struct model_batch b = {.cu_seqlens = p->cu, .n_seqs = p->n_seqs, .tokens = p->tokens};
    model_pool(m, hidden, &b, cpu);
    emulate_pooling(hidden, p, h, pooling == MODEL_POOLING_MEAN, m->cfg.normalize, emu);
    for (size_t i = 0; i < p->n_seqs * h; i++)
        if (!(fabs((double)cpu[i] - emu[i]) <= POOL_ABS_MAX)) {
            fprintf(stderr, "pooling %d: [%zu] cpu %.9g emulated %.9g\n", (int)pooling, i, cpu[i],
                    emu[i]);
            CHECK(false);
            break;
        }
    m->cfg.pooling = saved;
    free(hidden);
    free(cpu);
    free(emu);
}

static void check_bucket_sizes(void)
{
    struct cuda_bucket b;
    CHECK(cuda_bucket_of(1338, 46, 192, 8192, 256, 512, &b));
    CHECK(b.tokens == 1536 && b.seqs == 64 && b.max_len == 256); /* 2048 / 4 steps */
    CHECK(cuda_bucket_of(2048, 64, 32, 8192, 256, 8192, &b));
    CHECK(b.tokens == 2048 && b.seqs == 64 && b.max_len == 32); /* exact: no padding */
    CHECK(cuda_bucket_of(5, 1, 5, 8192, 256, 8192, &b));
    CHECK(b.tokens == 64 && b.seqs == 1 && b.max_len == 16);
    CHECK(cuda_bucket_of(100, 3, 40, 96, 2, 8192, &b)); /* capped by the arena */
    CHECK(b.tokens == 96 && b.seqs == 2 && b.max_len == 64);
    CHECK(!cuda_bucket_of(CUDA_BUCKET_TOKENS_MAX + 1, 1, 512, 1 << 20, 256, 8192, &b));
    for (size_t t = 1; t <= 20000; t += 7) { /* never below; under 25% (or 64 tokens) above */
        if (!cuda_bucket_of(t, 1, 1, 1 << 20, 256, 8192, &b))
            continue;
        CHECK(b.tokens >= t);
        CHECK(b.tokens < t + (t / 4 > CUDA_BUCKET_TOKENS_MIN ? t / 4 : CUDA_BUCKET_TOKENS_MIN));
    }
}

/* The golden packing padded to its bucket: real rows identical to the unpadded run. */
static void check_bucket_padding(struct model *m, const struct packed *p)
{
    size_t h = m->cfg.hidden, heads = m->cfg.heads, hd = m->cfg.head_dim;
    struct cuda_bucket bk;
    CHECK(cuda_bucket_of(p->tokens, p->n_seqs, p->max_len, 1 << 16, SEQS_MAX, 8192, &bk));
    int32_t *ids = malloc(p->tokens * sizeof(int32_t)), *pids = malloc(bk.tokens * sizeof(int32_t));
    int32_t *ppos = malloc(bk.tokens * sizeof(int32_t));
    for (size_t t = 0; t < p->tokens; t++)
        ids[t] = (int32_t)(t * 7 % 2048);
    struct packed padded = {.n_seqs = bk.seqs, .tokens = bk.tokens, .max_len = bk.max_len};
    cuda_bucket_pad(ids, p->cu, p->n_seqs, &bk, pids, ppos, padded.cu);
    for (size_t i = 0; i < p->n_seqs; i++)
        for (int32_t t = p->cu[i]; t < p->cu[i + 1]; t++)
            CHECK(pids[t] == ids[t] && ppos[t] == t - p->cu[i]);
    for (size_t t = p->tokens; t < bk.tokens; t++)
        CHECK(pids[t] == 0 && ppos[t] == 0);
    for (size_t i = p->n_seqs; i <= bk.seqs; i++)
        CHECK_INT_EQ(padded.cu[i], p->tokens);
    float *qkv = malloc(bk.tokens * 3 * h * sizeof(float));
    uint64_t rng = 5;
    for (size_t i = 0; i < bk.tokens * 3 * h; i++)
        qkv[i] = 2.0f * noise(&rng);
    float *a = calloc(bk.tokens * h, sizeof(float)), *b = calloc(bk.tokens * h, sizeof(float));
    unsigned *wa = calloc(bk.tokens * heads, sizeof(unsigned));
    unsigned *wb = calloc(bk.tokens * heads, sizeof(unsigned));
    for (size_t k = 0; k < 2; k++) {
        attention_emulator emulate = k == 0 ? emulate_attention : emulate_attention_tiled;
        memset(wb, 0, bk.tokens * heads * sizeof(unsigned));
        emulate(qkv, a, wa, p, heads, hd, m->cfg.window_half);
        emulate(qkv, b, wb, &padded, heads, hd, m->cfg.window_half);
        CHECK(memcmp(a, b, p->tokens * h * sizeof(float)) == 0);
        for (size_t i = 0; i < bk.tokens * heads; i++)
            CHECK_INT_EQ(wb[i], i < p->tokens * heads ? 1 : 0);
    }
    float *pa = malloc(bk.seqs * h * sizeof(float)), *pb = malloc(bk.seqs * h * sizeof(float));
    emulate_pooling(qkv, p, h, true, true, pa); /* any finite rows will do as hidden states */
    emulate_pooling(qkv, &padded, h, true, true, pb);
    CHECK(memcmp(pa, pb, p->n_seqs * h * sizeof(float)) == 0);
    free(ids);
    free(pids);
    free(ppos);
    free(qkv);
    free(a);
    free(b);
    free(wa);
    free(wb);
    free(pa);
    free(pb);
}

/* float -> bf16 -> float, round to nearest even (what __float2bfloat16_rn does). */
static float round_bf16(float x)
{
    uint32_t bits;
    memcpy(&bits, &x, sizeof(bits));
    bits += 0x7fffu + ((bits >> 16) & 1u);
    bits &= 0xffff0000u;
    memcpy(&x, &bits, sizeof(x));
    return x;
}

static void round_bf16_all(float *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        x[i] = round_bf16(x[i]);
}

/* A packed layer with its weights rounded to bf16 (embed/linear.h's panel layout unpacked). */
static void linear_bf16(const struct linear *src, struct linear *dst)
{
    float *w = malloc(src->out * src->in * sizeof(float));
    for (size_t r = 0; r < src->out; r++)
        for (size_t k = 0; k < src->in; k++)
            w[r * src->in + k] =
                round_bf16(src->panels[(r / LINEAR_PANEL) * src->in * LINEAR_PANEL +
                                       k * LINEAR_PANEL + r % LINEAR_PANEL]);
    linear_init(dst, w, src->bias, src->out, src->in);
    free(w);
}

/* Host buffers of the plan's activations, float32 throughout. */
struct plan_bufs {
    float *buf[CUDA_BUF_MAX];
    int32_t *pos;
};

/* The attention kernel the plan's ATTENTION steps emulate (the backend runs either). */
static attention_emulator plan_attention = emulate_attention_tiled;

static void plan_step_host(const struct model *m, const struct cuda_step *s, struct plan_bufs *hb,
                           const int32_t *ids, const struct packed *p, const size_t *floats,
                           bool bf16)
{
    const struct model_config *c = &m->cfg;
    size_t h = c->hidden, hd = c->head_dim, half = hd / 2, t = p->tokens;
    float *in = hb->buf[s->in], *out = hb->buf[s->out];
    const float *w, *b;
    switch (s->op) {
    case CUDA_OP_EMBED_NORM:
        cuda_plan_norm(m, s, &w, &b);
        for (size_t r = 0; r < t; r++) {
            const float *word = m->tok_emb + (size_t)ids[r] * h;
            for (size_t i = 0; i < h && m->pos_emb; i++) /* embedding_norm.cu's sum, BERT */
                out[r * h + i] = word[i] + m->type_emb[i] + m->pos_emb[(size_t)hb->pos[r] * h + i];
            layernorm_row(m->pos_emb ? out + r * h : word, out + r * h, w, b, h, c->norm_eps);
        }
        break;
    case CUDA_OP_NORM:
        cuda_plan_norm(m, s, &w, &b);
        for (size_t r = 0; r < t; r++)
            layernorm_row(in + r * h, out + r * h, w, b, h, c->norm_eps);
        break;
    case CUDA_OP_TO_DTYPE:
        memcpy(out, in, t * h * sizeof(float));
        break;
    case CUDA_OP_GEMM: {
        /* The device GEMM has no bias (a BIAS_ADD step follows); the packed copy fuses it. */
        struct linear plain = *cuda_plan_linear(m, s);
        plain.bias = NULL;
        CHECK_INT_EQ(plain.out, s->out_cols);
        CHECK_INT_EQ(plain.in, s->in_cols);
        linear_forward(&plain, in, s->in_cols, t, out, s->out_cols, s->accumulate);
        break;
    }
    case CUDA_OP_ROPE:
        for (size_t r = 0; r < t; r++)
            for (size_t head = 0; head < 2 * c->heads; head++) /* rope.cu: q heads, k heads */
                rope_row(out + r * 3 * h + head * hd,
                         m->rope_cos[s->rope_table] + (size_t)hb->pos[r] * half,
                         m->rope_sin[s->rope_table] + (size_t)hb->pos[r] * half, hd);
        break;
    case CUDA_OP_ATTENTION: {
        unsigned *writes = calloc(t * c->heads, sizeof(unsigned));
        plan_attention(in, out, writes, p, c->heads, hd, s->window_half);
        free(writes);
        break;
    }
    case CUDA_OP_GEGLU:
        for (size_t r = 0; r < t; r++)
            for (size_t i = 0; i < s->in_cols; i++)
                out[r * s->in_cols + i] = geglu(c->act, in[r * 2 * s->in_cols + i],
                                                in[r * 2 * s->in_cols + s->in_cols + i]);
        break;
    case CUDA_OP_GELU:
        for (size_t i = 0; i < t * s->in_cols; i++)
            out[i] = gelu_apply(c->act, out[i]);
        break;
    case CUDA_OP_BIAS_ADD: {
        const float *bias = cuda_plan_linear(m, s)->bias;
        for (size_t r = 0; r < t; r++)
            for (size_t i = 0; i < s->out_cols; i++)
                out[r * s->out_cols + i] += bias[i];
        break;
    }
    case CUDA_OP_POOL:
        emulate_pooling(in, p, h, c->pooling == MODEL_POOLING_MEAN, c->normalize, out);
        break;
    default:
        CHECK(!"unknown op");
    }
    bool f32 = s->out == CUDA_BUF_X || s->out == CUDA_BUF_HIDDEN || s->out == CUDA_BUF_POOLED;
    if (bf16 && !f32) /* what the device stores between steps */
        round_bf16_all(out, floats[s->out]);
}

/* golden.pooled.f32: transformers' pooled vectors for the fixture's texts. */
static float *golden_pooled(const char *name, size_t n, size_t h)
{
    char path[TEST_PATH_BYTES];
    test_source_path(path, sizeof(path), "tests/fixtures/golden/%s.pooled.f32", name);
    size_t len;
    float *v = (float *)test_read_file(path, &len);
    CHECK_INT_EQ(len, n * h * sizeof(float));
    return v;
}

static double cosine(const float *a, const float *b, size_t n)
{
    double ab = 0, aa = 0, bb = 0;
    for (size_t i = 0; i < n; i++) {
        ab += (double)a[i] * b[i];
        aa += (double)a[i] * a[i];
        bb += (double)b[i] * b[i];
    }
    return ab / sqrt(aa * bb);
}

/* bf16: the weights and every dtype buffer rounded as the device holds them; the pooled
 * vectors must then stay within test_cuda_golden's bf16 bound of transformers'. */
static void check_plan(const struct model *m, const char *name, const struct packed *p,
                       const int32_t *ids, bool bf16)
{
    const struct model_config *c = &m->cfg;
    size_t h = c->hidden, t = p->tokens;
    struct cuda_step *steps = malloc(CUDA_PLAN_STEPS_MAX * sizeof(*steps));
    size_t n = cuda_plan(m, steps);
    /* ModernBERT (no biases): 9 steps a layer + embeddings, final norm, pooling; BERT: 10 +
     * a bias add after each of the 4 GEMMs, and no final norm */
    CHECK_INT_EQ(n, cuda_plan_post_norm(m) ? c->layers * 14 + 2 : c->layers * 9 + 3);
    size_t floats[CUDA_BUF_MAX] = {
        [CUDA_BUF_X] = t * h,
        [CUDA_BUF_XN] = t * h,
        [CUDA_BUF_QKV] = t * 3 * h,
        [CUDA_BUF_ATTN] = t * h,
        [CUDA_BUF_MLP] = t * model_mlp_width(m),
        [CUDA_BUF_ACT] = t * c->intermediate,
        [CUDA_BUF_HIDDEN] = t * h,
        [CUDA_BUF_POOLED] = p->n_seqs * h,
    };
    struct plan_bufs hb = {.pos = malloc(t * sizeof(int32_t))};
    for (int b = 1; b < CUDA_BUF_MAX; b++)
        hb.buf[b] = calloc(floats[b], sizeof(float));
    for (size_t i = 0; i < p->n_seqs; i++)
        for (int32_t r = p->cu[i]; r < p->cu[i + 1]; r++)
            hb.pos[r] = r - p->cu[i];
    for (size_t i = 0; i < n; i++) {
        if (cuda_plan_rope_fused(steps, n, i, plan_attention == emulate_attention_tiled)) {
            emulated_rope_cos = m->rope_cos[steps[i].rope_table]; /* as cuda_forward runs it */
            emulated_rope_sin = m->rope_sin[steps[i].rope_table];
            continue;
        }
        plan_step_host(m, &steps[i], &hb, ids, p, floats, bf16);
        emulated_rope_cos = emulated_rope_sin = NULL;
    }
    free(steps);
    if (bf16) {
        float *gold = golden_pooled(name, p->n_seqs, h);
        double worst = 1.0;
        for (size_t i = 0; i < p->n_seqs; i++) {
            double cs = cosine(hb.buf[CUDA_BUF_POOLED] + i * h, gold + i * h, h);
            worst = cs < worst ? cs : worst;
        }
        printf("%s plan in bf16 on the host: worst cosine vs transformers %.7f\n", name, worst);
        CHECK(worst >= 0.9999);
        free(gold);
        for (int b = 1; b < CUDA_BUF_MAX; b++)
            free(hb.buf[b]);
        free(hb.pos);
        return;
    }
    struct model_scratch *s = model_scratch_new(m, t, p->n_seqs);
    float *cpu = malloc(p->n_seqs * h * sizeof(float)), *gold = golden_pooled(name, p->n_seqs, h);
    CHECK_INT_EQ(model_forward(m, s, ids, p->cu, p->n_seqs, NULL, cpu), 0);
    double worst_cpu = 0, worst_gold = 0;
    for (size_t i = 0; i < p->n_seqs * h; i++) {
        double d = fabs((double)hb.buf[CUDA_BUF_POOLED][i] - cpu[i]);
        double g = fabs((double)hb.buf[CUDA_BUF_POOLED][i] - gold[i]);
        worst_cpu = d > worst_cpu ? d : worst_cpu;
        worst_gold = g > worst_gold ? g : worst_gold;
    }
    if (!(worst_cpu <= PLAN_ABS_MAX && worst_gold <= PLAN_ABS_MAX))
        fprintf(stderr, "plan on the host: max |diff| %.3g vs cpu, %.3g vs golden\n", worst_cpu,
                worst_gold);
    CHECK(worst_cpu <= PLAN_ABS_MAX);
    CHECK(worst_gold <= PLAN_ABS_MAX);
    for (int b = 1; b < CUDA_BUF_MAX; b++)
        free(hb.buf[b]);
    free(hb.pos);
    free(cpu);
    free(gold);
    model_scratch_free(s);
}

/* The golden fixture's token ids, packed as golden_shape packs them. */
static int32_t *golden_ids(const char *name, const struct packed *p);

/* A copy of table rows [n] rounded to bf16 (owned by the caller), or NULL for NULL. */
static float *rounded_copy(const float *src, size_t n)
{
    if (!src)
        return NULL;
    float *dst = malloc(n * sizeof(float));
    for (size_t i = 0; i < n; i++)
        dst[i] = round_bf16(src[i]);
    return dst;
}

/* The plan with the weights the cuda backend uploads in bf16 (embedding tables, GEMM
 * matrices; norms and biases stay float32) and every bf16 buffer rounded. */
static void check_plan_bf16(const struct model *m, const char *name, const struct packed *p,
                            const int32_t *ids)
{
    const struct model_config *c = &m->cfg;
    struct model *mb = malloc(sizeof(*mb));
    *mb = *m;
    float *tok = rounded_copy(m->tok_emb, c->vocab * c->hidden);
    float *pos = rounded_copy(m->pos_emb, c->max_positions * c->hidden);
    float *type = rounded_copy(m->type_emb, c->hidden); /* row 0, the one used */
    mb->tok_emb = tok, mb->pos_emb = pos, mb->type_emb = type;
    for (size_t l = 0; l < c->layers; l++) {
        linear_bf16(&m->layers[l].qkv, &mb->layers[l].qkv);
        linear_bf16(&m->layers[l].o, &mb->layers[l].o);
        linear_bf16(&m->layers[l].up, &mb->layers[l].up);
        linear_bf16(&m->layers[l].down, &mb->layers[l].down);
    }
    check_plan(mb, name, p, ids, true);
    for (size_t l = 0; l < c->layers; l++) {
        linear_free(&mb->layers[l].qkv);
        linear_free(&mb->layers[l].o);
        linear_free(&mb->layers[l].up);
        linear_free(&mb->layers[l].down);
    }
    free(tok);
    free(pos);
    free(type);
    free(mb);
}

/* BERT's post-norm plan (biases, learned positions, GELU, no final norm, mean pooling). */
static void check_bert_plan(void)
{
    char dir[TEST_PATH_BYTES], err[256];
    test_source_path(dir, sizeof(dir), "tests/fixtures/bert-tiny");
    struct model *m;
    if (model_load(dir, &m, err, sizeof(err)) != 0) {
        fprintf(stderr, "model_load: %s\n", err);
        CHECK(false);
        return;
    }
    CHECK(cuda_plan_post_norm(m));
    struct packed p;
    golden_shape("bert-tiny", &p);
    int32_t *ids = golden_ids("bert-tiny", &p);
    check_plan(m, "bert-tiny", &p, ids, false);
    check_plan_bf16(m, "bert-tiny", &p, ids);
    free(ids);
    model_free(m);
}

static int32_t *golden_ids(const char *name, const struct packed *p)
{
    char path[TEST_PATH_BYTES];
    test_source_path(path, sizeof(path), "tests/fixtures/golden/%s.json", name);
    char *text = test_read_file(path, NULL);
    cJSON *root = cJSON_Parse(text);
    free(text);
    int32_t *ids = malloc(p->tokens * sizeof(int32_t));
    size_t off = 0;
    const cJSON *t, *id;
    cJSON_ArrayForEach(t, cJSON_GetObjectItem(root, "texts"))
        cJSON_ArrayForEach(id, cJSON_GetObjectItem(t, "ids")) ids[off++] = id->valueint;
    CHECK_INT_EQ(off, p->tokens);
    cJSON_Delete(root);
    return ids;
}

int main(void)
{
    char dir[TEST_PATH_BYTES], err[256];
    test_source_path(dir, sizeof(dir), "tests/fixtures/modernbert-tiny");
    struct model *m;
    if (model_load(dir, &m, err, sizeof(err)) != 0) {
        fprintf(stderr, "model_load: %s\n", err);
        return 1;
    }
    struct packed golden, edges;
    golden_shape("modernbert-tiny", &golden);
    CHECK(golden.max_len > 2 * m->cfg.window_half + 1); /* the windows really cut */
    static const size_t edge_lens[] = {1, 5, 2, 9, 17, 4, 33};
    edge_shape(&edges, edge_lens, sizeof(edge_lens) / sizeof(edge_lens[0]));
    const struct packed *shapes[] = {&golden, &edges};
    for (size_t i = 0; i < 2; i++) {
        for (size_t k = 0; k < 3; k++) { /* simple; tiled staging 16-bit, then fp32 chunks */
            attention_emulator emulate = k == 0 ? emulate_attention : emulate_attention_tiled;
            emulated_elem_bytes = k == 2 ? 4 : 2;
            check_attention(m, shapes[i], 0, emulate);
            check_attention(m, shapes[i], m->cfg.window_half, emulate);
            check_attention(m, shapes[i], 1, emulate);
        }
        emulated_elem_bytes = 2;
        check_pooling(m, shapes[i], MODEL_POOLING_CLS);
        check_pooling(m, shapes[i], MODEL_POOLING_MEAN);
    }
    check_tile_index();
    for (emulated_elem_bytes = 2; emulated_elem_bytes <= 4; emulated_elem_bytes += 2) {
        check_attention_wide(64);
        check_attention_wide(128);
        check_attention_wide(96);  /* a lane's last slot half used; 12 fp32 chunks a row */
        check_attention_wide(256); /* the widest head: 8 slots a lane */
        check_attention_wide(36);  /* no whole 16-bit chunks: element by element */
    }
    emulated_elem_bytes = 2;
    check_bucket_sizes();
    check_bucket_padding(m, &golden);
    int32_t *ids = golden_ids("modernbert-tiny", &golden);
    for (size_t k = 0; k < 2; k++) {
        plan_attention = k == 0 ? emulate_attention_tiled : emulate_attention;
        check_plan(m, "modernbert-tiny", &golden, ids, false);
        check_plan_bf16(m, "modernbert-tiny", &golden, ids);
        check_bert_plan();
    }
    free(ids);
    model_free(m);
    return check_finish("test_kernel_emulation");
}
