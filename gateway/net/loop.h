/* loop.h — one core's io_uring event loop: its listener, connection table, waiting line,
 * timers and event streams.
 *
 * Connections never leave the core that accepted them. The connection table is indexed by
 * the socket's slot in the ring's registered file table (multishot accept picks the slot),
 * so a completion's user_data (op, slot, generation) finds its connection without a lookup.
 *
 * Admission, like a restaurant line, with one line for the whole server (waiting_line.h):
 * at most --max-connections connections are served at once over all cores; up to
 * --max-queued more are accepted and wait in FIFO order of arrival, whatever core accepted
 * them; beyond that a connection gets 503 with Retry-After: 1 at once and is closed. While a
 * connection waits, its core reads at most LOOP_STASH_BYTES of it into a small buffer and
 * serves nothing: this is enough to see whether it is `GET /v1/events`. Such an event-stream
 * client is answered at once with the stream's headers and `event: queued` / `data:
 * {"position":N}` events, N its place in the whole server's line, sent again each time it
 * changes, and gets its stream (`event: hello`, then published events) when promoted. When
 * a served connection ends, its core grants the slot to the oldest waiter of the server and
 * tells that waiter's core through its ring (msg_ring); the waiter's stashed bytes go to the
 * HTTP session first, then reading resumes.
 *
 * Refusals never wait for a slot: each core's file table holds every connection the limits
 * count plus LOOP_SPARE_SLOTS for refusals and lingering closes, and when fewer than
 * LOOP_SPARE_SLOTS_LOW are free the oldest lingering close ends early (its response is long
 * sent), so a flood is answered as fast as it is accepted. */
#ifndef BRIGADE_GATEWAY_LOOP_H
#define BRIGADE_GATEWAY_LOOP_H

#include <stdbool.h>
#include <stdint.h>

#include "io/async.h"

struct loop_group;
struct http_context;
struct http_counters;
struct http_exchange;
struct loop;

enum {
    LOOP_STASH_BYTES = 1024, /* request head kept while a connection waits in line */
    /* File slots beyond the counted ones, for refusals and lingering closes; when fewer than
     * LOOP_SPARE_SLOTS_LOW are free the oldest lingering close ends early. LOW is the listen
     * backlog: the accepts one pass can complete at once (the ring's deferred task work
     * accepts the whole backlog when a descheduled core comes back), which must find slots. */
    LOOP_SPARE_SLOTS = 8192,
    LOOP_SPARE_SLOTS_LOW = 4096,
    LOOP_IOV_MAX = 16,       /* iovecs per sendmsg */
    LOOP_RECV_BUFFERS = 512, /* provided buffers per core (power of two) */
    LOOP_RECV_BUFFER_BYTES = 4096,
    LOOP_LINGER_MS = 2000,      /* read and discard after the last response, before close */
    LOOP_RAW_SSE_BYTES = 16384, /* output buffer of a stream that began while waiting */
    LOOP_RING_ENTRIES = 1024,   /* submission queue */
    LOOP_WAIT_MS_MAX = 1000,    /* longest wait without a deadline */
    LOOP_SOURCES_MAX = 128,     /* async sources per core (fds, timers, eventfds) */
};

/* Create core `core`'s loop of group `g` around `listen_fd` (which it owns from now on).
 * Returns 0 or -errno (ring creation failed); aborts when out of memory. Called on the core's
 * thread so the ring is created by its single issuer. */
int loop_init(struct loop **out, struct loop_group *g, unsigned core, int listen_fd);
/* Start the app's per-core state (http_context_core_start), serve until the group is
 * drained, then stop it (http_context_core_stop): all on the core's thread. */
void loop_run(struct loop *l);
void loop_free(struct loop *l);
/* Any thread: make the loop look at the group's state (shutdown, the line). */
void loop_wake(struct loop *l);

/* For the app's per-core state (core_start gets the core's loop as its `host`). */
unsigned loop_core(const struct loop *l);
bool loop_draining(const struct loop *l);
/* The HTTP layer's counters of this core (read from any thread for /metrics: plain words
 * written by their core, a scrape may see one of them a request behind). */
const struct http_counters *loop_http_counters(const struct loop *l);
/* The core's HTTP context, for handlers that answer later (http_exchange_find). Core's
 * thread only. */
struct http_context *loop_http_context(struct loop *l);
/* Turn the exchange's connection into an event stream subscribed to the core's hub: sends
 * the stream headers and `event: hello`. */
void loop_sse_start(struct loop *l, struct http_exchange *x);

/* The core's ring as io/async.h sees it: adapters (the engine's completion queue, PostgreSQL
 * connections, the webhook client) register their fds, timers and eventfds through it, on
 * the core's thread, from loop_init's return until loop_free. */
struct async_loop loop_async(struct loop *l);

#endif
