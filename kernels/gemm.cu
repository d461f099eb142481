/* gemm.cu — row-major linear layer through column-major cuBLAS: y^T = w * x^T, i.e.
 * C[out, rows] = op(A = w viewed [in, out])^T * (B = x viewed [in, rows]). */
#include "kernels/cuda_check.cuh"
#include "kernels/gemm_cuda.h"

#define GEMM_DIM_MAX ((size_t)1 << 31)

static cudaDataType_t gemm_type(enum kernel_dtype dtype)
{
    switch (dtype) {
    case KERNEL_DTYPE_F32:
        return CUDA_R_32F;
    case KERNEL_DTYPE_F16:
        return CUDA_R_16F;
    case KERNEL_DTYPE_BF16:
        return CUDA_R_16BF;
    default:
        KERNEL_ASSERT(!"unknown kernel_dtype");
        return CUDA_R_32F;
    }
}

KERNEL_API void gemm_cuda(cublasHandle_t handle, const void *x, size_t ldx, size_t rows,
                          const void *w, size_t out, size_t in, void *y, size_t ldy, float beta,
                          enum kernel_dtype dtype, cudaStream_t stream)
{
    KERNEL_ASSERT(handle && x && w && y);
    KERNEL_ASSERT(ldx >= in && ldy >= out);
    KERNEL_ASSERT(rows < GEMM_DIM_MAX && out < GEMM_DIM_MAX && in < GEMM_DIM_MAX);
    if (rows == 0)
        return;
    cudaDataType_t type = gemm_type(dtype);
    /* 16-bit A/B/C with float32 compute: cuBLAS picks tensor-core algorithms on sm_80+ while
     * every product is accumulated in float32 */
    cublasComputeType_t compute = CUBLAS_COMPUTE_32F;
    float alpha = 1.0f;
    CUBLAS_CHECK(cublasSetStream(handle, stream));
    CUBLAS_CHECK(cublasGemmEx(handle, CUBLAS_OP_T, CUBLAS_OP_N, (int)out, (int)rows, (int)in,
                              &alpha, w, type, (int)in, x, type, (int)ldx, &beta, y, type, (int)ldy,
                              compute, CUBLAS_GEMM_DEFAULT));
}
