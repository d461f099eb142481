/* model_ops.h — the operations every architecture builds its forward pass from, besides
 * attention (embed/model_attention.h), each split over the compute threads: dense layers by
 * output columns, row passes (LayerNorm, activations, and an architecture's own, such as RoPE
 * or the embedding gather) by rows, pooling by sequences. A split never changes what one
 * element's arithmetic is, so every result is bit-identical for any thread count.
 * Internal to embed/. */
#ifndef BRIGADE_EMBED_MODEL_OPS_H
#define BRIGADE_EMBED_MODEL_OPS_H

#include <stdbool.h>
#include <stddef.h>

#include "embed/model_graph.h"
#include "kernels/gelu.h"

/* Floats a row pass's part handles at least: below this, waking a worker costs more than the
 * part saves (a LayerNorm of one 768-wide row is well under a microsecond). */
#define MODEL_ROWS_PART_FLOATS_MIN 8192

/* Compute threads one job may split over (model_set_threads, else OpenBLAS's count), in
 * [1, POOL_THREADS_MAX]. */
size_t model_threads(void);

/* fn(arg, lo, hi) over [lo, hi) ranges that cover [0, rows) once, in parts of at least
 * MODEL_ROWS_PART_FLOATS_MIN / row_floats rows (one part for a small pass). fn must treat
 * each row on its own: then the result does not depend on the split. */
void model_rows_run(size_t rows, size_t row_floats, void (*fn)(void *arg, size_t lo, size_t hi),
                    void *arg);

/* rows_layernorm, rows_geglu and rows_gelu (embed/rows.h) split by model_rows_run. */
void model_layernorm(const float *x, float *y, size_t rows, size_t h, const float *w,
                     const float *b, float eps);
void model_geglu(enum gelu_kind kind, float *x, size_t rows, size_t ld, size_t n);
void model_gelu(enum gelu_kind kind, float *x, size_t rows, size_t ld, size_t n);

/* linear_forward split by panels over model_threads() threads. Each output element is
 * computed by one thread with the same arithmetic as linear_forward: exact for any count. */
void model_linear(const struct linear *l, const float *x, size_t ldx, size_t rows, float *y,
                  size_t ldy, bool accumulate);

/* pooled[i] = the model's pooling (CLS or mean) of sequence i's rows of hidden, L2-normalised
 * when the model says so; [b->n_seqs x hidden]. Split by sequences. */
void model_pool(const struct model *m, const float *hidden, const struct model_batch *b,
                float *pooled);

#endif
