/* gelu.h — GELU activations and the GeGLU gate of ModernBERT's MLP.
 *
 * gelu_erf is the exact form (PyTorch nn.GELU(), transformers "gelu");
 * gelu_tanh is the tanh approximation ("gelu_new", "gelu_pytorch_tanh"). */
#ifndef BRIGADE_KERNELS_GELU_H
#define BRIGADE_KERNELS_GELU_H

#include <stdint.h>
#include <string.h>

#include "kernels/common.h"

#define GELU_SQRT1_2   0.70710678118654752440f /* 1/sqrt(2) */
#define GELU_SQRT2_PI  0.79788456080286535588f /* sqrt(2/pi) */
#define GELU_TANH_COEF 0.044715f

enum gelu_kind {
    GELU_KIND_ERF,
    GELU_KIND_TANH,
    GELU_KIND_MAX,
};

/* Past this |x| erf(x) is +-1 in float: erfc(4) = 1.5e-8 is below half an ulp of 1.0f. */
#define GELU_ERF_ONE 4.0f
/* Below: erf(x) = x + x * P(x^2); from here to GELU_ERF_ONE: erf(|x|) = 1 - Q(|x| - 2.5). */
#define GELU_ERF_SPLIT 1.0f
#define GELU_ERF_MID   2.5f

/* c ? a : b through the bits. With trapping math GCC sinks each arm of a float ?: into a branch
 * and then will not if-convert it (an arm's multiply might trap): without AVX-512's masked
 * ops the loop is not vectorised at all. Integer ands and ors have no branch to sink into. */
static inline BRIGADE_HD float gelu_select(int c, float a, float b)
{
    uint32_t ua, ub, m = 0u - (uint32_t)(c != 0);
    memcpy(&ua, &a, sizeof(ua));
    memcpy(&ub, &b, sizeof(ub));
    uint32_t r = (ua & m) | (ub & ~m);
    float f;
    memcpy(&f, &r, sizeof(f));
    return f;
}

/* erf of a float, in float by two polynomials and a select: no branch and no libm call, so a
 * loop over a row vectorises, 16 wide with AVX-512 and 8 with AVX2 (host erff is a scalar
 * call; the double form this replaces ran 8 wide on AVX-512 only and was 6% of a bf16 MiniLM
 * pass). Near-minimax fits to erf(x)/x - 1 on [0, 1] (relative error 1.2e-9) and to erfc on
 * [1, 4] (absolute 6.1e-10). The split is low because float Horner over x^2 up to 4 cancels
 * terms of size 2: small terms keep the rounding near half an ulp, and x + x P(u) holds P's
 * own rounding to an eighth of the result. Swept over every float in [0, 4.5]: within 9.4e-8
 * relative of the true erf, at most one ulp from glibc's erff, with or without FMA contraction
 * (tests/unit/activation). NaN in, NaN out (through Q: a NaN fails every comparison). */
static inline BRIGADE_HD float gelu_erf_poly(float x)
{
    float a = fabsf(x), u = a * a;
    float p = 7.85385797e-05f;
    p = p * u - 0.000801019285f;
    p = p * u + 0.00518832763f;
    p = p * u - 0.0268538119f;
    p = p * u + 0.112835851f;
    p = p * u - 0.376126258f;
    p = p * u + 0.128379166f;                                                /* 2/sqrt(pi) - 1 */
    float t = gelu_select(a > GELU_ERF_ONE, GELU_ERF_ONE, a) - GELU_ERF_MID; /* NaN stays */
    float q = 3.49167681e-07f;
    q = q * t - 8.87712587e-07f;
    q = q * t - 3.44632949e-06f;
    q = q * t + 1.57013276e-05f;
    q = q * t - 7.80580532e-06f;
    q = q * t - 8.10486052e-05f;
    q = q * t + 0.000253498927f;
    q = q * t - 0.000258803962f;
    q = q * t - 0.000544593128f;
    q = q * t + 0.00279760822f;
    q = q * t - 0.00611656414f;
    q = q * t + 0.00862258599f;
    q = q * t - 0.00835021567f;
    q = q * t + 0.00544569097f;
    q = q * t - 0.00217827833f;
    q = q * t + 0.00040695232f;
    float small = a + a * p, big = 1.0f - q;
    return copysignf(gelu_select(a < GELU_ERF_SPLIT, small, big), x);
}

/* Device code keeps CUDA's erff (a few FMAs, no call; double would be slow on a GPU); the
 * host uses gelu_erf_poly. Both are within about one ulp of erf. */
static inline BRIGADE_HD float gelu_erf(float x)
{
#ifdef __CUDA_ARCH__
    return 0.5f * x * (1.0f + erff(x * GELU_SQRT1_2));
#else
    return 0.5f * x * (1.0f + gelu_erf_poly(x * GELU_SQRT1_2));
#endif
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
