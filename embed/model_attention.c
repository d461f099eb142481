/* model_attention.c — attention tiles over a packed batch; see model_attention.h. */
#include "embed/model_attention.h"

#include <cblas.h>
#include <math.h>

#include "kernels/attention_window.h"
#include "kernels/softmax.h"

/* One tile: queries [q0, q1) of a sequence of len tokens, one head. Q/K/V point at the
 * sequence's first row of that head (row stride 3H); out at its first output row (stride H).
 * Keys outside a query's window get probability 0, so P V over the tile's key span is exact. */
static void attention_tile(const struct model *m, struct model_scratch *s, const float *q,
                           const float *k, const float *v, float *out, size_t len, size_t q0,
                           size_t q1, size_t window_half)
{
    size_t hd = m->cfg.head_dim, ld = 3 * m->cfg.hidden;
    size_t lo, hi, unused;
    attention_window(q0, len, window_half, &lo, &unused);
    attention_window(q1 - 1, len, window_half, &unused, &hi);
    size_t keys = hi - lo, rows = q1 - q0;
    float scale = 1.0f / sqrtf((float)hd);
    cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, (int)rows, (int)keys, (int)hd, scale,
                q + q0 * ld, (int)ld, k + lo * ld, (int)ld, 0.0f, s->scores, (int)keys);
    for (size_t r = 0; r < rows; r++) {
        float *row = s->scores + r * keys;
        size_t wlo, whi;
        attention_window(q0 + r, len, window_half, &wlo, &whi);
        for (size_t j = lo; j < wlo; j++)
            row[j - lo] = 0.0f;
        softmax_row(row + (wlo - lo), whi - wlo);
        for (size_t j = whi; j < hi; j++)
            row[j - lo] = 0.0f;
    }
    cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, (int)rows, (int)hd, (int)keys, 1.0f,
                s->scores, (int)keys, v + lo * ld, (int)ld, 0.0f, out + q0 * m->cfg.hidden,
                (int)m->cfg.hidden);
}

void model_attention(const struct model *m, struct model_scratch *s, const struct model_batch *b,
                     size_t window_half)
{
    size_t h = m->cfg.hidden, hd = m->cfg.head_dim, ld = 3 * h;
    for (size_t i = 0; i < b->n_seqs; i++) {
        size_t start = (size_t)b->cu_seqlens[i];
        size_t len = (size_t)(b->cu_seqlens[i + 1] - b->cu_seqlens[i]);
        for (size_t head = 0; head < m->cfg.heads; head++) {
            const float *q = s->qkv + start * ld + head * hd;
            float *out = s->attn + start * h + head * hd;
            for (size_t q0 = 0; q0 < len; q0 += MODEL_ATTN_QUERY_BLOCK) {
                size_t q1 = q0 + MODEL_ATTN_QUERY_BLOCK < len ? q0 + MODEL_ATTN_QUERY_BLOCK : len;
                attention_tile(m, s, q, q + h, q + 2 * h, out, len, q0, q1, window_half);
            }
        }
    }
}
