/* softmax.h — numerically stable softmax of one row: exp(x - max) / sum. */
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

#endif
