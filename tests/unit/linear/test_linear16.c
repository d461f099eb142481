/* test_linear16 — dense layers with BF16 and F16 weights (embed/linear.h) for every kernel
 * this CPU runs: the packed layouts value by value (pairs of k for BF16, zero padding past out
 * and an odd in), linear_weight as the packing's inverse, linear_convert equal to packing from
 * scratch, and the products against a double-precision reference on the rounded weights (and,
 * for the AVX512-BF16 kernel, the rounded activations): ragged shapes, strided x and y, bias,
 * accumulate, several row blocks, a panel range, and the widest input each kernel takes. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "embed/half.h"
#include "embed/linear.h"

/* As test_linear: one float sum of in products per output, against a double reference on
 * exactly the values the kernel multiplies. */
#define REL_TOL  1e-6
#define ABS_TOL  1e-7
#define SENTINEL -12345.0f

struct shape {
    size_t rows, out, in, ldx_pad, ldy_pad;
};

static uint32_t rng_state = 777u;

static float rnd(void)
{
    rng_state = rng_state * 1664525u + 1013904223u;
    return (float)(rng_state >> 8) / 16777216.0f - 0.5f;
}

static float *rnd_array(size_t n)
{
    float *p = malloc(n * sizeof(float));
    for (size_t i = 0; i < n; i++)
        p[i] = rnd();
    return p;
}

/* v as the dtype stores it, widened back. */
static float stored(enum linear_dtype dtype, float v)
{
    if (dtype == LINEAR_DTYPE_BF16)
        return half_bf16_to_f32(half_bf16_from_f32(v));
    if (dtype == LINEAR_DTYPE_F16)
        return half_f16_to_f32(half_f16_from_f32(v));
    return v;
}

/* Returns the number of outputs outside tolerance. */
static int run_case(const struct shape *s, enum linear_dtype dtype, enum linear_isa isa,
                    bool with_bias, bool accumulate)
{
    size_t ldx = s->in + s->ldx_pad, ldy = s->out + s->ldy_pad;
    float *x = rnd_array(s->rows * ldx), *w = rnd_array(s->out * s->in);
    float *bias = with_bias ? rnd_array(s->out) : NULL;
    float *y = rnd_array(s->rows * ldy), *y0 = malloc(s->rows * ldy * sizeof(float));
    if (!accumulate)
        for (size_t i = 0; i < s->rows * ldy; i++)
            y[i] = SENTINEL;
    memcpy(y0, y, s->rows * ldy * sizeof(float));
    struct linear l;
    linear_init_dtype(&l, w, bias, s->out, s->in, dtype, isa);
    CHECK_INT_EQ(l.dtype, dtype);
    linear_forward(&l, x, ldx, s->rows, y, ldy, accumulate);
    bool x16 = l.isa == LINEAR_ISA_AVX512_BF16; /* the activations are rounded too */
    int bad = 0;
    for (size_t r = 0; r < s->rows; r++) {
        for (size_t c = 0; c < ldy; c++) {
            double got = y[r * ldy + c];
            if (c >= s->out) {
                bad += got != y0[r * ldy + c];
                continue;
            }
            double want = bias ? bias[c] : 0.0, mag = fabs(want);
            for (size_t k = 0; k < s->in; k++) {
                float xv = x[r * ldx + k];
                double p = (double)(x16 ? stored(LINEAR_DTYPE_BF16, xv) : xv) *
                           stored(dtype, w[c * s->in + k]);
                want += p, mag += fabs(p);
            }
            if (accumulate)
                want += y0[r * ldy + c], mag += fabs(y0[r * ldy + c]);
            if (fabs(got - want) > REL_TOL * mag + ABS_TOL) {
                if (bad < 5)
                    fprintf(stderr, "%s/%s %zux%zux%zu [%zu,%zu]: %.9g, expected %.9g\n",
                            linear_dtype_name(dtype), linear_isa_name(l.isa), s->rows, s->out,
                            s->in, r, c, got, want);
                bad++;
            }
        }
    }
    linear_free(&l);
    free(x), free(w), free(bias), free(y), free(y0);
    return bad;
}

/* Panels [1, 2) of a 3-panel layer: only columns 32..63 change. */
static void test_panel_range(enum linear_dtype dtype, enum linear_isa isa)
{
    size_t rows = 7, out = 3 * LINEAR_PANEL - 5, in = 19;
    float *x = rnd_array(rows * in), *w = rnd_array(out * in), *y = malloc(rows * out * 4);
    for (size_t i = 0; i < rows * out; i++)
        y[i] = SENTINEL;
    struct linear l;
    linear_init_dtype(&l, w, NULL, out, in, dtype, isa);
    linear_forward_panels(&l, x, in, rows, y, out, false, 1, 2);
    for (size_t r = 0; r < rows; r++)
        for (size_t c = 0; c < out; c++) {
            bool inside = c >= LINEAR_PANEL && c < 2 * LINEAR_PANEL;
            CHECK((y[r * out + c] == SENTINEL) == !inside);
        }
    linear_free(&l);
    free(x), free(w), free(y);
}

/* The layouts of linear.h, value by value, on a layer with an odd in and a partial panel. */
static void test_layouts(void)
{
    size_t out = LINEAR_PANEL + 3, in = 5, panels = 2;
    float *w = rnd_array(out * in);
    struct linear b, h;
    linear_init_dtype(&b, w, NULL, out, in, LINEAR_DTYPE_BF16, LINEAR_ISA_PORTABLE);
    linear_init_dtype(&h, w, NULL, out, in, LINEAR_DTYPE_F16, LINEAR_ISA_PORTABLE);
    CHECK(b.panels == NULL && h.panels == NULL);
    CHECK_INT_EQ(b.panel_count, panels);
    size_t in2 = 6; /* in rounded up to even */
    for (size_t c = 0; c < panels * LINEAR_PANEL; c++) {
        for (size_t k = 0; k < in2; k++) {
            size_t p = c / LINEAR_PANEL, j = c % LINEAR_PANEL;
            uint16_t bv =
                b.panels16[p * in2 * LINEAR_PANEL + ((k / 2) * LINEAR_PANEL + j) * 2 + k % 2];
            bool real = c < out && k < in;
            CHECK_INT_EQ(bv, real ? half_bf16_from_f32(w[c * in + k]) : 0);
            if (k < in) {
                uint16_t hv = h.panels16[p * in * LINEAR_PANEL + k * LINEAR_PANEL + j];
                CHECK_INT_EQ(hv, c < out ? half_f16_from_f32(w[c * in + k]) : 0);
            }
            if (real) {
                CHECK(linear_weight(&b, c, k) == stored(LINEAR_DTYPE_BF16, w[c * in + k]));
                CHECK(linear_weight(&h, c, k) == stored(LINEAR_DTYPE_F16, w[c * in + k]));
            }
        }
    }
    /* An F32 layer converted equals one packed from W: the same bytes. */
    struct linear f;
    linear_init_isa(&f, w, NULL, out, in, LINEAR_ISA_PORTABLE);
    for (size_t c = 0; c < out; c++)
        for (size_t k = 0; k < in; k++)
            CHECK(linear_weight(&f, c, k) == w[c * in + k]);
    linear_convert(&f, LINEAR_DTYPE_BF16, LINEAR_ISA_PORTABLE);
    CHECK(f.panels == NULL && f.dtype == LINEAR_DTYPE_BF16);
    CHECK(memcmp(f.panels16, b.panels16, panels * in2 * LINEAR_PANEL * 2) == 0);
    linear_free(&f);
    linear_free(&b);
    linear_free(&h);
    free(w);
}

static void test_names(void)
{
    for (int d = 0; d < LINEAR_DTYPE_MAX; d++)
        CHECK_INT_EQ(linear_dtype_from_name(linear_dtype_name((enum linear_dtype)d)), d);
    for (int i = 0; i < LINEAR_ISA_MAX; i++)
        CHECK_INT_EQ(linear_isa_from_name(linear_isa_name((enum linear_isa)i)), i);
    CHECK_INT_EQ(linear_dtype_from_name("fp16"), LINEAR_DTYPE_MAX);
    CHECK_INT_EQ(linear_isa_from_name("avx512_bf16"), LINEAR_ISA_MAX);
    /* F16 weights have no vdpbf16ps kernel; F32 none either. */
    CHECK(!linear_kernel_supported(LINEAR_DTYPE_F16, LINEAR_ISA_AVX512_BF16));
    CHECK(!linear_kernel_supported(LINEAR_DTYPE_F32, LINEAR_ISA_AVX512_BF16));
    for (int d = 0; d < LINEAR_DTYPE_MAX; d++)
        CHECK(linear_kernel_supported((enum linear_dtype)d,
                                      linear_kernel_best((enum linear_dtype)d)));
    CHECK(linear_dtype_native() == LINEAR_DTYPE_BF16 || linear_dtype_native() == LINEAR_DTYPE_F32);
}

int main(void)
{
    static const struct shape shapes[] = {
        {1, 1, 1, 0, 0},      {5, 33, 7, 3, 2},     {18, 64, 768, 0, 0},
        {7, 100, 19, 1, 5},   {27, 384, 384, 0, 0}, {13, 1536, 96, 0, 0},
        {10, 70, 50, 0, 0},   {8, 64, 64, 0, 0}, /* last tiles of 4 and 2 rows */
        {300, 40, 300, 4, 0},                    /* two row blocks of F32 and of bf16 activations */
        {13, 40, 8192, 0, 0}, /* the AVX512-BF16 kernel's widest input: 6 rows a block */
        {8, 33, 8193, 0, 0},  /* past it: the AVX-512F kernel runs the layer */
    };
    test_names();
    test_layouts();
    int tested = 0;
    for (int d = LINEAR_DTYPE_BF16; d < LINEAR_DTYPE_MAX; d++) {
        enum linear_dtype dtype = (enum linear_dtype)d;
        for (int isa = 0; isa < LINEAR_ISA_MAX; isa++) {
            if (!linear_kernel_supported(dtype, (enum linear_isa)isa)) {
                printf("test_linear16: %s/%s not supported here, not tested\n",
                       linear_dtype_name(dtype), linear_isa_name((enum linear_isa)isa));
                continue;
            }
            tested++;
            for (size_t i = 0; i < sizeof(shapes) / sizeof(shapes[0]); i++)
                for (int mode = 0; mode < 4; mode++)
                    CHECK_INT_EQ(
                        run_case(&shapes[i], dtype, (enum linear_isa)isa, mode & 1, mode & 2), 0);
            test_panel_range(dtype, (enum linear_isa)isa);
        }
    }
    if (linear_kernel_supported(LINEAR_DTYPE_BF16, LINEAR_ISA_AVX512_BF16)) {
        float *w = rnd_array(2 * (LINEAR_X16_IN_MAX + 1));
        struct linear l;
        linear_init_dtype(&l, w, NULL, 2, LINEAR_X16_IN_MAX + 1, LINEAR_DTYPE_BF16,
                          LINEAR_ISA_AVX512_BF16);
        CHECK_INT_EQ(l.isa, LINEAR_ISA_AVX512);
        linear_free(&l);
        free(w);
    }
    printf("test_linear16: %d kernel(s) tested, best bf16 %s, best f16 %s\n", tested,
           linear_isa_name(linear_kernel_best(LINEAR_DTYPE_BF16)),
           linear_isa_name(linear_kernel_best(LINEAR_DTYPE_F16)));
    return check_finish("test_linear16");
}
