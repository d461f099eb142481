/* test_activation — the vectorisable erf behind GELU (kernels/gelu.h gelu_erf_poly) against
 * glibc's erff and the double erf over a dense sweep of floats, its special values, and the
 * row passes of embed/rows.h (each CPU clone the loader picks) against the scalar formulas. */
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "embed/rows.h"
#include "kernels/layernorm.h"

/* The bound the encoder relies on: erf within 1e-7 relative of the true erf (double erf);
 * against glibc's erff, itself up to one ulp off, at most one ulp apart (FLT_EPSILON
 * relative bounds one ulp). */
#define ERF_REL_MAX     1e-7
#define ERF_VS_ERFF_MAX FLT_EPSILON
/* Every SWEEP_STRIDE-th float bit pattern in [0, SWEEP_END]: about 11 million arguments,
 * every binade from the smallest subnormal up. */
#define SWEEP_STRIDE 97u
#define SWEEP_END    6.5f
/* GELU rows vs 0.5 x (1 + erff(x / sqrt 2)): 1 + erf cancels for negative x, so one ulp of
 * erf near -1 is an absolute 0.5 |x| 2^-24 in the product; the bound is that plus float's
 * own rounding of the result. */
#define GELU_ABS_PER_X 6e-8
#define GELU_REL_MAX   2.5e-7

static float from_bits(uint32_t u)
{
    float f;
    memcpy(&f, &u, sizeof(f));
    return f;
}

static void test_erf_sweep(void)
{
    uint32_t end;
    float e = SWEEP_END;
    memcpy(&end, &e, sizeof(end));
    double worst_f = 0, worst_d = 0;
    float at_f = 0, at_d = 0;
    size_t n = 0;
    for (uint32_t u = 0; u <= end; u += SWEEP_STRIDE, n++) {
        float x = from_bits(u);
        for (int sign = 0; sign < 2; sign++, x = -x) {
            float got = gelu_erf_poly(x);
            double ref_f = erff(x), ref_d = erf((double)x);
            /* Subnormal results have fewer bits: there, one step of the subnormal grid. */
            double rel_f = fabs(ref_f) < FLT_MIN
                               ? fabs(got - ref_f) / FLT_TRUE_MIN * ERF_VS_ERFF_MAX
                               : fabs(got - ref_f) / fabs(ref_f);
            double rel_d = fabs(ref_d) < FLT_MIN ? fabs(got - ref_d) / FLT_TRUE_MIN * ERF_REL_MAX
                                                 : fabs(got - ref_d) / fabs(ref_d);
            if (rel_f > worst_f)
                worst_f = rel_f, at_f = x;
            if (rel_d > worst_d)
                worst_d = rel_d, at_d = x;
        }
    }
    printf("erf sweep: %zu arguments, max rel diff vs erff %.3g (x = %.9g), vs erf %.3g (x = "
           "%.9g)\n",
           2 * n, worst_f, at_f, worst_d, at_d);
    CHECK(n > 10000000);
    CHECK(worst_f <= ERF_VS_ERFF_MAX);
    CHECK(worst_d <= ERF_REL_MAX);
}

static void test_erf_special(void)
{
    CHECK(gelu_erf_poly(0.0f) == 0.0f);
    CHECK(gelu_erf_poly(INFINITY) == 1.0f);
    CHECK(gelu_erf_poly(-INFINITY) == -1.0f);
    CHECK(gelu_erf_poly(100.0f) == 1.0f);
    CHECK(gelu_erf_poly(-4.0f) == -1.0f);
    CHECK(isnan(gelu_erf_poly(NAN)));
    /* 2/sqrt(pi) x to one ulp: the true erf(1e-30f) = 1.1283791707e-30 lies 0.47 ulp above
     * the float below, so the float sum x + x p, rounded twice without FMA, can land above. */
    float tiny = gelu_erf_poly(1e-30f), tiny_ref = erff(1e-30f);
    CHECK(tiny == tiny_ref || tiny == nextafterf(tiny_ref, 0.0f) ||
          tiny == nextafterf(tiny_ref, 1.0f));
    CHECK(gelu_erf_poly(2.0f) == erff(2.0f)); /* the seam between the two polynomials */
}

/* rows_gelu and rows_geglu (whichever clone this CPU gets) on a spread of values. */
static void test_rows(void)
{
    enum { N = 2000, LD = 2 * N + 3, ROWS = 2 };
    static float g[ROWS * LD], gl[ROWS * LD], orig[ROWS * LD];
    for (size_t i = 0; i < ROWS * LD; i++)
        orig[i] = (float)((double)i / (ROWS * LD) * 24.0 - 12.0) * (i % 3 ? 1.0f : 0.37f);
    memcpy(g, orig, sizeof(g));
    memcpy(gl, orig, sizeof(gl));
    rows_gelu(GELU_KIND_ERF, g, ROWS, LD, 2 * N);
    rows_geglu(GELU_KIND_ERF, gl, ROWS, LD, N);
    double worst = 0;
    for (size_t r = 0; r < ROWS; r++) {
        for (size_t i = 0; i < 2 * N; i++) {
            float x = orig[r * LD + i];
            double ref = 0.5 * x * (1.0 + (double)erff(x * GELU_SQRT1_2));
            double err = fabs(g[r * LD + i] - ref) - GELU_ABS_PER_X * fabs(x);
            double rel = err / (fabs(ref) + 1e-30);
            worst = rel > worst ? rel : worst;
            if (i < N) { /* geglu: act(input) * gate into the input half, gate untouched */
                double want = (double)g[r * LD + i] * orig[r * LD + N + i];
                CHECK(fabs(gl[r * LD + i] - want) <= 1e-7 * fabs(want) + 1e-30);
                CHECK(gl[r * LD + N + i] == orig[r * LD + N + i]);
            }
        }
        CHECK(g[r * LD + 2 * N] == orig[r * LD + 2 * N]); /* past n: untouched */
    }
    printf("rows_gelu: max rel diff beyond one erf ulp %.3g\n", worst);
    CHECK(worst <= GELU_REL_MAX);
}

/* rows_layernorm equals layernorm_row row by row up to the rounding of its lane sums. */
static void test_layernorm_rows(void)
{
    enum { H = 77, ROWS = 5 };
    static float x[ROWS * H], y[ROWS * H], ref[H], w[H], b[H];
    for (size_t i = 0; i < ROWS * H; i++)
        x[i] = sinf((float)i * 0.7f) * 3.0f + (float)(i / H);
    for (size_t i = 0; i < H; i++)
        w[i] = 1.0f + 0.01f * (float)i, b[i] = 0.1f * cosf((float)i);
    rows_layernorm(x, y, ROWS, H, w, b, 1e-5f);
    for (size_t r = 0; r < ROWS; r++) {
        layernorm_row(x + r * H, ref, w, b, H, 1e-5f);
        for (size_t i = 0; i < H; i++)
            CHECK(fabsf(y[r * H + i] - ref[i]) <= 1e-6f);
    }
}

int main(void)
{
    test_erf_special();
    test_erf_sweep();
    test_rows();
    test_layernorm_rows();
    return check_finish("test_activation");
}
