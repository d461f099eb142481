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

/* Past this |x| erf(x) is +-1 in float: erfc(4) = 1.5e-8 is below half an ulp of 1.0f. */
#define GELU_ERF_ONE 4.0
/* Below: erf(x) = x * P(x^2); from here to GELU_ERF_ONE: erf(|x|) = 1 - Q(|x| - 3). */
#define GELU_ERF_SPLIT 2.0

/* erf of a float, evaluated in double by two polynomials and a select: no branch and no libm
 * call, so a loop over a row vectorises (host erff is a scalar call, a fifth of a MiniLM
 * forward pass once the GEMMs were fast). Least-squares fits to erf on [0, 2] (relative
 * error 1.3e-9) and [2, 4] (absolute error 2.1e-10), far below float's half ulp: within
 * 6e-8 relative of the true erf, at most one ulp from glibc's erff (swept in
 * tests/unit/activation). NaN in, NaN out (through Q: a NaN fails every comparison). */
static inline BRIGADE_HD float gelu_erf_poly(float xf)
{
    double x = xf, a = fabs(x), u = a * a;
    double p = 2.6690653783536677e-09;
    p = p * u - 8.2866414487184713e-08;
    p = p * u + 1.2901556822563311e-06;
    p = p * u - 1.3881292542580224e-05;
    p = p * u + 0.00011851729012386946;
    p = p * u - 0.00085223899015743278;
    p = p * u + 0.0052219021323284681;
    p = p * u - 0.026865201978724367;
    p = p * u + 0.11283768730272334;
    p = p * u - 0.37612636863741122;
    p = p * u + 1.1283791668694854;
    double t = (a > GELU_ERF_ONE ? GELU_ERF_ONE : a) - 3.0; /* NaN stays NaN: no a == a test */
    double q = -1.4442650126328154e-06;
    q = q * t + 9.4670946987852982e-06;
    q = q * t - 1.7784485527801237e-05;
    q = q * t - 1.1896994037673876e-05;
    q = q * t + 0.00013624818668578001;
    q = q * t - 0.00039187702210460504;
    q = q * t + 0.00073752816657480787;
    q = q * t - 0.0010161498535133748;
    q = q * t + 0.0010444831536304132;
    q = q * t - 0.00078915165526880925;
    q = q * t + 0.0004177538383361842;
    q = q * t - 0.00013925119590321613;
    q = q * t + 2.2090551165712463e-05;
    /* Both arms computed first: with trapping math GCC only if-converts selects of values
     * already computed. */
    double small = a * p, big = 1.0 - q;
    return (float)copysign(a < GELU_ERF_SPLIT ? small : big, x);
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
