/* common.h — what every kernels header and .cu file shares.
 *
 * The per-element math of the encoder lives in static inline functions marked BRIGADE_HD:
 * nvcc compiles them for host and device, a plain C compiler sees ordinary inline functions.
 * The CPU backend calls the very same functions, so host unit tests exercise the arithmetic
 * the CUDA kernels run. */
#ifndef BRIGADE_KERNELS_COMMON_H
#define BRIGADE_KERNELS_COMMON_H

#include <math.h>
#include <stddef.h>

#ifdef __CUDACC__
#define BRIGADE_HD __host__ __device__
#else
#define BRIGADE_HD
#endif

#endif
