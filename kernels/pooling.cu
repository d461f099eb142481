/* pooling.cu — one block per sequence: the sequence's rows from pooling_span, each thread
 * pools the columns d = threadIdx.x + j * blockDim.x, then a block-reduced L2 norm
 * (kernels/pooling.h). tests/unit/kernel_emulation runs the same loop on the host. */
#include "kernels/cuda_check.cuh"
#include "kernels/pooling.h"
#include "kernels/pooling_cuda.h"

template <typename T>
__global__ void pooling_kernel(const T *hidden, const int32_t *cu_seqlens, size_t dim, bool mean,
                               bool normalize, float *out)
{
    __shared__ float shared[KERNEL_WARP];
    if (cu_seqlens[blockIdx.x + 1] == cu_seqlens[blockIdx.x])
        return; /* an empty sequence pads a CUDA graph's bucket: nothing to pool */
    size_t first, count;
    pooling_span(cu_seqlens, blockIdx.x, mean, &first, &count);
    float *o = out + blockIdx.x * dim;
    float sq = 0.0f;
    for (size_t d = threadIdx.x; d < dim; d += blockDim.x) {
        /* pooling_mean_column's arithmetic on dtype rows: one running float sum, one scale */
        float acc = 0.0f;
        for (size_t r = 0; r < count; r++)
            acc += kernel_to_f32(hidden[(first + r) * dim + d]);
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

KERNEL_API cudaError_t pooling_cuda(const void *hidden, const int32_t *cu_seqlens, size_t n_seqs,
                                    size_t dim, bool mean, bool normalize, float *out,
                                    enum kernel_dtype dtype, cudaStream_t stream)
{
    KERNEL_ASSERT(hidden && cu_seqlens && out);
    KERNEL_ASSERT(dim > 0 && n_seqs < (1u << 31));
    if (n_seqs == 0)
        return cudaSuccess;
    KERNEL_DISPATCH(dtype, T,
                    pooling_kernel<T><<<(unsigned)n_seqs, POOLING_THREADS, 0, stream>>>(
                        (const T *)hidden, cu_seqlens, dim, mean, normalize, out));
    return cudaGetLastError();
}
