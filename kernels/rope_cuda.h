/* rope_cuda.h — rotary embedding of the query and key heads in a packed QKV buffer.
 * Math: kernels/rope.h. */
#ifndef BRIGADE_KERNELS_ROPE_CUDA_H
#define BRIGADE_KERNELS_ROPE_CUDA_H

#include "kernels/cuda_types.h"

/* qkv: [tokens, 3, heads, head_dim] (dtype), rotated in place for the q and k thirds.
 * pos: int32[tokens], each < table_positions. cos_t/sin_t: float[table_positions,
 * head_dim/2], filled with rope_angle for the layer's theta. */
KERNEL_API cudaError_t rope_cuda(void *qkv, const int32_t *pos, const float *cos_t,
                                 const float *sin_t, size_t tokens, size_t heads, size_t head_dim,
                                 enum kernel_dtype dtype, cudaStream_t stream);

#endif
