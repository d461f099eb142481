/* rope.h — rotary position embedding in the rotate-half (GPT-NeoX) form ModernBERT uses.
 *
 * For a head vector x of dim d (even), with half = d/2 and i < half:
 *   inv_freq[i] = 1 / theta^(2i/d)           (float32, as transformers computes it)
 *   angle       = pos * inv_freq[i]
 *   out[i]        = x[i] * cos - x[i+half] * sin
 *   out[i + half] = x[i+half] * cos + x[i] * sin
 * which is x*cos + rotate_half(x)*sin with cos/sin repeated over both halves. */
#ifndef BRIGADE_KERNELS_ROPE_H
#define BRIGADE_KERNELS_ROPE_H

#include "kernels/common.h"

static inline BRIGADE_HD float rope_inv_freq(size_t i, size_t dim, float theta)
{
    return 1.0f / powf(theta, (float)(2 * i) / (float)dim);
}

/* cos and sin of one (position, frequency) pair; tables are filled with this. */
static inline BRIGADE_HD void rope_angle(size_t pos, size_t i, size_t dim, float theta, float *c,
                                         float *s)
{
    float angle = (float)pos * rope_inv_freq(i, dim, theta);
    *c = cosf(angle);
    *s = sinf(angle);
}

/* Rotates the pair (x[i], x[i + half]) in place. */
static inline BRIGADE_HD void rope_pair(float *lo, float *hi, float c, float s)
{
    float a = *lo, b = *hi;
    *lo = a * c - b * s;
    *hi = b * c + a * s;
}

/* In place over one head vector of dim floats; cs and sn hold dim/2 values for its position. */
static inline BRIGADE_HD void rope_row(float *x, const float *cs, const float *sn, size_t dim)
{
    size_t half = dim / 2;
    for (size_t i = 0; i < half; i++)
        rope_pair(&x[i], &x[i + half], cs[i], sn[i]);
}

#endif
