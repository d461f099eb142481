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
 * connection into a stream (Server-Sent Events). */
#ifndef BRIGADE_GATEWAY_HTTP_SESSION_H
#define BRIGADE_GATEWAY_HTTP_SESSION_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/uio.h>

#include "gateway/http_parser.h"

/* Limits a session enforces; every field has a flag in `brigade serve`. */
struct http_limits {
    size_t header_bytes_max;   /* request line + headers: 8 KiB -> 431 */
    size_t header_count_max;   /* 100 -> 431 */
    size_t uri_bytes_max;      /* request line / URI: -> 414 */
    size_t body_bytes_max;     /* 1 MiB -> 413 */
    size_t pipeline_depth_max; /* requests parsed ahead of their responses */
};

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

struct http_session;
struct http_exchange; /* one request and its (possibly pending) response */

/* A route handler. It must either call one of the respond functions before returning, or
 * keep `x` and call one later on the same thread; `app` is the value given to
 * http_session_init (the core's context). */
typedef void (*http_handler_fn)(struct http_exchange *x, const struct http_request *req,
                                void *app);

/* Access to the request's parsed fields outside the handler call is not allowed: the
 * input buffer moves on. Copy what an asynchronous handler needs. */

/* Answer with a complete response. `body` is copied. Extra headers are whole lines
 * ("Retry-After: 1\r\n"), may be NULL. */
void http_exchange_respond(struct http_exchange *x, int status, const char *content_type,
                           const void *body, size_t body_len, const char *extra_headers);
/* Answer with the JSON error body {"error":{"code":code,"message":message}}. */
void http_exchange_error(struct http_exchange *x, int status, const char *code,
                         const char *message);
/* Start a streamed response (text/event-stream); the connection stays in
 * HTTP_PHASE_STREAMING and later writes go through http_session_stream_write. */
void http_exchange_stream(struct http_exchange *x, const char *content_type);

#endif
