/* linear_rows_bench.c — brigade-linear-rows-bench: the dense-layer kernel's rate against the
 * number of rows, the weights streamed from memory as at batch 1.
 *
 * usage: brigade-linear-rows-bench [f32|bf16|f16] [REPEATS]
 *
 * 16 layers of 768 -> 2304 (ModernBERT-base's MLP input shape; 113 MB of F32, 57 MB of 16-bit
 * weights: past the last-level cache, so every pass reads them from memory) run one after the
 * other with linear_forward on the dtype's fastest kernel, for each row count of a sweep; the
 * best of REPEATS passes (default 15) by the thread's CPU time (steady under other processes'
 * load). Prints a Markdown table: rows, ms per pass, GFLOP/s (2 per multiply-add), the share of
 * the sweep's best rate, and the weight bytes per CPU-second. At few rows it shows how close
 * the kernel comes to its compute-bound rate while streaming its weights. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "embed/linear.h"

enum { LAYERS = 16, OUT = 2304, IN = 768, MAX_ROWS = 256 };

static const size_t sweep[] = {1, 6, 12, 18, 24, 32, 48, 64, 128, 192, 256};
#define SWEEP_N (sizeof(sweep) / sizeof(sweep[0]))

static double thread_cpu_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

int main(int argc, char **argv)
{
    enum linear_dtype dtype = linear_dtype_from_name(argc > 1 ? argv[1] : "f32");
    int repeats = argc > 2 ? atoi(argv[2]) : 15;
    if (dtype == LINEAR_DTYPE_MAX || repeats < 1) {
        fprintf(stderr, "usage: brigade-linear-rows-bench [f32|bf16|f16] [REPEATS]\n");
        return 2;
    }
    enum linear_isa isa = linear_kernel_best(dtype);
    float *w = malloc(sizeof(float) * OUT * IN), *x = malloc(sizeof(float) * MAX_ROWS * IN);
    float *y = malloc(sizeof(float) * MAX_ROWS * OUT);
    if (!w || !x || !y)
        return 1;
    unsigned s = 1u;
    for (size_t i = 0; i < (size_t)OUT * IN; i++, s = s * 1664525u + 1013904223u)
        w[i] = (float)(s >> 8) / 16777216.0f - 0.5f;
    for (size_t i = 0; i < (size_t)MAX_ROWS * IN; i++, s = s * 1664525u + 1013904223u)
        x[i] = (float)(s >> 8) / 16777216.0f - 0.5f;
    static struct linear layers[LAYERS];
    double bytes = 0;
    for (int i = 0; i < LAYERS; i++) {
        linear_init_dtype(&layers[i], w, NULL, OUT, IN, dtype, isa);
        bytes += (double)linear_bytes(&layers[i]);
    }
    double ms[SWEEP_N], rate[SWEEP_N], best_rate = 0;
    for (size_t r = 0; r < SWEEP_N; r++) {
        double best = 1e30;
        for (int rep = 0; rep < repeats; rep++) {
            double t0 = thread_cpu_s();
            for (int i = 0; i < LAYERS; i++)
                linear_forward(&layers[i], x, IN, sweep[r], y, OUT, false);
            double t = thread_cpu_s() - t0;
            best = t < best ? t : best;
        }
        ms[r] = 1e3 * best;
        rate[r] = 2.0 * (double)sweep[r] * OUT * IN * LAYERS / best;
        best_rate = rate[r] > best_rate ? rate[r] : best_rate;
    }
    printf("| dtype | kernel | rows | ms/pass | GFLOP/s | of best | weights GB/CPU-s |\n");
    printf("|---|---|---|---|---|---|---|\n");
    for (size_t r = 0; r < SWEEP_N; r++)
        printf("| %s | %s | %zu | %.2f | %.1f | %.0f%% | %.1f |\n", linear_dtype_name(dtype),
               linear_isa_name(isa), sweep[r], ms[r], rate[r] / 1e9, 100 * rate[r] / best_rate,
               bytes / (ms[r] / 1e3) / 1e9);
    printf("\n%d layers of %d -> %d, %.0f MB of weights, best of %d passes by thread CPU time\n",
           LAYERS, IN, OUT, bytes / 1e6, repeats);
    for (int i = 0; i < LAYERS; i++)
        linear_free(&layers[i]);
    free(w), free(x), free(y);
    return 0;
}
