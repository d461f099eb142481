/* histogram.h — a log-bucketed latency histogram (HdrHistogram-style, fixed memory).
 *
 * Values are unsigned 64-bit integers (nanoseconds by convention). Buckets give about 1%
 * relative precision: each power of two is split into HISTOGRAM_SUB_BUCKETS linear steps.
 * Recording is one array increment; no allocation after init. A histogram belongs to one
 * thread; merge per-thread copies to report.
 *
 * Bucket layout: values 0..127 each have their own bucket (exact). A larger value v with its
 * highest set bit at position b (b >= 7) falls in power p = b - 6 and sub-bucket
 * (v >> (b - 7)) - 128, so a bucket spans 2^(b-7) values and its width is at most 1/128 of
 * any value in it: a reported quantile is at most 0.79% above the true value, never below. */
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

/* count, sum, min and max are exact (not bucketed). While count == 0, min is UINT64_MAX and
 * max is 0; use histogram_min() for a reporting-friendly value. sum saturates at UINT64_MAX
 * (about 584 years of nanoseconds). */
struct histogram {
    uint64_t count;
    uint64_t sum;
    uint64_t min;
    uint64_t max;
    uint64_t buckets[HISTOGRAM_BUCKETS];
};

/* Empty the histogram. Never fails. */
void histogram_init(struct histogram *h);
/* Count one value. Never fails, never allocates. */
void histogram_record(struct histogram *h, uint64_t value);
/* Count n copies of value; n == 0 changes nothing (min and max included). */
void histogram_record_n(struct histogram *h, uint64_t value, uint64_t n);
/* dst += src (counts, sum, min, max). src is unchanged; dst == src is not allowed. */
void histogram_merge(struct histogram *dst, const struct histogram *src);
/* The value at quantile q in [0, 1] (q outside is clamped): the upper edge of the bucket that
 * holds the ceil(q * count)-th smallest value, clamped to [min, max]; the first and the
 * last rank are min and max exactly.
 * So q = 0 gives min and q = 1 gives max exactly. 0 if empty. */
uint64_t histogram_quantile(const struct histogram *h, double q);
/* Exact mean of the recorded values (sum / count); 0.0 if empty. */
double histogram_mean(const struct histogram *h);
/* Smallest recorded value; 0 if empty. */
uint64_t histogram_min(const struct histogram *h);
/* Bucket index of a value and the largest value a bucket holds (for exporting buckets).
 * histogram_bucket_index() is always < HISTOGRAM_BUCKETS; histogram_bucket_upper() aborts on
 * an index >= HISTOGRAM_BUCKETS. */
size_t histogram_bucket_index(uint64_t value);
uint64_t histogram_bucket_upper(size_t index);
/* Smallest value a bucket holds; aborts on an index >= HISTOGRAM_BUCKETS. */
uint64_t histogram_bucket_lower(size_t index);

#endif
