/* cuda_check.cuh — for .cu files only: entry-point assertions, float32 load/store of every
 * kernel_dtype, warp/block reductions and the dtype dispatch.
 *
 * Errors: an entry point returns the status of what it did (cudaGetLastError after a launch,
 * the cuBLASLt status of a GEMM); the backend turns a failure into a failed batch with a
 * message naming the operation. Only a broken precondition (a shape or pointer the caller
 * must never pass) aborts, through KERNEL_ASSERT. */
#ifndef BRIGADE_KERNELS_CUDA_CHECK_CUH
#define BRIGADE_KERNELS_CUDA_CHECK_CUH

#include <cublas_v2.h>
#include <cuda_bf16.h>
#include <cuda_fp16.h>
#include <cuda_runtime.h>
#include <stdio.h>
#include <stdlib.h>

#include "kernels/cuda_types.h"

/* Host-side precondition of an entry point (shape, dtype, pointer). */
#define KERNEL_ASSERT(cond)                                                                        \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fprintf(stderr, "%s:%d: assertion failed: %s\n", __FILE__, __LINE__, #cond);           \
            abort();                                                                               \
        }                                                                                          \
    } while (0)

#define KERNEL_WARP      32
#define KERNEL_BLOCK_MAX 1024

__device__ __forceinline__ float kernel_to_f32(float x)
{
    return x;
}
__device__ __forceinline__ float kernel_to_f32(__half x)
{
    return __half2float(x);
}
__device__ __forceinline__ float kernel_to_f32(__nv_bfloat16 x)
{
    return __bfloat162float(x);
}

template <typename T> __device__ __forceinline__ T kernel_from_f32(float x);
template <> __device__ __forceinline__ float kernel_from_f32<float>(float x)
{
    return x;
}
template <> __device__ __forceinline__ __half kernel_from_f32<__half>(float x)
{
    return __float2half_rn(x);
}
template <> __device__ __forceinline__ __nv_bfloat16 kernel_from_f32<__nv_bfloat16>(float x)
{
    return __float2bfloat16_rn(x);
}

__device__ __forceinline__ float kernel_warp_sum(float v)
{
    for (int off = KERNEL_WARP / 2; off > 0; off /= 2)
        v += __shfl_xor_sync(0xffffffffu, v, off);
    return v;
}

__device__ __forceinline__ float kernel_warp_max(float v)
{
    for (int off = KERNEL_WARP / 2; off > 0; off /= 2)
        v = fmaxf(v, __shfl_xor_sync(0xffffffffu, v, off));
    return v;
}

/* Sum over the whole block (blockDim.x a multiple of 32); every thread gets the result.
 * `shared` holds KERNEL_WARP floats; the trailing barrier lets callers reuse it at once. */
__device__ __forceinline__ float kernel_block_sum(float v, float *shared)
{
    int lane = threadIdx.x % KERNEL_WARP, warp = threadIdx.x / KERNEL_WARP;
    v = kernel_warp_sum(v);
    if (lane == 0)
        shared[warp] = v;
    __syncthreads();
    int warps = blockDim.x / KERNEL_WARP;
    v = lane < warps ? shared[lane] : 0.0f;
    v = kernel_warp_sum(v);
    __syncthreads();
    return v;
}

/* 16 bytes of T, one load or store: what the element-wise kernels move at a time. */
template <typename T> struct alignas(16) kernel_chunk {
    T v[16 / sizeof(T)];
};

/* Runs the trailing statement (commas allowed) with T bound to the C++ type of `dtype`. */
#define KERNEL_DISPATCH(dtype, T, ...)                                                             \
    do {                                                                                           \
        switch (dtype) {                                                                           \
        case KERNEL_DTYPE_F32: {                                                                   \
            typedef float T;                                                                       \
            __VA_ARGS__;                                                                           \
            break;                                                                                 \
        }                                                                                          \
        case KERNEL_DTYPE_F16: {                                                                   \
            typedef __half T;                                                                      \
            __VA_ARGS__;                                                                           \
            break;                                                                                 \
        }                                                                                          \
        case KERNEL_DTYPE_BF16: {                                                                  \
            typedef __nv_bfloat16 T;                                                               \
            __VA_ARGS__;                                                                           \
            break;                                                                                 \
        }                                                                                          \
        default:                                                                                   \
            KERNEL_ASSERT(!"unknown kernel_dtype");                                                \
        }                                                                                          \
    } while (0)

#endif
