/* loop_sse.c — a core's event streams: the subscriber list, hello and heartbeat, and the
 * hub's deliver/notify callbacks (see sse.h). */
#define _GNU_SOURCE
#include "gateway/net/loop_internal.h"

#include <errno.h>
#include <stddef.h>
#include <string.h>

#include "gateway/net/server.h"

enum {
    LOOP_SSE_HELLO_BYTES_MAX = 128,
};

static const char loop_sse_heartbeat_text[] = ": heartbeat\n\n";

void loop_sse_add(struct loop *l, struct conn *c)
{
    LOOP_ASSERT(!(c->flags & CONN_SSE));
    uint32_t idx = conn_index(l, c);
    c->prev = LOOP_NIL;
    c->next = l->sse_head;
    if (l->sse_head != LOOP_NIL)
        l->conns[l->sse_head].prev = idx;
    l->sse_head = idx;
    c->flags |= CONN_SSE;
    metrics_gauge_add(l->m, METRICS_SSE_CLIENTS, 1);
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
    metrics_gauge_add(l->m, METRICS_SSE_CLIENTS, -1);
}

/* Write to one stream: into the connection's own bounded buffer, which is its per-client
 * queue. Returns false when the bytes were dropped (slow client). */
static bool loop_sse_write(struct loop *l, struct conn *c, const char *data, size_t len)
{
    bool ok = conn_raw_append(c, data, len);
    conn_mark_dirty(l, c);
    return ok;
}

void loop_sse_hello(struct loop *l, struct conn *c)
{
    char hello[LOOP_SSE_HELLO_BYTES_MAX];
    int n =
        snprintf(hello, sizeof(hello),
                 "event: hello\ndata: {\"server\":\"brigade\",\"version\":\"%s\",\"core\":%u}\n\n",
                 BRIGADE_VERSION, l->core);
    LOOP_ASSERT(n > 0 && (size_t)n < sizeof(hello));
    loop_sse_write(l, c, hello, (size_t)n);
}

void loop_sse_heartbeat(struct loop *l)
{
    for (uint32_t i = l->sse_head; i != LOOP_NIL;) {
        struct conn *c = &l->conns[i];
        i = c->next; /* a write never closes synchronously, but keep the walk robust */
        loop_sse_write(l, c, loop_sse_heartbeat_text, sizeof(loop_sse_heartbeat_text) - 1);
    }
}

void loop_sse_deliver(void *core_ctx, struct sse_event *ev)
{
    struct loop *l = core_ctx;
    for (uint32_t i = l->sse_head; i != LOOP_NIL;) {
        struct conn *c = &l->conns[i];
        i = c->next;
        if (loop_sse_write(l, c, ev->text, ev->len))
            metrics_add(l->m, METRICS_SSE_EVENTS_SENT, 1);
        else
            metrics_add(l->m, METRICS_SSE_EVENTS_DROPPED, 1);
    }
}

void loop_sse_notify(void *from_ctx, unsigned to)
{
    struct loop *from = from_ctx;
    struct loop *target = from->group->loops[to];
    if (!target)
        return; /* still starting: the event waits in the mailbox for the next wake-up */
    uring_prep_msg(&from->u, target->u.ring.ring_fd, from->core,
                   uring_data_pack(LOOP_OP_MSG, from->core, 0),
                   uring_data_pack(LOOP_OP_MSG_SENT, to, 0));
}

/* The session sends the stream's headers (after any earlier pipelined responses); once they
 * are out, conn.c drops the session and the stream continues from the connection's own
 * buffer. Stream bytes never go through http_session_stream_write: that buffer may move
 * while a send from it is in flight, this one only grows at its end until the send is done. */
void loop_sse_start(struct loop *l, struct http_exchange *x)
{
    struct http_session *s = http_exchange_session(x);
    struct conn *c = (struct conn *)((char *)s - offsetof(struct conn, http));
    LOOP_ASSERT(c >= l->conns && c < l->conns + l->slots);
    LOOP_ASSERT(!(c->flags & CONN_RAW_OWNED));
    if (!http_exchange_stream(x, "text/event-stream"))
        return; /* HEAD: the headers were the whole answer, nothing to subscribe */
    c->raw = malloc(LOOP_RAW_SSE_BYTES);
    LOOP_ASSERT(c->raw != NULL);
    c->raw_cap = LOOP_RAW_SSE_BYTES;
    c->raw_len = c->raw_sent = 0;
    c->flags |= CONN_RAW_OWNED;
    loop_sse_add(l, c);
    loop_sse_hello(l, c);
}
