/* histogram.h — a log-bucketed latency histogram (HdrHistogram-style, fixed memory).
 *
 * Values are unsigned 64-bit integers (nanoseconds by convention). Buckets give about 1%
 * relative precision: each power of two is split into HISTOGRAM_SUB_BUCKETS linear steps.
 * Recording is one array increment; no allocation after init. A histogram belongs to one
 * thread; merge per-thread copies to report. */
#ifndef BRIGADE_GATEWAY_HISTOGRAM_H
#define BRIGADE_GATEWAY_HISTOGRAM_H

#include <stddef.h>
#include <stdint.h>

enum {
    HISTOGRAM_SUB_BUCKET_BITS = 7, /* 128 linear steps per power of two: < 0.8% error */
    HISTOGRAM_SUB_BUCKETS = 1 << HISTOGRAM_SUB_BUCKET_BITS,
    HISTOGRAM_POWERS = 64 - HISTOGRAM_SUB_BUCKET_BITS + 1,
    HISTOGRAM_BUCKETS = HISTOGRAM_POWERS * HISTOGRAM_SUB_BUCKETS,
};

struct histogram {
    uint64_t count;
    uint64_t sum;
    uint64_t min;
    uint64_t max;
    uint64_t buckets[HISTOGRAM_BUCKETS];
};

void histogram_init(struct histogram *h);
void histogram_record(struct histogram *h, uint64_t value);
void histogram_record_n(struct histogram *h, uint64_t value, uint64_t n);
/* dst += src. */
void histogram_merge(struct histogram *dst, const struct histogram *src);
/* The value at quantile q in [0, 1] (upper edge of its bucket, clamped to max); 0 if empty. */
uint64_t histogram_quantile(const struct histogram *h, double q);
/* Bucket index of a value and the largest value a bucket holds (for exporting buckets). */
size_t histogram_bucket_index(uint64_t value);
uint64_t histogram_bucket_upper(size_t index);

#endif
