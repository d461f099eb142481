/* layernorm.h — LayerNorm of one row, as torch.nn.LayerNorm computes it:
 * y = (x - mean) / sqrt(var + eps) * w + b, var the biased (population) variance.
 *
 * The CUDA kernel reduces mean and variance across a block and then calls layernorm_elem;
 * the host path calls layernorm_row, which uses the same two-pass statistics. */
#ifndef BRIGADE_KERNELS_LAYERNORM_H
#define BRIGADE_KERNELS_LAYERNORM_H

#include "kernels/common.h"

static inline BRIGADE_HD float layernorm_rstd(float var, float eps)
{
    return 1.0f / sqrtf(var + eps);
}

/* bias may be 0 when the norm has none (ModernBERT norm_bias false). */
static inline BRIGADE_HD float layernorm_elem(float x, float mean, float rstd, float w, float b)
{
    return (x - mean) * rstd * w + b;
}

/* Two-pass mean and variance of n floats (n > 0); the second pass over the centred values
 * avoids the cancellation of E[x^2] - E[x]^2. */
static inline BRIGADE_HD void layernorm_stats(const float *x, size_t n, float *mean, float *var)
{
    float sum = 0.0f;
    for (size_t i = 0; i < n; i++)
        sum += x[i];
    float m = sum / (float)n;
    float sq = 0.0f;
    for (size_t i = 0; i < n; i++) {
        float d = x[i] - m;
        sq += d * d;
    }
    *mean = m;
    *var = sq / (float)n;
}

/* y may alias x. w is required; b may be NULL (no bias). */
static inline BRIGADE_HD void layernorm_row(const float *x, float *y, const float *w,
                                            const float *b, size_t n, float eps)
{
    float mean, var;
    layernorm_stats(x, n, &mean, &var);
    float rstd = layernorm_rstd(var, eps);
    for (size_t i = 0; i < n; i++)
        y[i] = layernorm_elem(x[i], mean, rstd, w[i], b ? b[i] : 0.0f);
}

#endif
