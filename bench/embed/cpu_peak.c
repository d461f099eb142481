/* cpu_peak.c — brigade-cpu-peak: one core's instruction peaks and streaming read bandwidth,
 * the ceilings any implementation of a forward pass (brigade's or a peer's) runs under.
 *
 * usage: brigade-cpu-peak [REPEATS]
 *
 * - f32 FMA: vfmadd231ps on zmm (ymm where the CPU lacks AVX-512F), 12 independent
 *   accumulators so the pipes and not the latency set the pace; 2 FLOP per lane.
 * - bf16 dot: vdpbf16ps on zmm (where the CPU has AVX512-BF16), 12 accumulators; each
 *   instruction does 2 multiply-adds per F32 lane, 4 FLOP per lane.
 * - read bandwidth: bench/embed/read_bandwidth.h (a streaming sum over 600 MB).
 * - clock: a chain of dependent integer adds (one per cycle on any x86 of the last decade),
 *   to read the peaks as FLOP per cycle.
 * Each figure is the best of REPEATS (default 5) by the thread's CPU time (the peaks and the
 * clock) or the wall clock (the bandwidth). Prints one JSON line. */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

#include "read_bandwidth.h"

enum { PEAK_ITERS = 20 * 1000 * 1000, CLOCK_ITERS = 400 * 1000 * 1000 };

static double thread_cpu_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static volatile float sink_f;

#if defined(__x86_64__)
#define ACC12(X) X(0) X(1) X(2) X(3) X(4) X(5) X(6) X(7) X(8) X(9) X(10) X(11)

/* FLOP per call: iters x 12 instructions x 16 lanes x 2. */
__attribute__((target("avx512f"), noinline)) static void fma_zmm(long iters)
{
#define DECL(i) __m512 c##i = _mm512_set1_ps((float)(i));
#define STEP(i) c##i = _mm512_fmadd_ps(a, b, c##i);
#define SUM(i)  s = _mm512_add_ps(s, c##i);
    __m512 a = _mm512_set1_ps(1e-7f), b = _mm512_set1_ps(0.5f), s = _mm512_setzero_ps();
    ACC12(DECL)
    for (long n = 0; n < iters; n++) {
        ACC12(STEP)
        __asm__ volatile("" : "+v"(a)); /* one a per iteration: no hoisting, no folding */
    }
    ACC12(SUM)
    sink_f = _mm512_reduce_add_ps(s);
}

__attribute__((target("avx2,fma"), noinline)) static void fma_ymm(long iters)
{
#undef DECL
#undef STEP
#undef SUM
#define DECL(i) __m256 c##i = _mm256_set1_ps((float)(i));
#define STEP(i) c##i = _mm256_fmadd_ps(a, b, c##i);
#define SUM(i)  s = _mm256_add_ps(s, c##i);
    __m256 a = _mm256_set1_ps(1e-7f), b = _mm256_set1_ps(0.5f), s = _mm256_setzero_ps();
    ACC12(DECL)
    for (long n = 0; n < iters; n++) {
        ACC12(STEP)
        __asm__ volatile("" : "+v"(a));
    }
    ACC12(SUM)
    float out[8];
    _mm256_storeu_ps(out, s);
    sink_f = out[0];
}

/* FLOP per call: iters x 12 instructions x 16 lanes x 2 multiply-adds x 2. */
__attribute__((target("avx512f,avx512bf16"), noinline)) static void dpbf16_zmm(long iters)
{
#undef DECL
#undef STEP
#undef SUM
#define DECL(i) __m512 c##i = _mm512_set1_ps((float)(i));
#define STEP(i) c##i = _mm512_dpbf16_ps(c##i, a, b);
#define SUM(i)  s = _mm512_add_ps(s, c##i);
    __m512bh a = _mm512_cvtne2ps_pbh(_mm512_set1_ps(1e-7f), _mm512_set1_ps(1e-7f));
    __m512bh b = _mm512_cvtne2ps_pbh(_mm512_set1_ps(0.5f), _mm512_set1_ps(0.5f));
    __m512 s = _mm512_setzero_ps();
    ACC12(DECL)
    for (long n = 0; n < iters; n++) {
        ACC12(STEP)
        __asm__ volatile("" : "+v"(a));
    }
    ACC12(SUM)
    sink_f = _mm512_reduce_add_ps(s);
}

/* Cycles: iters dependent adds, unrolled 8 to keep the loop's own branch off the chain. */
__attribute__((noinline)) static void add_chain(long iters)
{
    uint64_t x = 0;
    for (long n = 0; n < iters / 8; n++)
        __asm__ volatile("add $1, %0\n\tadd $1, %0\n\tadd $1, %0\n\tadd $1, %0\n\t"
                         "add $1, %0\n\tadd $1, %0\n\tadd $1, %0\n\tadd $1, %0"
                         : "+r"(x));
    sink_f = (float)x;
}
#endif

/* Best rate of fn over repeats: units (FLOP or cycles) per second of thread CPU time. */
static double best_rate(void (*fn)(long), long iters, double units_per_iter, int repeats)
{
    fn(iters / 10); /* warm-up: clocks up, the wide units powered */
    double best = 0;
    for (int r = 0; r < repeats; r++) {
        double t0 = thread_cpu_s();
        fn(iters);
        double rate = (double)iters * units_per_iter / (thread_cpu_s() - t0);
        best = rate > best ? rate : best;
    }
    return best;
}

int main(int argc, char **argv)
{
    int repeats = argc > 1 ? atoi(argv[1]) : 5;
    if (repeats < 1) {
        fprintf(stderr, "usage: brigade-cpu-peak [REPEATS]\n");
        return 2;
    }
#if defined(__x86_64__)
    __builtin_cpu_init();
    double hz = best_rate(add_chain, CLOCK_ITERS, 1.0, repeats);
    bool avx512 = __builtin_cpu_supports("avx512f");
    double f32 = avx512 ? best_rate(fma_zmm, PEAK_ITERS, 12.0 * 16 * 2, repeats)
                 : __builtin_cpu_supports("fma")
                     ? best_rate(fma_ymm, PEAK_ITERS, 12.0 * 8 * 2, repeats)
                     : 0;
    double bf16 = avx512 && __builtin_cpu_supports("avx512bf16")
                      ? best_rate(dpbf16_zmm, PEAK_ITERS, 12.0 * 16 * 4, repeats)
                      : 0;
    double bw = read_bandwidth_measure(repeats);
    printf("{\"clock_ghz\": %.2f, \"f32_fma\": \"%s\", \"f32_peak_gflop_per_s\": %.1f, "
           "\"f32_flop_per_cycle\": %.1f, \"bf16_dot_peak_gflop_per_s\": %.1f, "
           "\"bf16_flop_per_cycle\": %.1f, \"read_gb_per_s\": %.2f}\n",
           hz / 1e9, avx512 ? "zmm" : "ymm", f32 / 1e9, f32 / hz, bf16 / 1e9, bf16 / hz, bw / 1e9);
#else
    printf("{\"read_gb_per_s\": %.2f}\n", read_bandwidth_measure(repeats) / 1e9);
#endif
    return 0;
}
