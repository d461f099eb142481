/* pooling.h — sentence-embedding pooling and L2 normalisation.
 *
 * Mean pooling divides by the token count (sentence-transformers clamps it at 1e-9; a packed
 * sequence always has at least one token). L2 normalisation follows torch.nn.functional.
 * normalize: x / max(||x||, 1e-12). */
#ifndef BRIGADE_KERNELS_POOLING_H
#define BRIGADE_KERNELS_POOLING_H

#include <stdint.h>

#include "kernels/common.h"

#define POOLING_NORM_EPS 1e-12f
/* Threads of the pooling kernel's block (one block per sequence). */
#define POOLING_THREADS 256

static inline BRIGADE_HD float l2norm_scale(float sum_sq)
{
    float norm = sqrtf(sum_sq);
    return 1.0f / (norm > POOLING_NORM_EPS ? norm : POOLING_NORM_EPS);
}

/* In place over n floats. */
static inline BRIGADE_HD void l2norm_row(float *x, size_t n)
{
    float sq = 0.0f;
    for (size_t i = 0; i < n; i++)
        sq += x[i] * x[i];
    float scale = l2norm_scale(sq);
    for (size_t i = 0; i < n; i++)
        x[i] *= scale;
}

/* out[0..dim) = mean of rows [0, count) of x (row stride ld floats); count > 0. */
static inline BRIGADE_HD void pooling_mean_rows(const float *x, size_t ld, size_t count, size_t dim,
                                                float *out)
{
    for (size_t d = 0; d < dim; d++)
        out[d] = 0.0f;
    for (size_t r = 0; r < count; r++)
        for (size_t d = 0; d < dim; d++)
            out[d] += x[r * ld + d];
    float inv = 1.0f / (float)count;
    for (size_t d = 0; d < dim; d++)
        out[d] *= inv;
}

/* The packed rows sequence seq's pooled vector is made of: [*first, *first + *count) with
 * *count its length for mean pooling, 1 (its first token, [CLS]) otherwise. cu_seqlens as
 * the packed batch has it (cu_seqlens[seq + 1] > cu_seqlens[seq]). The pooling kernel and the
 * CPU backend both take their rows from here. */
static inline BRIGADE_HD void pooling_span(const int32_t *cu_seqlens, size_t seq, int mean,
                                           size_t *first, size_t *count)
{
    *first = (size_t)cu_seqlens[seq];
    *count = mean ? (size_t)(cu_seqlens[seq + 1] - cu_seqlens[seq]) : 1;
}

/* Mean of column d over count rows of x (row stride ld), as the pooling kernel's threads
 * compute each column they own; count 1 is the row itself, exactly. */
static inline BRIGADE_HD float pooling_mean_column(const float *x, size_t ld, size_t count,
                                                   size_t d)
{
    float acc = 0.0f;
    for (size_t r = 0; r < count; r++)
        acc += x[r * ld + d];
    return acc * (1.0f / (float)count);
}

#endif
