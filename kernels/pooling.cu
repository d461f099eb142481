/* pooling.cu — one block per sequence: pool into out, then a block-reduced L2 norm. */
#include "kernels/cuda_check.cuh"
#include "kernels/pooling.h"
#include "kernels/pooling_cuda.h"

#define POOLING_THREADS 256

template <typename T>
__global__ void pooling_kernel(const T *hidden, const int32_t *cu_seqlens, size_t dim, bool mean,
                               bool normalize, float *out)
{
    __shared__ float shared[KERNEL_WARP];
    size_t seq = blockIdx.x, start = (size_t)cu_seqlens[seq];
    size_t count = mean ? (size_t)(cu_seqlens[seq + 1] - cu_seqlens[seq]) : 1;
    float *o = out + seq * dim;
    float sq = 0.0f;
    for (size_t d = threadIdx.x; d < dim; d += blockDim.x) {
        float acc = 0.0f;
        for (size_t r = 0; r < count; r++)
            acc += kernel_to_f32(hidden[(start + r) * dim + d]);
        acc *= 1.0f / (float)count;
        o[d] = acc;
        sq += acc * acc;
    }
    if (!normalize)
        return; /* uniform across the block: no thread waits at the barrier below */
    float scale = l2norm_scale(kernel_block_sum(sq, shared));
    for (size_t d = threadIdx.x; d < dim; d += blockDim.x)
        o[d] *= scale;
}

KERNEL_API void pooling_cuda(const void *hidden, const int32_t *cu_seqlens, size_t n_seqs,
                             size_t dim, bool mean, bool normalize, float *out,
                             enum kernel_dtype dtype, cudaStream_t stream)
{
    KERNEL_ASSERT(hidden && cu_seqlens && out);
    KERNEL_ASSERT(dim > 0 && n_seqs < (1u << 31));
    if (n_seqs == 0)
        return;
    KERNEL_DISPATCH(dtype, T,
                    pooling_kernel<T><<<(unsigned)n_seqs, POOLING_THREADS, 0, stream>>>(
                        (const T *)hidden, cu_seqlens, dim, mean, normalize, out));
    CUDA_CHECK_LAUNCH();
}
