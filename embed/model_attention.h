/* model_attention.h — bidirectional multi-head attention over a packed batch on the CPU:
 * per sequence and head, tiles of MODEL_ATTN_QUERY_BLOCK queries, scores by sgemm, softmax
 * (kernels/softmax.h) inside each query's window (kernels/attention_window.h), then P V; or,
 * for tiles of up to 512 keys, the same by plain vector loops (embed/attention_direct.h).
 * Internal to embed/. */
#ifndef BRIGADE_EMBED_MODEL_ATTENTION_H
#define BRIGADE_EMBED_MODEL_ATTENTION_H

#include <stddef.h>

#include "embed/model_graph.h"

/* s->attn = softmax(Q K^T / sqrt(d)) V per sequence and head, from s->qkv laid out
 * [T, 3, heads, head_dim]; window_half 0 = global, else keys with |q - k| <= window_half. */
void model_attention(const struct model *m, struct model_scratch *s, const struct model_batch *b,
                     size_t window_half);

#endif
