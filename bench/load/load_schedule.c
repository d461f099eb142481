/* load_schedule.c — open-loop arrival schedule (see load_schedule.h). */
#include "bench/load/load_schedule.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

/* splitmix64: tiny, seedable with any value, good enough for arrival gaps. */
static uint64_t rng_next(uint64_t *state)
{
    uint64_t z = (*state += UINT64_C(0x9E3779B97F4A7C15));
    z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
    z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
    return z ^ (z >> 31);
}

/* Uniform in (0, 1]: never 0, so log() is finite. */
static double rng_unit(uint64_t *state)
{
    return ((double)(rng_next(state) >> 11) + 1.0) / 9007199254740992.0;
}

static unsigned draw_burst(struct load_schedule *s)
{
    return s->bursts[rng_next(&s->rng) % s->burst_count];
}

void load_schedule_init(struct load_schedule *s, double rate_per_s, uint64_t start_ns,
                        const unsigned *bursts, unsigned burst_count, uint64_t seed)
{
    if (!(rate_per_s > 0) || (burst_count && !bursts)) {
        fprintf(stderr, "%s:%d: bad schedule arguments\n", __FILE__, __LINE__);
        abort();
    }
    s->next_ns = (double)start_ns;
    s->bursts = bursts;
    s->burst_count = burst_count;
    s->rng = seed;
    double mean_burst = 1.0;
    if (burst_count) {
        unsigned sum = 0;
        for (unsigned i = 0; i < burst_count; i++)
            sum += bursts[i];
        mean_burst = (double)sum / burst_count;
    }
    s->gap_mean_ns = mean_burst * 1e9 / rate_per_s;
    s->burst_left = burst_count ? draw_burst(s) : 1;
}

uint64_t load_schedule_peek(const struct load_schedule *s)
{
    return (uint64_t)s->next_ns;
}

void load_schedule_pop(struct load_schedule *s)
{
    if (--s->burst_left > 0)
        return;
    if (s->burst_count == 0) {
        s->next_ns += s->gap_mean_ns;
        s->burst_left = 1;
        return;
    }
    s->next_ns += -log(rng_unit(&s->rng)) * s->gap_mean_ns;
    s->burst_left = draw_burst(s);
}
