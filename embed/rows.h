/* rows.h — the encoder's element-wise passes over whole row blocks on the CPU: activations
 * and LayerNorm, compiled once per instruction set (AVX-512, AVX2, baseline x86-64) and
 * picked by the loader at start-up, so the loops around the shared kernels/ math vectorise for
 * the CPU they run on. Every function computes exactly what the kernels/ header row function
 * it names computes; only the vector width differs. */
#ifndef BRIGADE_EMBED_ROWS_H
#define BRIGADE_EMBED_ROWS_H

#include <stddef.h>

#include "kernels/gelu.h"

/* geglu_row on each of rows rows of width 2n (row stride ld >= 2n): the first n floats of a
 * row become act(input) * gate. */
void rows_geglu(enum gelu_kind kind, float *x, size_t rows, size_t ld, size_t n);
/* gelu_apply in place on rows x n floats (row stride ld >= n). */
void rows_gelu(enum gelu_kind kind, float *x, size_t rows, size_t ld, size_t n);
/* layernorm_row from x to y for rows rows of h floats (both with row stride h); y may be x.
 * b may be NULL. The statistics are the same two passes summed in 16 lanes (rows.c), so they
 * differ from layernorm_row's by float rounding only. */
void rows_layernorm(const float *x, float *y, size_t rows, size_t h, const float *w, const float *b,
                    float eps);

#endif
