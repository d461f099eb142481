/* top2.cu — one block of TOP2_THREADS per row: each thread keeps the top 2 of its strided
 * share of the row (top2_scan), then a shared-memory merge tree (top2_tree_step) leaves the
 * row's top 2 with thread 0. Both steps are the host functions of kernels/topk.h, which
 * tests/unit/kernel_emulation runs over the same grid. */
#include "kernels/cuda_check.cuh"
#include "kernels/top2_cuda.h"
#include "kernels/topk.h"

static_assert((TOP2_THREADS & (TOP2_THREADS - 1)) == 0, "the merge tree halves the block");

__global__ void top2_kernel(const float *scores, size_t items, size_t ld, uint32_t *out_index,
                            float *out_score)
{
    __shared__ struct top2 lists[TOP2_THREADS];
    size_t row = blockIdx.x;
    top2_scan(scores + row * ld, items, threadIdx.x, blockDim.x, &lists[threadIdx.x]);
    __syncthreads();
    for (size_t stride = blockDim.x / 2; stride > 0; stride /= 2) {
        top2_tree_step(lists, threadIdx.x, stride);
        __syncthreads();
    }
    if (threadIdx.x < 2) {
        out_index[row * 2 + threadIdx.x] = lists[0].index[threadIdx.x];
        out_score[row * 2 + threadIdx.x] = lists[0].score[threadIdx.x];
    }
}

KERNEL_API cudaError_t top2_cuda(const float *scores, size_t rows, size_t items, size_t ld,
                                 uint32_t *out_index, float *out_score, cudaStream_t stream)
{
    KERNEL_ASSERT(scores && out_index && out_score);
    KERNEL_ASSERT(ld >= items && items < UINT32_MAX && rows < (1u << 31));
    if (rows == 0)
        return cudaSuccess;
    top2_kernel<<<(unsigned)rows, TOP2_THREADS, 0, stream>>>(scores, items, ld, out_index,
                                                             out_score);
    return cudaGetLastError();
}
