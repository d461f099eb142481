/* loop_sse.c — a core's event streams: the stream list, where each stream starts reading
 * the server's event log, filling each stream's send buffer from the log, hello, lagged
 * notices and heartbeats, the stream socket's send-buffer cap, and the hub's wake-ups.
 *
 * A stream's buffer (`raw`) holds only what the next sendmsg needs: it is refilled from the
 * log when the previous send has completed (conn_after -> loop_sse_fill), so a stream that
 * stops reading holds at most its buffer here and --sse-sndbuf in the kernel, and is closed
 * by the send timeout; its place in the log is a sequence number, and when the log has moved
 * past it the client is told how many events it missed (`event: lagged`). */
#define _GNU_SOURCE
#include "gateway/net/loop_internal.h"

#include <errno.h>
#include <stddef.h>
#include <string.h>

#include "gateway/net/server.h"
#include "gateway/obs/log.h"

enum {
    LOOP_SSE_HELLO_BYTES_MAX = 128,
    LOOP_SSE_LAGGED_BYTES_MAX = 64, /* "event: lagged\ndata: {"missed":N}\n\n" */
    /* Largest stream buffer: one whole event always fits (the buffer starts smaller). */
    LOOP_SSE_BUFFER_BYTES_MAX = EVENT_LOG_EVENT_BYTES_MAX,
};
_Static_assert((int)LOOP_RAW_SSE_BYTES <= (int)LOOP_SSE_BUFFER_BYTES_MAX,
               "buffers grow, never shrink");

static const char loop_sse_heartbeat_text[] = ": heartbeat\n\n";

static inline struct sse_hub *loop_sse_hub(const struct loop *l)
{
    return l->group->hub;
}

static uint32_t loop_sse_pending(const struct conn *c)
{
    return c->raw_len - c->raw_sent;
}

void loop_sse_add(struct loop *l, struct conn *c)
{
    LOOP_ASSERT(!(c->flags & CONN_SSE));
    LOOP_ASSERT(c->flags & CONN_RAW_OWNED);
    uint32_t idx = conn_index(l, c);
    c->prev = LOOP_NIL;
    c->next = l->sse_head;
    if (l->sse_head != LOOP_NIL)
        l->conns[l->sse_head].prev = idx;
    l->sse_head = idx;
    c->flags |= CONN_SSE;
    sse_hub_subscribe(loop_sse_hub(l), l->core);
    metrics_gauge_add(l->m, METRICS_SSE_CLIENTS, 1);
    metrics_gauge_add(l->m, METRICS_SSE_BUFFER_BYTES, c->raw_cap);
    metrics_gauge_add(l->m, METRICS_SSE_PENDING_BYTES, loop_sse_pending(c));
}

void loop_sse_remove(struct loop *l, struct conn *c)
{
    LOOP_ASSERT(c->flags & CONN_SSE);
    if (c->prev != LOOP_NIL)
        l->conns[c->prev].next = c->next;
    else
        l->sse_head = c->next;
    if (c->next != LOOP_NIL)
        l->conns[c->next].prev = c->prev;
    c->prev = c->next = LOOP_NIL;
    c->flags &= ~CONN_SSE;
    sse_hub_unsubscribe(loop_sse_hub(l), l->core);
    metrics_gauge_add(l->m, METRICS_SSE_CLIENTS, -1);
    metrics_gauge_add(l->m, METRICS_SSE_BUFFER_BYTES, -(int64_t)c->raw_cap);
    metrics_gauge_add(l->m, METRICS_SSE_PENDING_BYTES, -(int64_t)loop_sse_pending(c));
}

void loop_sse_sent(struct loop *l, struct conn *c, uint32_t bytes)
{
    if (c->flags & CONN_SSE)
        metrics_gauge_add(l->m, METRICS_SSE_PENDING_BYTES, -(int64_t)bytes);
}

/* A control text (hello, heartbeat, lagged) into the stream's buffer. Returns false when
 * it did not fit (the stream is behind: a heartbeat can wait for the next one). */
static bool loop_sse_write(struct loop *l, struct conn *c, const char *data, size_t len)
{
    bool ok = conn_raw_append(c, data, len);
    if (ok && (c->flags & CONN_SSE))
        metrics_gauge_add(l->m, METRICS_SSE_PENDING_BYTES, (int64_t)len);
    conn_mark_dirty(l, c);
    return ok;
}

void loop_sse_heartbeat(struct loop *l)
{
    for (uint32_t i = l->sse_head; i != LOOP_NIL;) {
        struct conn *c = &l->conns[i];
        i = c->next; /* a write never closes synchronously, but keep the walk robust */
        loop_sse_write(l, c, loop_sse_heartbeat_text, sizeof(loop_sse_heartbeat_text) - 1);
    }
}

/* Events were published: every stream of this core looks at the log in this pass's flush. */
void loop_sse_kick(struct loop *l)
{
    for (uint32_t i = l->sse_head; i != LOOP_NIL; i = l->conns[i].next)
        conn_mark_dirty(l, &l->conns[i]);
}

/* `missed` events are gone from the log: say so. UINT64_MAX: how many is unknown. */
static bool loop_sse_lagged(struct loop *l, struct conn *c, uint64_t missed)
{
    char text[LOOP_SSE_LAGGED_BYTES_MAX];
    int n = missed == UINT64_MAX
                ? snprintf(text, sizeof(text), "event: lagged\ndata: {\"missed\":null}\n\n")
                : snprintf(text, sizeof(text), "event: lagged\ndata: {\"missed\":%llu}\n\n",
                           (unsigned long long)missed);
    LOOP_ASSERT(n > 0 && (size_t)n < sizeof(text));
    if (!loop_sse_write(l, c, text, (size_t)n))
        return false;
    metrics_add(l->m, METRICS_SSE_LAGGED, 1);
    if (missed != UINT64_MAX)
        metrics_add(l->m, METRICS_SSE_EVENTS_MISSED, missed);
    return true;
}

/* Room for one whole event: the buffer is empty and the event is larger than it. */
static void loop_sse_grow(struct loop *l, struct conn *c, size_t need)
{
    LOOP_ASSERT(c->raw_len == 0 && need <= LOOP_SSE_BUFFER_BYTES_MAX);
    uint32_t cap = LOOP_SSE_BUFFER_BYTES_MAX;
    char *raw = realloc(c->raw, cap);
    LOOP_ASSERT(raw != NULL);
    metrics_gauge_add(l->m, METRICS_SSE_BUFFER_BYTES, (int64_t)(cap - c->raw_cap));
    c->raw = raw;
    c->raw_cap = cap;
}

/* Copy what the stream has not had yet from the log into its buffer (whole events, as many
 * as fit). Only while no send is in flight: then the buffer may be compacted, and the send
 * completion calls this again. */
static void loop_sse_fill(struct loop *l, struct conn *c)
{
    if (c->flags & CONN_SEND_INFLIGHT)
        return;
    struct event_log *log = sse_hub_log(loop_sse_hub(l));
    if (c->raw_sent) {
        memmove(c->raw, c->raw + c->raw_sent, c->raw_len - c->raw_sent);
        c->raw_len -= c->raw_sent;
        c->raw_sent = 0;
    }
    for (;;) {
        struct event_log_copy res;
        event_log_copy(log, &c->sse_cursor, c->raw + c->raw_len, c->raw_cap - c->raw_len, &res);
        c->raw_len += (uint32_t)res.bytes;
        metrics_gauge_add(l->m, METRICS_SSE_PENDING_BYTES, (int64_t)res.bytes);
        metrics_add(l->m, METRICS_SSE_EVENTS_SENT, res.events);
        if (res.missed) {
            if (!loop_sse_lagged(l, c, res.missed))
                return; /* no room for the notice: told after the next send */
            c->sse_cursor = event_log_oldest_seq(log);
            continue;
        }
        if (res.next_bytes && c->raw_len == 0 && res.next_bytes > c->raw_cap) {
            loop_sse_grow(l, c, res.next_bytes);
            continue;
        }
        return;
    }
}

void loop_sse_after(struct loop *l, struct conn *c)
{
    if ((c->flags & (CONN_SSE | CONN_RAW)) == (CONN_SSE | CONN_RAW))
        loop_sse_fill(l, c);
}

/* Cap the kernel's send buffer of the stream's socket: a client that stops reading then
 * holds at most that much kernel memory, and the send timeout closes it. */
static void loop_sse_cap_sndbuf(struct loop *l, struct conn *c)
{
    uint32_t idx = conn_index(l, c);
    uring_prep_setsockopt_fixed(&l->u, idx, SOL_SOCKET, SO_SNDBUF, &l->sse_sndbuf,
                                uring_data_pack(LOOP_OP_SOCKOPT, idx, c->gen));
    c->aux_inflight++; /* it names the file slot: the slot stays open until it completes */
}

void loop_sse_on_sockopt(struct loop *l, struct conn *c, int res)
{
    if (res < 0) {
        metrics_add(l->m, METRICS_SSE_SNDBUF_FAILED, 1);
        log_debug("stream send buffer not capped", "error=\"%s\"", strerror(-res));
    }
    conn_on_aux(l, c);
}

/* Subscribe `c` (its buffer allocated, its headers sent or on their way): hello, then the
 * log from where c->sse_from says. */
void loop_sse_open(struct loop *l, struct conn *c)
{
    loop_sse_add(l, c);
    loop_sse_cap_sndbuf(l, c);
    char hello[LOOP_SSE_HELLO_BYTES_MAX];
    int n =
        snprintf(hello, sizeof(hello),
                 "event: hello\ndata: {\"server\":\"brigade\",\"version\":\"%s\",\"core\":%u}\n\n",
                 BRIGADE_VERSION, l->core);
    LOOP_ASSERT(n > 0 && (size_t)n < sizeof(hello));
    loop_sse_write(l, c, hello, (size_t)n);
    uint64_t missed;
    c->sse_cursor = sse_start_cursor(loop_sse_hub(l), &c->sse_from, &missed);
    if (missed)
        loop_sse_lagged(l, c, missed); /* the buffer is nearly empty: it fits */
}

void loop_sse_notify(void *from_ctx, unsigned to)
{
    struct loop *from = from_ctx;
    struct loop *target = from->group->loops[to];
    if (!target)
        return; /* still starting: it looks at its flag when its first stream opens */
    uring_prep_msg(&from->u, target->u.ring.ring_fd, from->core,
                   uring_data_pack(LOOP_OP_MSG, from->core, 0),
                   uring_data_pack(LOOP_OP_MSG_SENT, to, 0));
}

void loop_sse_buffer_new(struct conn *c)
{
    LOOP_ASSERT(!(c->flags & (CONN_RAW_OWNED | CONN_RAW_POOLED)));
    c->raw = malloc(LOOP_RAW_SSE_BYTES);
    LOOP_ASSERT(c->raw != NULL);
    c->raw_cap = LOOP_RAW_SSE_BYTES;
    c->raw_len = c->raw_sent = 0;
    c->flags |= CONN_RAW_OWNED;
}

/* The session sends the stream's headers (after any earlier pipelined responses); once they
 * are out, conn.c drops the session and the stream continues from the connection's own
 * buffer. Stream bytes never go through http_session_stream_write: that buffer may move
 * while a send from it is in flight, this one is compacted only between sends. */
void loop_sse_start(struct loop *l, struct http_exchange *x, const struct sse_start *from)
{
    struct http_session *s = http_exchange_session(x);
    struct conn *c = (struct conn *)((char *)s - offsetof(struct conn, http));
    LOOP_ASSERT(c >= l->conns && c < l->conns + l->slots);
    if (!http_exchange_stream(x, "text/event-stream"))
        return; /* HEAD: the headers were the whole answer, nothing to subscribe */
    loop_sse_buffer_new(c);
    c->sse_from = *from;
    loop_sse_open(l, c);
}
