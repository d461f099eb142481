/* test_histogram.c — bucket edges, quantiles within the stated precision, merge, min/max. */
#include "check.h"
#include "gateway/obs/histogram.h"

static struct histogram h1, h2; /* ~60 KB each: keep them off the stack */

static void test_bucket_edges(void)
{
    /* Exact region: one bucket per value below 128. */
    for (uint64_t v = 0; v < 128; v++) {
        CHECK_INT_EQ(histogram_bucket_index(v), v);
        CHECK_INT_EQ(histogram_bucket_lower(v), v);
        CHECK_INT_EQ(histogram_bucket_upper(v), v);
    }
    /* 128..255 still have width 1 (shift 0), in the second power. */
    CHECK_INT_EQ(histogram_bucket_index(128), 128);
    CHECK_INT_EQ(histogram_bucket_index(255), 255);
    /* 256..511: width 2. */
    CHECK_INT_EQ(histogram_bucket_index(256), 256);
    CHECK_INT_EQ(histogram_bucket_index(257), 256);
    CHECK_INT_EQ(histogram_bucket_index(258), 257);
    CHECK_INT_EQ(histogram_bucket_lower(256), 256);
    CHECK_INT_EQ(histogram_bucket_upper(256), 257);
    CHECK_INT_EQ(histogram_bucket_upper(383), 511);
    /* 1,000,000 ns: top bit 19, shift 12, sub = 244 -> index 13*128 + 116. */
    CHECK_INT_EQ(histogram_bucket_index(1000000), 13 * 128 + 116);
    CHECK_INT_EQ(histogram_bucket_lower(13 * 128 + 116), 244u << 12);
    CHECK_INT_EQ(histogram_bucket_upper(13 * 128 + 116), (245u << 12) - 1);
    /* The very top. */
    CHECK_INT_EQ(histogram_bucket_index(UINT64_MAX), HISTOGRAM_BUCKETS - 1);
    CHECK(histogram_bucket_upper(HISTOGRAM_BUCKETS - 1) == UINT64_MAX);
    CHECK(histogram_bucket_lower(HISTOGRAM_BUCKETS - 1) == UINT64_C(255) << 56);
    /* Buckets tile the value space: each lower edge is the previous upper + 1, and every
     * bucket's edges map back to it; width / lower <= 1/128. */
    for (size_t i = 1; i < HISTOGRAM_BUCKETS; i++) {
        uint64_t lo = histogram_bucket_lower(i), hi = histogram_bucket_upper(i);
        if (lo != histogram_bucket_upper(i - 1) + 1 || histogram_bucket_index(lo) != i ||
            histogram_bucket_index(hi) != i || (lo >= 128 && (hi - lo + 1) * 128 > lo)) {
            fprintf(stderr, "bucket %zu [%llu, %llu] breaks the tiling\n", i,
                    (unsigned long long)lo, (unsigned long long)hi);
            check_failures++;
            break;
        }
    }
}

static void test_empty(void)
{
    histogram_init(&h1);
    CHECK_INT_EQ(h1.count, 0);
    CHECK_INT_EQ(histogram_quantile(&h1, 0.5), 0);
    CHECK_INT_EQ(histogram_quantile(&h1, 1.0), 0);
    CHECK_INT_EQ(histogram_min(&h1), 0);
    CHECK_INT_EQ(h1.max, 0);
    CHECK(histogram_mean(&h1) == 0.0);
    histogram_record_n(&h1, 5, 0); /* n = 0 records nothing */
    CHECK_INT_EQ(h1.count, 0);
    CHECK_INT_EQ(histogram_min(&h1), 0);
}

/* |reported - truth| must be within one bucket above the truth: 0 <= err <= truth/128. */
static void check_close(uint64_t reported, uint64_t truth, int line)
{
    if (reported < truth || (reported - truth) * 128 > truth) {
        fprintf(stderr, "line %d: quantile %llu not within 1/128 above %llu\n", line,
                (unsigned long long)reported, (unsigned long long)truth);
        check_failures++;
    }
}

static void test_uniform(void)
{
    /* 1..100000 microseconds in ns: the q-quantile is q * 100000 us exactly. */
    histogram_init(&h1);
    for (uint64_t i = 1; i <= 100000; i++)
        histogram_record(&h1, i * 1000);
    CHECK_INT_EQ(h1.count, 100000);
    CHECK_INT_EQ(histogram_min(&h1), 1000);
    CHECK_INT_EQ(h1.max, 100000000);
    CHECK(histogram_mean(&h1) == 50000500.0);
    check_close(histogram_quantile(&h1, 0.5), 50000000, __LINE__);
    check_close(histogram_quantile(&h1, 0.9), 90000000, __LINE__);
    check_close(histogram_quantile(&h1, 0.99), 99000000, __LINE__);
    check_close(histogram_quantile(&h1, 0.999), 99900000, __LINE__);
    CHECK_INT_EQ(histogram_quantile(&h1, 0.0), 1000);
    CHECK_INT_EQ(histogram_quantile(&h1, 1.0), 100000000);
    CHECK_INT_EQ(histogram_quantile(&h1, 2.0), 100000000); /* clamped */
    CHECK_INT_EQ(histogram_quantile(&h1, -1.0), 1000);
    /* Exact region: 0..99 once each, median is the 50th smallest = 49. */
    histogram_init(&h2);
    for (uint64_t i = 0; i < 100; i++)
        histogram_record(&h2, i);
    CHECK_INT_EQ(histogram_quantile(&h2, 0.5), 49);
    CHECK_INT_EQ(histogram_quantile(&h2, 0.99), 98);
    CHECK_INT_EQ(histogram_quantile(&h2, 0.01), 0);
}

static void test_bimodal(void)
{
    /* 990 fast requests at 200 us, 10 slow ones at 50 ms: p99 is still fast, p99.9 is slow. */
    histogram_init(&h1);
    histogram_record_n(&h1, 200000, 990);
    histogram_record_n(&h1, 50000000, 10);
    check_close(histogram_quantile(&h1, 0.5), 200000, __LINE__);
    check_close(histogram_quantile(&h1, 0.99), 200000, __LINE__);
    CHECK_INT_EQ(histogram_quantile(&h1, 0.999), 50000000); /* clamped to max */
    CHECK_INT_EQ(histogram_min(&h1), 200000);
    CHECK_INT_EQ(h1.sum, 990ull * 200000 + 10ull * 50000000);
}

static void test_merge(void)
{
    histogram_init(&h1);
    histogram_init(&h2);
    for (uint64_t i = 1; i <= 500; i++)
        histogram_record(&h1, i * 1000);
    for (uint64_t i = 501; i <= 1000; i++)
        histogram_record(&h2, i * 1000);
    histogram_merge(&h1, &h2);
    CHECK_INT_EQ(h1.count, 1000);
    CHECK_INT_EQ(histogram_min(&h1), 1000);
    CHECK_INT_EQ(h1.max, 1000000);
    CHECK_INT_EQ(h1.sum, 500500ull * 1000);
    check_close(histogram_quantile(&h1, 0.75), 750000, __LINE__);
    CHECK_INT_EQ(h2.count, 500); /* src untouched */
    /* Merging an empty histogram changes nothing, min included. */
    histogram_init(&h2);
    histogram_merge(&h1, &h2);
    CHECK_INT_EQ(h1.count, 1000);
    CHECK_INT_EQ(histogram_min(&h1), 1000);
    /* Merging into an empty one copies min and max. */
    histogram_record(&h2, 7);
    histogram_record(&h2, 9);
    histogram_init(&h1);
    histogram_merge(&h1, &h2);
    CHECK_INT_EQ(histogram_min(&h1), 7);
    CHECK_INT_EQ(h1.max, 9);
    CHECK_INT_EQ(histogram_quantile(&h1, 0.5), 7);
}

static void test_sum_saturates(void)
{
    histogram_init(&h1);
    histogram_record(&h1, UINT64_MAX);
    histogram_record(&h1, 1);
    CHECK(h1.sum == UINT64_MAX);
    CHECK(histogram_quantile(&h1, 1.0) == UINT64_MAX);
    CHECK_INT_EQ(histogram_quantile(&h1, 0.5), 1);
}

int main(void)
{
    test_bucket_edges();
    test_empty();
    test_uniform();
    test_bimodal();
    test_merge();
    test_sum_saturates();
    return check_finish("test_histogram");
}
