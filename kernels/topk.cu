/* topk.cu — one block of TOPK_THREADS per row: each thread keeps the best k of its strided
 * share of the row (topk_scan), then a shared-memory merge tree (topk_tree_step) leaves the
 * row's best k with thread 0's list. Both steps are the host functions of kernels/topk.h,
 * which tests/unit/kernel_emulation runs over the same grid. */
#include "kernels/cuda_check.cuh"
#include "kernels/topk.h"
#include "kernels/topk_cuda.h"

static_assert((TOPK_THREADS & (TOPK_THREADS - 1)) == 0, "the merge tree halves the block");

__global__ void topk_kernel(const float *scores, size_t items, size_t ld, size_t k,
                            uint32_t *out_index, float *out_score)
{
    __shared__ struct topk_list lists[TOPK_THREADS]; /* 16 KiB */
    size_t row = blockIdx.x;
    topk_scan(scores + row * ld, items, k, threadIdx.x, blockDim.x, &lists[threadIdx.x]);
    __syncthreads();
    for (size_t stride = blockDim.x / 2; stride > 0; stride /= 2) {
        topk_tree_step(lists, k, threadIdx.x, stride);
        __syncthreads();
    }
    if (threadIdx.x < k) {
        out_index[row * k + threadIdx.x] = lists[0].index[threadIdx.x];
        out_score[row * k + threadIdx.x] = lists[0].score[threadIdx.x];
    }
}

KERNEL_API cudaError_t topk_cuda(const float *scores, size_t rows, size_t items, size_t ld,
                                 size_t k, uint32_t *out_index, float *out_score,
                                 cudaStream_t stream)
{
    KERNEL_ASSERT(scores && out_index && out_score);
    KERNEL_ASSERT(ld >= items && items < UINT32_MAX && rows < (1u << 31));
    KERNEL_ASSERT(k >= 1 && k <= TOPK_K_MAX);
    if (rows == 0)
        return cudaSuccess;
    topk_kernel<<<(unsigned)rows, TOPK_THREADS, 0, stream>>>(scores, items, ld, k, out_index,
                                                             out_score);
    return cudaGetLastError();
}
