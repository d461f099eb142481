/* sse.c — event formatting and the per-core-pair mailboxes (see sse.h). */
#include "gateway/net/sse.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SSE_FATAL(msg)                                                                             \
    do {                                                                                           \
        fprintf(stderr, "%s:%d: fatal: %s\n", __FILE__, __LINE__, (msg));                          \
        abort();                                                                                   \
    } while (0)

/* One producer core, one consumer core. head is written by the consumer, tail by the
 * producer; each reads the other's index with acquire so the slot contents are visible. */
struct sse_mailbox {
    _Alignas(64) atomic_uint head;
    _Alignas(64) atomic_uint tail;
    struct sse_event *slots[SSE_MAILBOX_SLOTS];
};

struct sse_hub {
    struct sse_mailbox *boxes; /* [from * cores + to] */
    unsigned cores;
    void *ctx[SSE_CORES_MAX];
    sse_deliver_fn deliver;
    sse_notify_fn notify;
    atomic_ullong dropped;
};

static size_t sse_format(char *out, const char *event, const char *data)
{
    size_t n = 0;
    n += (size_t)sprintf(out, "event: %s\n", event);
    const char *p = data;
    for (;;) {
        const char *nl = strchr(p, '\n');
        size_t line = nl ? (size_t)(nl - p) : strlen(p);
        memcpy(out + n, "data: ", 6);
        memcpy(out + n + 6, p, line);
        n += 6 + line;
        out[n++] = '\n';
        if (!nl)
            break;
        p = nl + 1;
    }
    out[n++] = '\n';
    return n;
}

struct sse_event *sse_event_new(const char *event, const char *data)
{
    size_t name_len = strlen(event);
    if (name_len == 0 || name_len >= SSE_EVENT_NAME_BYTES_MAX || strpbrk(event, "\r\n"))
        return NULL;
    if (strchr(data, '\r'))
        return NULL; /* a bare CR would end the line for the client: refuse, never split */
    size_t lines = 1;
    for (const char *p = data; (p = strchr(p, '\n')); p++)
        lines++;
    size_t bound = 8 + name_len + strlen(data) + lines * 7 + 2;
    if (bound > SSE_EVENT_BYTES_MAX)
        return NULL;
    struct sse_event *ev = malloc(sizeof(*ev) + bound);
    if (!ev)
        SSE_FATAL("out of memory");
    atomic_init(&ev->refs, 1);
    ev->len = (uint32_t)sse_format(ev->text, event, data);
    if (ev->len > bound)
        SSE_FATAL("event bound miscomputed");
    return ev;
}

void sse_event_ref(struct sse_event *ev)
{
    atomic_fetch_add_explicit(&ev->refs, 1, memory_order_relaxed);
}

void sse_event_unref(struct sse_event *ev)
{
    /* acq_rel: the last owner must see every write made through other references. */
    if (atomic_fetch_sub_explicit(&ev->refs, 1, memory_order_acq_rel) == 1)
        free(ev);
}

struct sse_hub *sse_hub_new(unsigned cores, sse_deliver_fn deliver, sse_notify_fn notify)
{
    if (cores == 0 || cores > SSE_CORES_MAX)
        SSE_FATAL("core count out of range");
    struct sse_hub *hub = calloc(1, sizeof(*hub));
    if (!hub)
        SSE_FATAL("out of memory");
    hub->boxes = aligned_alloc(64, sizeof(struct sse_mailbox) * cores * cores);
    if (!hub->boxes)
        SSE_FATAL("out of memory");
    memset(hub->boxes, 0, sizeof(struct sse_mailbox) * cores * cores);
    hub->cores = cores;
    hub->deliver = deliver;
    hub->notify = notify;
    atomic_init(&hub->dropped, 0);
    return hub;
}

void sse_hub_free(struct sse_hub *hub)
{
    if (!hub)
        return;
    for (unsigned i = 0; i < hub->cores * hub->cores; i++) {
        struct sse_mailbox *mb = &hub->boxes[i];
        unsigned head = atomic_load(&mb->head), tail = atomic_load(&mb->tail);
        for (; head != tail; head++)
            sse_event_unref(mb->slots[head & (SSE_MAILBOX_SLOTS - 1)]);
    }
    free(hub->boxes);
    free(hub);
}

void sse_hub_attach(struct sse_hub *hub, unsigned core, void *core_ctx)
{
    if (core >= hub->cores)
        SSE_FATAL("core out of range");
    hub->ctx[core] = core_ctx;
}
static int sse_mailbox_push(struct sse_mailbox *mb, struct sse_event *ev)
{
    unsigned tail = atomic_load_explicit(&mb->tail, memory_order_relaxed);
    unsigned head = atomic_load_explicit(&mb->head, memory_order_acquire);
    if (tail - head >= SSE_MAILBOX_SLOTS)
        return -ENOBUFS;
    mb->slots[tail & (SSE_MAILBOX_SLOTS - 1)] = ev;
    /* release: the consumer must see the slot before it sees the new tail. */
    atomic_store_explicit(&mb->tail, tail + 1, memory_order_release);
    return 0;
}

int sse_hub_publish(struct sse_hub *hub, unsigned core, const char *event, const char *data)
{
    if (core >= hub->cores)
        SSE_FATAL("core out of range");
    struct sse_event *ev = sse_event_new(event, data);
    if (!ev)
        return -EINVAL;
    hub->deliver(hub->ctx[core], ev);
    for (unsigned to = 0; to < hub->cores; to++) {
        if (to == core)
            continue;
        sse_event_ref(ev);
        if (sse_mailbox_push(&hub->boxes[core * hub->cores + to], ev) < 0) {
            sse_event_unref(ev);
            atomic_fetch_add_explicit(&hub->dropped, 1, memory_order_relaxed);
            continue;
        }
        hub->notify(hub->ctx[core], to);
    }
    sse_event_unref(ev);
    return 0;
}

unsigned sse_hub_drain(struct sse_hub *hub, unsigned core)
{
    if (core >= hub->cores)
        SSE_FATAL("core out of range");
    unsigned delivered = 0;
    for (unsigned from = 0; from < hub->cores; from++) {
        if (from == core)
            continue;
        struct sse_mailbox *mb = &hub->boxes[from * hub->cores + core];
        unsigned head = atomic_load_explicit(&mb->head, memory_order_relaxed);
        unsigned tail = atomic_load_explicit(&mb->tail, memory_order_acquire);
        for (; head != tail; head++) {
            struct sse_event *ev = mb->slots[head & (SSE_MAILBOX_SLOTS - 1)];
            hub->deliver(hub->ctx[core], ev);
            sse_event_unref(ev);
            delivered++;
        }
        /* release: the producer may reuse the slots only after we have read them. */
        atomic_store_explicit(&mb->head, head, memory_order_release);
    }
    return delivered;
}

uint64_t sse_hub_dropped(const struct sse_hub *hub)
{
    return atomic_load_explicit(&hub->dropped, memory_order_relaxed);
}
