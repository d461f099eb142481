/* embedding_norm_cuda.h — the embedding layer in one pass: gather each token's row of the
 * token embeddings (BERT: plus token type 0 and its position's row, in transformers' order)
 * and LayerNorm it, with no intermediate [tokens, hidden] buffer round trip.
 * Math: kernels/layernorm.h. */
#ifndef BRIGADE_KERNELS_EMBEDDING_NORM_CUDA_H
#define BRIGADE_KERNELS_EMBEDDING_NORM_CUDA_H

#include "kernels/cuda_types.h"

/* out[t] = LayerNorm(e) * w + b with e = tok_emb[ids[t]] (ModernBERT: pos_emb NULL) or
 * e = (tok_emb[ids[t]] + type_emb[0]) + pos_emb[pos[t]] (BERT). Tables: dtype [rows, hidden];
 * out: float32 [tokens, hidden] (the residual stream); ids and pos: int32[tokens] on the
 * device, in range (checked by the caller before upload); w float[hidden]; b float[hidden] or
 * NULL. Returns the launch's status. */
KERNEL_API cudaError_t embedding_norm_cuda(const int32_t *ids, const int32_t *pos,
                                           const void *tok_emb, const void *pos_emb,
                                           const void *type_emb, const float *w, const float *b,
                                           float *out, size_t tokens, size_t hidden, float eps,
                                           enum kernel_dtype dtype, cudaStream_t stream);

#endif
