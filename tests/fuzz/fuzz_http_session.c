/* fuzz_http_session.c — libFuzzer target: arbitrary bytes through the session and router,
 * delivered in fuzzer-chosen pieces, with asynchronous handlers answering out of order,
 * partial sends and an EOF at the end. Checks, beyond "no crash, no leak, no UB":
 *  - the output is a sequence of well-formed HTTP/1.1 responses (status line, header
 *    block, Content-Length framing), optionally with interim 100 Continue, ending in a
 *    stream's data when a stream was started (HEAD of a stream: its headers alone);
 *  - responses leave in request order (handlers tag bodies with their dispatch number);
 *  - one final response per dispatched request or protocol error, and one observer call
 *    per final response, with a bounded route label (a route path, "unmatched" for 404,
 *    "invalid" for a protocol error, and nothing else);
 *  - with every handler answered and the peer gone, the session reaches HTTP_PHASE_CLOSED.
 *
 * Input layout: bytes 0..3 choose piece sizes, byte 4 the send step and the order in
 * which held exchanges are answered; the rest is the connection's bytes. */
#define _GNU_SOURCE /* memmem */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gateway/http/http_session.h"
#include "gateway/http/router.h"

#define FUZZ_HEADER_BYTES 5
#define FUZZ_HELD_MAX     4096
#define FUZZ_OUT_BYTES    (8 * 1024 * 1024)
#define FUZZ_STREAM_DATA  "data: x\n\n"

struct held_exchange {
    uint64_t id;
    unsigned long seq; /* dispatch number, the tag its answer carries */
};

static struct held_exchange held[FUZZ_HELD_MAX];
static size_t held_count;
static unsigned long dispatched;
static char *out;
static size_t out_len;

#define FUZZ_CHECK(cond)                                                                           \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, #cond);           \
            abort();                                                                               \
        }                                                                                          \
    } while (0)

static void respond_tagged(struct http_exchange *x, unsigned long seq)
{
    char body[32];
    int n = snprintf(body, sizeof(body), "seq=%lu", seq);
    http_exchange_respond(x, 200, "text/plain", body, (size_t)n, NULL);
}

static void handle_sync(struct http_exchange *x, const struct http_request *req, void *app)
{
    (void)req;
    (void)app;
    respond_tagged(x, dispatched++);
}

static void handle_async(struct http_exchange *x, const struct http_request *req, void *app)
{
    (void)req;
    (void)app;
    FUZZ_CHECK(held_count < FUZZ_HELD_MAX);
    /* answered later, possibly after exchanges dispatched after it */
    held[held_count++] = (struct held_exchange){http_exchange_id(x), dispatched++};
}

static void handle_stream(struct http_exchange *x, const struct http_request *req, void *app)
{
    (void)req;
    (void)app;
    if (http_exchange_stream(x, "text/event-stream")) /* false for HEAD: headers only */
        http_session_stream_write(http_exchange_session(x), FUZZ_STREAM_DATA,
                                  sizeof(FUZZ_STREAM_DATA) - 1);
}

static struct router *router_get(void)
{
    static struct router *r;
    if (r == NULL) {
        r = router_new();
        routes_basic_register(r);
        router_add(r, HTTP_METHOD_GET, "/sync", handle_sync, 0);
        router_add(r, HTTP_METHOD_POST, "/sync", handle_sync, ROUTER_BODY_NDJSON);
        router_add(r, HTTP_METHOD_GET, "/async", handle_async, 0);
        router_add(r, HTTP_METHOD_GET, "/stream", handle_stream, 0);
    }
    return r;
}

static size_t observed;

/* The label is one of the router's own path strings or one of the session's two. */
static void on_response(void *user, const char *route, int status, uint64_t duration_ns)
{
    (void)user;
    (void)duration_ns;
    const struct router *r = router_get();
    bool known = route == http_route_unmatched || route == http_route_invalid;
    for (size_t i = 0; i < router_count(r) && !known; i++)
        known = route == router_path(r, i);
    FUZZ_CHECK(known);
    FUZZ_CHECK(status >= 200 && status <= 599);
    FUZZ_CHECK(route != http_route_unmatched || status == 404);
    FUZZ_CHECK(route != http_route_invalid || status >= 400);
    observed++;
}

static void drain(struct http_session *s, size_t step)
{
    struct iovec iov[16];
    int n;
    bool wrote = false;
    for (;;) {
        bool ready = http_session_has_output(s);
        n = http_session_output(s, iov, 16);
        FUZZ_CHECK(ready == (n > 0));
        if (n == 0)
            break;
        /* a stream write while the send is "in flight": the handed-out bytes must stay */
        if (!wrote && http_session_phase(s) == HTTP_PHASE_STREAMING) {
            http_session_stream_write(s, FUZZ_STREAM_DATA, sizeof(FUZZ_STREAM_DATA) - 1);
            wrote = true;
        }
        size_t total = 0;
        for (int i = 0; i < n; i++) {
            FUZZ_CHECK(iov[i].iov_len > 0);
            FUZZ_CHECK(out_len + iov[i].iov_len <= FUZZ_OUT_BYTES);
            memcpy(out + out_len, iov[i].iov_base, iov[i].iov_len);
            out_len += iov[i].iov_len;
            total += iov[i].iov_len;
        }
        size_t k = step < total ? step : total;
        out_len -= total - k;
        http_session_sent(s, k);
    }
}

/* Answer the held exchanges, newest first when `lifo`. */
static void answer_held(struct http_context *ctx, bool lifo)
{
    while (held_count > 0) {
        size_t i = lifo ? held_count - 1 : 0;
        struct held_exchange h = held[i];
        memmove(held + i, held + i + 1, (held_count - i - 1) * sizeof(held[0]));
        held_count--;
        struct http_exchange *x = http_exchange_find(ctx, h.id);
        FUZZ_CHECK(x != NULL); /* the session is alive: its exchanges resolve */
        respond_tagged(x, h.seq);
    }
}

static size_t header_value(const char *head, size_t head_len, const char *name, long *value)
{
    const char *h = memmem(head, head_len, name, strlen(name));
    if (h == NULL)
        return 0;
    *value = strtol(h + strlen(name), NULL, 10);
    return 1;
}

/* Walk the output as responses; returns how many final responses it holds. */
static size_t check_output(void)
{
    size_t pos = 0, finals = 0;
    long last_seq = -1;
    while (pos < out_len) {
        const char *r = out + pos;
        size_t left = out_len - pos;
        FUZZ_CHECK(left >= 12 && memcmp(r, "HTTP/1.1 ", 9) == 0);
        const char *end = memmem(r, left, "\r\n\r\n", 4);
        FUZZ_CHECK(end != NULL);
        size_t head = (size_t)(end + 4 - r);
        int status = atoi(r + 9);
        FUZZ_CHECK(status >= 100 && status <= 599);
        pos += head;
        if (status == 100)
            continue;
        finals++;
        long length = 0;
        if (!header_value(r, head, "\r\nContent-Length: ", &length)) {
            if (status == 204)
                continue;
            /* a stream: only stream data may follow, unless it answered a HEAD (then the
             * next response does: stream data never starts with a status line) */
            FUZZ_CHECK(memmem(r, head, "text/event-stream", 17) != NULL);
            if (out_len - pos >= 9 && !memcmp(out + pos, "HTTP/1.1 ", 9))
                continue;
            for (; pos < out_len; pos += sizeof(FUZZ_STREAM_DATA) - 1)
                FUZZ_CHECK(memcmp(out + pos, FUZZ_STREAM_DATA, sizeof(FUZZ_STREAM_DATA) - 1) == 0);
            break;
        }
        FUZZ_CHECK(length >= 0);
        /* HEAD responses announce a length but carry no body: take the framing that
         * lands on the next status line (no body of ours starts with "HTTP/1.1 "). */
        size_t next = pos + (size_t)length;
        bool with_body =
            next <= out_len &&
            (next == out_len || (out_len - next >= 9 && !memcmp(out + next, "HTTP/1.1 ", 9)));
        if (with_body && length >= 4 && memcmp(out + pos, "seq=", 4) == 0) {
            long seq = strtol(out + pos + 4, NULL, 10);
            FUZZ_CHECK(seq > last_seq);
            last_seq = seq;
        }
        if (with_body)
            pos = next;
    }
    return finals;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < FUZZ_HEADER_BYTES)
        return 0;
    if (out == NULL)
        out = malloc(FUZZ_OUT_BYTES);
    struct http_limits limits = http_limits_default;
    limits.parser.header_bytes_max = 1024; /* small limits reach the error paths */
    limits.parser.uri_bytes_max = 256;
    limits.parser.header_count_max = 16;
    limits.parser.body_bytes_max = 2048;
    limits.pipeline_depth_max = 1 + data[4] % 8;
    struct http_app app = router_app(router_get());
    struct http_context *ctx = http_context_new(&limits, &app);
    http_context_set_observer(ctx, on_response, NULL);
    struct http_session s;
    http_session_init(&s, ctx, NULL);
    held_count = 0;
    observed = 0;
    dispatched = 0;
    out_len = 0;
    size_t step = 1 + (size_t)(data[4] >> 3) * 37;
    bool lifo = data[4] & 0x80;
    const uint8_t *in = data + FUZZ_HEADER_BYTES;
    size_t n = size - FUZZ_HEADER_BYTES;
    for (size_t off = 0, piece = 0; off < n; piece++) {
        size_t k = 1 + data[piece % 4];
        k = k < n - off ? k : n - off;
        /* an exact-size copy so ASan sees any read past what was fed */
        if (!http_session_wants_read(&s)) {
            answer_held(ctx, lifo);
            drain(&s, step);
        }
        if (!http_session_wants_read(&s))
            break; /* closing: the loop stops reading */
        char *chunk = malloc(k);
        memcpy(chunk, in + off, k);
        http_session_feed(&s, chunk, k);
        free(chunk);
        off += k;
        drain(&s, step);
        if (piece % 3 == 2)
            answer_held(ctx, lifo);
        drain(&s, step);
    }
    http_session_eof(&s);
    do {
        answer_held(ctx, lifo);
        drain(&s, step);
    } while (held_count > 0);
    size_t finals = check_output();
    const struct http_counters *c = http_context_counters(ctx);
    FUZZ_CHECK(finals == c->requests + c->parse_errors);
    FUZZ_CHECK(observed == finals);
    FUZZ_CHECK(http_session_phase(&s) == HTTP_PHASE_CLOSED);
    http_session_free(&s);
    http_context_free(ctx);
    return 0;
}
