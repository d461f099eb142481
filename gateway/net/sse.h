/* sse.h — the Server-Sent Events hub: fan-out of events to every stream on every core.
 *
 * Each core has its own hub (its own subscriber list, owned by its loop). A publish on core
 * C formats the event once into a reference-counted buffer, hands it to C's subscribers
 * directly, and pushes a reference into one single-producer/single-consumer mailbox per
 * other core (C -> D), then wakes D through its ring (msg_ring). D drains its mailboxes on
 * that wake-up and hands the events to its own subscribers. No lock anywhere; a full
 * mailbox drops the event for that core (counted), like a slow client does.
 *
 * The hub does not know about connections: the loop attaches a deliver callback (write an
 * event to every local subscriber) and a notify callback (wake core D from core C). A hub is
 * an object (one per server, owned by the loop group): nothing of it lives in a global. */
#ifndef BRIGADE_GATEWAY_SSE_H
#define BRIGADE_GATEWAY_SSE_H

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

enum {
    SSE_MAILBOX_SLOTS = 1024,      /* events in flight from one core to another */
    SSE_EVENT_NAME_BYTES_MAX = 64, /* "event:" field */
    SSE_EVENT_BYTES_MAX = 65536,   /* whole formatted event */
    SSE_CORES_MAX = 256,
};
_Static_assert((SSE_MAILBOX_SLOTS & (SSE_MAILBOX_SLOTS - 1)) == 0, "mailbox is a power of two");

/* An immutable formatted event ("event: NAME\ndata: ...\n\n"), shared by every core. */
struct sse_event {
    atomic_uint refs;
    uint32_t len;
    char text[];
};

/* Format an event; `data` may span lines (each becomes a "data:" line). Returns NULL when
 * the name is empty, holds a line break, or the event exceeds SSE_EVENT_BYTES_MAX. The new
 * event holds one reference. Aborts when out of memory. */
struct sse_event *sse_event_new(const char *event, const char *data);
void sse_event_ref(struct sse_event *ev);
void sse_event_unref(struct sse_event *ev);

/* Called on core `core`'s thread with an event for its local subscribers (the callee takes
 * its own references if it keeps the event). */
typedef void (*sse_deliver_fn)(void *core_ctx, struct sse_event *ev);
/* Called on core `from`'s thread: wake core `to` so it calls sse_hub_drain. */
typedef void (*sse_notify_fn)(void *from_ctx, unsigned to);

struct sse_hub;

/* A hub with mailboxes for `cores` cores. Start-up only; aborts when out of memory or when
 * `cores` is 0 or above SSE_CORES_MAX. */
struct sse_hub *sse_hub_new(unsigned cores, sse_deliver_fn deliver, sse_notify_fn notify);
/* Drop every event still in a mailbox and free the hub (all cores stopped). NULL: nothing. */
void sse_hub_free(struct sse_hub *hub);
/* Register core `core`'s context (before its loop runs). */
void sse_hub_attach(struct sse_hub *hub, unsigned core, void *core_ctx);

/* Publish from core `core`'s thread (the order pipeline calls this from its core). Returns
 * 0, or -EINVAL for an event sse_event_new refuses. */
int sse_hub_publish(struct sse_hub *hub, unsigned core, const char *event, const char *data);
/* On core `core`'s thread: deliver what other cores posted. Returns how many events. */
unsigned sse_hub_drain(struct sse_hub *hub, unsigned core);
/* Events dropped because a mailbox was full. */
uint64_t sse_hub_dropped(const struct sse_hub *hub);

#endif
