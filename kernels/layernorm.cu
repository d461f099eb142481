/* layernorm.cu — LayerNorm rows: two-pass mean/variance, then layernorm_elem per element
 * (kernels/layernorm.h). The input is the float32 residual stream; the output is in the dtype
 * the next GEMM reads (or float32).
 *
 * Rows of up to LAYERNORM_WARP_FLOAT4_MAX float4s (hidden sizes to 1024, aligned): one warp per
 * row, the row read once with 16-byte loads into registers and reduced with shuffles, the
 * output written 4 elements a store — the pass is a memory stream. Other rows: one block per
 * row, reading the row three times through the cache. */
#include "kernels/cuda_check.cuh"
#include "kernels/layernorm.h"
#include "kernels/layernorm_cuda.h"

#define LAYERNORM_THREADS 256

template <typename T>
__global__ void layernorm_kernel(const float *x, T *y, const float *w, const float *b,
                                 const float *add_bias, size_t n, float eps)
{
    __shared__ float shared[KERNEL_WARP];
    const float *xr = x + blockIdx.x * n;
    T *yr = y + blockIdx.x * n;
    float sum = 0.0f;
    for (size_t i = threadIdx.x; i < n; i += blockDim.x)
        sum += xr[i] + (add_bias ? add_bias[i] : 0.0f);
    float mean = kernel_block_sum(sum, shared) / (float)n;
    float sq = 0.0f;
    for (size_t i = threadIdx.x; i < n; i += blockDim.x) {
        float d = xr[i] + (add_bias ? add_bias[i] : 0.0f) - mean;
        sq += d * d;
    }
    float rstd = layernorm_rstd(kernel_block_sum(sq, shared) / (float)n, eps);
    for (size_t i = threadIdx.x; i < n; i += blockDim.x) {
        float v = xr[i] + (add_bias ? add_bias[i] : 0.0f);
        yr[i] = kernel_from_f32<T>(layernorm_elem(v, mean, rstd, w[i], b ? b[i] : 0.0f));
    }
}

#define LAYERNORM_WARP_ROWS       8 /* rows (warps) per block */
#define LAYERNORM_WARP_FLOAT4_MAX 8 /* float4s a lane holds: rows up to 32 * 4 * 8 = 1024 */

/* Four consecutive outputs, stored at once (8 bytes in 16-bit types, 16 in float32). */
template <typename T> struct alignas(4 * sizeof(T)) layernorm_four {
    T v[4];
};

template <typename T, int V>
__global__ void __launch_bounds__(LAYERNORM_WARP_ROWS *KERNEL_WARP)
    layernorm_warp_kernel(const float *__restrict__ x, T *__restrict__ y,
                          const float *__restrict__ w, const float *__restrict__ b,
                          const float *__restrict__ add_bias, unsigned rows, unsigned n, float eps)
{
    unsigned row = blockIdx.x * LAYERNORM_WARP_ROWS + threadIdx.x / KERNEL_WARP;
    unsigned lane = threadIdx.x % KERNEL_WARP, quads = n / 4;
    if (row >= rows)
        return; /* the whole warp: a row is one warp's */
    const float4 *xr = (const float4 *)(x + (size_t)row * n);
    float4 v[V];
    float sum = 0.0f;
#pragma unroll
    for (int i = 0; i < V; i++) {
        unsigned q = lane + i * KERNEL_WARP;
        v[i] = q < quads ? xr[q] : make_float4(0.0f, 0.0f, 0.0f, 0.0f);
        if (add_bias && q < quads) {
            float4 ab = ((const float4 *)add_bias)[q];
            v[i].x += ab.x, v[i].y += ab.y, v[i].z += ab.z, v[i].w += ab.w;
        }
        sum += (v[i].x + v[i].y) + (v[i].z + v[i].w);
    }
    float mean = kernel_warp_sum(sum) / (float)n, sq = 0.0f;
#pragma unroll
    for (int i = 0; i < V; i++)
        if (lane + i * KERNEL_WARP < quads) {
            float a = v[i].x - mean, c = v[i].y - mean, d = v[i].z - mean, e = v[i].w - mean;
            sq += (a * a + c * c) + (d * d + e * e);
        }
    float rstd = layernorm_rstd(kernel_warp_sum(sq) / (float)n, eps);
    layernorm_four<T> *yr = (layernorm_four<T> *)(y + (size_t)row * n);
#pragma unroll
    for (int i = 0; i < V; i++) {
        unsigned q = lane + i * KERNEL_WARP;
        if (q >= quads)
            continue;
        float4 wq = ((const float4 *)w)[q];
        float4 bq = b ? ((const float4 *)b)[q] : make_float4(0.0f, 0.0f, 0.0f, 0.0f);
        layernorm_four<T> o;
        o.v[0] = kernel_from_f32<T>(layernorm_elem(v[i].x, mean, rstd, wq.x, bq.x));
        o.v[1] = kernel_from_f32<T>(layernorm_elem(v[i].y, mean, rstd, wq.y, bq.y));
        o.v[2] = kernel_from_f32<T>(layernorm_elem(v[i].z, mean, rstd, wq.z, bq.z));
        o.v[3] = kernel_from_f32<T>(layernorm_elem(v[i].w, mean, rstd, wq.w, bq.w));
        yr[q] = o;
    }
}

/* Whether the warp kernel takes these rows: n a multiple of 4 that a warp holds, and every
 * pointer 16-byte aligned (the output's rows then are too, 4 elements a store). */
static bool layernorm_warp_fits(const float *x, const void *y, const float *w, const float *b,
                                const float *add_bias, size_t n)
{
    uintptr_t any = (uintptr_t)x | (uintptr_t)y | (uintptr_t)w | (uintptr_t)b | (uintptr_t)add_bias;
    return n % 4 == 0 && n <= 4 * KERNEL_WARP * LAYERNORM_WARP_FLOAT4_MAX && any % 16 == 0;
}

template <typename T, int V>
static void layernorm_warp_launch(const float *x, void *y, const float *w, const float *b,
                                  const float *add_bias, size_t rows, size_t n, float eps,
                                  cudaStream_t stream)
{
    unsigned blocks = (unsigned)((rows + LAYERNORM_WARP_ROWS - 1) / LAYERNORM_WARP_ROWS);
    layernorm_warp_kernel<T, V><<<blocks, LAYERNORM_WARP_ROWS * KERNEL_WARP, 0, stream>>>(
        x, (T *)y, w, b, add_bias, (unsigned)rows, (unsigned)n, eps);
}

/* The narrowest instantiation holding a row: ceil(n / 128) float4s a lane. */
template <typename T>
static void layernorm_warp_pick(const float *x, void *y, const float *w, const float *b,
                                const float *add_bias, size_t rows, size_t n, float eps,
                                cudaStream_t stream)
{
    size_t per_lane = (n / 4 + KERNEL_WARP - 1) / KERNEL_WARP;
    if (per_lane <= 2)
        layernorm_warp_launch<T, 2>(x, y, w, b, add_bias, rows, n, eps, stream);
    else if (per_lane <= 4)
        layernorm_warp_launch<T, 4>(x, y, w, b, add_bias, rows, n, eps, stream);
    else if (per_lane <= 6)
        layernorm_warp_launch<T, 6>(x, y, w, b, add_bias, rows, n, eps, stream);
    else
        layernorm_warp_launch<T, LAYERNORM_WARP_FLOAT4_MAX>(x, y, w, b, add_bias, rows, n, eps,
                                                            stream);
}

template <typename T>
static cudaError_t layernorm_launch(const float *x, void *y, const float *w, const float *b,
                                    const float *add_bias, size_t rows, size_t n, float eps,
                                    cudaStream_t stream)
{
    if (layernorm_warp_fits(x, y, w, b, add_bias, n))
        layernorm_warp_pick<T>(x, y, w, b, add_bias, rows, n, eps, stream);
    else
        layernorm_kernel<T>
            <<<(unsigned)rows, LAYERNORM_THREADS, 0, stream>>>(x, (T *)y, w, b, add_bias, n, eps);
    return cudaGetLastError();
}

KERNEL_API cudaError_t layernorm_cuda(const float *x, void *y, const float *w, const float *b,
                                      const float *add_bias, size_t rows, size_t n, float eps,
                                      enum kernel_dtype dtype, cudaStream_t stream)
{
    KERNEL_ASSERT(x && y && w);
    KERNEL_ASSERT(n > 0 && eps >= 0.0f);
    KERNEL_ASSERT(rows < (1u << 31));
    if (rows == 0)
        return cudaSuccess;
    cudaError_t rc = cudaErrorInvalidValue;
    KERNEL_DISPATCH(dtype, T, rc = layernorm_launch<T>(x, y, w, b, add_bias, rows, n, eps, stream));
    return rc;
}
