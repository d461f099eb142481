/* softmax.h — numerically stable softmax of one row: exp(x - max) / sum; and its online form
 * (one score at a time, as flash attention streams keys): a running max and a running sum
 * rescaled whenever the max grows, so the weights never need the whole row at once. */
#ifndef BRIGADE_KERNELS_SOFTMAX_H
#define BRIGADE_KERNELS_SOFTMAX_H

#include "kernels/common.h"

static inline BRIGADE_HD float softmax_exp(float x, float max)
{
    return expf(x - max);
}

/* In place over n > 0 floats; the result sums to 1. */
static inline BRIGADE_HD void softmax_row(float *x, size_t n)
{
    float max = x[0];
    for (size_t i = 1; i < n; i++)
        max = x[i] > max ? x[i] : max;
    float sum = 0.0f;
    for (size_t i = 0; i < n; i++) {
        x[i] = softmax_exp(x[i], max);
        sum += x[i];
    }
    float inv = 1.0f / sum;
    for (size_t i = 0; i < n; i++)
        x[i] *= inv;
}

/* Running state of an online softmax; the weighted sum it goes with (attention's output
 * accumulator) lives with the caller. */
struct softmax_online {
    float max; /* -INFINITY before the first score */
    float sum; /* sum of exp(score - max) so far */
};

static inline BRIGADE_HD void softmax_online_init(struct softmax_online *st)
{
    st->max = -INFINITY;
    st->sum = 0.0f;
}

/* Folds in score s (finite). Returns the factor the caller's accumulator must be multiplied
 * by before it adds *p times s's value (0 on the first score: exp(-inf) = 0). After the last
 * score, accumulator / st->sum is the softmax-weighted sum. */
static inline BRIGADE_HD float softmax_online_update(struct softmax_online *st, float s, float *p)
{
    float new_max = st->max > s ? st->max : s;
    float correction = softmax_exp(st->max, new_max);
    *p = softmax_exp(s, new_max);
    st->sum = st->sum * correction + *p;
    st->max = new_max;
    return correction;
}

/* The tile form (kernels/attention_tile.h): folds in a block of scores at once whose maximum
 * is tile_max (finite). Raises the running max, rescales the sum, and returns the factor the
 * accumulator must be multiplied by; the caller then adds softmax_exp(s, st->max) of each
 * score to st->sum and that weight times s's value to the accumulator. */
static inline BRIGADE_HD float softmax_online_rescale(struct softmax_online *st, float tile_max)
{
    float new_max = st->max > tile_max ? st->max : tile_max;
    float correction = softmax_exp(st->max, new_max);
    st->sum *= correction;
    st->max = new_max;
    return correction;
}

#endif
