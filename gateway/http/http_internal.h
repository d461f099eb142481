/* http_internal.h — what http_session.c and http_exchange.c share; not for other modules.
 *
 * A context (one per thread) owns two block pools (input and output buffers), the exchange
 * table and the scratch request the parser fills. Exchanges live in the context, not in
 * the session, so a handler's id stays resolvable (or cleanly unresolvable) whatever
 * happens to the connection. */
#ifndef BRIGADE_GATEWAY_HTTP_INTERNAL_H
#define BRIGADE_GATEWAY_HTTP_INTERNAL_H

#include <time.h>

#include "gateway/http/http_session.h"

/* Exchanges are allocated in slabs of this many; the table holds at most
 * HTTP_EXCHANGE_SLABS_MAX slabs (a million exchanges in flight per thread). */
#define HTTP_EXCHANGE_SLAB_SIZE 256
#define HTTP_EXCHANGE_SLABS_MAX 4096
/* Longest response head the session writes itself (status line and standard headers). */
#define HTTP_RESPONSE_HEAD_BYTES_MAX 512

/* Session flags. */
enum {
    HTTP_SESSION_CLOSING = 1 << 0,          /* parse nothing more; close once output is sent */
    HTTP_SESSION_CLOSED = 1 << 1,           /* close now */
    HTTP_SESSION_STREAMING = 1 << 2,        /* the last exchange is a stream */
    HTTP_SESSION_STREAM_END = 1 << 3,       /* the stream ends once its bytes are sent */
    HTTP_SESSION_CONTINUE_WANTED = 1 << 4,  /* send 100 Continue when the queue is empty */
    HTTP_SESSION_CONTINUE_SENDING = 1 << 5, /* 100 Continue is at the front of the output */
    HTTP_SESSION_CONTINUE_DONE = 1 << 6,    /* sent for the request being received */
    HTTP_SESSION_IN_HEAP = 1 << 7,          /* `in` is a heap buffer, not a pool block */
    HTTP_SESSION_EOF = 1 << 8,              /* the peer finished sending */
    HTTP_SESSION_OUT_IN_FLIGHT = 1 << 9,    /* output handed out, http_session_sent pending */
    HTTP_SESSION_DRAINING = 1 << 10,        /* shutting down: the next dispatch is the last */
};

enum http_exchange_state {
    HTTP_EXCHANGE_FREE,
    HTTP_EXCHANGE_PENDING,   /* dispatched; its handler has not answered yet */
    HTTP_EXCHANGE_READY,     /* a complete response waits in out (+ body) */
    HTTP_EXCHANGE_STREAMING, /* headers, then stream bytes appended to out */
    HTTP_EXCHANGE_STATE_MAX,
};

struct http_exchange {
    struct http_session *session; /* NULL when free */
    struct http_exchange *next;   /* session queue, or the context's free list */
    char *out;                    /* response head, plus the body when it fits */
    char *body;                   /* a body buffer (http_body_buffer) when the body is not in
                                   * `out`: a copy too large for it, or reserved bytes */
    char *retired;                /* stream: the buffer a send in flight still reads */
    const char *route;            /* the observer's label (http_observer_fn) */
    uint64_t start_ns;            /* the request's start, when the context has an observer */
    size_t out_len;
    size_t out_cap;
    size_t body_len; /* committed bytes of body */
    size_t body_cap; /* bytes body can hold */
    size_t sent;     /* bytes of out, then body, already sent */
    uint32_t slot;
    uint32_t generation; /* bumped on every free: stale ids stop resolving */
    uint8_t state;       /* enum http_exchange_state */
    bool keep_alive;
    bool head_only; /* a HEAD request: the body is left out */
    bool out_pooled;
    bool retired_pooled;
};

/* A response body buffer kept for reuse by the context: its capacity sits before the bytes,
 * so an exchange only holds `bytes`. */
struct http_body_buffer {
    struct http_body_buffer *next; /* the context's free list */
    size_t cap;
    _Alignas(16) char bytes[];
};

struct http_block_pool {
    size_t block_bytes;
    void *free; /* singly linked through each block's first word */
    uint32_t free_count;
};

struct http_context {
    struct http_limits limits;
    struct http_app app;
    void *core; /* the app's per-core state (http_context_core_start) */
    bool core_started;
    http_wake_fn wake;
    http_observer_fn observer;
    void *observer_user;
    uint64_t now_ns; /* the loop's cached time; 0 when never given: read the clock */
    struct http_block_pool in_pool;
    struct http_block_pool out_pool;
    struct http_body_buffer *body_free; /* kept body buffers, most recently used first */
    uint32_t body_free_count;
    struct http_exchange *slabs[HTTP_EXCHANGE_SLABS_MAX];
    uint32_t slab_count;
    struct http_exchange *free_exchanges;
    struct http_counters counters;
    time_t date_second;
    size_t date_len;
    char date_line[64];          /* "Date: ...\r\n" for date_second */
    struct http_request request; /* the parser's output; one request at a time */
};

void *http_pool_get(struct http_block_pool *pool);
void http_pool_put(struct http_block_pool *pool, void *block);

/* The start time of a request beginning now (see http_context_set_now); 0 without an
 * observer, which needs no time. */
uint64_t http_context_start_ns(struct http_context *ctx);

/* A fresh exchange in state PENDING for `s`, labelled `route`, started at `start_ns`. */
struct http_exchange *http_exchange_new(struct http_context *ctx, struct http_session *s,
                                        const struct http_request *req, const char *route,
                                        uint64_t start_ns);
/* Free the exchange's buffers and the exchange (its id stops resolving). */
void http_exchange_release(struct http_context *ctx, struct http_exchange *x);
/* Answer `x` with a protocol error (Connection: close). */
void http_exchange_protocol_error(struct http_exchange *x, const struct http_error *error);

/* Append stream bytes to a streaming exchange's output (unsent bytes are moved down, the
 * buffer grows on the heap). Returns 0 or -ENOBUFS past HTTP_STREAM_BUFFERED_MAX. */
int http_exchange_stream_append(struct http_exchange *x, const void *data, size_t len);

/* Drop a stream's sent bytes and the buffer a finished send read. Not while a send is in
 * flight. */
void http_exchange_stream_compact(struct http_exchange *x);

/* Called by the exchange functions when `x` got output outside a session call. */
void http_session_woken(struct http_session *s);

#endif
