/* test_load_schedule.c — open-loop arrivals: exact even spacing, burst sizes, mean rate. */
#include "bench/load/load_schedule.h"
#include "check.h"

static void test_even(void)
{
    struct load_schedule s;
    load_schedule_init(&s, 1000.0, 5000, NULL, 0, 1); /* one request per ms from t = 5 us */
    for (int i = 0; i < 1000; i++) {
        CHECK_INT_EQ(load_schedule_peek(&s), 5000 + (uint64_t)i * 1000000);
        load_schedule_pop(&s);
    }
    /* 1/3 ms spacing accumulates in double: after 3 million requests (1000 s) the schedule
     * is within a microsecond of exact, not off by the 3 million truncations of an integer. */
    load_schedule_init(&s, 3000.0, 0, NULL, 0, 1);
    for (int i = 0; i < 3000000; i++)
        load_schedule_pop(&s);
    uint64_t t = load_schedule_peek(&s);
    CHECK(t >= UINT64_C(1000000000000) - 1000 && t <= UINT64_C(1000000000000) + 1000);
}

/* Count requests and bursts in [0, horizon); bursts = runs of equal intended times. */
static void run_bursts(const unsigned *sizes, unsigned n, double rate, uint64_t seed,
                       uint64_t horizon_ns, uint64_t *requests, uint64_t *bursts,
                       uint64_t size_hist[9])
{
    struct load_schedule s;
    load_schedule_init(&s, rate, 0, sizes, n, seed);
    *requests = *bursts = 0;
    uint64_t prev = UINT64_MAX, run = 0;
    while (load_schedule_peek(&s) < horizon_ns) {
        uint64_t t = load_schedule_peek(&s);
        if (t != prev) {
            if (run && run <= 8)
                size_hist[run]++;
            (*bursts)++;
            run = 0;
            prev = t;
        }
        run++;
        (*requests)++;
        load_schedule_pop(&s);
    }
}

static void test_bursts(void)
{
    static const unsigned sizes[] = {1, 2, 8};
    uint64_t hist[9] = {0}, requests, bursts;
    /* 2000 req/s for 1000 simulated seconds: 2e6 requests expected, Poisson-like spread of a
     * few thousand; 1% is many standard deviations. */
    run_bursts(sizes, 3, 2000.0, 42, UINT64_C(1000) * 1000000000, &requests, &bursts, hist);
    CHECK(requests > 1980000 && requests < 2020000);
    /* Mean burst 11/3: bursts = requests * 3/11 (within 1%). */
    CHECK(bursts * 11 > requests * 3 * 99 / 100 && bursts * 11 < requests * 3 * 101 / 100);
    CHECK(hist[1] > 0 && hist[2] > 0 && hist[8] > 0);
    CHECK_INT_EQ(hist[3] + hist[4] + hist[5] + hist[6] + hist[7], 0);
    /* The same seed gives the same schedule; another seed a different one. */
    uint64_t r2, b2, h2[9] = {0};
    run_bursts(sizes, 3, 2000.0, 42, UINT64_C(10) * 1000000000, &requests, &bursts, hist);
    run_bursts(sizes, 3, 2000.0, 42, UINT64_C(10) * 1000000000, &r2, &b2, h2);
    CHECK_INT_EQ(r2, requests);
    CHECK_INT_EQ(b2, bursts);
    run_bursts(sizes, 3, 2000.0, 43, UINT64_C(10) * 1000000000, &r2, &b2, h2);
    CHECK(r2 != requests || b2 != bursts);
    /* Burst 1 alone: Poisson arrivals, intended times distinct except for the rare gap that
     * rounds to 0 ns (about 1 in 200,000 at this rate). */
    static const unsigned one[] = {1};
    uint64_t h1[9] = {0};
    run_bursts(one, 1, 5000.0, 7, UINT64_C(100) * 1000000000, &requests, &bursts, h1);
    CHECK(requests > 495000 && requests < 505000);
    CHECK(bursts <= requests && bursts + 20 > requests);
}

int main(void)
{
    test_even();
    test_bursts();
    return check_finish("test_load_schedule");
}
