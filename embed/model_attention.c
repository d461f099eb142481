/* model_attention.c — attention tiles over a packed batch, split by (sequence, head) over the
 * compute threads; see model_attention.h. */
#include "embed/model_attention.h"

#include <cblas.h>
#include <math.h>
#include <stdint.h>

#include "embed/attention_direct.h"
#include "embed/embed_assert.h"
#include "embed/model_ops.h"
#include "embed/pool.h"
#include "kernels/attention_window.h"
#include "kernels/softmax.h"

/* Multiply-adds (score and P V) one part takes at least: below this a worker's wake-up costs
 * more than the part saves. */
#define MODEL_ATTN_PART_WORK_MIN (1u << 16)
/* Tiles of at most this many keys go to attention_direct_tile, the rest to two sgemm calls.
 * Per layer on one AVX-512 core (MiniLM's 32-wide heads / ModernBERT's 64-wide), direct vs
 * sgemm: 1.8x / 1.4x faster at 27 keys, 2.5x / 1.7x at 64, 2.4x / 1.6x at 128, 2.3x / 1.6x
 * at 512. The AVX2 clone against OpenBLAS's AVX2 kernels: 0.9x to 1.1x. */
#define MODEL_ATTN_DIRECT_KEYS_MAX 512

/* One tile: queries [q0, q1) of a sequence of len tokens, one head. Q/K/V point at the
 * sequence's first row of that head (row stride 3H); out at its first output row (stride H).
 * scores holds MODEL_ATTN_QUERY_BLOCK x len floats. Keys outside a query's window get
 * probability 0, so P V over the tile's key span is exact. */
static void attention_tile(const struct model *m, float *scores, const float *q, const float *k,
                           const float *v, float *out, size_t len, size_t q0, size_t q1,
                           size_t window_half)
{
    size_t hd = m->cfg.head_dim, ld = 3 * m->cfg.hidden;
    size_t lo, hi, unused;
    attention_window(q0, len, window_half, &lo, &unused);
    attention_window(q1 - 1, len, window_half, &unused, &hi);
    size_t keys = hi - lo, rows = q1 - q0;
    float scale = 1.0f / sqrtf((float)hd);
    if (keys <= MODEL_ATTN_DIRECT_KEYS_MAX && attention_direct_fits(keys, hd)) {
        attention_direct_tile(q, k, v, out, ld, m->cfg.hidden, hd, len, q0, q1, lo, hi, window_half,
                              scale);
        return;
    }
    cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, (int)rows, (int)keys, (int)hd, scale,
                q + q0 * ld, (int)ld, k + lo * ld, (int)ld, 0.0f, scores, (int)keys);
    for (size_t r = 0; r < rows; r++) {
        float *row = scores + r * keys;
        size_t wlo, whi;
        attention_window(q0 + r, len, window_half, &wlo, &whi);
        for (size_t j = lo; j < wlo; j++)
            row[j - lo] = 0.0f;
        softmax_row(row + (wlo - lo), whi - wlo);
        for (size_t j = whi; j < hi; j++)
            row[j - lo] = 0.0f;
    }
    cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, (int)rows, (int)hd, (int)keys, 1.0f,
                scores, (int)keys, v + lo * ld, (int)ld, 0.0f, out + q0 * m->cfg.hidden,
                (int)m->cfg.hidden);
}

/* Every tile of one sequence and head. */
static void attention_pair(const struct model *m, const struct model_scratch *s, float *scores,
                           size_t start, size_t len, size_t head, size_t window_half)
{
    size_t h = m->cfg.hidden, hd = m->cfg.head_dim;
    const float *q = s->qkv + start * 3 * h + head * hd;
    float *out = s->attn + start * h + head * hd;
    for (size_t q0 = 0; q0 < len; q0 += MODEL_ATTN_QUERY_BLOCK) {
        size_t q1 = q0 + MODEL_ATTN_QUERY_BLOCK < len ? q0 + MODEL_ATTN_QUERY_BLOCK : len;
        attention_tile(m, scores, q, q + h, q + 2 * h, out, len, q0, q1, window_half);
    }
}

/* The relative cost of one (sequence, head) pair: queries x keys each sees, plus one for the
 * calls themselves. */
static uint64_t pair_cost(size_t len, size_t window_half)
{
    size_t keys = window_half && 2 * window_half + 1 < len ? 2 * window_half + 1 : len;
    return (uint64_t)len * keys + 1;
}

struct attention_job {
    const struct model *m;
    struct model_scratch *s;
    const struct model_batch *b;
    size_t window_half;
    uint64_t total; /* summed pair costs */
};

/* Part p runs the pairs whose cost interval starts in [total p / parts, total (p+1) / parts):
 * contiguous runs of about equal cost, each pair in exactly one part, in its own scores. */
static void attention_part(void *arg, size_t part, size_t parts)
{
    const struct attention_job *j = arg;
    const struct model_batch *b = j->b;
    float *scores = j->s->scores + part * (size_t)MODEL_ATTN_QUERY_BLOCK * j->s->keys_max;
    uint64_t lo = j->total * part / parts, hi = j->total * (part + 1) / parts, at = 0;
    for (size_t i = 0; i < b->n_seqs && at < hi; i++) {
        size_t start = (size_t)b->cu_seqlens[i];
        size_t len = (size_t)(b->cu_seqlens[i + 1] - b->cu_seqlens[i]);
        uint64_t cost = pair_cost(len, j->window_half);
        for (size_t head = 0; head < j->m->cfg.heads && at < hi; head++, at += cost)
            if (at >= lo)
                attention_pair(j->m, j->s, scores, start, len, head, j->window_half);
    }
}

void model_attention(const struct model *m, struct model_scratch *s, const struct model_batch *b,
                     size_t window_half)
{
    struct attention_job job = {.m = m, .s = s, .b = b, .window_half = window_half};
    for (size_t i = 0; i < b->n_seqs; i++)
        job.total += pair_cost((size_t)(b->cu_seqlens[i + 1] - b->cu_seqlens[i]), window_half) *
                     m->cfg.heads;
    uint64_t by_work = job.total * m->cfg.head_dim / MODEL_ATTN_PART_WORK_MIN;
    size_t parts = model_threads();
    parts = parts < s->score_parts ? parts : s->score_parts;
    parts = (uint64_t)parts < by_work ? parts : (size_t)(by_work ? by_work : 1);
    EMBED_ASSERT(parts >= 1 && parts <= s->score_parts);
    pool_run(parts, attention_part, &job);
}
