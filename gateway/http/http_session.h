/* http_session.h — one connection's HTTP/1.1 protocol state, with no sockets in it.
 *
 * The event loop (loop.c) moves bytes: it feeds what recv() produced into the session and
 * sends what the session has ready. Everything HTTP — parsing, limits, keep-alive,
 * pipelining order, Expect: 100-continue, error responses, routing to handlers — happens
 * here, so the unit tests and the fuzz target drive exactly the code that serves.
 *
 * Requests are dispatched to handlers as soon as they are complete, also while earlier
 * responses are still pending; responses always leave in request order. A handler either
 * answers at once (http_exchange_respond) or keeps the exchange and answers later from the
 * same thread (asynchronous work such as embeddings or PostgreSQL), or turns the
 * connection into a stream (Server-Sent Events).
 *
 * Threading: a context and all its sessions and exchanges belong to one thread (one core's
 * loop). Nothing here locks; nothing here may be called from another thread.
 *
 * The loop's side, per connection:
 *
 *     http_session_init(&conn->http, ctx, conn);
 *     on recv of n bytes:   http_session_feed(&conn->http, buf, n);
 *     on recv of 0 (EOF):   http_session_eof(&conn->http);
 *     after any call, and when ctx's wake callback names this session:
 *         n = http_session_output(&conn->http, iov, IOV_MAX);  -> writev/sendmsg (one in flight)
 *         on send completion of k bytes: http_session_sent(&conn->http, k);
 *     arm the timer for http_session_phase(); stop reading while !http_session_wants_read();
 *     when the phase is HTTP_PHASE_CLOSED (or on a socket error/timeout): close the socket,
 *         http_session_free(&conn->http).
 *
 * Memory per connection (x86-64): sizeof(struct http_session) = 128 bytes while idle, no
 * buffer held: input and output buffers come from the context's pools only while bytes are
 * pending and go back as soon as they are consumed or sent (docs/api.md). */
#ifndef BRIGADE_GATEWAY_HTTP_SESSION_H
#define BRIGADE_GATEWAY_HTTP_SESSION_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/uio.h>

#include "gateway/http/http_parser.h"

/* Input buffers are pooled blocks of this size; a request that needs more (a large body)
 * gets a heap buffer that grows as its bytes arrive, freed when the request is done. */
#define HTTP_INPUT_BLOCK_BYTES 16384
/* Responses are written into pooled blocks of this size; larger ones get a heap buffer. */
#define HTTP_OUTPUT_BLOCK_BYTES 4096
/* Bodies that do not fit an output block (large responses, bodies built with
 * http_exchange_reserve) live in buffers the context keeps for reuse, at least this large;
 * up to HTTP_BODY_BUFFERS_KEPT of them of at most HTTP_BODY_BUFFER_KEPT_BYTES_MAX are kept, so
 * a steady load reuses them without allocating. */
#define HTTP_BODY_BUFFER_BYTES_MIN      16384
#define HTTP_BODY_BUFFERS_KEPT          64
#define HTTP_BODY_BUFFER_KEPT_BYTES_MAX (4 * 1024 * 1024)
/* Pooled blocks kept per context when idle (beyond this they are freed). */
#define HTTP_POOL_BLOCKS_KEPT 1024
/* Hard ceiling on pipeline_depth_max. */
#define HTTP_PIPELINE_DEPTH_LIMIT 128
/* A stream whose unsent bytes exceed this refuses writes with -ENOBUFS (slow consumer). */
#define HTTP_STREAM_BUFFERED_MAX (256 * 1024)
/* Room for extra header lines given to http_exchange_respond. */
#define HTTP_EXTRA_HEADERS_BYTES_MAX 1024

/* Limits a session enforces; every field has a flag in `brigade serve`. */
struct http_limits {
    struct http_parser_limits parser; /* header bytes/count (431), URI (414), body (413) */
    uint32_t pipeline_depth_max;      /* requests parsed ahead of their responses, >= 1 */
};

/* 8 KiB head, 100 fields, 4 KiB request line, 1 MiB body, 16 pipelined requests. */
extern const struct http_limits http_limits_default;

/* Which timer the loop should arm for this connection right now. */
enum http_phase {
    HTTP_PHASE_IDLE,      /* keep-alive, between requests: idle timeout */
    HTTP_PHASE_HEAD,      /* part of a request head received: header timeout */
    HTTP_PHASE_BODY,      /* head done, body incomplete: body timeout */
    HTTP_PHASE_BUSY,      /* waiting for handlers or for output to drain: send timeout */
    HTTP_PHASE_STREAMING, /* an SSE stream: no read timeout */
    HTTP_PHASE_CLOSED,    /* all output sent and the connection must close */
    HTTP_PHASE_MAX,
};

/* "idle", "head", ... for logs and metrics. */
const char *http_phase_name(enum http_phase phase);

struct http_context;  /* per thread: pools, exchanges, Date cache, the app, counters */
struct http_session;  /* per connection */
struct http_exchange; /* one request and its (possibly pending) response */
struct router;        /* gateway/http/router.h */

/* A route handler. It must either call one of the respond functions before returning, or
 * keep the exchange's id (http_exchange_id) and answer later on the same thread; `core` is
 * the serving core's application state (what the app's core_start returned on this context,
 * also http_exchange_core), NULL when the app keeps none. `req` and everything it points to
 * are valid only during the call: copy what asynchronous work needs. */
typedef void (*http_handler_fn)(struct http_exchange *x, const struct http_request *req,
                                void *core);

/* The application a context serves: what the session calls, never by name. `dispatch`
 * answers or keeps a complete request (router_dispatch with `router`); `accepts` says whether
 * dispatch would reach a handler, so a body is invited with 100 Continue only then
 * (router_accepts). Without dispatch every request gets 404.
 *
 * Per-core state: the host (the net loop) calls http_context_core_start on the core's thread
 * before it serves its first request, which runs `core_start(shared, core, ctx, host)` and
 * keeps what it returns for the handlers; http_context_core_stop, after the core's last
 * request, runs `core_stop(shared, state)`. `host` is the host's own per-core object (a
 * struct loop for gateway/net), passed through untouched for the app to register with. */
typedef void (*http_dispatch_fn)(const struct router *router, struct http_exchange *x,
                                 const struct http_request *req, void *core);
typedef bool (*http_accepts_fn)(const struct router *router, const struct http_request *req);
typedef void *(*http_core_start_fn)(void *shared, unsigned core, struct http_context *ctx,
                                    void *host);
typedef void (*http_core_stop_fn)(void *shared, void *core_state);

struct http_app {
    const struct router *router;
    http_dispatch_fn dispatch;
    http_accepts_fn accepts;
    void *shared;                  /* the app's process-wide state, given to the core hooks */
    http_core_start_fn core_start; /* NULL: no per-core state */
    http_core_stop_fn core_stop;   /* NULL: nothing to stop */
};

/* Called when a session has new output (or closed) because of something that happened
 * outside http_session_feed/sent/eof — an asynchronous response or a stream write — so
 * the loop can schedule a send. `user` is the value given to http_session_init. It may
 * call http_session_output; it must not free the session. */
typedef void (*http_wake_fn)(struct http_session *s, void *user);

/* Told about every response once, when it is queued (http_exchange_respond, or the head of
 * http_exchange_stream): router answers (404, 405, 415, 204 to OPTIONS), protocol errors
 * (400, 413, 414, 431, 501, 505), handlers' answers at once or later. Not called for an
 * exchange whose connection went away before it was answered (nothing is queued), nor for
 * what the loop writes without a session (its canned 408 and 503).
 *
 * `route` is a label from a bounded set, never the request's path: the path of the route the
 * request matched by path (so also for 405 and 415, and HEAD served by GET gives the GET
 * route's path), http_route_unmatched for a path no route has (404), http_route_invalid for
 * a protocol error. The pointer is stable for the context's life (the router's own copy of
 * the path, or one of the two arrays below), so an observer may cache by pointer.
 *
 * `duration_ns` runs from the start of the request to the moment its response is queued.
 * The start is the context's time (http_context_set_now) when the request's head was found
 * complete: the loop pass whose receive completed it, i.e. when the loop woke up with those
 * bytes. A request parsed later from buffered input (behind a full pipeline) starts when it
 * is parsed; a protocol error starts when it is detected (so its duration is about 0). The
 * end is one CLOCK_MONOTONIC read per response. Runs on the context's thread, inside
 * whatever call queued the response; it must not call into the session. */
typedef void (*http_observer_fn)(void *user, const char *route, int status, uint64_t duration_ns);

/* The route labels that are not route paths (see http_observer_fn). */
extern const char http_route_unmatched[]; /* "unmatched": no route has the path (404) */
extern const char http_route_invalid[];   /* "invalid": the request could not be parsed */

/* Counters a core's /metrics reads; plain integers, owned by the context's thread. */
struct http_counters {
    uint64_t requests;            /* dispatched to a handler */
    uint64_t responses[6];        /* by class: [1] 1xx ... [5] 5xx, [0] unused */
    uint64_t parse_errors;        /* protocol errors answered and closed */
    uint64_t exchanges_cancelled; /* connection gone while a handler held the exchange */
    uint64_t bytes_in;
    uint64_t bytes_out;
};

/* A context for one thread. `limits` and `app` are copied (the router and the app's shared
 * state must outlive the context and not change while it serves). Aborts on invalid limits
 * or out of memory. */
struct http_context *http_context_new(const struct http_limits *limits, const struct http_app *app);
/* Call `wake` when a session has output outside a session call (see http_wake_fn); NULL, the
 * default, when every handler answers synchronously (tests). */
void http_context_set_wake(struct http_context *ctx, http_wake_fn wake);
/* Run the app's core_start (see struct http_app) and keep its state; once, before serving. */
void http_context_core_start(struct http_context *ctx, unsigned core, void *host);
/* Run the app's core_stop on the state core_start gave; once, after the last request. */
void http_context_core_stop(struct http_context *ctx);
/* The state core_start returned (NULL before it ran, after core_stop, or without one). */
void *http_context_core(const struct http_context *ctx);
/* Frees the context, its pools and every exchange. All its sessions must be freed first. */
void http_context_free(struct http_context *ctx);
const struct http_counters *http_context_counters(const struct http_context *ctx);

/* Call `fn(user, ...)` for every response from now on (NULL: stop). Without an observer the
 * session reads no clock at all. */
void http_context_set_observer(struct http_context *ctx, http_observer_fn fn, void *user);

/* The loop's cached time, CLOCK_MONOTONIC in nanoseconds, read once per loop pass: requests
 * completed during the pass start at it, at no clock read of their own. Must not go back.
 * A context that is never given the time (tests) reads the clock at each request start. */
void http_context_set_now(struct http_context *ctx, uint64_t now_ns);
/* The time last given to http_context_set_now (0 when never): for handlers, the identity of
 * the loop pass they run in (e.g. to budget work per pass). */
uint64_t http_context_now(const struct http_context *ctx);

/* The session's state. Embed it in the loop's connection table; the fields are private
 * (declared here only so the struct can be embedded without an allocation). */
struct http_session {
    struct http_context *ctx;
    void *user;
    struct http_parser parser;
    char *in; /* NULL while idle: bytes of unfinished requests */
    uint32_t in_len;
    uint32_t in_cap;
    uint64_t head_ns; /* when the head of the request being received completed, or 0 */
    struct http_exchange *queue_head; /* exchanges in request order, oldest first */
    struct http_exchange *queue_tail;
    uint16_t queue_count;
    uint16_t flags;
    uint8_t depth;        /* > 0 while inside a session call: no wake callbacks then */
    uint8_t continue_off; /* bytes of "100 Continue" already sent */
};

/* Start a connection. `user` is handed back to the wake callback. */
void http_session_init(struct http_session *s, struct http_context *ctx, void *user);

/* Release everything the session holds (buffers; exchanges still held by handlers are
 * cancelled: their ids stop resolving). The struct's memory is the caller's. Safe at any
 * moment, also with handlers' work outstanding. */
void http_session_free(struct http_session *s);

/* Bytes received. Parses, dispatches complete requests to their handlers (which may
 * respond at once), queues error responses. Returns 0, or -EPIPE when the session is
 * closing and the bytes were dropped (a streaming session drops input too, returning 0:
 * the loop keeps reading a stream only to notice the peer leave). `data` may be modified
 * (chunked bodies are decoded in place) and is not referenced after the call. Bytes that
 * arrive while the pipeline is full are kept, so one call may be followed by
 * http_session_wants_read() == false.
 *
 * After an error response the session closes; when input may still be unread, the loop
 * should shutdown(SHUT_WR) and drain briefly before close (lingering close), otherwise the
 * kernel's RST can destroy the response before the peer reads it. */
int http_session_feed(struct http_session *s, char *data, size_t len);

/* The peer closed its sending side. Requests already complete are still answered; a
 * partial one is dropped; the session closes when its output is sent. */
void http_session_eof(struct http_session *s);

/* Stop after the requests already received (graceful shutdown): a request whose head or
 * body is still arriving (and nothing else pending) is read and answered; the last response
 * owed carries Connection: close (unless already answered); streams end; nothing more is
 * parsed. Idempotent. */
void http_session_shutdown(struct http_session *s);

/* Fill iov[0..iov_max) with the bytes ready to send, in order (responses of several
 * pipelined requests at once, an interim 100 Continue, stream data). Returns how many
 * entries were filled, 0 when nothing is ready. The bytes stay in place, unchanged, until
 * http_session_sent (feeds, responses and stream writes meanwhile only add after them), so
 * an asynchronous send may read them; do not free the session with a send in flight.
 * Calling it again before http_session_sent returns the same bytes first. */
int http_session_output(struct http_session *s, struct iovec *iov, int iov_max);

/* True when http_session_output would return something (a probe; marks nothing). */
bool http_session_has_output(const struct http_session *s);

/* `bytes` of the last output were sent (any prefix: partial sends are fine). */
void http_session_sent(struct http_session *s, size_t bytes);

enum http_phase http_session_phase(const struct http_session *s);

/* False while the session must not read: the pipeline is full, it is closing, or it only
 * waits for its output to drain. The loop resumes reading when it turns true again. */
bool http_session_wants_read(const struct http_session *s);

/* Append bytes to the session's stream (the exchange that called http_exchange_stream).
 * Returns 0, -EPIPE when the session has no open stream (closed, or never streamed) or
 * -ENOBUFS when more than HTTP_STREAM_BUFFERED_MAX bytes are waiting (drop the client).
 * Calls the wake callback when called outside a session call. */
int http_session_stream_write(struct http_session *s, const void *data, size_t len);

/* End the stream: the connection closes once the buffered stream bytes are sent. */
void http_session_stream_end(struct http_session *s);

/* ---- exchanges (the handler's side) ---- */

/* Answer with a complete response. `body` is copied. Sets Content-Length, Date, Server,
 * Content-Type (when not NULL), Connection. `extra_headers` are whole lines
 * ("Retry-After: 1\r\n"), may be NULL, at most HTTP_EXTRA_HEADERS_BYTES_MAX bytes. For a
 * HEAD request the body is left out (Content-Length still says its size). On an exchange
 * that was already answered: aborts (a handler bug). */
void http_exchange_respond(struct http_exchange *x, int status, const char *content_type,
                           const void *body, size_t body_len, const char *extra_headers);
/* Building a body in place, with no copy: http_exchange_reserve returns room for `n` more
 * bytes after those committed so far (the pointer is valid until the next reserve or
 * response on this exchange); the caller writes at most `n` bytes there and commits the
 * `used` ones (<= n); http_exchange_respond_committed then answers with the committed bytes
 * as the body (Content-Length, headers as http_exchange_respond). Any other respond function
 * drops what was committed. The buffer comes from the context's kept body buffers: after
 * warm-up, no allocation. Only while the exchange is pending (aborts otherwise). */
char *http_exchange_reserve(struct http_exchange *x, size_t n);
void http_exchange_commit(struct http_exchange *x, size_t used);
void http_exchange_respond_committed(struct http_exchange *x, int status, const char *content_type,
                                     const char *extra_headers);
/* Answer with the JSON error body {"error":{"code":code,"message":message}}; `message`
 * is JSON-escaped. */
void http_exchange_error(struct http_exchange *x, int status, const char *code,
                         const char *message);
/* Start a streamed response (e.g. text/event-stream): headers now, no Content-Length, the
 * body is everything written with http_session_stream_write until the connection closes.
 * Requests pipelined after this one are not answered. Only from inside the handler call
 * (aborts otherwise). Returns true when the stream is open; false for a HEAD request, which
 * got the headers alone and is complete (write nothing; the connection goes on as its
 * Connection header says). */
bool http_exchange_stream(struct http_exchange *x, const char *content_type);

/* Label the exchange for the observer (see http_observer_fn); the router calls it with the
 * matched route's path. `route` must stay valid as long as the context. */
void http_exchange_set_route(struct http_exchange *x, const char *route);

/* A 64-bit handle (slot + generation) that stays safe after the connection dies. */
uint64_t http_exchange_id(const struct http_exchange *x);
/* The exchange for `id`, or NULL when it was answered already or its connection is gone
 * (then drop the result: completing a dead exchange is a no-op by construction). */
struct http_exchange *http_exchange_find(struct http_context *ctx, uint64_t id);
/* The session the exchange belongs to (e.g. for an SSE hub to write to it later). */
struct http_session *http_exchange_session(const struct http_exchange *x);
/* The per-core application state of the exchange's context (http_context_core). */
void *http_exchange_core(const struct http_exchange *x);

/* ---- responses without an exchange ---- */

/* The loop's last word on a connection it answers without a session: the 408 when a request
 * does not arrive in time, the 503 when the waiting line is full. The same status line,
 * standard headers (Server, Date, ...) and JSON error body as http_exchange_error, with
 * Connection: close and `extra_headers` (as for http_exchange_respond). Returns a block of
 * the context's output pool holding *len bytes; the caller sends it, then gives it back
 * with http_context_response_free. Not counted, not told to the observer. */
char *http_context_error_response(struct http_context *ctx, int status, const char *code,
                                  const char *message, const char *extra_headers, size_t *len);
/* Give back a response from http_context_error_response (NULL: nothing). */
void http_context_response_free(struct http_context *ctx, char *response);

/* The head of an event stream the loop starts without a session (for a client waiting in
 * the admission line): the headers of http_exchange_stream's, with Connection: close.
 * Writes into buf (`cap` >= HTTP_OUTPUT_BLOCK_BYTES, asserted); returns the length. */
size_t http_context_stream_head(struct http_context *ctx, char *buf, size_t cap,
                                const char *content_type);

#endif
