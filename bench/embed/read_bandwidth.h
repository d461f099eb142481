/* read_bandwidth.h — one core's sustained read bandwidth, measured the way a batch-1 forward
 * pass reads its weights: a streaming sum over a buffer far larger than any cache. */
#ifndef BRIGADE_BENCH_READ_BANDWIDTH_H
#define BRIGADE_BENCH_READ_BANDWIDTH_H

#include <stddef.h>

/* Bytes summed per pass: ~600 MB, well past the last-level cache of any CPU brigade runs on. */
#define READ_BANDWIDTH_BYTES ((size_t)600 << 20)

/* The best of passes streaming sums over READ_BANDWIDTH_BYTES (written once first, so every
 * page is backed), on the calling thread, in bytes per second; 0 when the buffer cannot be
 * allocated. */
double read_bandwidth_measure(int passes);

#endif
