/* embedding_norm_cuda.h — ModernBERT's embedding layer in one pass: gather each token's row of
 * tok_embeddings and LayerNorm it (no intermediate [tokens, hidden] buffer round trip).
 * Math: kernels/layernorm.h. */
#ifndef BRIGADE_KERNELS_EMBEDDING_NORM_CUDA_H
#define BRIGADE_KERNELS_EMBEDDING_NORM_CUDA_H

#include "kernels/cuda_types.h"

/* out[t] = LayerNorm(tok_emb[ids[t]]) * w + b. tok_emb: dtype [vocab, hidden]; out: float32
 * [tokens, hidden] (the residual stream); ids: int32[tokens] on the device, each < vocab (checked
 * by the caller before upload); w float[hidden]; b float[hidden] or NULL. Returns the launch's
 * status. */
KERNEL_API cudaError_t embedding_norm_cuda(const int32_t *ids, const void *tok_emb, const float *w,
                                           const float *b, float *out, size_t tokens, size_t hidden,
                                           float eps, enum kernel_dtype dtype, cudaStream_t stream);

#endif
