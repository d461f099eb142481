/* gelu.h — GELU activations and the GeGLU gate of ModernBERT's MLP.
 *
 * gelu_erf is the exact form (PyTorch nn.GELU(), transformers "gelu");
 * gelu_tanh is the tanh approximation ("gelu_new", "gelu_pytorch_tanh"). */
#ifndef BRIGADE_KERNELS_GELU_H
#define BRIGADE_KERNELS_GELU_H

#include "kernels/common.h"

#define GELU_SQRT1_2   0.70710678118654752440f /* 1/sqrt(2) */
#define GELU_SQRT2_PI  0.79788456080286535588f /* sqrt(2/pi) */
#define GELU_TANH_COEF 0.044715f

enum gelu_kind {
    GELU_KIND_ERF,
    GELU_KIND_TANH,
    GELU_KIND_MAX,
};

static inline BRIGADE_HD float gelu_erf(float x)
{
    return 0.5f * x * (1.0f + erff(x * GELU_SQRT1_2));
}

static inline BRIGADE_HD float gelu_tanh(float x)
{
    float inner = GELU_SQRT2_PI * (x + GELU_TANH_COEF * x * x * x);
    return 0.5f * x * (1.0f + tanhf(inner));
}

static inline BRIGADE_HD float gelu_apply(enum gelu_kind kind, float x)
{
    return kind == GELU_KIND_TANH ? gelu_tanh(x) : gelu_erf(x);
}

/* GeGLU as transformers computes it: act(input) * gate, where Wi's output row is split into
 * [input | gate] halves. */
static inline BRIGADE_HD float geglu(enum gelu_kind kind, float input, float gate)
{
    return gelu_apply(kind, input) * gate;
}

/* In place over one row of Wi's output (2*n floats: input then gate): the first n floats
 * become act(input) * gate. The gate half is left as it was. */
static inline BRIGADE_HD void geglu_row(enum gelu_kind kind, float *row, size_t n)
{
    for (size_t i = 0; i < n; i++)
        row[i] = geglu(kind, row[i], row[n + i]);
}

/* In place GELU (with an optional bias added first, NULL for none) over n floats. */
static inline BRIGADE_HD void gelu_bias_row(enum gelu_kind kind, float *row, const float *bias,
                                            size_t n)
{
    for (size_t i = 0; i < n; i++)
        row[i] = gelu_apply(kind, row[i] + (bias ? bias[i] : 0.0f));
}

#endif
