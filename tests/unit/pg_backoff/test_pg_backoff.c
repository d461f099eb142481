/* test_pg_backoff.c — the reconnection delay: doubles from the base, stops at the cap, and
 * its jitter stays within [ceiling / 2, ceiling] and spreads over that range. */
#include "check.h"
#include "io/pg_backoff.h"

static void test_ceiling(void)
{
    CHECK_INT_EQ(pg_backoff_ceiling_ms(100, 5000, 0), 100);
    CHECK_INT_EQ(pg_backoff_ceiling_ms(100, 5000, 1), 200);
    CHECK_INT_EQ(pg_backoff_ceiling_ms(100, 5000, 5), 3200);
    CHECK_INT_EQ(pg_backoff_ceiling_ms(100, 5000, 6), 5000);
    CHECK_INT_EQ(pg_backoff_ceiling_ms(100, 5000, 63), 5000); /* no shift overflow */
    CHECK_INT_EQ(pg_backoff_ceiling_ms(100, 5000, UINT32_MAX), 5000);
    CHECK_INT_EQ(pg_backoff_ceiling_ms(1, 1, 0), 1);
    CHECK_INT_EQ(pg_backoff_ceiling_ms(UINT32_MAX, UINT32_MAX, 40), UINT32_MAX);
}

static void test_jitter_bounds(void)
{
    CHECK_INT_EQ(pg_backoff_jitter_ms(100, 0), 50);
    CHECK_INT_EQ(pg_backoff_jitter_ms(100, 50), 100);
    CHECK_INT_EQ(pg_backoff_jitter_ms(100, 51), 50); /* 51 values: 50..100 */
    CHECK_INT_EQ(pg_backoff_jitter_ms(1, 0), 0);
    CHECK_INT_EQ(pg_backoff_jitter_ms(1, 1), 1);
    uint32_t big = pg_backoff_jitter_ms(UINT32_MAX, UINT64_MAX); /* no overflow at the top */
    CHECK(big >= UINT32_MAX / 2);
}

/* A sequence of failures: each delay within its ceiling's upper half, ceilings doubling then
 * capped; after a reset the sequence starts from the base again. */
static void test_sequence(void)
{
    struct pg_backoff b;
    pg_backoff_init(&b, 100, 1000, 42);
    const uint32_t ceilings[] = {100, 200, 400, 800, 1000, 1000, 1000};
    for (unsigned i = 0; i < sizeof(ceilings) / sizeof(ceilings[0]); i++) {
        uint32_t d = pg_backoff_next_ms(&b);
        CHECK(d >= ceilings[i] / 2);
        CHECK(d <= ceilings[i]);
    }
    CHECK_INT_EQ(b.failures, 7);
    pg_backoff_reset(&b);
    uint32_t d = pg_backoff_next_ms(&b);
    CHECK(d >= 50 && d <= 100);
}

/* Jitter spreads: 1,000 draws at a 1,000 ms ceiling land in every tenth of [500, 1000], and
 * two seeds give different sequences (peers do not retry in lockstep). */
static void test_spread(void)
{
    struct pg_backoff a, b;
    pg_backoff_init(&a, 1000, 1000, 1);
    pg_backoff_init(&b, 1000, 1000, 2);
    unsigned buckets[10] = {0}, same = 0;
    for (int i = 0; i < 1000; i++) {
        uint32_t da = pg_backoff_next_ms(&a), db = pg_backoff_next_ms(&b);
        CHECK(da >= 500 && da <= 1000);
        unsigned k = (da - 500) / 50;
        buckets[k < 10 ? k : 9]++;
        same += da == db;
    }
    for (int k = 0; k < 10; k++)
        CHECK(buckets[k] > 50); /* ~100 expected in each */
    CHECK(same < 50);
    /* Seed 0 is usable (xorshift would stay at 0 forever). */
    struct pg_backoff z;
    pg_backoff_init(&z, 10, 10, 0);
    CHECK(z.rng != 0);
}

int main(void)
{
    test_ceiling();
    test_jitter_bounds();
    test_sequence();
    test_spread();
    return check_finish("test_pg_backoff");
}
