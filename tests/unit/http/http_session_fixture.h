/* http_session_fixture.h — what the HTTP session's tests share: a router with synchronous,
 * asynchronous and streaming handlers, and a session driven as the loop drives it (bytes in,
 * iovecs drained into one buffer). Each test program that includes it has its own copy. */
#ifndef BRIGADE_TESTS_HTTP_SESSION_FIXTURE_H
#define BRIGADE_TESTS_HTTP_SESSION_FIXTURE_H

#include "check.h"

#include <errno.h>
#include <time.h>

#include "gateway/http/http_session.h"
#include "gateway/http/router.h"

#define OUT_BYTES (2 * 1024 * 1024)
#define HELD_MAX  64

static char out[OUT_BYTES];
static size_t out_len;
static uint64_t held[HELD_MAX]; /* exchange ids kept by the async handler */
static size_t held_count;
static int wakes;

__attribute__((unused)) static void handle_async(struct http_exchange *x,
                                                 const struct http_request *req, void *app)
{
    (void)req;
    (void)app;
    held[held_count++] = http_exchange_id(x);
}

__attribute__((unused)) static void handle_stream(struct http_exchange *x,
                                                  const struct http_request *req, void *app)
{
    (void)req;
    (void)app;
    http_exchange_stream(x, "text/event-stream");
}

__attribute__((unused)) static void handle_path(struct http_exchange *x,
                                                const struct http_request *req, void *app)
{
    (void)app;
    http_exchange_respond(x, 200, "text/plain", req->path, req->path_len, "X-Test: 1\r\n");
}

__attribute__((unused)) static void on_wake(struct http_session *s, void *user)
{
    (void)s;
    (void)user;
    wakes++;
}

__attribute__((unused)) static struct router *make_router(void)
{
    struct router *r = router_new();
    routes_basic_register(r);
    router_add(r, HTTP_METHOD_GET, "/async", handle_async, 0);
    router_add(r, HTTP_METHOD_GET, "/stream", handle_stream, 0);
    router_add(r, HTTP_METHOD_GET, "/path", handle_path, 0);
    router_add(r, HTTP_METHOD_POST, "/nd", handle_path, ROUTER_BODY_JSON | ROUTER_BODY_NDJSON);
    router_add(r, HTTP_METHOD_GET, "/items/", handle_path, ROUTER_PREFIX);
    return r;
}

/* iovecs per output call: 8, or 1 to check that responses split over calls join up. */
__attribute__((unused)) static int iov_cap = 8;

/* Send everything the session has, `step` bytes per "send" (0: all at once). */
__attribute__((unused)) static void drain(struct http_session *s, size_t step)
{
    struct iovec iov[8];
    int n;
    while ((n = http_session_output(s, iov, iov_cap)) > 0) {
        size_t total = 0;
        for (int i = 0; i < n; i++) {
            CHECK(out_len + iov[i].iov_len <= OUT_BYTES);
            memcpy(out + out_len, iov[i].iov_base, iov[i].iov_len);
            out_len += iov[i].iov_len;
            total += iov[i].iov_len;
        }
        if (step == 0 || step >= total) {
            http_session_sent(s, total);
            continue;
        }
        /* a partial send: only `step` bytes went; the rest must come again */
        out_len -= total - step;
        http_session_sent(s, step);
    }
}

__attribute__((unused)) static void feed_str(struct http_session *s, const char *text)
{
    char buf[8192];
    size_t n = strlen(text);
    CHECK(n <= sizeof(buf));
    memcpy(buf, text, n);
    CHECK_INT_EQ(http_session_feed(s, buf, n), 0);
}

__attribute__((unused)) static void reset_out(void)
{
    out_len = 0;
    out[0] = '\0';
}

/* The responses in `out` reduced to "status body|status body|..." (Date dropped). */
__attribute__((unused)) static void summary(char *dst, size_t cap)
{
    size_t pos = 0, d = 0;
    dst[0] = '\0';
    while (pos < out_len) {
        const char *r = out + pos;
        const char *end = memmem(r, out_len - pos, "\r\n\r\n", 4);
        CHECK(end != NULL);
        if (end == NULL)
            return;
        CHECK(memcmp(r, "HTTP/1.1 ", 9) == 0);
        size_t head = (size_t)(end + 4 - r), body = 0;
        const char *cl = memmem(r, head, "Content-Length: ", 16);
        if (cl != NULL && memcmp(r + 9, "1", 1) != 0 && memcmp(r + 9, "204", 3) != 0)
            body = strtoul(cl + 16, NULL, 10);
        d += (size_t)snprintf(dst + d, cap - d, "%s%.3s %.*s", d ? "|" : "", r + 9, (int)body,
                              r + head);
        pos += head + body;
    }
}

__attribute__((unused)) static struct http_context *ctx_new(struct router *r, uint32_t depth)
{
    struct http_limits limits = http_limits_default;
    limits.pipeline_depth_max = depth;
    struct http_app app = router_app(r);
    struct http_context *ctx = http_context_new(&limits, &app);
    http_context_set_wake(ctx, on_wake);
    return ctx;
}

#endif
