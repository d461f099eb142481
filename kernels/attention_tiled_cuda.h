/* attention_tiled_cuda.h — the tiled varlen attention kernel (kernels/attention_tiled.cu): the
 * contract of attention_cuda (kernels/attention_cuda.h), with K/V tiles staged in shared
 * memory for a block of ATTENTION_TILE_Q queries (tiling: kernels/attention_tile.h). */
#ifndef BRIGADE_KERNELS_ATTENTION_TILED_CUDA_H
#define BRIGADE_KERNELS_ATTENTION_TILED_CUDA_H

#include "kernels/cuda_types.h"

/* Lets the kernels for heads of head_dim use attention_tile_smem_bytes(head_dim) of shared
 * memory (over 48 KiB from head_dim 128 on), on the current device. Call once before the
 * first launch and outside any CUDA graph capture. head_dim must pass
 * attention_tile_supported. Returns cudaSuccess, or the error (the device grants less:
 * cudaDevAttrMaxSharedMemoryPerBlockOptin). */
KERNEL_API cudaError_t attention_tiled_prepare(size_t head_dim);

/* As attention_cuda; head_dim must pass attention_tile_supported (a multiple of 4, at most
 * ATTENTION_HEAD_DIM_MAX) and attention_tiled_prepare(head_dim) must have succeeded: the
 * backend checks both at start-up and runs the simple kernel where the tiled one cannot.
 * rope_cos/rope_sin: NULL, or RoPE tables ([position][head_dim / 2], as rope_cuda's) to rotate
 * q and k by while they are staged, positions being sequence-relative: the rope_cuda pass over
 * qkv is then left out (qkv itself is not rotated). */
KERNEL_API cudaError_t attention_tiled_cuda(const void *qkv, void *out, const int32_t *cu_seqlens,
                                            size_t n_seqs, size_t max_seqlen, size_t heads,
                                            size_t head_dim, size_t window_half,
                                            const float *rope_cos, const float *rope_sin,
                                            enum kernel_dtype dtype, cudaStream_t stream);

#endif
