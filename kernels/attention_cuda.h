/* attention_cuda.h — bidirectional varlen attention over packed sequences, with ModernBERT's
 * optional sliding window. Window rule: kernels/attention_window.h; tiling and offsets:
 * kernels/attention_index.h; softmax: kernels/softmax.h (online form: running max, rescaled
 * sum and accumulator), float32 throughout. */
#ifndef BRIGADE_KERNELS_ATTENTION_CUDA_H
#define BRIGADE_KERNELS_ATTENTION_CUDA_H

#include "kernels/cuda_types.h"

/* qkv: [tokens, 3, heads, head_dim] (dtype); out: [tokens, heads, head_dim] (dtype).
 * cu_seqlens: int32[n_seqs + 1] on the device, cu_seqlens[0] = 0 (an empty sequence, padding,
 * writes nothing);
 * max_seqlen bounds every sequence's length (the grid covers it). window_half 0 = global
 * attention, else keys with |q - k| <= window_half. head_dim <= ATTENTION_HEAD_DIM_MAX.
 * Returns the launch's status (cudaSuccess, or the error to fail the batch with). */
KERNEL_API cudaError_t attention_cuda(const void *qkv, void *out, const int32_t *cu_seqlens,
                                      size_t n_seqs, size_t max_seqlen, size_t heads,
                                      size_t head_dim, size_t window_half, enum kernel_dtype dtype,
                                      cudaStream_t stream);

#endif
