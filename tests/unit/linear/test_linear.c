/* test_linear — the packed dense layer (embed/linear.h) against a double-precision reference,
 * for every kernel this CPU runs: ragged shapes (rows not a multiple of the tile, out not a
 * multiple of the panel), strided x and y, bias or none, overwrite or accumulate, row blocks
 * (x larger than one block), and a panel range leaving the other columns untouched. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "check.h"
#include "embed/linear.h"

/* Each output is one float sum of in products: its rounding error stays below
 * in * 2^-24 * sum|x w|; 1e-6 relative to that magnitude is several times the bound for the
 * shapes here. The absolute floor covers outputs whose magnitude sum is tiny. */
#define REL_TOL 1e-6
#define ABS_TOL 1e-7
/* Written into y before a non-accumulating call: must be overwritten everywhere it is
 * written, and must survive where it is not. */
#define SENTINEL -12345.0f

struct shape {
    size_t rows, out, in, ldx_pad, ldy_pad;
};

static uint32_t rng_state = 12345u;

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

/* Returns the number of outputs outside tolerance. */
static int run_case(const struct shape *s, enum linear_isa isa, bool with_bias, bool accumulate)
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
    linear_init_isa(&l, w, bias, s->out, s->in, isa);
    linear_forward(&l, x, ldx, s->rows, y, ldy, accumulate);
    int bad = 0;
    for (size_t r = 0; r < s->rows; r++) {
        for (size_t c = 0; c < ldy; c++) {
            double got = y[r * ldy + c];
            if (c >= s->out) { /* padding columns are not the layer's */
                bad += got != y0[r * ldy + c];
                continue;
            }
            double want = bias ? bias[c] : 0.0, mag = fabs(want);
            for (size_t k = 0; k < s->in; k++) {
                want += (double)x[r * ldx + k] * w[c * s->in + k];
                mag += fabs((double)x[r * ldx + k] * w[c * s->in + k]);
            }
            if (accumulate)
                want += y0[r * ldy + c], mag += fabs(y0[r * ldy + c]);
            if (fabs(got - want) > REL_TOL * mag + ABS_TOL) {
                if (bad < 5)
                    fprintf(stderr, "%s %zux%zux%zu [%zu,%zu]: %.9g, expected %.9g\n",
                            linear_isa_name(isa), s->rows, s->out, s->in, r, c, got, want);
                bad++;
            }
        }
    }
    linear_free(&l);
    free(x), free(w), free(bias), free(y), free(y0);
    return bad;
}

/* Panels [1, 2) of a 3-panel layer: only columns 32..63 change. */
static void test_panel_range(enum linear_isa isa)
{
    size_t rows = 7, out = 3 * LINEAR_PANEL - 5, in = 19;
    float *x = rnd_array(rows * in), *w = rnd_array(out * in), *y = malloc(rows * out * 4);
    for (size_t i = 0; i < rows * out; i++)
        y[i] = SENTINEL;
    struct linear l;
    linear_init_isa(&l, w, NULL, out, in, isa);
    linear_forward_panels(&l, x, in, rows, y, out, false, 1, 2);
    for (size_t r = 0; r < rows; r++)
        for (size_t c = 0; c < out; c++) {
            bool inside = c >= LINEAR_PANEL && c < 2 * LINEAR_PANEL;
            CHECK((y[r * out + c] == SENTINEL) == !inside);
        }
    linear_free(&l);
    free(x), free(w), free(y);
}

int main(void)
{
    static const struct shape shapes[] = {
        {1, 1, 1, 0, 0},
        {5, 33, 7, 3, 2},
        {18, 64, 768, 0, 0},
        {7, 100, 19, 1, 5},
        {27, 384, 384, 0, 0},
        {13, 1536, 96, 0, 0},
        {300, 40, 300, 4, 0},
        /* 300 rows of 300 floats span 351 KiB: two row blocks */
        {10, 70, 50, 0, 0},
        {8, 64, 64, 0, 0}, /* last tiles of 4 and 2 rows */
    };
    CHECK(linear_isa_supported(LINEAR_ISA_PORTABLE));
    CHECK(linear_isa_supported(linear_isa_best()));
    int tested = 0;
    for (int isa = 0; isa < LINEAR_ISA_MAX; isa++) {
        if (!linear_isa_supported((enum linear_isa)isa)) {
            printf("test_linear: %s not supported here, not tested\n",
                   linear_isa_name((enum linear_isa)isa));
            continue;
        }
        tested++;
        for (size_t i = 0; i < sizeof(shapes) / sizeof(shapes[0]); i++)
            for (int mode = 0; mode < 4; mode++)
                CHECK_INT_EQ(run_case(&shapes[i], (enum linear_isa)isa, mode & 1, mode & 2), 0);
        test_panel_range((enum linear_isa)isa);
    }
    printf("test_linear: %d kernel(s) tested, best %s\n", tested,
           linear_isa_name(linear_isa_best()));
    return check_finish("test_linear");
}
