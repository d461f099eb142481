/* histogram.c — log-bucketed latency histogram; layout described in histogram.h. */
#include "gateway/obs/histogram.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kernels/assert.h"

_Static_assert(HISTOGRAM_BUCKETS == 58 * 128, "layout: 58 powers of 128 sub-buckets");
_Static_assert(HISTOGRAM_SUB_BUCKET_BITS < 64, "sub-buckets must fit in a 64-bit value");

#define HISTOGRAM_ASSERT(cond) BRIGADE_ASSERT(cond)

void histogram_init(struct histogram *h)
{
    memset(h, 0, sizeof(*h));
    h->min = UINT64_MAX;
}

size_t histogram_bucket_index(uint64_t value)
{
    if (value < HISTOGRAM_SUB_BUCKETS)
        return (size_t)value;
    unsigned top_bit = 63u - (unsigned)__builtin_clzll(value);
    unsigned shift = top_bit - HISTOGRAM_SUB_BUCKET_BITS;
    size_t sub = (size_t)(value >> shift) - HISTOGRAM_SUB_BUCKETS;
    size_t index = (size_t)(shift + 1) * HISTOGRAM_SUB_BUCKETS + sub;
    HISTOGRAM_ASSERT(index < HISTOGRAM_BUCKETS);
    return index;
}

uint64_t histogram_bucket_lower(size_t index)
{
    HISTOGRAM_ASSERT(index < HISTOGRAM_BUCKETS);
    if (index < HISTOGRAM_SUB_BUCKETS)
        return index;
    unsigned shift = (unsigned)(index / HISTOGRAM_SUB_BUCKETS) - 1;
    uint64_t sub = (uint64_t)(index % HISTOGRAM_SUB_BUCKETS) + HISTOGRAM_SUB_BUCKETS;
    return sub << shift;
}

uint64_t histogram_bucket_upper(size_t index)
{
    HISTOGRAM_ASSERT(index < HISTOGRAM_BUCKETS);
    if (index < HISTOGRAM_SUB_BUCKETS)
        return index;
    unsigned shift = (unsigned)(index / HISTOGRAM_SUB_BUCKETS) - 1;
    /* lower + width - 1; for the last bucket this is exactly UINT64_MAX, no overflow. */
    return histogram_bucket_lower(index) + ((UINT64_C(1) << shift) - 1);
}

void histogram_record_n(struct histogram *h, uint64_t value, uint64_t n)
{
    if (n == 0)
        return;
    h->buckets[histogram_bucket_index(value)] += n;
    h->count += n;
    uint64_t add;
    if (__builtin_mul_overflow(value, n, &add) || __builtin_add_overflow(h->sum, add, &h->sum))
        h->sum = UINT64_MAX;
    if (value < h->min)
        h->min = value;
    if (value > h->max)
        h->max = value;
}

void histogram_record(struct histogram *h, uint64_t value)
{
    histogram_record_n(h, value, 1);
}

void histogram_merge(struct histogram *dst, const struct histogram *src)
{
    HISTOGRAM_ASSERT(dst != src);
    if (src->count == 0)
        return;
    for (size_t i = 0; i < HISTOGRAM_BUCKETS; i++)
        dst->buckets[i] += src->buckets[i];
    dst->count += src->count;
    if (__builtin_add_overflow(dst->sum, src->sum, &dst->sum))
        dst->sum = UINT64_MAX;
    if (src->min < dst->min)
        dst->min = src->min;
    if (src->max > dst->max)
        dst->max = src->max;
}

uint64_t histogram_quantile(const struct histogram *h, double q)
{
    if (h->count == 0)
        return 0;
    if (!(q > 0.0)) /* also catches NaN */
        q = 0.0;
    if (q > 1.0)
        q = 1.0;
    /* Rank of the wanted value, 1-based; ceil without libm. */
    double exact = q * (double)h->count;
    uint64_t rank = (uint64_t)exact;
    if ((double)rank < exact)
        rank++;
    /* The smallest and largest values are known exactly; no need for a bucket edge. */
    if (rank <= 1)
        return h->min;
    if (rank >= h->count)
        return h->max;
    uint64_t seen = 0;
    for (size_t i = 0; i < HISTOGRAM_BUCKETS; i++) {
        seen += h->buckets[i];
        if (seen >= rank) {
            uint64_t v = histogram_bucket_upper(i);
            if (v > h->max)
                v = h->max;
            if (v < h->min)
                v = h->min;
            return v;
        }
    }
    HISTOGRAM_ASSERT(!"bucket counts sum to less than count");
    return h->max;
}

double histogram_mean(const struct histogram *h)
{
    if (h->count == 0)
        return 0.0;
    return (double)h->sum / (double)h->count;
}

uint64_t histogram_min(const struct histogram *h)
{
    return h->count ? h->min : 0;
}
