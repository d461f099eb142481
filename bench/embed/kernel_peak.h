/* kernel_peak.h — the dense-layer kernel's own arithmetic rate where it is compute-bound, for
 * the arithmetic floor of a forward pass beside its memory wall (read_bandwidth.h). */
#ifndef BRIGADE_BENCH_KERNEL_PEAK_H
#define BRIGADE_BENCH_KERNEL_PEAK_H

#include "embed/linear.h"

/* Rows of x the peak is measured at: many row tiles per panel, x and a panel in cache, so
 * the multiply-adds and not memory set the pace. */
#define KERNEL_PEAK_ROWS 192

/* FLOP/s (2 per multiply-add, padded columns included, as the kernel runs them) of
 * linear_forward with dtype and isa on a 768 x 768 layer at KERNEL_PEAK_ROWS rows, the
 * best of a few repeats on the calling thread, per second of its CPU time (steady under
 * other processes' load). */
double kernel_peak_flops(enum linear_dtype dtype, enum linear_isa isa);

#endif
