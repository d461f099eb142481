/* class_max_cuda.h — the per-class maximum per row of a score matrix (a score set's CLASS_MAX
 * matrices on the device, embed/cuda_score.c). The row map and the rule: kernels/class_max.h. */
#ifndef BRIGADE_KERNELS_CLASS_MAX_CUDA_H
#define BRIGADE_KERNELS_CLASS_MAX_CUDA_H

#include "kernels/cuda_types.h"

/* scores: float[rows, items] on the device, row stride ld. class_start [n_classes + 1] and
 * class_rows [items]: the row map (class_map_build) on the device. out: float[rows,
 * n_classes] on the device. n_classes: 1..CLASS_MAX_CLASSES_MAX. Returns the launch's status. */
KERNEL_API cudaError_t class_max_cuda(const float *scores, size_t rows, size_t ld,
                                      const uint32_t *class_start, const uint32_t *class_rows,
                                      size_t n_classes, float *out, cudaStream_t stream);

#endif
