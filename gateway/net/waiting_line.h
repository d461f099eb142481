/* waiting_line.h — the server's one admission line, shared by every core: how many
 * connections are served and how many wait, across all cores, and the FIFO order of the
 * waiting ones (tickets, oldest first).
 *
 * A restaurant has one queue, whatever door a customer came in by. A connection accepted on
 * any core is served at once while fewer than `active_max` are served and nobody waits, waits
 * while fewer than `active_max + queued_max` are counted, and is refused otherwise. A waiting
 * connection holds a ticket naming its core and its slot there (with the slot's generation).
 * When a served connection ends, the core that frees the slot grants it to the oldest ticket
 * of the whole server (waiting_line_grant): the ticket moves to its core's granted list, and
 * that core, told through its ring, takes its grants (waiting_line_take_grants) and starts
 * those connections. A granted connection counts as served from the moment of the grant.
 *
 * Every operation takes one mutex: they run once per connection (accept, close, promotion),
 * never per request, and none makes a system call while holding it. `active` and `queued`
 * are also read without it as hints (waiting_line_grant_due). */
#ifndef BRIGADE_GATEWAY_WAITING_LINE_H
#define BRIGADE_GATEWAY_WAITING_LINE_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

enum {
    WAITING_LINE_CORES_MAX = 256,
    WAITING_LINE_NIL = UINT32_MAX,
};

enum waiting_line_verdict {
    WAITING_LINE_SERVE,  /* counted as served */
    WAITING_LINE_WAIT,   /* holds a ticket, counted as waiting */
    WAITING_LINE_REFUSE, /* the line is full: counted nowhere */
};

enum waiting_line_ticket_state {
    WAITING_LINE_TICKET_FREE,
    WAITING_LINE_TICKET_WAITING, /* in the line */
    WAITING_LINE_TICKET_GRANTED, /* on its core's granted list */
};

struct waiting_line_ticket {
    uint32_t core, slot, gen;
    uint32_t prev, next; /* the line, the core's granted list, or the free list (next) */
    uint8_t state;       /* enum waiting_line_ticket_state */
    bool stream;         /* an event-stream client: told its position as it moves */
};

/* A grant taken by its core: the connection to start. */
struct waiting_line_grant {
    uint32_t slot, gen;
};

struct waiting_line {
    pthread_mutex_t lock;
    uint32_t active_max, queued_max;
    _Atomic uint32_t active, queued; /* written under the lock; read without it as hints */
    atomic_uint version;             /* bumped whenever a waiting client's position changes */
    uint32_t head, tail;             /* the line, oldest first */
    uint32_t free_head;
    uint32_t capacity; /* tickets: active_max + queued_max (every one counted somewhere) */
    struct waiting_line_ticket *tickets;
    uint32_t granted_head[WAITING_LINE_CORES_MAX]; /* per core, order of grant */
    uint32_t granted_count[WAITING_LINE_CORES_MAX];
    uint32_t streams[WAITING_LINE_CORES_MAX]; /* waiting event-stream clients per core */
    unsigned cores;
};

/* A line for `cores` cores. Aborts when out of memory or `cores` is out of range. */
void waiting_line_init(struct waiting_line *w, unsigned cores, uint32_t active_max,
                       uint32_t queued_max);
void waiting_line_free(struct waiting_line *w);

/* A new connection in slot `slot` (generation `gen`) of core `core`: serve, wait (*ticket
 * gets its ticket) or refuse. A slot freed but not yet granted still counts: the grant at
 * the end of the pass will fill it, so whom this admits matches an immediate promotion. */
enum waiting_line_verdict waiting_line_admit(struct waiting_line *w, unsigned core, uint32_t slot,
                                             uint32_t gen, uint32_t *ticket);
/* A served connection ended: one slot to grant. */
void waiting_line_end_served(struct waiting_line *w);
/* A waiting connection closed on its own core, before it was started: its ticket goes (a
 * grant it had not taken yet is given back). */
void waiting_line_leave(struct waiting_line *w, uint32_t ticket);
/* The connection of `ticket` is an event-stream client (its core tells it its position). */
void waiting_line_mark_stream(struct waiting_line *w, uint32_t ticket);

/* True when a slot is free and someone waits (a hint: read without the lock). */
bool waiting_line_grant_due(struct waiting_line *w);
/* Grant every free slot to the oldest waiters, whatever their core; sets bit c of `tell`
 * (an array of WAITING_LINE_CORES_MAX / 64 words) for each core c other than `core` that got
 * a grant or has waiting event-stream clients whose position moved. Returns how many. */
uint32_t waiting_line_grant(struct waiting_line *w, unsigned core, uint64_t *tell);
/* The cores other than `core` that have waiting event-stream clients (bits in `tell`), to
 * tell after a waiter left. */
void waiting_line_stream_cores(struct waiting_line *w, unsigned core, uint64_t *tell);
/* Take up to `max` of core `core`'s grants, oldest first, freeing their tickets. Returns how
 * many were written to `out`. */
uint32_t waiting_line_take_grants(struct waiting_line *w, unsigned core,
                                  struct waiting_line_grant *out, uint32_t max);
/* Call fn(user, slot, gen, position) for every waiting event-stream client of core `core`,
 * position 1 being the front of the whole line. Runs under the lock: fn must not call back. */
void waiting_line_positions(struct waiting_line *w, unsigned core,
                            void (*fn)(void *user, uint32_t slot, uint32_t gen, uint32_t position),
                            void *user);

#endif
