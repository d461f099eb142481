/* attention_reference.h — the reference the attention kernels are checked against, on the
 * host (their grids emulated) and on a GPU: straightforward attention in double precision
 * over a packed batch, each query's window scored, softmaxed and summed in full; no tiling,
 * no online rescaling. Indexing by kernels/attention_index.h, as the kernels index. */
#ifndef BRIGADE_TESTS_ATTENTION_REFERENCE_H
#define BRIGADE_TESTS_ATTENTION_REFERENCE_H

#include <math.h>
#include <stdint.h>
#include <stdlib.h>

#include "check.h"
#include "kernels/attention_index.h"

/* qkv: [tokens x 3 x heads x hd] floats; cu: n_seqs + 1 offsets; out: [tokens x heads x hd]. */
static inline void attention_reference(const float *qkv, const int32_t *cu, size_t n_seqs,
                                       size_t heads, size_t hd, size_t window_half, double *out)
{
    size_t max_len = 1;
    for (size_t z = 0; z < n_seqs; z++)
        max_len = (size_t)(cu[z + 1] - cu[z]) > max_len ? (size_t)(cu[z + 1] - cu[z]) : max_len;
    double scale = 1.0 / sqrt((double)hd), *w = malloc(max_len * sizeof(double));
    CHECK(w != NULL);
    for (size_t z = 0; z < n_seqs; z++) {
        size_t start = (size_t)cu[z], len = (size_t)(cu[z + 1] - cu[z]);
        for (size_t head = 0; head < heads; head++)
            for (size_t i = 0; i < len; i++) {
                size_t lo, hi;
                attention_window(i, len, window_half, &lo, &hi);
                const float *q = qkv + attention_qkv_offset(start + i, 0, head, heads, hd);
                double max = -INFINITY, sum = 0.0;
                for (size_t k = lo; k < hi; k++) {
                    const float *kr = qkv + attention_qkv_offset(start + k, 1, head, heads, hd);
                    double dot = 0.0;
                    for (size_t d = 0; d < hd; d++)
                        dot += (double)q[d] * kr[d];
                    w[k - lo] = dot * scale;
                    max = w[k - lo] > max ? w[k - lo] : max;
                }
                for (size_t k = lo; k < hi; k++) {
                    w[k - lo] = exp(w[k - lo] - max);
                    sum += w[k - lo];
                }
                double *o = out + attention_out_offset(start + i, head, heads, hd);
                for (size_t d = 0; d < hd; d++)
                    o[d] = 0.0;
                for (size_t k = lo; k < hi; k++) {
                    const float *vr = qkv + attention_qkv_offset(start + k, 2, head, heads, hd);
                    for (size_t d = 0; d < hd; d++)
                        o[d] += w[k - lo] / sum * vr[d];
                }
            }
    }
    free(w);
}

#endif
