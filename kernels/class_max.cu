/* class_max.cu — one block per row of scores, one thread per class: each thread scans its
 * class's rows in ascending order (class_max_scan, kernels/class_max.h, which
 * tests/unit/kernel_emulation runs over the same grid). */
#include "kernels/class_max.h"
#include "kernels/class_max_cuda.h"
#include "kernels/cuda_check.cuh"

__global__ void class_max_kernel(const float *scores, size_t ld, const uint32_t *class_start,
                                 const uint32_t *class_rows, size_t n_classes, float *out)
{
    size_t row = blockIdx.x, c = threadIdx.x;
    if (c < n_classes)
        out[row * n_classes + c] = class_max_scan(scores + row * ld, class_start, class_rows, c);
}

KERNEL_API cudaError_t class_max_cuda(const float *scores, size_t rows, size_t ld,
                                      const uint32_t *class_start, const uint32_t *class_rows,
                                      size_t n_classes, float *out, cudaStream_t stream)
{
    KERNEL_ASSERT(scores && class_start && class_rows && out);
    KERNEL_ASSERT(n_classes >= 1 && n_classes <= CLASS_MAX_CLASSES_MAX && rows < (1u << 31));
    if (rows == 0)
        return cudaSuccess;
    class_max_kernel<<<(unsigned)rows, CLASS_MAX_CLASSES_MAX, 0, stream>>>(
        scores, ld, class_start, class_rows, n_classes, out);
    return cudaGetLastError();
}
