/* loop.h — one core's io_uring event loop: its listener, connection table, waiting line,
 * timers and event streams.
 *
 * Connections never leave the core that accepted them. The connection table is indexed by
 * the socket's slot in the ring's registered file table (multishot accept picks the slot),
 * so a completion's user_data (op, slot, generation) finds its connection without a lookup.
 *
 * Admission, like a restaurant line. At most `active_max` connections of this core are
 * served; up to `queued_max` more are accepted and wait in FIFO order (the line); beyond
 * that a connection gets 503 with Retry-After: 1 and is closed. While a connection waits, the
 * loop reads at most LOOP_STASH_BYTES of it into a small buffer and serves nothing: this is
 * enough to see whether it is `GET /v1/events`. Such an event-stream client is answered at
 * once with the stream's headers and `event: queued` / `data: {"position":N}` events, sent
 * again each time its position changes, and gets its stream (`event: hello`, then published
 * events) when promoted. Any other waiting connection is promoted in order as slots free up:
 * its stashed bytes go to the HTTP session first, then reading resumes. */
#ifndef BRIGADE_GATEWAY_LOOP_H
#define BRIGADE_GATEWAY_LOOP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "io/async.h"

struct server;
struct http_context;
struct http_counters;
struct http_exchange;
struct loop;
struct sse_start;

enum {
    LOOP_STASH_BYTES = 1024, /* request head kept while a connection waits in line */
    LOOP_REJECT_SLOTS = 64,  /* file slots for connections being refused with 503 */
    LOOP_IOV_MAX = 16,       /* iovecs per sendmsg */
    LOOP_RECV_BUFFERS = 512, /* provided buffers per core (power of two) */
    LOOP_RECV_BUFFER_BYTES = 4096,
    LOOP_LINGER_MS = 2000,      /* read and discard after the last response, before close */
    LOOP_RAW_SSE_BYTES = 16384, /* a stream's send buffer (grows once for a larger event) */
    LOOP_RING_ENTRIES = 1024,   /* submission queue */
    LOOP_WAIT_MS_MAX = 1000,    /* longest wait without a deadline */
    LOOP_SOURCES_MAX = 128,     /* async sources per core (fds, timers, eventfds) */
};

/* Create core `core`'s loop around `listen_fd` (which it owns from now on). Returns 0 or
 * -errno (ring creation failed); aborts when out of memory. Called on the core's thread so
 * the ring is created by its single issuer. */
int loop_init(struct loop **out, struct server *srv, unsigned core, int listen_fd);
/* Serve until the server is drained. */
void loop_run(struct loop *l);
void loop_free(struct loop *l);
/* Any thread: make the loop look at the server's state (shutdown). */
void loop_wake(struct loop *l);

/* For handlers (the `app` they get is the core's loop). */
unsigned loop_core(const struct loop *l);
bool loop_draining(const struct loop *l);
/* The HTTP layer's counters of this core (read from any thread for /metrics: plain words
 * written by their core, a scrape may see one of them a request behind). */
const struct http_counters *loop_http_counters(const struct loop *l);
/* The core's HTTP context, for handlers that answer later (http_exchange_find). Core's
 * thread only. */
struct http_context *loop_http_context(struct loop *l);
/* Turn the exchange's connection into an event stream reading the server's event log from
 * where `from` says: sends the stream headers, `event: hello`, then the events. */
void loop_sse_start(struct loop *l, struct http_exchange *x, const struct sse_start *from);
/* Core's thread: publish an event to every stream on every core (see sse_hub_publish).
 * Returns its sequence number, 0 when no stream exists, or -EINVAL / -EMSGSIZE. */
int64_t loop_sse_publish(struct loop *l, const char *event, const char *data, size_t data_len);
/* Any thread: is there a stream anywhere (worth formatting an event for)? */
bool loop_sse_wanted(const struct loop *l);
/* Any thread: the event log's gauges in the Prometheus text format, into out[0..cap).
 * Returns the length written (truncated to cap - 1). */
size_t loop_sse_metrics(const struct loop *l, char *out, size_t cap);

/* The core's ring as io/async.h sees it: adapters (the engine's completion queue, PostgreSQL
 * connections, the webhook client) register their fds, timers and eventfds through it, on
 * the core's thread, from loop_init's return until loop_free. */
struct async_loop loop_async(struct loop *l);

#endif
