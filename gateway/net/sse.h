/* sse.h — the Server-Sent Events hub: the server's event log, who listens, and whom to wake.
 *
 * One hub per server. A publish on any core appends the event once to the shared log
 * (event_log.h); each core's streams then copy from the log straight into their own send
 * buffers when they have room (loop_sse.c). The hub adds what makes that cheap:
 * - a global stream count, read before anything is formatted: publishing with no stream on
 *   any core costs one relaxed load;
 * - per core, a stream count and a "pending" flag. A publish wakes core D (the notify
 *   callback: a msg_ring from the publishing core's ring) only when D has streams and its
 *   flag goes from clear to set; D clears the flag before it reads the log, so an event
 *   appended after that clear sets it again and wakes D again. No event is ever pushed into
 *   a per-core mailbox.
 *
 * The hub does not know about connections or rings: the loop gives it a notify callback and
 * its context per core. */
#ifndef BRIGADE_GATEWAY_SSE_H
#define BRIGADE_GATEWAY_SSE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "gateway/net/event_log.h"

enum {
    SSE_CORES_MAX = 256,
    SSE_REPLAY_MAX = EVENT_LOG_EVENTS_LIMIT, /* ?replay=K ceiling (the log's bound applies) */
};

struct sse_hub;

/* Called on core `from`'s thread (its context `from_ctx`): wake core `to`, whose loop then
 * calls sse_hub_take_pending. Never called with to == from. */
typedef void (*sse_notify_fn)(void *from_ctx, unsigned to);

/* A hub for `cores` cores with a log of `log_events` events and `log_bytes` bytes (see
 * event_log_new). Start-up only; aborts on bad arguments or when out of memory. */
struct sse_hub *sse_hub_new(unsigned cores, uint32_t log_events, size_t log_bytes,
                            sse_notify_fn notify);
void sse_hub_free(struct sse_hub *hub); /* all cores stopped */
/* Register core `core`'s context (before its loop runs). */
void sse_hub_attach(struct sse_hub *hub, unsigned core, void *core_ctx);

/* On core `core`'s thread: a stream opened / closed there. */
void sse_hub_subscribe(struct sse_hub *hub, unsigned core);
void sse_hub_unsubscribe(struct sse_hub *hub, unsigned core);
/* Any thread: is there a stream on any core (worth formatting an event for)? */
bool sse_hub_wanted(const struct sse_hub *hub);

/* On core `core`'s thread: append the event to the log and wake the cores with streams.
 * Returns the event's sequence number, 0 when no stream exists (nothing was done), or
 * -EINVAL / -EMSGSIZE as event_log_append. */
int64_t sse_hub_publish(struct sse_hub *hub, unsigned core, const char *event, const char *data,
                        size_t data_len);
/* On core `core`'s thread: true when events were published since the last call (clears). */
bool sse_hub_take_pending(struct sse_hub *hub, unsigned core);

struct event_log *sse_hub_log(struct sse_hub *hub);
/* Any thread: the event log's gauges in the Prometheus text format, into out[0..cap).
 * Returns the length written (truncated to cap - 1). */
size_t sse_hub_metrics(const struct sse_hub *hub, char *out, size_t cap);
/* Any thread: streams open on all cores. */
unsigned sse_hub_streams(const struct sse_hub *hub);

/* Where a new stream starts reading the log (parsed from the request). */
enum sse_start_kind {
    SSE_START_NOW,    /* only events published from now on */
    SSE_START_AFTER,  /* Last-Event-ID: the events after `value` */
    SSE_START_REPLAY, /* ?replay=K: the last `value` events still in the log, then new ones */
    SSE_START_KIND_MAX,
};
struct sse_start {
    enum sse_start_kind kind;
    uint64_t value;
};
/* Parse the query string (`query`, may be NULL) and the Last-Event-ID value (`last_id`, may
 * be NULL) of a GET /v1/events. Last-Event-ID, which a reconnecting EventSource sends, wins
 * over replay. Returns 0, or -EINVAL for a replay that is not a decimal integer in
 * 0..SSE_REPLAY_MAX. A Last-Event-ID that is not a decimal id is ignored (the SSE spec allows
 * any string): the stream starts now. */
int sse_start_parse(const char *query, size_t query_len, const char *last_id, size_t last_id_len,
                    struct sse_start *out);

/* The same from the raw bytes of a request head (request line and headers, possibly cut
 * short): what a stream that waited in line sent before it was parsed. Anything unreadable
 * means SSE_START_NOW. */
void sse_start_parse_head(const char *head, size_t len, struct sse_start *out);

/* The first sequence number a stream starting as `start` reads, and in *missed the events it
 * asked for that are gone (UINT64_MAX: unknown, the id is newer than the log, e.g. from
 * before a restart; the stream then starts at the oldest event). */
uint64_t sse_start_cursor(const struct sse_hub *hub, const struct sse_start *start,
                          uint64_t *missed);

#endif
