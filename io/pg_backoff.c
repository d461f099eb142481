/* pg_backoff.c — capped exponential backoff with equal jitter (see pg_backoff.h). */
#include "io/pg_backoff.h"

#include "kernels/assert.h"

#define PG_BACKOFF_ASSERT(cond) BRIGADE_ASSERT(cond)
#define PG_BACKOFF_SEED_DEFAULT 0x9e3779b97f4a7c15ULL

void pg_backoff_init(struct pg_backoff *b, uint32_t base_ms, uint32_t cap_ms, uint64_t seed)
{
    PG_BACKOFF_ASSERT(base_ms > 0);
    PG_BACKOFF_ASSERT(cap_ms >= base_ms);
    b->base_ms = base_ms;
    b->cap_ms = cap_ms;
    b->failures = 0;
    b->rng = seed ? seed : PG_BACKOFF_SEED_DEFAULT;
}

uint32_t pg_backoff_ceiling_ms(uint32_t base_ms, uint32_t cap_ms, uint32_t failures)
{
    uint32_t shift = failures < PG_BACKOFF_SHIFT_MAX ? failures : PG_BACKOFF_SHIFT_MAX;
    uint64_t ceiling = (uint64_t)base_ms << shift; /* < 2^52: no overflow */
    return ceiling < cap_ms ? (uint32_t)ceiling : cap_ms;
}

uint32_t pg_backoff_jitter_ms(uint32_t ceiling_ms, uint64_t random)
{
    uint32_t half = ceiling_ms / 2;
    uint32_t span = ceiling_ms - half; /* the upper half, ceiling included */
    return half + (uint32_t)(random % ((uint64_t)span + 1));
}

static uint64_t pg_backoff_xorshift(uint64_t *state)
{
    uint64_t x = *state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    *state = x;
    return x;
}

uint32_t pg_backoff_next_ms(struct pg_backoff *b)
{
    uint32_t ceiling = pg_backoff_ceiling_ms(b->base_ms, b->cap_ms, b->failures);
    if (b->failures < UINT32_MAX)
        b->failures++;
    return pg_backoff_jitter_ms(ceiling, pg_backoff_xorshift(&b->rng));
}

void pg_backoff_reset(struct pg_backoff *b)
{
    b->failures = 0;
}
