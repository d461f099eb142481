/* geglu.cu — element-wise GeGLU and GELU+bias (grid-stride). GeGLU moves 16 bytes per load
 * and store where a row splits into whole 16-byte chunks (every hidden size in use), with
 * 32-bit index arithmetic; other rows go element by element. */
#include "kernels/cuda_check.cuh"
#include "kernels/geglu_cuda.h"

#define GEGLU_THREADS    256
#define GEGLU_BLOCKS_MAX 65535u

template <typename T>
__global__ void geglu_kernel(const T *in, T *out, const float *bias, size_t rows, size_t n,
                             enum gelu_kind kind)
{
    size_t total = rows * n;
    for (size_t k = blockIdx.x * (size_t)blockDim.x + threadIdx.x; k < total;
         k += (size_t)gridDim.x * blockDim.x) {
        size_t r = k / n, i = k % n;
        float a = kernel_to_f32(in[r * 2 * n + i]) + (bias ? bias[i] : 0.0f);
        float g = kernel_to_f32(in[r * 2 * n + n + i]) + (bias ? bias[n + i] : 0.0f);
        out[k] = kernel_from_f32<T>(geglu(kind, a, g));
    }
}

template <typename T>
__global__ void geglu_chunk_kernel(const T *__restrict__ in, T *__restrict__ out,
                                   const float *__restrict__ bias, unsigned rows, unsigned n,
                                   enum gelu_kind kind)
{
    constexpr unsigned VEC = 16 / sizeof(T);
    unsigned per_row = n / VEC, total = rows * per_row;
    for (unsigned k = blockIdx.x * blockDim.x + threadIdx.x; k < total;
         k += gridDim.x * blockDim.x) {
        unsigned r = k / per_row, c = (k % per_row) * VEC;
        const T *row = in + (size_t)r * 2 * n;
        kernel_chunk<T> a = *(const kernel_chunk<T> *)(row + c);
        kernel_chunk<T> g = *(const kernel_chunk<T> *)(row + n + c);
        kernel_chunk<T> o;
#pragma unroll
        for (unsigned j = 0; j < VEC; j++)
            o.v[j] =
                kernel_from_f32<T>(geglu(kind, kernel_to_f32(a.v[j]) + (bias ? bias[c + j] : 0.0f),
                                         kernel_to_f32(g.v[j]) + (bias ? bias[n + c + j] : 0.0f)));
        *(kernel_chunk<T> *)(out + (size_t)r * n + c) = o;
    }
}

/* Whether geglu_chunk_kernel takes the rows: whole aligned chunks, a count 32 bits hold. */
static bool geglu_chunks_fit(const void *in, const void *out, size_t rows, size_t n,
                             size_t elem_bytes)
{
    size_t vec = 16 / elem_bytes;
    return n % vec == 0 && ((uintptr_t)in | (uintptr_t)out) % 16 == 0 && rows * n < (1ull << 31);
}

template <typename T>
__global__ void gelu_bias_kernel(T *x, const float *bias, size_t rows, size_t n,
                                 enum gelu_kind kind)
{
    size_t total = rows * n;
    for (size_t k = blockIdx.x * (size_t)blockDim.x + threadIdx.x; k < total;
         k += (size_t)gridDim.x * blockDim.x) {
        float v = kernel_to_f32(x[k]) + (bias ? bias[k % n] : 0.0f);
        x[k] = kernel_from_f32<T>(gelu_apply(kind, v));
    }
}

static unsigned geglu_blocks(size_t total)
{
    size_t blocks = (total + GEGLU_THREADS - 1) / GEGLU_THREADS;
    return blocks < GEGLU_BLOCKS_MAX ? (unsigned)blocks : GEGLU_BLOCKS_MAX;
}

template <typename T>
static void geglu_launch(const T *in, T *out, const float *bias, size_t rows, size_t n,
                         enum gelu_kind kind, cudaStream_t stream)
{
    if (geglu_chunks_fit(in, out, rows, n, sizeof(T))) {
        unsigned blocks = geglu_blocks(rows * n / (16 / sizeof(T)));
        geglu_chunk_kernel<T><<<blocks, GEGLU_THREADS, 0, stream>>>(in, out, bias, (unsigned)rows,
                                                                    (unsigned)n, kind);
    } else {
        geglu_kernel<T>
            <<<geglu_blocks(rows * n), GEGLU_THREADS, 0, stream>>>(in, out, bias, rows, n, kind);
    }
}

KERNEL_API cudaError_t geglu_cuda(const void *in, void *out, const float *bias, size_t rows,
                                  size_t n, enum gelu_kind kind, enum kernel_dtype dtype,
                                  cudaStream_t stream)
{
    KERNEL_ASSERT(in && out && n > 0);
    KERNEL_ASSERT(kind < GELU_KIND_MAX);
    if (rows == 0)
        return cudaSuccess;
    KERNEL_DISPATCH(dtype, T,
                    geglu_launch<T>((const T *)in, (T *)out, bias, rows, n, kind, stream));
    return cudaGetLastError();
}

KERNEL_API cudaError_t gelu_bias_cuda(void *x, const float *bias, size_t rows, size_t n,
                                      enum gelu_kind kind, enum kernel_dtype dtype,
                                      cudaStream_t stream)
{
    KERNEL_ASSERT(x && n > 0);
    KERNEL_ASSERT(kind < GELU_KIND_MAX);
    if (rows == 0)
        return cudaSuccess;
    unsigned blocks = geglu_blocks(rows * n);
    KERNEL_DISPATCH(dtype, T,
                    gelu_bias_kernel<T>
                    <<<blocks, GEGLU_THREADS, 0, stream>>>((T *)x, bias, rows, n, kind));
    return cudaGetLastError();
}
