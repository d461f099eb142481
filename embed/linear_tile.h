/* linear_tile.h — the 16-bit weight kernels of embed/linear.h, one register tile each.
 * Internal to linear.c and linear16.c. */
#ifndef BRIGADE_EMBED_LINEAR_TILE_H
#define BRIGADE_EMBED_LINEAR_TILE_H

#include <stddef.h>
#include <stdint.h>

#include "embed/linear.h"

/* tile[i][j] = sum_k xr[i][k] * panel(k, j) for i < LINEAR_TILE_ROWS, j < LINEAR_PANEL, in
 * the panel layout of the kernel's dtype (linear.h). xr[i] are float rows, or for the
 * AVX512-BF16 kernel bf16 rows padded with zeros to an even count (linear_x16_rows). Rows past
 * the real ones point at a real row (their results are dropped). */
typedef void (*linear_tile16_fn)(const void *const *xr, const uint16_t *panel, size_t in,
                                 float *tile);

/* The kernel for 16-bit dtype and isa; linear_kernel_supported(dtype, isa) must hold. */
linear_tile16_fn linear_tile16(enum linear_dtype dtype, enum linear_isa isa);

/* A kernel for isa and dtype that computes (at least) the first rows rows of the tile, for
 * the last rows of a block; the others of the tile are left undefined. Narrower than
 * linear_tile16 only where that pays (the AVX512-BF16 kernel). */
linear_tile16_fn linear_tile16_rows(enum linear_dtype dtype, enum linear_isa isa, size_t rows);

/* Row stride, in bf16 values, of the AVX512-BF16 kernel's activation rows: in rounded up to
 * a whole vector of 16, so each row converts in whole vectors. */
size_t linear_x16_ld(size_t in);
/* rows rows of x (row stride ldx) rounded to bf16 (vcvtneps2bf16: nearest even) into x16
 * (row stride linear_x16_ld(in)), zeros past in. Needs AVX512-BF16. */
void linear_x16_rows(const float *x, size_t ldx, size_t rows, size_t in, uint16_t *x16);

/* Whether this CPU has the instructions: cpuid through the compiler's cached copy. */
bool linear_cpu_avx512f(void);
bool linear_cpu_avx2_fma(void);
bool linear_cpu_f16c(void);
bool linear_cpu_avx512_bf16(void);

#endif
