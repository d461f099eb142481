/* load_schedule.h — the open-loop arrival schedule: intended send times of requests.
 *
 * Evenly spaced (one request every 1/rate s) when no burst sizes are given; otherwise bursts
 * whose size is drawn uniformly from the list, separated by exponential gaps (seeded) with
 * mean = mean burst size / rate, so the long-run rate is the same. All requests of a burst
 * share one intended time. Times are nanoseconds on the caller's clock. */
#ifndef BRIGADE_BENCH_LOAD_SCHEDULE_H
#define BRIGADE_BENCH_LOAD_SCHEDULE_H

#include <stdint.h>

struct load_schedule {
    double next_ns;     /* intended time of the next request (double: no drift) */
    double gap_mean_ns; /* mean gap between bursts (or between requests when even) */
    unsigned burst_left;
    const unsigned *bursts;
    unsigned burst_count; /* 0 = evenly spaced */
    uint64_t rng;
};

/* rate_per_s > 0; bursts may be NULL when burst_count == 0 (the array must outlive s). */
void load_schedule_init(struct load_schedule *s, double rate_per_s, uint64_t start_ns,
                        const unsigned *bursts, unsigned burst_count, uint64_t seed);
/* Intended time of the next request. */
uint64_t load_schedule_peek(const struct load_schedule *s);
/* Move past the next request. */
void load_schedule_pop(struct load_schedule *s);

#endif
