/* model_ops.h — the operations every architecture builds its forward pass from, besides
 * attention (embed/model_attention.h): dense layers split over the compute threads, and
 * pooling. Internal to embed/. */
#ifndef BRIGADE_EMBED_MODEL_OPS_H
#define BRIGADE_EMBED_MODEL_OPS_H

#include <stdbool.h>
#include <stddef.h>

#include "embed/model_graph.h"

/* Compute threads one job may split over (model_set_threads, or OpenBLAS's count:
 * openblas_set_num_threads, OPENBLAS_NUM_THREADS), in [1, POOL_THREADS_MAX]. */
size_t model_threads(void);

/* linear_forward split by panels over model_threads() threads. Each output element is
 * computed by one thread with the same arithmetic as linear_forward: exact for any count. */
void model_linear(const struct linear *l, const float *x, size_t ldx, size_t rows, float *y,
                  size_t ldy, bool accumulate);

/* pooled[i] = the model's pooling (CLS or mean) of sequence i's rows of hidden, L2-normalised
 * when the model says so; [b->n_seqs x hidden]. */
void model_pool(const struct model *m, const float *hidden, const struct model_batch *b,
                float *pooled);

#endif
