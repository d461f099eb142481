/* conn.c — one connection's I/O on its core's ring: receive, send (one sendmsg in flight,
 * partial sends resumed), timers by HTTP phase, lingering close, and the close sequence
 * (cancel what is in flight, wait for it, then close the fixed file slot). */
#define _GNU_SOURCE
#include "gateway/net/loop_internal.h"

#include <errno.h>
#include <poll.h>
#include <string.h>

_Static_assert(METRICS_TIMEOUT_BODY - METRICS_TIMEOUT_HEADER == TIMER_KIND_BODY &&
                   METRICS_TIMEOUT_IDLE - METRICS_TIMEOUT_HEADER == TIMER_KIND_IDLE &&
                   METRICS_TIMEOUT_SEND - METRICS_TIMEOUT_HEADER == TIMER_KIND_SEND,
               "timeout counters follow enum timer_kind");

/* Answer to a request head or body that did not arrive in time. */
static const struct conn_canned conn_408 = {
    .status = 408,
    .code = "request_timeout",
    .message = "request not received in time",
};

/* The one place a connection's state changes, so every change passes the table's check. */
void conn_set_state(struct conn *c, enum conn_state next)
{
    conn_state_check(c->state, next);
    c->state = next;
}

void conn_mark_dirty(struct loop *l, struct conn *c)
{
    if (c->flags & CONN_DIRTY)
        return;
    LOOP_ASSERT(l->dirty_count < l->slots);
    c->flags |= CONN_DIRTY;
    l->dirty[l->dirty_count++] = conn_index(l, c);
}

bool conn_raw_append(struct conn *c, const char *data, size_t len)
{
    LOOP_ASSERT(c->flags & CONN_RAW_OWNED);
    if (!(c->flags & CONN_SEND_INFLIGHT) && c->raw_sent) {
        /* Compact only while the kernel is not reading the buffer. */
        memmove(c->raw, c->raw + c->raw_sent, c->raw_len - c->raw_sent);
        c->raw_len -= c->raw_sent;
        c->raw_sent = 0;
    }
    if (len > c->raw_cap - c->raw_len)
        return false;
    memcpy(c->raw + c->raw_len, data, len);
    c->raw_len += (uint32_t)len;
    return true;
}

void conn_arm_recv(struct loop *l, struct conn *c)
{
    LOOP_ASSERT(!(c->flags & CONN_RECV_ARMED));
    uring_prep_recv_multishot(&l->u, conn_index(l, c), LOOP_BUF_GROUP,
                              conn_data(l, c, LOOP_OP_RECV));
    c->flags |= CONN_RECV_ARMED;
}

static void conn_flush(struct loop *l, struct conn *c)
{
    if (c->flags & CONN_SEND_INFLIGHT)
        return;
    int n = 0;
    if (c->flags & CONN_RAW) {
        if (c->raw_sent == c->raw_len)
            return;
        c->iov[0].iov_base = c->raw + c->raw_sent;
        c->iov[0].iov_len = c->raw_len - c->raw_sent;
        n = 1;
    } else if (c->flags & CONN_HTTP) {
        n = http_session_output(&c->http, c->iov, LOOP_IOV_MAX);
    }
    if (n <= 0)
        return;
    memset(&c->msg, 0, sizeof(c->msg));
    c->msg.msg_iov = c->iov;
    c->msg.msg_iovlen = (size_t)n;
    uring_prep_sendmsg_fixed(&l->u, conn_index(l, c), &c->msg, conn_data(l, c, LOOP_OP_SEND));
    c->flags |= CONN_SEND_INFLIGHT;
    /* Re-armed at every send: the send timeout measures time without progress. */
    timer_arm(&l->timers, conn_index(l, c), TIMER_KIND_SEND, l->now_ms);
}

/* The timer an HTTP connection needs in its current phase; TIMER_NONE for none. */
static uint32_t conn_wanted_timer(struct conn *c, enum http_phase phase)
{
    if (phase != HTTP_PHASE_IDLE)
        c->flags &= ~CONN_FRESH;
    if (c->flags & CONN_SEND_INFLIGHT)
        return TIMER_KIND_SEND;
    switch (phase) {
    case HTTP_PHASE_IDLE:
        return (c->flags & CONN_FRESH) ? TIMER_KIND_HEADER : TIMER_KIND_IDLE;
    case HTTP_PHASE_HEAD:
        return TIMER_KIND_HEADER;
    case HTTP_PHASE_BODY:
        return TIMER_KIND_BODY;
    default:
        return TIMER_NONE;
    }
}

/* Keep a running header or body deadline: only a change of kind restarts the clock, so a
 * client trickling a byte at a time cannot extend its head's deadline. */
static void conn_sync_timer(struct loop *l, struct conn *c, enum http_phase phase)
{
    uint32_t idx = conn_index(l, c);
    uint32_t want = conn_wanted_timer(c, phase);
    if (want == TIMER_NONE)
        timer_disarm(&l->timers, idx);
    else if (timer_kind_of(&l->timers, idx) != want)
        timer_arm(&l->timers, idx, (enum timer_kind)want, l->now_ms);
}

static void conn_free_memory(struct loop *l, struct conn *c);

/* Cancel one request of the connection, named by its user_data. By user_data, not by file
 * slot: the kernel finds a request by its data in one hash bucket, but a cancel by file
 * walks every pending request of the ring, which under a flood of lingering connections
 * (thousands of armed receives) made each close cost as much as all the others together. */
static void conn_cancel(struct loop *l, struct conn *c, enum loop_op op)
{
    uint32_t idx = conn_index(l, c);
    uring_prep_cancel_data(&l->u, conn_data(l, c, op),
                           uring_data_pack(LOOP_OP_CANCEL, idx, c->gen));
    c->aux_inflight++;
}

static void conn_close_progress(struct loop *l, struct conn *c)
{
    uint32_t idx = conn_index(l, c);
    if (c->flags & (CONN_RECV_ARMED | CONN_SEND_INFLIGHT | CONN_POLL_ARMED)) {
        if (!(c->flags & CONN_CANCELLED)) {
            /* Every request a connection can have in flight, by its flag (a shutdown is not
             * cancelled: it completes by itself, counted in aux_inflight). */
            if (c->flags & CONN_RECV_ARMED)
                conn_cancel(l, c, (c->flags & CONN_RECV_ONE) ? LOOP_OP_RECV_ONE : LOOP_OP_RECV);
            if (c->flags & CONN_SEND_INFLIGHT)
                conn_cancel(l, c, LOOP_OP_SEND);
            if (c->flags & CONN_POLL_ARMED)
                conn_cancel(l, c, LOOP_OP_POLL);
            c->flags |= CONN_CANCELLED;
        }
        return;
    }
    /* A shutdown runs in an io-wq worker and resolves the slot when it runs: closing first
     * could let it hit the next connection accepted into the same slot. */
    if (c->aux_inflight)
        return;
    conn_free_memory(l, c); /* nothing in flight now: the rest can go */
    if (!(c->flags & CONN_CLOSE_SUBMITTED)) {
        uring_prep_close_fixed(&l->u, idx, conn_data(l, c, LOOP_OP_CLOSE));
        c->flags |= CONN_CLOSE_SUBMITTED;
    }
}

/* Free what the connection's requests in flight do not use. The kernel reads a send's
 * buffers (session output, raw text) until the send completes and writes the stash until
 * its recv completes: freeing them earlier would let a pooled block, reused by another
 * connection, be sent to this client. Called again once those requests are done. */
static void conn_free_memory(struct loop *l, struct conn *c)
{
    if (c->flags & CONN_SEND_INFLIGHT)
        return;
    if (c->flags & CONN_HTTP)
        http_session_free(&c->http);
    if (c->flags & CONN_RAW_OWNED)
        free(c->raw);
    if (c->flags & CONN_RAW_POOLED)
        http_context_response_free(l->http, c->raw);
    c->raw = NULL;
    c->raw_len = c->raw_sent = c->raw_cap = 0;
    c->flags &= ~(CONN_HTTP | CONN_RAW | CONN_RAW_OWNED | CONN_RAW_POOLED);
    if (!(c->flags & CONN_RECV_ONE)) {
        loop_stash_give(l, c->stash);
        c->stash = NULL;
    }
}

/* Leave the admission counts and the stream list, and free what is free to go. */
static void conn_release(struct loop *l, struct conn *c)
{
    if (c->state == CONN_STATE_ACTIVE)
        loop_end_active(l, c);
    if (c->flags & CONN_SSE)
        loop_sse_remove(l, c);
    conn_free_memory(l, c);
}

void conn_close(struct loop *l, struct conn *c)
{
    if (c->state == CONN_STATE_FREE || c->state == CONN_STATE_CLOSING)
        return;
    if (c->state == CONN_STATE_QUEUED)
        admission_line_remove(l, c);
    if (c->state == CONN_STATE_LINGERING)
        loop_linger_remove(l, c);
    conn_release(l, c); /* a slot it frees is filled at the end of the pass, not here */
    conn_set_state(c, CONN_STATE_CLOSING);
    l->closing++;
    timer_disarm(&l->timers, conn_index(l, c));
    conn_close_progress(l, c);
}

/* Output is complete: shut our side so the client sees the end, and read until it closes
 * (closing with unread input would make the kernel send RST and could destroy the response
 * before the client read it). */
static void conn_linger(struct loop *l, struct conn *c)
{
    LOOP_ASSERT(!(c->flags & CONN_SEND_INFLIGHT));
    conn_release(l, c);
    conn_set_state(c, CONN_STATE_LINGERING);
    loop_linger_add(l, c);
    if (c->flags & CONN_EOF) {
        conn_close(l, c);
        return;
    }
    uint32_t idx = conn_index(l, c);
    uring_prep_shutdown_fixed(&l->u, idx, SHUT_WR, uring_data_pack(LOOP_OP_SHUTDOWN, idx, c->gen));
    c->aux_inflight++;
    timer_arm(&l->timers, idx, TIMER_KIND_LINGER, l->now_ms);
    if (!(c->flags & (CONN_RECV_ARMED | CONN_REARM)))
        conn_arm_recv(l, c);
}

/* The reply is built by the HTTP layer, like every other response (Server, Date), into a
 * pooled block: a core refusing connections under overload allocates nothing. */
void conn_final(struct loop *l, struct conn *c, const struct conn_canned *reply)
{
    LOOP_ASSERT(!(c->flags & CONN_SEND_INFLIGHT));
    conn_release(l, c);
    LOOP_ASSERT(c->raw == NULL);
    conn_set_state(c, CONN_STATE_FINAL);
    size_t len;
    c->raw = http_context_error_response(l->http, reply->status, reply->code, reply->message,
                                         reply->extra_headers, &len);
    c->raw_len = (uint32_t)len;
    c->raw_sent = 0;
    c->flags |= CONN_RAW | CONN_RAW_POOLED;
    timer_arm(&l->timers, conn_index(l, c), TIMER_KIND_SEND, l->now_ms);
    conn_after(l, c);
}

void conn_start(struct loop *l, struct conn *c)
{
    LOOP_ASSERT(c->state == CONN_STATE_ACTIVE);
    http_session_init(&c->http, l->http, c);
    c->flags |= CONN_HTTP | CONN_FRESH;
    timer_arm(&l->timers, conn_index(l, c), TIMER_KIND_HEADER, l->now_ms);
    if (c->stash && c->stash_len > c->stash_fed) {
        uint32_t from = c->stash_fed;
        c->stash_fed = c->stash_len;
        http_session_feed(&c->http, c->stash + from, c->stash_len - from);
    }
    if (!(c->flags & CONN_RECV_ONE)) {
        loop_stash_give(l, c->stash);
        c->stash = NULL;
    }
    conn_after(l, c);
}

/* An event stream whose headers the session has sent: continue without the session. */
static bool conn_sse_takeover(struct loop *l, struct conn *c)
{
    if (!(c->flags & CONN_SSE) || (c->flags & CONN_SEND_INFLIGHT) ||
        http_session_has_output(&c->http))
        return false;
    if (l->draining) {
        /* Its head was still arriving when the drain began: now it ends as the others did,
         * instead of streaming until --shutdown-timeout. */
        conn_close(l, c);
        return true;
    }
    http_session_free(&c->http);
    c->flags &= ~CONN_HTTP;
    c->flags |= CONN_RAW;
    timer_disarm(&l->timers, conn_index(l, c));
    conn_after(l, c);
    return true;
}

/* Stop reading while the session cannot take more (a full pipeline): cancel the multishot
 * receive; what it delivered before the cancel is still fed. */
static void conn_pause_recv(struct loop *l, struct conn *c)
{
    if ((c->flags & (CONN_RECV_ONE | CONN_RECV_PAUSING)) || !(c->flags & CONN_RECV_ARMED))
        return;
    uint32_t idx = conn_index(l, c);
    uring_prep_cancel_data(&l->u, conn_data(l, c, LOOP_OP_RECV),
                           uring_data_pack(LOOP_OP_CANCEL, idx, c->gen));
    c->flags |= CONN_RECV_PAUSING;
    c->aux_inflight++;
}

static void conn_after_http(struct loop *l, struct conn *c)
{
    conn_flush(l, c);
    if (conn_sse_takeover(l, c))
        return;
    enum http_phase phase = http_session_phase(&c->http);
    bool quiet = !(c->flags & CONN_SEND_INFLIGHT);
    if (phase == HTTP_PHASE_CLOSED) {
        if (quiet)
            conn_linger(l, c);
        return;
    }
    if (quiet && phase == HTTP_PHASE_IDLE && (l->draining || (c->flags & CONN_EOF))) {
        conn_close(l, c);
        return;
    }
    bool want_read = http_session_wants_read(&c->http) || phase == HTTP_PHASE_STREAMING;
    if (want_read && !(c->flags & (CONN_RECV_ARMED | CONN_REARM | CONN_EOF)))
        conn_arm_recv(l, c);
    else if (!want_read)
        conn_pause_recv(l, c);
    conn_sync_timer(l, c, phase);
}

void conn_after(struct loop *l, struct conn *c)
{
    switch ((enum conn_state)c->state) {
    case CONN_STATE_FREE:
        return;
    case CONN_STATE_CLOSING:
        conn_close_progress(l, c);
        return;
    case CONN_STATE_QUEUED:
        conn_flush(l, c);
        return;
    case CONN_STATE_FINAL:
        conn_flush(l, c);
        if (!(c->flags & CONN_SEND_INFLIGHT) && c->raw_sent == c->raw_len)
            conn_linger(l, c);
        return;
    case CONN_STATE_LINGERING:
        if (!(c->flags & (CONN_RECV_ARMED | CONN_REARM | CONN_EOF)))
            conn_arm_recv(l, c);
        return;
    case CONN_STATE_ACTIVE:
        if (c->flags & CONN_HTTP) {
            conn_after_http(l, c);
            return;
        }
        /* An event stream (its head sent): raw output from the log, read for EOF. */
        loop_sse_after(l, c);
        conn_flush(l, c);
        if (!(c->flags & (CONN_RECV_ARMED | CONN_REARM | CONN_EOF)))
            conn_arm_recv(l, c);
        return;
    case CONN_STATE_MAX:
        break;
    }
    LOOP_ASSERT(!"connection state out of range");
}

void conn_input(struct loop *l, struct conn *c, char *data, size_t len)
{
    (void)l;
    if (c->state == CONN_STATE_ACTIVE && (c->flags & CONN_HTTP))
        http_session_feed(&c->http, data, len); /* -EPIPE: a stream or closing, dropped */
    /* Lingering, final, closing, raw streams: input is read only to be discarded. */
}

static void conn_peer_gone(struct loop *l, struct conn *c, bool eof)
{
    if (c->state == CONN_STATE_ACTIVE && (c->flags & CONN_HTTP)) {
        enum http_phase phase = http_session_phase(&c->http);
        if (phase == HTTP_PHASE_HEAD || phase == HTTP_PHASE_BODY)
            metrics_add(l->m, METRICS_CLOSED_MIDREQUEST, 1);
        if (eof) {
            /* Complete requests are still answered to a half-closed client. */
            http_session_eof(&c->http);
            return;
        }
    }
    if (c->state != CONN_STATE_FINAL || !eof)
        conn_close(l, c);
}

void conn_on_recv(struct loop *l, struct conn *c, const struct io_uring_cqe *cqe)
{
    if (!(cqe->flags & IORING_CQE_F_MORE))
        c->flags &= ~(CONN_RECV_ARMED | CONN_RECV_PAUSING);
    int res = cqe->res;
    if (res > 0) {
        LOOP_ASSERT(cqe->flags & IORING_CQE_F_BUFFER);
        uint16_t bid = (uint16_t)(cqe->flags >> IORING_CQE_BUFFER_SHIFT);
        metrics_add(l->m, METRICS_BYTES_IN, (uint64_t)res);
        conn_input(l, c, uring_bufs_at(&l->bufs, bid), (size_t)res);
        uring_bufs_recycle(&l->bufs, bid);
    } else if (res == 0) {
        c->flags |= CONN_EOF;
        conn_peer_gone(l, c, true);
    } else if (res == -ENOBUFS) {
        /* Not fatal: every buffer is in use this pass. Re-armed after they are recycled. */
        metrics_add(l->m, METRICS_ENOBUFS, 1);
        if (!(c->flags & CONN_REARM) && c->state != CONN_STATE_CLOSING) {
            c->flags |= CONN_REARM;
            l->rearm[l->rearm_count++] = conn_index(l, c);
        }
    } else if (res != -ECANCELED) {
        conn_peer_gone(l, c, false);
    }
    conn_after(l, c);
}

void conn_on_recv_one(struct loop *l, struct conn *c, int res)
{
    c->flags &= ~(CONN_RECV_ARMED | CONN_RECV_ONE);
    if (res > 0 && c->state == CONN_STATE_QUEUED) {
        metrics_add(l->m, METRICS_BYTES_IN, (uint64_t)res);
        c->stash_len += (uint32_t)res;
        admission_on_stash(l, c);
    } else if (res > 0 && c->state == CONN_STATE_ACTIVE) {
        /* Promoted while this recv was in flight: its bytes continue the stash. */
        metrics_add(l->m, METRICS_BYTES_IN, (uint64_t)res);
        c->stash_len += (uint32_t)res;
        if (c->flags & CONN_HTTP)
            http_session_feed(&c->http, c->stash + c->stash_fed, c->stash_len - c->stash_fed);
        c->stash_fed = c->stash_len;
        loop_stash_give(l, c->stash);
        c->stash = NULL;
    } else if (res == 0) {
        c->flags |= CONN_EOF;
        conn_peer_gone(l, c, true);
    } else if (res < 0 && res != -ECANCELED) {
        conn_peer_gone(l, c, false);
    }
    if (c->state == CONN_STATE_QUEUED && (c->flags & CONN_EOF))
        conn_close(l, c);
    conn_after(l, c);
}

void conn_on_send(struct loop *l, struct conn *c, int res)
{
    c->flags &= ~CONN_SEND_INFLIGHT;
    if (res < 0) {
        conn_close(l, c); /* EPIPE, ECONNRESET, ECANCELED: the peer is gone */
        conn_after(l, c);
        return;
    }
    metrics_add(l->m, METRICS_BYTES_OUT, (uint64_t)res);
    if (c->flags & CONN_RAW) {
        c->raw_sent += (uint32_t)res;
        LOOP_ASSERT(c->raw_sent <= c->raw_len);
        loop_sse_sent(l, c, (uint32_t)res);
    } else if (c->flags & CONN_HTTP) {
        http_session_sent(&c->http, (size_t)res);
    }
    if (c->state != CONN_STATE_FINAL)
        timer_disarm(&l->timers, conn_index(l, c));
    conn_after(l, c);
}

void conn_on_poll(struct loop *l, struct conn *c, int res)
{
    c->flags &= ~CONN_POLL_ARMED;
    /* Only a waiting connection cares: once served, its receive sees the end itself. */
    if (c->state == CONN_STATE_QUEUED && res > 0 && (res & (POLLRDHUP | POLLHUP | POLLERR)))
        conn_close(l, c);
    conn_after(l, c);
}

void conn_on_aux(struct loop *l, struct conn *c)
{
    LOOP_ASSERT(c->aux_inflight > 0);
    c->aux_inflight--;
    conn_after(l, c);
}

void conn_on_timeout(struct loop *l, struct conn *c, enum timer_kind kind)
{
    if (kind != TIMER_KIND_LINGER)
        metrics_add(l->m, (enum metrics_counter)(METRICS_TIMEOUT_HEADER + kind), 1);
    bool readable = kind == TIMER_KIND_HEADER || kind == TIMER_KIND_BODY;
    if (readable && c->state == CONN_STATE_ACTIVE && (c->flags & CONN_HTTP) &&
        !(c->flags & CONN_SEND_INFLIGHT) && !http_session_has_output(&c->http)) {
        /* Nothing else owed to this client: tell it why before closing. */
        conn_final(l, c, &conn_408);
        return;
    }
    conn_close(l, c);
}
