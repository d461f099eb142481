/* convert_cuda.h — float32 to the device dtype (weights at upload: they travel as float32
 * through pinned staging and are rounded on the device, to nearest even, in one place). */
#ifndef BRIGADE_KERNELS_CONVERT_CUDA_H
#define BRIGADE_KERNELS_CONVERT_CUDA_H

#include "kernels/cuda_types.h"

/* out[i] = (dtype) in[i] for i < n; in: float on the device, out: dtype on the device, not
 * overlapping. Returns the launch's status. */
KERNEL_API cudaError_t convert_cuda(const float *in, void *out, size_t n, enum kernel_dtype dtype,
                                    cudaStream_t stream);

#endif
