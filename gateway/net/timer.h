/* timer.h — per-core connection deadlines, one list per timeout kind.
 *
 * Every timeout of one kind has the same duration and deadlines are computed from a
 * monotonic clock that never goes back, so appending to the tail keeps each list sorted by
 * construction: arm, disarm and "next deadline" are O(1) and the loop needs no io_uring
 * timeout per connection — the nearest deadline becomes the wait timeout of
 * io_uring_submit_and_wait_timeout. A connection has at most one armed timer. Nodes are
 * indexed by connection index; the table is allocated once. */
#ifndef BRIGADE_GATEWAY_TIMER_H
#define BRIGADE_GATEWAY_TIMER_H

#include <stdbool.h>
#include <stdint.h>

enum timer_kind {
    TIMER_KIND_HEADER, /* request head incomplete, from its first byte */
    TIMER_KIND_BODY,   /* request body incomplete, from the end of the head */
    TIMER_KIND_IDLE,   /* keep-alive between requests */
    TIMER_KIND_SEND,   /* output pending without progress */
    TIMER_KIND_LINGER, /* draining input after a final response, before close */
    TIMER_KIND_MAX,
};

enum {
    TIMER_NONE = UINT32_MAX, /* list terminator and "no kind armed" */
};

struct timer_node {
    uint64_t deadline_ms;
    uint32_t prev;
    uint32_t next;
    uint32_t kind; /* enum timer_kind, or TIMER_NONE when disarmed */
};

struct timer_lists {
    struct timer_node *nodes;
    uint32_t node_count;
    uint32_t head[TIMER_KIND_MAX];
    uint32_t tail[TIMER_KIND_MAX];
    uint64_t duration_ms[TIMER_KIND_MAX];
};

/* Allocate `node_count` nodes, all disarmed (aborts when out of memory). */
void timer_init(struct timer_lists *t, uint32_t node_count,
                const uint64_t duration_ms[TIMER_KIND_MAX]);
void timer_free(struct timer_lists *t);

/* Arm `kind` for node `index`, deadline now_ms + that kind's duration (replaces any timer the
 * node had). `now_ms` must not be below the now_ms of earlier calls (asserted). */
void timer_arm(struct timer_lists *t, uint32_t index, enum timer_kind kind, uint64_t now_ms);
void timer_disarm(struct timer_lists *t, uint32_t index);
/* The kind armed for `index`, or TIMER_NONE. */
uint32_t timer_kind_of(const struct timer_lists *t, uint32_t index);
/* The earliest deadline over all kinds, UINT64_MAX when none is armed. */
uint64_t timer_next_deadline(const struct timer_lists *t);
/* Pop one expired timer (deadline <= now_ms): true with *index and *kind set, the node
 * disarmed; false when nothing has expired. */
bool timer_pop_expired(struct timer_lists *t, uint64_t now_ms, uint32_t *index,
                       enum timer_kind *kind);

#endif
