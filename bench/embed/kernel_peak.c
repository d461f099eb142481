/* kernel_peak.c — a compute-bound linear_forward timed on the thread's CPU clock; see
 * kernel_peak.h. */
#include "kernel_peak.h"

#include <stdint.h>
#include <stdlib.h>
#include <time.h>

enum { PEAK_DIM = 768, PEAK_CALLS = 20, PEAK_REPEATS = 5 };

static double thread_cpu_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

double kernel_peak_flops(enum linear_dtype dtype, enum linear_isa isa)
{
    size_t w_n = (size_t)PEAK_DIM * PEAK_DIM, x_n = (size_t)KERNEL_PEAK_ROWS * PEAK_DIM;
    float *w = malloc(w_n * sizeof(float)), *x = malloc(x_n * sizeof(float));
    float *y = malloc(x_n * sizeof(float));
    if (!w || !x || !y) {
        free(w), free(x), free(y);
        return 0;
    }
    uint32_t s = 1u;
    for (size_t i = 0; i < w_n; i++, s = s * 1664525u + 1013904223u)
        w[i] = (float)(s >> 8) / 16777216.0f - 0.5f;
    for (size_t i = 0; i < x_n; i++, s = s * 1664525u + 1013904223u)
        x[i] = (float)(s >> 8) / 16777216.0f - 0.5f;
    struct linear l;
    linear_init_dtype(&l, w, NULL, PEAK_DIM, PEAK_DIM, dtype, isa);
    double flops = 2.0 * KERNEL_PEAK_ROWS * PEAK_DIM * (double)(l.panel_count * LINEAR_PANEL);
    double best = 0;
    linear_forward(&l, x, PEAK_DIM, KERNEL_PEAK_ROWS, y, PEAK_DIM, false); /* warm-up */
    for (int r = 0; r < PEAK_REPEATS; r++) {
        double t0 = thread_cpu_s();
        for (int c = 0; c < PEAK_CALLS; c++)
            linear_forward(&l, x, PEAK_DIM, KERNEL_PEAK_ROWS, y, PEAK_DIM, false);
        double rate = PEAK_CALLS * flops / (thread_cpu_s() - t0);
        best = rate > best ? rate : best;
    }
    linear_free(&l);
    free(w), free(x), free(y);
    return best;
}
