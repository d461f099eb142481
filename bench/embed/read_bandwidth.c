/* read_bandwidth.c — a streaming sum over ~600 MB; see read_bandwidth.h. */
#include "read_bandwidth.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Eight independent 64-bit sums: enough loads in flight that the core, not the adds, sets the
 * pace; a clone per instruction set so the loop runs in the widest vectors the CPU has. */
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
__attribute__((target_clones("arch=x86-64-v4", "arch=x86-64-v3", "default")))
#endif
static uint64_t
stream_sum(const uint64_t *p, size_t n)
{
    uint64_t s[8] = {0};
    for (size_t i = 0; i + 8 <= n; i += 8)
        for (size_t j = 0; j < 8; j++)
            s[j] += p[i + j];
    return s[0] + s[1] + s[2] + s[3] + s[4] + s[5] + s[6] + s[7];
}

double read_bandwidth_measure(int passes)
{
    size_t n = READ_BANDWIDTH_BYTES / sizeof(uint64_t);
    uint64_t *p = aligned_alloc(64, n * sizeof(uint64_t));
    if (!p)
        return 0.0;
    memset(p, 1, n * sizeof(uint64_t));
    double best = 0.0;
    volatile uint64_t sink = 0; /* keeps the sums from being optimised away */
    for (int i = 0; i < passes; i++) {
        double t0 = now_s();
        sink += stream_sum(p, n);
        double bw = (double)(n * sizeof(uint64_t)) / (now_s() - t0);
        best = bw > best ? bw : best;
    }
    (void)sink;
    free(p);
    return best;
}
