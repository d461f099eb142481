/* test_linear_small_rows — a call of few rows (embed/linear.c's block_narrow: each panel in
 * chunks of k shared by the row tiles) gives, bit for bit, the rows a call of many rows (each
 * tile over the whole panel) gives for the same x: the same sums in the same order, for every
 * dtype and kernel this CPU runs, with an odd in that ends mid-chunk and mid BF16 pair, bias,
 * accumulate and row counts that end inside a tile. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "embed/linear.h"

#define WIDE_ROWS 48 /* over block_narrow's limit: the whole-panel path */

static uint32_t rng_state = 4242u;

static float rnd(void)
{
    rng_state = rng_state * 1664525u + 1013904223u;
    return (float)(rng_state >> 8) / 16777216.0f - 0.5f;
}

static void fill(float *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        p[i] = rnd();
}

static void check_kernel(enum linear_dtype dtype, enum linear_isa isa, bool with_bias,
                         bool accumulate)
{
    enum { OUT = 70, IN = 301 };
    static float x[WIDE_ROWS * IN], w[OUT * IN], bias[OUT], y0[WIDE_ROWS * OUT];
    static float wide[WIDE_ROWS * OUT], narrow[WIDE_ROWS * OUT];
    fill(x, WIDE_ROWS * IN), fill(w, OUT * IN), fill(bias, OUT), fill(y0, WIDE_ROWS * OUT);
    struct linear l;
    linear_init_dtype(&l, w, with_bias ? bias : NULL, OUT, IN, dtype, isa);
    memcpy(wide, y0, sizeof(wide));
    linear_forward(&l, x, IN, WIDE_ROWS, wide, OUT, accumulate);
    static const size_t rows[] = {1, 5, 6, 18, 25, 36};
    for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        memcpy(narrow, y0, sizeof(narrow));
        linear_forward(&l, x, IN, rows[i], narrow, OUT, accumulate);
        CHECK(memcmp(narrow, wide, rows[i] * OUT * sizeof(float)) == 0);
        CHECK(memcmp(narrow + rows[i] * OUT, y0 + rows[i] * OUT,
                     (WIDE_ROWS - rows[i]) * OUT * sizeof(float)) == 0);
    }
    linear_free(&l);
}

int main(void)
{
    int tested = 0;
    for (int d = 0; d < LINEAR_DTYPE_MAX; d++)
        for (int isa = 0; isa < LINEAR_ISA_MAX; isa++) {
            if (!linear_kernel_supported((enum linear_dtype)d, (enum linear_isa)isa))
                continue;
            tested++;
            for (int mode = 0; mode < 4; mode++)
                check_kernel((enum linear_dtype)d, (enum linear_isa)isa, mode & 1, mode & 2);
        }
    CHECK(tested >= 3); /* portable f32, bf16 and f16 run everywhere */
    printf("test_linear_small_rows: %d dtype/kernel pairs\n", tested);
    return check_finish("test_linear_small_rows");
}
