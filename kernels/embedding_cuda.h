/* embedding_cuda.h — token embedding gather for a packed batch. */
#ifndef BRIGADE_KERNELS_EMBEDDING_CUDA_H
#define BRIGADE_KERNELS_EMBEDDING_CUDA_H

#include "kernels/cuda_types.h"

/* out[t] = tok_emb[ids[t]] (+ type_emb[0] + pos_emb[pos[t]] when pos_emb is not NULL: BERT;
 * added in transformers' order). Tables and out: dtype, [rows, hidden]. ids and pos: int32
 * [tokens] on the device, ids < vocab (checked by the caller before upload). */
KERNEL_API cudaError_t embedding_cuda(const int32_t *ids, const int32_t *pos, const void *tok_emb,
                                      const void *pos_emb, const void *type_emb, void *out,
                                      size_t tokens, size_t hidden, enum kernel_dtype dtype,
                                      cudaStream_t stream);

#endif
