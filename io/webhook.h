/* webhook.h — HTTP POSTs of JSON bodies on an io/async.h loop, through libcurl's multi-socket
 * API: curl tells us which sockets to watch and when to wake (CURLMOPT_SOCKETFUNCTION ->
 * async_fd_watch / async_fd_events / async_fd_unwatch, CURLMOPT_TIMERFUNCTION ->
 * async_timer_start / async_timer_stop), the loop tells curl what became ready
 * (curl_multi_socket_action), and finished transfers are drained with curl_multi_info_read
 * after every action. No thread of ours, no polling loop over curl_multi_perform.
 *
 * Connections are kept alive and reused (one connection cache per webhook client), at most
 * max_host_connections to one host and max_total_connections in all; transfers beyond wait
 * inside curl for a free connection. Every post has a table slot with its own easy handle,
 * reused from post to post, so a post allocates nothing once the slots have warmed up; when
 * every slot is busy webhook_post refuses (-EAGAIN) instead of queueing without bound.
 *
 * Threading: one loop, one thread. Every call is made on the loop's thread; completion
 * callbacks run on it too, from the loop's fd and timer callbacks, never inside webhook_post.
 * A completion callback may call webhook_post (its own slot is already free), but not
 * webhook_free. */
#ifndef BRIGADE_IO_WEBHOOK_H
#define BRIGADE_IO_WEBHOOK_H

#include <stddef.h>
#include <stdint.h>

#include "io/async.h"

#define WEBHOOK_URL_MAX         2048      /* bytes of a URL */
#define WEBHOOK_REQUEST_MAX     (1 << 20) /* bytes of a request body */
#define WEBHOOK_RESPONSE_KEPT   2048      /* bytes of a response body kept for the caller */
#define WEBHOOK_ERROR_MAX       256       /* CURL_ERROR_SIZE: curl's message for a failure */
#define WEBHOOK_PENDING_MAX     4096      /* posts in flight, the largest table */
#define WEBHOOK_CONNECTIONS_MAX 1024      /* total connections, the largest setting */
#define WEBHOOK_TIMEOUT_MS_MAX  600000    /* per request: ten minutes */

struct webhook_config {
    unsigned max_pending;           /* posts accepted and not yet completed, 1..PENDING_MAX */
    unsigned max_host_connections;  /* connections to one host (CURLMOPT_MAX_HOST_CONNECTIONS) */
    unsigned max_total_connections; /* connections in all (CURLMOPT_MAX_TOTAL_CONNECTIONS and
                                     * the size of the connection cache) */
    uint32_t timeout_ms;            /* whole request, connecting included (CURLOPT_TIMEOUT_MS) */
    uint32_t connect_timeout_ms;    /* connecting (0: timeout_ms) */
};

/* What became of one post. Pointers are valid during the callback only. */
struct webhook_result {
    long status;                      /* HTTP status of the response, 0 when none arrived */
    int curl_code;                    /* CURLE_OK (0) when a response arrived */
    const char *error;                /* curl's message when curl_code != 0, else "" */
    int64_t retry_after_ms;           /* Retry-After, or for a 429 the larger of it and the JSON
                                       * body's retry_after; -1 when the server named neither */
    int64_t ratelimit_remaining;      /* X-RateLimit-Remaining; -1 when absent */
    int64_t ratelimit_reset_after_ms; /* X-RateLimit-Reset-After; -1 when absent */
    const char *body;                 /* the first WEBHOOK_RESPONSE_KEPT bytes of the response
                                       * body, NUL-terminated */
    size_t body_len;
    uint64_t total_us; /* the transfer's time, connecting included (CURLINFO_TOTAL_TIME_T) */
    unsigned connects; /* new connections the post opened: 0 when it reused one */
};

typedef void (*webhook_done_fn)(void *ctx, const struct webhook_result *r);

struct webhook;

/* A client on `loop`. Returns 0 and *out, -EINVAL for a setting out of range (err says which),
 * or -ENOMEM when curl cannot be set up. curl_global_init must have run (webhook_global_init
 * does it; call it once at start-up, before any thread is started). */
int webhook_new(struct async_loop loop, const struct webhook_config *cfg, struct webhook **out,
                char *err, size_t err_size);

/* Ends every post in flight without calling its callback, closes every connection, removes
 * every source it holds from the loop, and frees the client. Not from a completion callback. */
void webhook_free(struct webhook *w);

/* POST `body` (len bytes, copied) to `url` with Content-Type: application/json. Returns 0 when
 * accepted: `fn(ctx, result)` then runs exactly once, later, from the loop (or never, when
 * webhook_free comes first). -EAGAIN when max_pending posts are in flight; -E2BIG when the body
 * is over WEBHOOK_REQUEST_MAX or the URL over WEBHOOK_URL_MAX. A URL curl cannot use (a scheme
 * other than http and https, a malformed one) completes with its curl error. */
int webhook_post(struct webhook *w, const char *url, const char *body, size_t len,
                 webhook_done_fn fn, void *ctx);

/* Posts accepted and not yet completed. */
unsigned webhook_pending(const struct webhook *w);

/* Connections curl opened since the client was made (CURLINFO_NUM_CONNECTS summed). */
uint64_t webhook_connects(const struct webhook *w);

/* curl_global_init(CURL_GLOBAL_DEFAULT): once per process, before threads. 0 or -EIO. */
int webhook_global_init(void);

#endif
