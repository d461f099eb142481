/* http_exchange.c — the per-thread context (pools, exchange table, Date cache) and the
 * handler's side of an exchange: building responses.
 *
 * Responses are written straight into one pooled output block (head and body together,
 * one iovec) when they fit, so a small response costs no allocation and no second copy.
 * Heads are assembled with memcpy and a hand-written integer formatter: snprintf would
 * cost more than the rest of the request. */
#include "gateway/http/http_internal.h"

#include <errno.h>
#include <stddef.h>
#include <string.h>

#include "gateway/http/router.h"

const struct http_limits http_limits_default = {
    .parser =
        {
            .header_bytes_max = 8192,
            .header_count_max = 100,
            .uri_bytes_max = 4096,
            .body_bytes_max = 1024 * 1024,
        },
    .pipeline_depth_max = 16,
};

const char http_route_unmatched[] = "unmatched";
const char http_route_invalid[] = "invalid";

_Static_assert(HTTP_OUTPUT_BLOCK_BYTES >
                   HTTP_RESPONSE_HEAD_BYTES_MAX + HTTP_EXTRA_HEADERS_BYTES_MAX,
               "an output block must hold any response head");
_Static_assert(HTTP_INPUT_BLOCK_BYTES >= 8192, "an input block must hold a default-size head");

static void *checked_malloc(size_t n)
{
    void *p = malloc(n);
    HTTP_ASSERT(p != NULL);
    return p;
}

void *http_pool_get(struct http_block_pool *pool)
{
    void *block = pool->free;
    if (block == NULL)
        return checked_malloc(pool->block_bytes);
    memcpy(&pool->free, block, sizeof(void *));
    pool->free_count--;
    return block;
}

void http_pool_put(struct http_block_pool *pool, void *block)
{
    if (pool->free_count >= HTTP_POOL_BLOCKS_KEPT) {
        free(block);
        return;
    }
    memcpy(block, &pool->free, sizeof(void *));
    pool->free = block;
    pool->free_count++;
}

static void pool_drain(struct http_block_pool *pool)
{
    while (pool->free != NULL)
        free(http_pool_get(pool));
}

/* A kept body buffer of at least `n` bytes: the first kept one that is large enough, else
 * the most recent one grown, else a new one. */
static struct http_body_buffer *body_buffer_get(struct http_context *ctx, size_t n)
{
    struct http_body_buffer **link = &ctx->body_free;
    while (*link != NULL && (*link)->cap < n)
        link = &(*link)->next;
    if (*link == NULL && ctx->body_free != NULL)
        link = &ctx->body_free;
    struct http_body_buffer *b = *link;
    if (b != NULL) {
        *link = b->next;
        ctx->body_free_count--;
    }
    if (b != NULL && b->cap >= n)
        return b;
    size_t cap = n < HTTP_BODY_BUFFER_BYTES_MIN ? HTTP_BODY_BUFFER_BYTES_MIN : n;
    b = realloc(b, sizeof(*b) + cap); /* NULL b: a new one */
    HTTP_ASSERT(b != NULL);
    b->cap = cap;
    return b;
}

static struct http_body_buffer *body_buffer_of(char *bytes)
{
    return (struct http_body_buffer *)(bytes - offsetof(struct http_body_buffer, bytes));
}

static void body_buffer_put(struct http_context *ctx, char *bytes)
{
    if (bytes == NULL)
        return;
    struct http_body_buffer *b = body_buffer_of(bytes);
    if (ctx->body_free_count >= HTTP_BODY_BUFFERS_KEPT ||
        b->cap > HTTP_BODY_BUFFER_KEPT_BYTES_MAX) {
        free(b);
        return;
    }
    b->next = ctx->body_free;
    ctx->body_free = b;
    ctx->body_free_count++;
}

static void body_buffers_drain(struct http_context *ctx)
{
    while (ctx->body_free != NULL) {
        struct http_body_buffer *b = ctx->body_free;
        ctx->body_free = b->next;
        free(b);
    }
    ctx->body_free_count = 0;
}

/* Drop the exchange's body (committed or copied) back to the kept buffers. */
static void exchange_body_drop(struct http_context *ctx, struct http_exchange *x)
{
    body_buffer_put(ctx, x->body);
    x->body = NULL;
    x->body_len = x->body_cap = 0;
}

struct http_context *http_context_new(const struct http_limits *limits, const struct http_app *app)
{
    HTTP_ASSERT(limits->pipeline_depth_max >= 1);
    HTTP_ASSERT(limits->pipeline_depth_max <= HTTP_PIPELINE_DEPTH_LIMIT);
    struct http_context *ctx = calloc(1, sizeof(*ctx));
    HTTP_ASSERT(ctx != NULL);
    ctx->limits = *limits;
    if (app != NULL)
        ctx->app = *app;
    ctx->in_pool.block_bytes = HTTP_INPUT_BLOCK_BYTES;
    ctx->out_pool.block_bytes = HTTP_OUTPUT_BLOCK_BYTES;
    ctx->date_second = -1;
    struct http_parser probe; /* validates the parser limits now, not on the first request */
    http_parser_init(&probe, &ctx->limits.parser);
    return ctx;
}

void http_context_set_wake(struct http_context *ctx, http_wake_fn wake)
{
    ctx->wake = wake;
}

void http_context_core_start(struct http_context *ctx, unsigned core, void *host)
{
    HTTP_ASSERT(!ctx->core_started);
    ctx->core_started = true;
    if (ctx->app.core_start != NULL)
        ctx->core = ctx->app.core_start(ctx->app.shared, core, ctx, host);
}

void http_context_core_stop(struct http_context *ctx)
{
    HTTP_ASSERT(ctx->core_started);
    if (ctx->app.core_stop != NULL)
        ctx->app.core_stop(ctx->app.shared, ctx->core);
    ctx->core = NULL;
}

void *http_context_core(const struct http_context *ctx)
{
    return ctx->core;
}

void http_context_free(struct http_context *ctx)
{
    if (ctx == NULL)
        return;
    for (uint32_t i = 0; i < ctx->slab_count; i++) {
        for (uint32_t j = 0; j < HTTP_EXCHANGE_SLAB_SIZE; j++)
            HTTP_ASSERT(ctx->slabs[i][j].state == HTTP_EXCHANGE_FREE);
        free(ctx->slabs[i]);
    }
    pool_drain(&ctx->in_pool);
    pool_drain(&ctx->out_pool);
    body_buffers_drain(ctx);
    free(ctx);
}

const struct http_counters *http_context_counters(const struct http_context *ctx)
{
    return &ctx->counters;
}

void http_context_set_observer(struct http_context *ctx, http_observer_fn fn, void *user)
{
    ctx->observer = fn;
    ctx->observer_user = user;
}

void http_context_set_now(struct http_context *ctx, uint64_t now_ns)
{
    HTTP_ASSERT(now_ns > 0);
    HTTP_ASSERT(now_ns >= ctx->now_ns);
    ctx->now_ns = now_ns;
}

uint64_t http_context_now(const struct http_context *ctx)
{
    return ctx->now_ns;
}

static uint64_t clock_now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

uint64_t http_context_start_ns(struct http_context *ctx)
{
    if (ctx->observer == NULL)
        return 0;
    return ctx->now_ns != 0 ? ctx->now_ns : clock_now_ns();
}

static void exchange_slab_add(struct http_context *ctx)
{
    HTTP_ASSERT(ctx->slab_count < HTTP_EXCHANGE_SLABS_MAX);
    struct http_exchange *slab = calloc(HTTP_EXCHANGE_SLAB_SIZE, sizeof(*slab));
    HTTP_ASSERT(slab != NULL);
    uint32_t base = ctx->slab_count * HTTP_EXCHANGE_SLAB_SIZE;
    for (uint32_t j = HTTP_EXCHANGE_SLAB_SIZE; j-- > 0;) {
        slab[j].slot = base + j;
        slab[j].generation = 1;
        slab[j].next = ctx->free_exchanges;
        ctx->free_exchanges = &slab[j];
    }
    ctx->slabs[ctx->slab_count++] = slab;
}

struct http_exchange *http_exchange_new(struct http_context *ctx, struct http_session *s,
                                        const struct http_request *req, const char *route,
                                        uint64_t start_ns)
{
    HTTP_ASSERT(route != NULL);
    if (ctx->free_exchanges == NULL)
        exchange_slab_add(ctx);
    struct http_exchange *x = ctx->free_exchanges;
    ctx->free_exchanges = x->next;
    HTTP_ASSERT(x->state == HTTP_EXCHANGE_FREE);
    x->session = s;
    x->next = NULL;
    x->state = HTTP_EXCHANGE_PENDING;
    x->keep_alive = req ? req->keep_alive : false;
    x->head_only = req ? req->method == HTTP_METHOD_HEAD : false;
    x->route = route;
    x->start_ns = start_ns;
    return x;
}

void http_exchange_release(struct http_context *ctx, struct http_exchange *x)
{
    HTTP_ASSERT(x->state != HTTP_EXCHANGE_FREE);
    if (x->out != NULL && x->out_pooled)
        http_pool_put(&ctx->out_pool, x->out);
    else
        free(x->out);
    if (x->retired != NULL && x->retired_pooled)
        http_pool_put(&ctx->out_pool, x->retired);
    else
        free(x->retired);
    exchange_body_drop(ctx, x);
    uint32_t slot = x->slot, generation = x->generation + 1;
    memset(x, 0, sizeof(*x));
    x->slot = slot;
    x->generation = generation ? generation : 1; /* 0 never names a live exchange */
    x->next = ctx->free_exchanges;
    ctx->free_exchanges = x;
}

uint64_t http_exchange_id(const struct http_exchange *x)
{
    HTTP_ASSERT(x->state != HTTP_EXCHANGE_FREE);
    return (uint64_t)x->generation << 32 | x->slot;
}

struct http_exchange *http_exchange_find(struct http_context *ctx, uint64_t id)
{
    uint32_t slot = (uint32_t)id, generation = (uint32_t)(id >> 32);
    if (slot / HTTP_EXCHANGE_SLAB_SIZE >= ctx->slab_count)
        return NULL;
    struct http_exchange *x =
        &ctx->slabs[slot / HTTP_EXCHANGE_SLAB_SIZE][slot % HTTP_EXCHANGE_SLAB_SIZE];
    if (x->generation != generation || x->state != HTTP_EXCHANGE_PENDING)
        return NULL;
    return x;
}

void http_exchange_set_route(struct http_exchange *x, const char *route)
{
    HTTP_ASSERT(x->state == HTTP_EXCHANGE_PENDING);
    HTTP_ASSERT(route != NULL);
    x->route = route;
}

struct http_session *http_exchange_session(const struct http_exchange *x)
{
    HTTP_ASSERT(x->state != HTTP_EXCHANGE_FREE);
    return x->session;
}

void *http_exchange_core(const struct http_exchange *x)
{
    HTTP_ASSERT(x->state != HTTP_EXCHANGE_FREE);
    return x->session->ctx->core;
}

static const char *status_reason(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 415:
        return "Unsupported Media Type";
    case 417:
        return "Expectation Failed";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Unknown";
    }
}

static char *put(char *p, const char *s, size_t n)
{
    memcpy(p, s, n);
    return p + n;
}

static char *put_str(char *p, const char *s)
{
    return put(p, s, strlen(s));
}

static char *put_uint(char *p, uint64_t v)
{
    char digits[24];
    int n = 0;
    do {
        digits[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v != 0);
    while (n > 0)
        *p++ = digits[--n];
    return p;
}

static const char *date_line(struct http_context *ctx, size_t *len)
{
    time_t now = time(NULL);
    if (now != ctx->date_second) {
        struct tm tm;
        gmtime_r(&now, &tm);
        ctx->date_len = strftime(ctx->date_line, sizeof(ctx->date_line),
                                 "Date: %a, %d %b %Y %H:%M:%S GMT\r\n", &tm);
        ctx->date_second = now;
    }
    *len = ctx->date_len;
    return ctx->date_line;
}

/* Write the status line and standard headers; `length` < 0 means no Content-Length. */
static char *put_head(struct http_context *ctx, char *p, int status, const char *content_type,
                      int64_t length, bool keep_alive)
{
    size_t date_len;
    const char *date = date_line(ctx, &date_len);
    p = put_str(p, "HTTP/1.1 ");
    p = put_uint(p, (uint64_t)status);
    *p++ = ' ';
    p = put_str(p, status_reason(status));
    p = put_str(p, "\r\nServer: brigade\r\n");
    p = put(p, date, date_len);
    if (content_type != NULL) {
        p = put_str(p, "Content-Type: ");
        p = put_str(p, content_type);
        p = put_str(p, "\r\n");
    }
    if (length >= 0) {
        p = put_str(p, "Content-Length: ");
        p = put_uint(p, (uint64_t)length);
        p = put_str(p, "\r\n");
    }
    return put_str(p, keep_alive ? "Connection: keep-alive\r\n" : "Connection: close\r\n");
}

static void out_reserve(struct http_context *ctx, struct http_exchange *x, size_t n)
{
    HTTP_ASSERT(x->out == NULL);
    if (n <= HTTP_OUTPUT_BLOCK_BYTES) {
        x->out = http_pool_get(&ctx->out_pool);
        x->out_cap = HTTP_OUTPUT_BLOCK_BYTES;
        x->out_pooled = true;
    } else {
        x->out = checked_malloc(n);
        x->out_cap = n;
        x->out_pooled = false;
    }
}

/* A response was queued: count it and tell the observer (exactly once per exchange: both
 * callers move the exchange out of PENDING, which they require). */
static void count_response(struct http_context *ctx, const struct http_exchange *x, int status)
{
    int cls = status / 100;
    HTTP_ASSERT(cls >= 1 && cls <= 5);
    ctx->counters.responses[cls]++;
    if (ctx->observer == NULL)
        return;
    uint64_t now = clock_now_ns();
    /* start_ns is 0 for an exchange begun before the observer was set: no duration known */
    uint64_t duration = x->start_ns != 0 && now > x->start_ns ? now - x->start_ns : 0;
    ctx->observer(ctx->observer_user, x->route, status, duration);
}

void http_exchange_respond(struct http_exchange *x, int status, const char *content_type,
                           const void *body, size_t body_len, const char *extra_headers)
{
    HTTP_ASSERT(x->state == HTTP_EXCHANGE_PENDING);
    HTTP_ASSERT(status >= 200 && status <= 599);
    struct http_context *ctx = x->session->ctx;
    exchange_body_drop(ctx, x); /* anything committed is replaced by this answer */
    size_t extra_len = extra_headers ? strlen(extra_headers) : 0;
    HTTP_ASSERT(extra_len <= HTTP_EXTRA_HEADERS_BYTES_MAX);
    HTTP_ASSERT(content_type == NULL || strlen(content_type) < HTTP_RESPONSE_HEAD_BYTES_MAX / 2);
    /* RFC 9110 8.6: no Content-Length (and no body) on 204. */
    bool no_body = status == 204 || status == 304;
    HTTP_ASSERT(!no_body || body_len == 0);
    size_t copy_len = x->head_only || no_body ? 0 : body_len;
    size_t head_max = HTTP_RESPONSE_HEAD_BYTES_MAX + extra_len;
    bool inline_body = head_max + copy_len <= HTTP_OUTPUT_BLOCK_BYTES;
    out_reserve(ctx, x, head_max + (inline_body ? copy_len : 0));
    char *p = put_head(ctx, x->out, status, content_type, no_body ? -1 : (int64_t)body_len,
                       x->keep_alive);
    p = put(p, extra_headers ? extra_headers : "", extra_len);
    p = put(p, "\r\n", 2);
    if (inline_body && copy_len > 0)
        p = put(p, body, copy_len);
    x->out_len = (size_t)(p - x->out);
    HTTP_ASSERT(x->out_len <= x->out_cap);
    if (!inline_body) {
        x->body = body_buffer_get(ctx, copy_len)->bytes;
        x->body_cap = body_buffer_of(x->body)->cap;
        memcpy(x->body, body, copy_len);
        x->body_len = copy_len;
    }
    x->state = HTTP_EXCHANGE_READY;
    count_response(ctx, x, status);
    http_session_woken(x->session);
}

char *http_exchange_reserve(struct http_exchange *x, size_t n)
{
    HTTP_ASSERT(x->state == HTTP_EXCHANGE_PENDING);
    size_t need = x->body_len + n;
    HTTP_ASSERT(need >= n); /* no overflow */
    if (need > x->body_cap) {
        struct http_context *ctx = x->session->ctx;
        size_t want = x->body_cap * 2 > need ? x->body_cap * 2 : need;
        struct http_body_buffer *b = body_buffer_get(ctx, want);
        if (x->body != NULL) {
            memcpy(b->bytes, x->body, x->body_len);
            body_buffer_put(ctx, x->body);
        }
        x->body = b->bytes;
        x->body_cap = b->cap;
    }
    return x->body + x->body_len;
}

void http_exchange_commit(struct http_exchange *x, size_t used)
{
    HTTP_ASSERT(x->state == HTTP_EXCHANGE_PENDING);
    HTTP_ASSERT(used <= x->body_cap - x->body_len);
    x->body_len += used;
}

/* The head goes into a pooled output block; the committed bytes stay where they were
 * written and leave as the second iovec. */
void http_exchange_respond_committed(struct http_exchange *x, int status, const char *content_type,
                                     const char *extra_headers)
{
    HTTP_ASSERT(x->state == HTTP_EXCHANGE_PENDING);
    HTTP_ASSERT(status >= 200 && status <= 599 && status != 204 && status != 304);
    struct http_context *ctx = x->session->ctx;
    size_t extra_len = extra_headers ? strlen(extra_headers) : 0;
    HTTP_ASSERT(extra_len <= HTTP_EXTRA_HEADERS_BYTES_MAX);
    HTTP_ASSERT(content_type == NULL || strlen(content_type) < HTTP_RESPONSE_HEAD_BYTES_MAX / 2);
    size_t body_len = x->body_len;
    if (x->head_only)
        exchange_body_drop(ctx, x); /* Content-Length still says its size */
    out_reserve(ctx, x, HTTP_RESPONSE_HEAD_BYTES_MAX + extra_len);
    char *p = put_head(ctx, x->out, status, content_type, (int64_t)body_len, x->keep_alive);
    p = put(p, extra_headers ? extra_headers : "", extra_len);
    p = put(p, "\r\n", 2);
    x->out_len = (size_t)(p - x->out);
    HTTP_ASSERT(x->out_len <= x->out_cap);
    x->state = HTTP_EXCHANGE_READY;
    count_response(ctx, x, status);
    http_session_woken(x->session);
}

/* JSON string escaping for error messages (messages are short and ours or cJSON's). */
static size_t json_escape(char *dst, size_t cap, const char *s)
{
    static const char hex[] = "0123456789abcdef";
    size_t n = 0;
    for (; *s && n + 7 < cap; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\') {
            dst[n++] = '\\';
            dst[n++] = (char)c;
        } else if (c < 0x20) {
            n += (size_t)(put(dst + n, "\\u00", 4) - (dst + n));
            dst[n++] = hex[c >> 4];
            dst[n++] = hex[c & 15];
        } else {
            dst[n++] = (char)c;
        }
    }
    return n;
}

#define HTTP_ERROR_BODY_BYTES_MAX 1024

/* {"error":{"code":code,"message":message}} into body[HTTP_ERROR_BODY_BYTES_MAX]; returns
 * its length. */
static size_t error_body(char *body, const char *code, const char *message)
{
    size_t n = (size_t)(put_str(body, "{\"error\":{\"code\":\"") - body);
    n += json_escape(body + n, HTTP_ERROR_BODY_BYTES_MAX / 4, code);
    n += (size_t)(put_str(body + n, "\",\"message\":\"") - (body + n));
    n += json_escape(body + n, HTTP_ERROR_BODY_BYTES_MAX / 2, message);
    n += (size_t)(put_str(body + n, "\"}}\n") - (body + n));
    HTTP_ASSERT(n < HTTP_ERROR_BODY_BYTES_MAX);
    return n;
}

void http_exchange_error(struct http_exchange *x, int status, const char *code, const char *message)
{
    char body[HTTP_ERROR_BODY_BYTES_MAX];
    size_t n = error_body(body, code, message);
    http_exchange_respond(x, status, "application/json", body, n, NULL);
}

_Static_assert(HTTP_OUTPUT_BLOCK_BYTES >= HTTP_RESPONSE_HEAD_BYTES_MAX +
                                              HTTP_EXTRA_HEADERS_BYTES_MAX +
                                              HTTP_ERROR_BODY_BYTES_MAX,
               "an output block must hold any error response");

char *http_context_error_response(struct http_context *ctx, int status, const char *code,
                                  const char *message, const char *extra_headers, size_t *len)
{
    HTTP_ASSERT(status >= 400 && status <= 599);
    size_t extra_len = extra_headers ? strlen(extra_headers) : 0;
    HTTP_ASSERT(extra_len <= HTTP_EXTRA_HEADERS_BYTES_MAX);
    char body[HTTP_ERROR_BODY_BYTES_MAX];
    size_t body_len = error_body(body, code, message);
    char *out = http_pool_get(&ctx->out_pool);
    char *p = put_head(ctx, out, status, "application/json", (int64_t)body_len, false);
    p = put(p, extra_headers ? extra_headers : "", extra_len);
    p = put(p, "\r\n", 2);
    p = put(p, body, body_len);
    *len = (size_t)(p - out);
    HTTP_ASSERT(*len <= HTTP_OUTPUT_BLOCK_BYTES);
    return out;
}

void http_context_response_free(struct http_context *ctx, char *response)
{
    if (response != NULL)
        http_pool_put(&ctx->out_pool, response);
}

void http_exchange_protocol_error(struct http_exchange *x, const struct http_error *error)
{
    x->keep_alive = false;
    x->head_only = false;
    http_exchange_error(x, error->status, error->code, error->reason);
}

/* The head of a stream: no Content-Length and no chunked coding, the body runs until the
 * connection closes. */
static char *put_stream_head(struct http_context *ctx, char *p, const char *content_type,
                             bool keep_alive)
{
    p = put_head(ctx, p, 200, content_type, -1, keep_alive);
    return put_str(p, "Cache-Control: no-cache\r\nX-Accel-Buffering: no\r\n\r\n");
}

size_t http_context_stream_head(struct http_context *ctx, char *buf, size_t cap,
                                const char *content_type)
{
    HTTP_ASSERT(cap >= HTTP_OUTPUT_BLOCK_BYTES);
    HTTP_ASSERT(strlen(content_type) < HTTP_RESPONSE_HEAD_BYTES_MAX / 2);
    size_t len = (size_t)(put_stream_head(ctx, buf, content_type, false) - buf);
    HTTP_ASSERT(len <= HTTP_RESPONSE_HEAD_BYTES_MAX);
    return len;
}

bool http_exchange_stream(struct http_exchange *x, const char *content_type)
{
    HTTP_ASSERT(x->state == HTTP_EXCHANGE_PENDING);
    struct http_session *s = x->session;
    /* Only from inside the handler call: later requests must not have been dispatched. */
    HTTP_ASSERT(s->depth > 0);
    HTTP_ASSERT(s->queue_tail == x);
    out_reserve(s->ctx, x, HTTP_RESPONSE_HEAD_BYTES_MAX);
    if (x->head_only) {
        /* RFC 9110 9.3.2: the GET's headers and nothing more. A HEAD response ends at its
         * blank line whatever its headers say, so the connection may carry on. */
        x->out_len =
            (size_t)(put_stream_head(s->ctx, x->out, content_type, x->keep_alive) - x->out);
        x->state = HTTP_EXCHANGE_READY;
        count_response(s->ctx, x, 200);
        http_session_woken(s);
        return false;
    }
    /* Keeping every write a plain copy: an event stream ends with its connection anyway. */
    x->keep_alive = false;
    x->out_len = (size_t)(put_stream_head(s->ctx, x->out, content_type, false) - x->out);
    x->state = HTTP_EXCHANGE_STREAMING;
    s->flags |= HTTP_SESSION_STREAMING | HTTP_SESSION_CLOSING;
    if (s->flags & HTTP_SESSION_EOF) /* the subscriber left before it began: send the head */
        s->flags |= HTTP_SESSION_STREAM_END; /* and close, as http_session_eof does */
    count_response(s->ctx, x, 200);
    http_session_woken(s);
    return true;
}

static void out_buffer_free(struct http_context *ctx, char *out, bool pooled)
{
    if (out != NULL && pooled)
        http_pool_put(&ctx->out_pool, out);
    else
        free(out);
}

/* The bytes between http_session_output and http_session_sent may be in the kernel's hands
 * (an io_uring send in flight), so while HTTP_SESSION_OUT_IN_FLIGHT they are never moved:
 * new bytes go after them, and a buffer that must grow is kept (as `retired`) until the
 * send completes. */
int http_exchange_stream_append(struct http_exchange *x, const void *data, size_t len)
{
    HTTP_ASSERT(x->state == HTTP_EXCHANGE_STREAMING);
    HTTP_ASSERT(x->sent <= x->out_len);
    struct http_context *ctx = x->session->ctx;
    bool in_flight = (x->session->flags & HTTP_SESSION_OUT_IN_FLIGHT) != 0;
    size_t unsent = x->out_len - x->sent;
    if (unsent + len > HTTP_STREAM_BUFFERED_MAX)
        return -ENOBUFS;
    if (!in_flight)
        http_exchange_stream_compact(x);
    if (x->out_len + len > x->out_cap) {
        size_t cap = x->out_cap * 2 > x->out_len + len ? x->out_cap * 2 : x->out_len + len;
        char *out = checked_malloc(cap);
        memcpy(out, x->out, x->out_len);
        if (in_flight && x->retired == NULL) {
            x->retired = x->out; /* what the send in flight reads */
            x->retired_pooled = x->out_pooled;
        } else {
            out_buffer_free(ctx, x->out, x->out_pooled); /* never handed out */
        }
        x->out = out;
        x->out_cap = cap;
        x->out_pooled = false;
    }
    memcpy(x->out + x->out_len, data, len);
    x->out_len += len;
    return 0;
}

void http_exchange_stream_compact(struct http_exchange *x)
{
    HTTP_ASSERT(!(x->session->flags & HTTP_SESSION_OUT_IN_FLIGHT));
    out_buffer_free(x->session->ctx, x->retired, x->retired_pooled);
    x->retired = NULL;
    if (x->sent == 0)
        return;
    memmove(x->out, x->out + x->sent, x->out_len - x->sent);
    x->out_len -= x->sent;
    x->sent = 0;
}
