/* loop_internal.h — the structures shared by the loop's files: loop.c (the pass, completion
 * dispatch, accept, timers, shutdown), conn.c (one connection's I/O and close), admission.c
 * (the waiting line) and loop_sse.c (event streams). Not for use outside them. */
#ifndef BRIGADE_GATEWAY_LOOP_INTERNAL_H
#define BRIGADE_GATEWAY_LOOP_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>

#include "gateway/http/http_session.h"
#include "gateway/http/router.h"
#include "gateway/net/conn_state.h"
#include "gateway/net/loop.h"
#include "gateway/net/loop_group.h"
#include "gateway/net/sse.h"
#include "gateway/net/timer.h"
#include "gateway/obs/metrics.h"
#include "io/async.h"
#include "io/uring.h"
#include "kernels/assert.h"

#define LOOP_ASSERT(cond) BRIGADE_ASSERT(cond)

/* What a completion is for: the op field of its user_data (io/uring.h packs it). */
enum loop_op {
    LOOP_OP_NONE,
    LOOP_OP_ACCEPT,        /* multishot accept into a fixed file slot */
    LOOP_OP_RECV,          /* multishot recv with buffer select */
    LOOP_OP_RECV_ONE,      /* single recv into the stash (queued connections) */
    LOOP_OP_SEND,          /* sendmsg of a connection's pending iovecs */
    LOOP_OP_SHUTDOWN,      /* shutdown(SHUT_WR) before a lingering close */
    LOOP_OP_POLL,          /* poll for the peer hanging up, without reading */
    LOOP_OP_CANCEL,        /* cancel every request on a fixed file */
    LOOP_OP_CLOSE,         /* close of a fixed file slot */
    LOOP_OP_WAKE,          /* read of the core's eventfd (signals from the main thread) */
    LOOP_OP_MSG,           /* a message from another core's ring (msg_ring), res = payload */
    LOOP_OP_MSG_SENT,      /* the sender's own completion of a msg_ring */
    LOOP_OP_SOURCE,        /* an async source's poll, timeout or eventfd read; index = source */
    LOOP_OP_SOURCE_REMOVE, /* removal of a source's poll or timeout: nothing depends on it */
    LOOP_OP_SOCKOPT,       /* setsockopt on a stream's fixed file slot (uring_cmd) */
    LOOP_OP_LINE,          /* msg_ring from another core: the waiting line moved (grants) */
    LOOP_OP_LINE_SENT,     /* the sender's completion of it, index = the target core */
    LOOP_OP_MAX,
};
_Static_assert(LOOP_OP_MAX <= (1 << URING_DATA_OP_BITS), "op codes fit their field");

enum {
    LOOP_NIL = UINT32_MAX, /* end of an intrusive list */
    LOOP_BUF_GROUP = 1,
};

enum conn_flag {
    CONN_RECV_ARMED = 1u << 0,    /* a recv (multishot or single) is in flight */
    CONN_RECV_ONE = 1u << 1,      /* ... and it is the single recv into the stash */
    CONN_SEND_INFLIGHT = 1u << 2, /* one sendmsg in flight */
    CONN_HTTP = 1u << 3,          /* `http` is initialised */
    CONN_RAW = 1u << 4,           /* output comes from `raw`, not from the session */
    CONN_RAW_OWNED = 1u << 5,     /* `raw` is malloc'd */
    CONN_SSE = 1u << 6,           /* on the core's stream list */
    CONN_FRESH = 1u << 7,         /* no request byte yet: header timeout runs from accept */
    CONN_RAW_POOLED = 1u << 8,    /* `raw` is a canned reply from the HTTP context's pool */
    CONN_EOF = 1u << 9,           /* the peer finished sending */
    CONN_CANCELLED = 1u << 10,    /* cancel submitted for its requests */
    CONN_CLOSE_SUBMITTED = 1u << 11,
    CONN_DIRTY = 1u << 12,        /* on the dirty list (output to flush at the end of the pass) */
    CONN_REARM = 1u << 13,        /* on the re-arm list (recv ran out of buffers) */
    CONN_RECV_PAUSING = 1u << 14, /* cancel submitted for the multishot recv (pipeline full) */
    CONN_POLL_ARMED = 1u << 15,   /* waiting in line, head read: polling for a hang-up */
    CONN_LIST_FLAGS = CONN_DIRTY | CONN_REARM, /* kept across slot reuse: list membership */
};

struct conn {
    struct http_session http;
    uint32_t gen;
    uint32_t flags;
    uint32_t state;        /* enum conn_state: changed only by conn_set_state */
    uint32_t prev, next;   /* the stream list, or the lingering list */
    uint32_t ticket;       /* waiting: its ticket in the group's line */
    uint32_t position;     /* last position told to a waiting event-stream client */
    uint32_t aux_inflight; /* shutdowns and cancels in flight: they name the file slot, so
                            * the slot must not be closed (and reused) before they finish */
    char *stash;           /* waiting connections: the start of their request */
    uint32_t stash_len;
    uint32_t stash_fed; /* bytes of the stash already given to the session */
    char *raw;          /* canned or event-stream output */
    uint32_t raw_len, raw_sent, raw_cap;
    uint64_t sse_cursor;       /* streams: the next event of the log to send */
    struct sse_start sse_from; /* streams: where the client asked to start */
    struct msghdr msg;
    struct iovec iov[LOOP_IOV_MAX];
};

/* Route labels the HTTP observer reported, by pointer (they are stable: see
 * http_observer_fn), with their metrics index: a pointer compare instead of a string
 * lookup per response. Every label the router and session can give fits. */
enum { LOOP_ROUTE_LABELS_MAX = ROUTER_ROUTES_MAX + 2 };

struct loop_route_label {
    const char *label;
    unsigned index; /* metrics_route_find's answer */
};

/* One async source (io/async.h) of this core: the handles given to adapters point here. */
enum loop_source_kind {
    LOOP_SOURCE_FREE,
    LOOP_SOURCE_FD,
    LOOP_SOURCE_TIMER,
    LOOP_SOURCE_EVENTFD,
};

struct loop_source {
    uint8_t kind;    /* enum loop_source_kind */
    bool armed;      /* its poll, timeout or read is in flight */
    uint32_t gen;    /* changes at every reuse: older completions are stale */
    int fd;          /* LOOP_SOURCE_FD, LOOP_SOURCE_EVENTFD */
    unsigned events; /* LOOP_SOURCE_FD: the interest; 0 pauses */
    unsigned armed_events;
    uint64_t value;              /* LOOP_SOURCE_EVENTFD: the read's destination */
    struct __kernel_timespec ts; /* LOOP_SOURCE_TIMER: read by the kernel at submit */
    void *ctx;
    union {
        async_fd_fn fd;
        async_timer_fn timer;
        async_eventfd_fn eventfd;
    } fn;
};

struct loop {
    struct loop_group *group;
    const struct loop_config *cfg; /* the group's */
    unsigned core;
    int listen_fd;
    int wake_fd;
    uint64_t wake_value;
    struct uring u;
    struct uring_bufs bufs;
    struct conn *conns;
    uint32_t slots;          /* size of conns and of the registered file table */
    uint32_t live;           /* slots not FREE */
    uint32_t closing;        /* ... of which CLOSING: free again once their close completes */
    uint32_t spare_low;      /* free slots kept for accepts: LOOP_SPARE_SLOTS_LOW, or less */
    uint32_t active;         /* this core's share of the line's served count */
    uint32_t queued;         /* this core's connections waiting in the group's line */
    uint32_t queued_streams; /* ... of which event-stream clients told their position */
    unsigned line_version;   /* the line's version when the positions were last told */
    bool line_left;          /* a waiter left this pass: other cores' positions moved */
    bool line_news;          /* another core granted us a slot or moved the line */
    bool positions_due;      /* a new waiting stream has not been told its position */
    uint32_t linger_head, linger_tail; /* lingering connections, oldest first */
    uint32_t sse_head;
    uint32_t *dirty, dirty_count;
    uint32_t *rearm, rearm_count;
    struct timer_lists timers;
    struct http_context *http;
    struct metrics_core *m;
    struct loop_route_label route_labels[LOOP_ROUTE_LABELS_MAX];
    unsigned route_label_count;
    bool accept_armed;
    bool accept_paused; /* the file table was full (-ENFILE): re-armed by the next close */
    bool draining;
    uint64_t drain_deadline_ms;
    uint64_t heartbeat_ms; /* next stream heartbeat */
    int sse_sndbuf;        /* SO_SNDBUF of stream sockets: the kernel reads it at issue */
    uint64_t now_ms;
    char *stash_free; /* free stash buffers, linked through their first bytes */
    struct loop_source sources[LOOP_SOURCES_MAX];
    unsigned source_count; /* not FREE */
};

static inline uint32_t conn_index(const struct loop *l, const struct conn *c)
{
    return (uint32_t)(c - l->conns);
}
static inline uint64_t conn_data(const struct loop *l, const struct conn *c, enum loop_op op)
{
    return uring_data_pack(op, conn_index(l, c), c->gen);
}

/* conn.c */
/* Move the connection to `next`; aborts, naming both states, on a transition the table in
 * conn_state.c does not allow. */
void conn_set_state(struct conn *c, enum conn_state next);
void conn_start(struct loop *l, struct conn *c); /* serve a new or promoted connection */
void conn_after(struct loop *l, struct conn *c); /* flush, re-arm, timers, close decisions */
void conn_input(struct loop *l, struct conn *c, char *data, size_t len);
void conn_on_recv(struct loop *l, struct conn *c, const struct io_uring_cqe *cqe);
void conn_on_recv_one(struct loop *l, struct conn *c, int res);
void conn_on_send(struct loop *l, struct conn *c, int res);
void conn_on_poll(struct loop *l, struct conn *c, int res);
void conn_on_aux(struct loop *l, struct conn *c); /* a shutdown or cancel completed */
void conn_on_timeout(struct loop *l, struct conn *c, enum timer_kind kind);
void conn_close(struct loop *l, struct conn *c);
/* The loop's own answers, sent without a session (see conn_final). */
struct conn_canned {
    int status;
    const char *code;
    const char *message;
    const char *extra_headers; /* whole lines, or NULL */
};
void conn_final(struct loop *l, struct conn *c, const struct conn_canned *reply); /* then close */
void conn_mark_dirty(struct loop *l, struct conn *c);
bool conn_raw_append(struct conn *c, const char *data, size_t len);
void conn_arm_recv(struct loop *l, struct conn *c);

/* admission.c */
void admission_accept(struct loop *l, struct conn *c); /* serve, queue or refuse */
void admission_line_remove(struct loop *l, struct conn *c);
/* Once per pass: grant freed slots to the server's oldest waiters, start this core's granted
 * connections, tell other cores, refresh waiting streams' positions. */
void admission_promote(struct loop *l);
bool admission_promote_due(const struct loop *l);        /* work for admission_promote now */
void admission_on_stash(struct loop *l, struct conn *c); /* new stashed bytes */
void admission_on_line_news(struct loop *l);             /* LOOP_OP_LINE from another core */
void admission_on_line_sent(struct loop *l, uint32_t to, int res); /* our msg to `to` */

/* loop_sse.c */
/* The stream's own send buffer (raw, owned). */
void loop_sse_buffer_new(struct conn *c);
/* Subscribe, cap the socket's send buffer, hello, start in the log where c->sse_from says. */
void loop_sse_open(struct loop *l, struct conn *c);
void loop_sse_add(struct loop *l, struct conn *c);
void loop_sse_remove(struct loop *l, struct conn *c);
void loop_sse_heartbeat(struct loop *l);
/* Events were published: every stream refills in this pass's flush. */
void loop_sse_kick(struct loop *l);
/* Before a stream's flush: refill its buffer from the log. */
void loop_sse_after(struct loop *l, struct conn *c);
/* `bytes` of a stream's buffer went out. */
void loop_sse_sent(struct loop *l, struct conn *c, uint32_t bytes);
void loop_sse_on_sockopt(struct loop *l, struct conn *c, int res);
void loop_sse_notify(void *from_ctx, unsigned to);

/* loop_source.c: the io/async.h operations on this core's ring */
void loop_source_on_completion(struct loop *l, uint32_t index, uint32_t gen, int res);

/* loop.c */
/* A LOOP_STASH_BYTES buffer for a waiting connection, and back: kept on a free list, so the
 * line costs allocations only while it grows past its largest size so far. NULL: nothing. */
char *loop_stash_take(struct loop *l);
void loop_stash_give(struct loop *l, char *stash);
bool loop_on_own_thread(const struct loop *l);
/* One pass: submit, wait for a completion (at most `wait_max_ms`, less when a deadline is
 * nearer), dispatch, then the pass's deferred work. loop_run repeats it; tests drive a loop
 * with it directly. */
void loop_pass(struct loop *l, uint64_t wait_max_ms);
void loop_end_active(struct loop *l, struct conn *c);    /* an active slot is free again */
void loop_linger_add(struct loop *l, struct conn *c);    /* now LINGERING: oldest first */
void loop_linger_remove(struct loop *l, struct conn *c); /* leaving LINGERING */

#endif
