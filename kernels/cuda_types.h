/* cuda_types.h — types shared by the CUDA entry points; plain C so the engine can include
 * every *_cuda.h header. Built only with CUDA (the headers include the CUDA runtime API). */
#ifndef BRIGADE_KERNELS_CUDA_TYPES_H
#define BRIGADE_KERNELS_CUDA_TYPES_H

#include <cuda_runtime_api.h>
#include <stddef.h>
#include <stdint.h>

/* Element type of activations and weights on the device; the math is always float32. */
enum kernel_dtype {
    KERNEL_DTYPE_F32,
    KERNEL_DTYPE_F16,
    KERNEL_DTYPE_BF16,
    KERNEL_DTYPE_MAX,
};

#ifdef __cplusplus
#define KERNEL_API extern "C"
#else
#define KERNEL_API
#endif

#endif
