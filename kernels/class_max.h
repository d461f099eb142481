/* class_max.h — the per-class maximum of a row of scores (a score set's CLASS_MAX matrices,
 * engine_score.h), as kernels/class_max.cu computes it and tests/unit/kernel_emulation runs it
 * on the host.
 *
 * The row map: the rows of class c are class_rows[class_start[c] .. class_start[c + 1]), in
 * ascending order. One thread per class scans its rows in that order keeping the first value
 * that no later one beats by strict `>`, the host scorer's rule, so even the choice between
 * 0.0 and -0.0 matches it; a NaN never wins; a class without rows keeps -INFINITY. */
#ifndef BRIGADE_KERNELS_CLASS_MAX_H
#define BRIGADE_KERNELS_CLASS_MAX_H

#include <math.h>
#include <stddef.h>
#include <stdint.h>

#include "kernels/common.h"

#define CLASS_MAX_CLASSES_MAX 64 /* one block of this many threads per row of scores */

/* Builds the row map of rows rows whose classes (each < n_classes) are row_class[]:
 * class_start [n_classes + 1], class_rows [rows]. A counting sort, so rows stay ascending. */
static inline void class_map_build(const uint32_t *row_class, size_t rows, size_t n_classes,
                                   uint32_t *class_start, uint32_t *class_rows)
{
    for (size_t c = 0; c <= n_classes; c++)
        class_start[c] = 0;
    for (size_t r = 0; r < rows; r++)
        class_start[row_class[r] + 1]++;
    for (size_t c = 0; c < n_classes; c++)
        class_start[c + 1] += class_start[c];
    for (size_t r = 0; r < rows; r++) { /* class_start[c] walks to the next class's start */
        class_rows[class_start[row_class[r]]++] = (uint32_t)r;
    }
    for (size_t c = n_classes; c > 0; c--) /* and is shifted back */
        class_start[c] = class_start[c - 1];
    class_start[0] = 0;
}

/* Class c's maximum over the scores of one row. */
static inline BRIGADE_HD float class_max_scan(const float *row, const uint32_t *class_start,
                                              const uint32_t *class_rows, size_t c)
{
    float best = -INFINITY;
    for (uint32_t i = class_start[c]; i < class_start[c + 1]; i++) {
        float s = row[class_rows[i]];
        if (s > best)
            best = s;
    }
    return best;
}

#endif
