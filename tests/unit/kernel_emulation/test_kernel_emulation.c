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
 *     the tiling's exact key ranges;
 *   pooling (kernels/pooling.cu): one block per sequence, POOLING_THREADS threads striding the
 *     columns through pooling_span, against model_pool, CLS and mean;
 *   (the scoring kernels, top-k, per-class maximum and top-2, are test_score_emulation's;)
 *   CUDA graph buckets (embed/cuda_bucket.h): a batch padded to its bucket gives its real
 *     sequences bit-identical attention and pooling, and the padding is never written.
 * (The cuda backend's forward plan, run on these grids, is test_plan_emulation's.)
 *
 * Shapes: the 46 packed sequences (1338 tokens, up to 192 long) of the modernbert-tiny golden
 * fixture, whose local layers see |q - k| <= 8, plus edge shapes (length 1, lengths that are
 * not a multiple of the warps per block). */

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "embed/cuda_bucket.h"
#include "embed/model.h"
#include "embed/model_attention.h"
#include "embed/model_ops.h"
#include "attention_reference.h"
#include "grid_emulation.h"
#include "test_util.h"

#define ATTN_ABS_MAX 2e-5 /* sgemm + softmax_row vs one running sum: float reordering */
#define POOL_ABS_MAX 1e-6

static void check_attention(struct model *m, const struct packed *p, size_t window_half,
                            attention_emulator emulate)
{
    size_t h = m->cfg.hidden, heads = m->cfg.heads, hd = m->cfg.head_dim;
    struct model_scratch *s = model_scratch_new(m, p->tokens, p->n_seqs);
    uint64_t rng = 42 + window_half + p->tokens;
    for (size_t i = 0; i < p->tokens * 3 * h; i++)
        s->qkv[i] = 2.0f * test_noise(&rng);
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
        qkv[i] = 2.0f * test_noise(&rng);
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
        hidden[i] = 3.0f * test_noise(&rng);
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
        qkv[i] = 2.0f * test_noise(&rng);
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
    model_free(m);
    return check_finish("test_kernel_emulation");
}
