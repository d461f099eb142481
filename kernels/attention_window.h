/* attention_window.h — which keys a query sees in ModernBERT's bidirectional attention.
 *
 * Global layers: every token of the same sequence. Local (sliding) layers: keys with
 * |q - k| <= window_half, window_half = local_attention / 2 (transformers' config.sliding_window
 * and masking_utils.sliding_window_bidirectional_overlay, inclusive). window_half == 0 means
 * global. Returns the key range [*lo, *hi) for query q of a sequence of len tokens. */
#ifndef BRIGADE_KERNELS_ATTENTION_WINDOW_H
#define BRIGADE_KERNELS_ATTENTION_WINDOW_H

#include "kernels/common.h"

static inline BRIGADE_HD void attention_window(size_t q, size_t len, size_t window_half, size_t *lo,
                                               size_t *hi)
{
    if (window_half == 0) {
        *lo = 0;
        *hi = len;
        return;
    }
    *lo = q > window_half ? q - window_half : 0;
    *hi = q + window_half + 1 < len ? q + window_half + 1 : len;
}

#endif
