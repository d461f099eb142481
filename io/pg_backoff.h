/* pg_backoff.h — the delay before the next reconnection attempt: capped exponential backoff
 * with jitter, so that many cores (and many gateways) that lost PostgreSQL at the same moment
 * do not all knock again at the same moment.
 *
 * Pure functions over caller state: the pipeline client keeps one pg_backoff per connection. */
#ifndef BRIGADE_IO_PG_BACKOFF_H
#define BRIGADE_IO_PG_BACKOFF_H

#include <stdint.h>

/* The exponent stops growing here: 2^20 times any sensible base is past every cap. */
#define PG_BACKOFF_SHIFT_MAX 20

struct pg_backoff {
    uint32_t base_ms;  /* ceiling of the first delay (> 0) */
    uint32_t cap_ms;   /* no ceiling grows past this (>= base_ms) */
    uint32_t failures; /* consecutive failed attempts; reset on success */
    uint64_t rng;      /* xorshift64 state, never 0 */
};

/* A backoff starting at `base_ms`, capped at `cap_ms`, its jitter seeded by `seed` (any value:
 * 0 is replaced by a fixed non-zero constant). */
void pg_backoff_init(struct pg_backoff *b, uint32_t base_ms, uint32_t cap_ms, uint64_t seed);

/* The ceiling for the attempt after `failures` consecutive failures:
 * min(cap, base * 2^failures). */
uint32_t pg_backoff_ceiling_ms(uint32_t base_ms, uint32_t cap_ms, uint32_t failures);

/* "Equal jitter": a delay drawn uniformly from [ceiling / 2, ceiling], so the wait grows
 * (unlike full jitter, never ~0 after a long outage) and peers still spread out.
 * `random` is any 64-bit value. */
uint32_t pg_backoff_jitter_ms(uint32_t ceiling_ms, uint64_t random);

/* Counts one more failure and returns the delay before the next attempt. */
uint32_t pg_backoff_next_ms(struct pg_backoff *b);

/* A connection succeeded: the next failure starts from base_ms again. */
void pg_backoff_reset(struct pg_backoff *b);

#endif
