/* test_http_session.c — the session and router as the loop drives them: bytes in,
 * iovecs out. Pipelining order with asynchronous handlers, 100-continue, protocol errors,
 * keep-alive and HTTP/1.0, partial sends, streams, cancelled exchanges, the endpoints,
 * bodies built in place (the response observer is test_http_observer.c's). */
#define _GNU_SOURCE /* memmem */
#include "http_session_fixture.h"

static void test_healthz_exact(struct router *r)
{
    struct http_context *ctx = ctx_new(r, 16);
    struct http_session s;
    http_session_init(&s, ctx, NULL);
    CHECK_INT_EQ(http_session_phase(&s), HTTP_PHASE_IDLE);
    reset_out();
    feed_str(&s, "GET /healthz HTTP/1.1\r\nHost: a\r\n\r\n");
    CHECK_INT_EQ(http_session_phase(&s), HTTP_PHASE_BUSY);
    drain(&s, 0);
    out[out_len] = '\0';
    CHECK(strncmp(out, "HTTP/1.1 200 OK\r\nServer: brigade\r\nDate: ", 40) == 0);
    const char *tail = "GMT\r\nContent-Type: application/json\r\nContent-Length: 15\r\n"
                       "Connection: keep-alive\r\n\r\n{\"status\":\"ok\"}";
    CHECK(out_len > strlen(tail) && strcmp(out + out_len - strlen(tail), tail) == 0);
    CHECK_INT_EQ(http_session_phase(&s), HTTP_PHASE_IDLE);
    CHECK(s.in == NULL); /* an idle connection holds no buffer */
    CHECK_INT_EQ(http_context_counters(ctx)->requests, 1);
    CHECK_INT_EQ(http_context_counters(ctx)->responses[2], 1);
    http_session_free(&s);
    http_context_free(ctx);
}

static void test_pipelined_in_order(struct router *r)
{
    struct http_context *ctx = ctx_new(r, 16);
    struct http_session s;
    char sum[4096];
    http_session_init(&s, ctx, NULL);
    reset_out();
    held_count = 0;
    wakes = 0;
    feed_str(&s, "GET /path HTTP/1.1\r\nHost: a\r\n\r\nGET /async HTTP/1.1\r\nHost: a\r\n\r\n"
                 "GET /healthz HTTP/1.1\r\nHost: a\r\n\r\nGET /nope HTTP/1.1\r\nHost: a\r\n\r\n");
    drain(&s, 0);
    summary(sum, sizeof(sum));
    CHECK_STR_EQ(sum, "200 /path"); /* the later responses wait behind /async */
    CHECK_INT_EQ(http_session_phase(&s), HTTP_PHASE_BUSY);
    CHECK_INT_EQ(held_count, 1);
    CHECK_INT_EQ(wakes, 0);
    CHECK(!http_session_has_output(&s)); /* /healthz is ready but waits behind /async */
    struct http_exchange *x = http_exchange_find(ctx, held[0]);
    CHECK(x != NULL);
    if (x != NULL)
        http_exchange_respond(x, 202, "text/plain", "later", 5, NULL);
    CHECK_INT_EQ(wakes, 1); /* answered outside a session call: the loop is told */
    CHECK(http_session_has_output(&s));
    CHECK(http_exchange_find(ctx, held[0]) == NULL);
    drain(&s, 0);
    summary(sum, sizeof(sum));
    CHECK_STR_EQ(sum, "200 /path|202 later|200 {\"status\":\"ok\"}|404 "
                      "{\"error\":{\"code\":\"not_found\",\"message\":\"no such resource\"}}\n");
    CHECK_INT_EQ(http_session_phase(&s), HTTP_PHASE_IDLE);
    http_session_free(&s);
    http_context_free(ctx);
}

static void test_cancelled_exchange(struct router *r)
{
    struct http_context *ctx = ctx_new(r, 16);
    struct http_session s;
    http_session_init(&s, ctx, NULL);
    held_count = 0;
    feed_str(&s, "GET /async HTTP/1.1\r\nHost: a\r\n\r\n");
    CHECK_INT_EQ(held_count, 1);
    http_session_free(&s); /* the connection died while the handler holds the exchange */
    CHECK(http_exchange_find(ctx, held[0]) == NULL);
    CHECK_INT_EQ(http_context_counters(ctx)->exchanges_cancelled, 1);
    /* the slot is reused by a new exchange; the old id still does not resolve */
    http_session_init(&s, ctx, NULL);
    feed_str(&s, "GET /async HTTP/1.1\r\nHost: a\r\n\r\n");
    CHECK_INT_EQ(held_count, 2);
    CHECK((uint32_t)held[0] == (uint32_t)held[1]);
    CHECK(http_exchange_find(ctx, held[0]) == NULL);
    CHECK(http_exchange_find(ctx, held[1]) != NULL);
    CHECK(http_exchange_find(ctx, 0) == NULL);
    CHECK(http_exchange_find(ctx, 0xffffffffffffull) == NULL);
    http_session_free(&s);
    http_context_free(ctx);
}

static void test_expect_continue(struct router *r)
{
    struct http_context *ctx = ctx_new(r, 16);
    struct http_session s;
    char sum[4096];
    http_session_init(&s, ctx, NULL);
    reset_out();
    feed_str(&s, "POST /v1/echo HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\n"
                 "Content-Length: 7\r\nExpect: 100-continue\r\n\r\n");
    CHECK_INT_EQ(http_session_phase(&s), HTTP_PHASE_BODY);
    drain(&s, 0);
    CHECK_MEM_EQ(out, out_len, "HTTP/1.1 100 Continue\r\n\r\n", 25);
    reset_out();
    drain(&s, 0);
    CHECK_INT_EQ(out_len, 0); /* only once */
    feed_str(&s, "{\"a\":1}");
    drain(&s, 0);
    summary(sum, sizeof(sum));
    CHECK_STR_EQ(sum, "200 {\"a\":1}");
    /* body already here with the head: no interim response */
    reset_out();
    feed_str(&s, "POST /v1/echo HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\n"
                 "Content-Length: 2\r\nExpect: 100-continue\r\n\r\n[]");
    drain(&s, 0);
    summary(sum, sizeof(sum));
    CHECK_STR_EQ(sum, "200 []");
    /* rejected from the head (413): the error and no 100 Continue */
    reset_out();
    feed_str(&s, "POST /v1/echo HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\n"
                 "Content-Length: 99999999\r\nExpect: 100-continue\r\n\r\n");
    drain(&s, 0);
    summary(sum, sizeof(sum));
    CHECK_STR_EQ(sum, "413 {\"error\":{\"code\":\"payload_too_large\",\"message\":\"request "
                      "body too large\"}}\n");
    CHECK_INT_EQ(http_session_phase(&s), HTTP_PHASE_CLOSED);
    http_session_free(&s);
    /* refused by the router from the head: the refusal, no 100 Continue, then close */
    const char *refused[] = {
        "POST /nope HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n",
        "POST /v1/echo HTTP/1.1\r\nHost: a\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n"
        "Expect: 100-continue\r\n\r\n",
    };
    const char *statuses[] = {"HTTP/1.1 404 ", "HTTP/1.1 415 "};
    for (int i = 0; i < 2; i++) {
        http_session_init(&s, ctx, NULL);
        reset_out();
        feed_str(&s, refused[i]);
        drain(&s, 0);
        out[out_len] = '\0';
        CHECK(strncmp(out, statuses[i], 13) == 0);
        CHECK(strstr(out, "Connection: close\r\n") != NULL);
        CHECK(strstr(out, "100 Continue") == NULL);
        CHECK_INT_EQ(http_session_phase(&s), HTTP_PHASE_CLOSED);
        http_session_free(&s);
    }
    http_context_free(ctx);
}

static void test_protocol_error_closes(struct router *r)
{
    struct http_context *ctx = ctx_new(r, 16);
    struct http_session s;
    char sum[4096];
    http_session_init(&s, ctx, NULL);
    reset_out();
    feed_str(&s, "GET /healthz HTTP/1.1\r\nHost: a\r\n\r\nGET / HTTP/3.0\r\n\r\n");
    CHECK(!http_session_wants_read(&s));
    drain(&s, 0);
    out[out_len] = '\0';
    summary(sum, sizeof(sum));
    CHECK_STR_EQ(sum, "200 {\"status\":\"ok\"}|505 {\"error\":{\"code\":\"version_not_supported\","
                      "\"message\":\"only HTTP/1.0 and HTTP/1.1 are served\"}}\n");
    CHECK(strstr(out, "Connection: close\r\n") != NULL);
    CHECK_INT_EQ(http_session_phase(&s), HTTP_PHASE_CLOSED);
    char more[] = "GET / HTTP/1.1\r\n";
    CHECK_INT_EQ(http_session_feed(&s, more, strlen(more)), -EPIPE);
    CHECK_INT_EQ(http_context_counters(ctx)->parse_errors, 1);
    http_session_free(&s);
    http_context_free(ctx);
}

static void test_http10_and_close(struct router *r)
{
    struct http_context *ctx = ctx_new(r, 16);
    struct http_session s;
    http_session_init(&s, ctx, NULL);
    reset_out();
    feed_str(&s, "GET /healthz HTTP/1.0\r\n\r\n");
    drain(&s, 0);
    out[out_len] = '\0';
    CHECK(strstr(out, "Connection: close\r\n") != NULL);
    CHECK_INT_EQ(http_session_phase(&s), HTTP_PHASE_CLOSED);
    http_session_free(&s);

    http_session_init(&s, ctx, NULL);
    reset_out();
    feed_str(&s, "GET /healthz HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
    drain(&s, 0);
    out[out_len] = '\0';
    CHECK(strstr(out, "Connection: keep-alive\r\n") != NULL);
    CHECK_INT_EQ(http_session_phase(&s), HTTP_PHASE_IDLE);
    /* Connection: close on 1.1: answered, then closed; what follows is not parsed */
    reset_out();
    feed_str(&s, "GET /healthz HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n"
                 "GET /healthz HTTP/1.1\r\nHost: a\r\n\r\n");
    drain(&s, 0);
    out[out_len] = '\0';
    CHECK(strstr(out, "Connection: close\r\n") != NULL);
    CHECK(strstr(out + 10, "HTTP/1.1") == NULL);
    CHECK_INT_EQ(http_session_phase(&s), HTTP_PHASE_CLOSED);
    http_session_free(&s);
    http_context_free(ctx);
}

static void test_router_statuses(struct router *r)
{
    struct http_context *ctx = ctx_new(r, 16);
    struct http_session s;
    char sum[8192];
    http_session_init(&s, ctx, NULL);
    reset_out();
    feed_str(&s, "DELETE /healthz HTTP/1.1\r\nHost: a\r\n\r\n");
    drain(&s, 0);
    out[out_len] = '\0';
    CHECK(strstr(out, "HTTP/1.1 405 Method Not Allowed\r\n") == out);
    CHECK(strstr(out, "\r\nAllow: GET, HEAD\r\n") != NULL);
    reset_out();
    feed_str(&s, "OPTIONS /v1/echo HTTP/1.1\r\nHost: a\r\n\r\n");
    drain(&s, 0);
    out[out_len] = '\0';
    CHECK(strstr(out, "HTTP/1.1 204 No Content\r\n") == out);
    CHECK(strstr(out, "\r\nAllow: POST\r\n") != NULL);
    CHECK(strstr(out, "Content-Length") == NULL);
    reset_out();
    feed_str(&s, "HEAD /healthz HTTP/1.1\r\nHost: a\r\n\r\n");
    drain(&s, 0);
    out[out_len] = '\0';
    CHECK(strstr(out, "Content-Length: 15\r\n") != NULL);
    CHECK(out_len >= 4 && memcmp(out + out_len - 4, "\r\n\r\n", 4) == 0); /* no body */
    reset_out();
    feed_str(&s, "POST /v1/echo HTTP/1.1\r\nHost: a\r\nContent-Type: text/plain\r\n"
                 "Content-Length: 2\r\n\r\n{}"
                 "POST /v1/echo HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\n\r\n{}"
                 "POST /v1/echo HTTP/1.1\r\nHost: a\r\nContent-Type: Application/JSON ; "
                 "charset=utf-8\r\nContent-Length: 2\r\n\r\n{}"
                 "POST /v1/echo HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\n"
                 "Content-Length: 10\r\n\r\n{\"a\":\n tru"
                 "POST /v1/echo HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\n"
                 "Content-Length: 5\r\n\r\n[] []"
                 "POST /nd HTTP/1.1\r\nHost: a\r\nContent-Type: application/x-ndjson\r\n"
                 "Content-Length: 3\r\n\r\n{}\n"
                 "POST /v1/echo HTTP/1.1\r\nHost: a\r\nContent-Type: application/x-ndjson\r\n"
                 "Content-Length: 3\r\n\r\n{}\n"
                 "POST /v1/echo HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\n"
                 "Content-Length: 0\r\n\r\n");
    drain(&s, 0);
    summary(sum, sizeof(sum));
    const char *ct415 = "415 {\"error\":{\"code\":\"unsupported_media_type\",\"message\":"
                        "\"Content-Type must be application/json\"}}\n";
    char expected[4096];
    snprintf(expected, sizeof(expected),
             "%s|%s|200 {}|400 {\"error\":{\"code\":\"invalid_json\",\"message\":\"invalid JSON "
             "at offset 7 (line 2, column 2)\"}}\n|400 {\"error\":{\"code\":\"invalid_json\","
             "\"message\":\"unexpected data after the JSON value at offset 3 (line 1, column "
             "4)\"}}\n|200 /nd|%s|400 {\"error\":{\"code\":\"invalid_json\",\"message\":\"empty "
             "body: expected a JSON value\"}}\n",
             ct415, ct415, ct415);
    CHECK_STR_EQ(sum, expected);
    reset_out();
    feed_str(&s, "GET / HTTP/1.1\r\nHost: a\r\n\r\n");
    drain(&s, 0);
    out[out_len] = '\0';
    CHECK(strstr(out, "Content-Type: text/html; charset=utf-8\r\n") != NULL);
    CHECK(strstr(out, "href=\"/metrics\"") && strstr(out, "href=\"/healthz\"") &&
          strstr(out, "href=\"/v1/events\""));
    http_session_free(&s);
    http_context_free(ctx);
}

/* The same conversation fed whole, byte by byte, and sent one byte at a time, gives the
 * same bytes out. */
static void test_byte_by_byte(struct router *r)
{
    static const char conversation[] =
        "GET /path?q=1 HTTP/1.1\r\nHost: a\r\n\r\n"
        "POST /v1/echo HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\n"
        "Transfer-Encoding: chunked\r\n\r\n4\r\n{\"a\"\r\n3;x=y\r\n:1}\r\n0\r\nT: 1\r\n\r\n"
        "POST /v1/echo HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\n"
        "Content-Length: 4\r\n\r\n[1,2]"
        "GET /healthz HTTP/1.1\r\nHost: a\r\n\r\n";
    static char whole[16384], bytes[16384];
    size_t whole_len, n = strlen(conversation);
    struct http_context *ctx = ctx_new(r, 16);
    struct http_session s;
    http_session_init(&s, ctx, NULL);
    reset_out();
    feed_str(&s, conversation);
    drain(&s, 0);
    memcpy(whole, out, out_len);
    whole_len = out_len;
    http_session_free(&s);
    http_session_init(&s, ctx, NULL);
    reset_out();
    for (size_t i = 0; i < n; i++) {
        char c = conversation[i];
        http_session_feed(&s, &c, 1);
        drain(&s, 1);
    }
    memcpy(bytes, out, out_len);
    /* Date may tick between the runs: compare with it masked */
    for (char *d = whole; (d = memmem(d, whole_len - (size_t)(d - whole), "Date: ", 6)); d++)
        memset(d, '-', 35);
    for (char *d = bytes; (d = memmem(d, out_len - (size_t)(d - bytes), "Date: ", 6)); d++)
        memset(d, '-', 35);
    CHECK_MEM_EQ(bytes, out_len, whole, whole_len);
    char sum[4096];
    summary(sum, sizeof(sum));
    CHECK(strstr(sum, "200 /path|200 {\"a\":1}|400 ") == sum);
    http_session_free(&s);
    http_context_free(ctx);
}

static void test_pipeline_limit(struct router *r)
{
    struct http_context *ctx = ctx_new(r, 2);
    struct http_session s;
    http_session_init(&s, ctx, NULL);
    held_count = 0;
    reset_out();
    feed_str(&s, "GET /async HTTP/1.1\r\nHost: a\r\n\r\nGET /async HTTP/1.1\r\nHost: a\r\n\r\n"
                 "GET /async HTTP/1.1\r\nHost: a\r\n\r\n");
    CHECK_INT_EQ(held_count, 2);
    CHECK(!http_session_wants_read(&s));
    for (size_t i = 0; i < 2; i++) {
        struct http_exchange *x = http_exchange_find(ctx, held[i]);
        CHECK(x != NULL);
        if (x != NULL)
            http_exchange_respond(x, 200, NULL, "x", 1, NULL);
    }
    drain(&s, 0); /* sending frees slots: the third request is parsed now */
    CHECK_INT_EQ(held_count, 3);
    CHECK(http_session_wants_read(&s));
    struct http_exchange *x = http_exchange_find(ctx, held[2]);
    CHECK(x != NULL);
    if (x != NULL)
        http_exchange_respond(x, 200, NULL, "y", 1, NULL);
    drain(&s, 0);
    char sum[1024];
    summary(sum, sizeof(sum));
    CHECK_STR_EQ(sum, "200 x|200 x|200 y");
    CHECK_INT_EQ(http_session_phase(&s), HTTP_PHASE_IDLE);
    http_session_free(&s);
    http_context_free(ctx);
}

static void test_large_body(struct router *r)
{
    struct http_context *ctx = ctx_new(r, 16);
    struct http_session s;
    size_t n = 200000;
    char *req = malloc(n + 256), *body = malloc(n);
    memset(body, ' ', n);
    body[0] = '[';
    memcpy(body + n - 2, "1]", 2);
    int h = snprintf(req, 256,
                     "POST /v1/echo HTTP/1.1\r\nHost: a\r\nContent-Type: "
                     "application/json\r\nContent-Length: %zu\r\n\r\n",
                     n);
    memcpy(req + h, body, n);
    http_session_init(&s, ctx, NULL);
    reset_out();
    for (size_t off = 0; off < (size_t)h + n; off += 1000) {
        size_t k = (size_t)h + n - off < 1000 ? (size_t)h + n - off : 1000;
        CHECK_INT_EQ(http_session_feed(&s, req + off, k), 0);
        CHECK(off + k == (size_t)h + n || http_session_phase(&s) == HTTP_PHASE_BODY ||
              off + k < (size_t)h);
    }
    iov_cap = 1; /* head and body are two iovecs: one per output call */
    drain(&s, 7000);
    iov_cap = 8;
    CHECK(out_len > n);
    CHECK_MEM_EQ(out + out_len - n, n, body, n);
    CHECK(s.in == NULL);
    http_session_free(&s);
    http_context_free(ctx);
    free(req);
    free(body);
}

static void test_stream(struct router *r)
{
    struct http_context *ctx = ctx_new(r, 16);
    struct http_session s;
    http_session_init(&s, ctx, NULL);
    reset_out();
    CHECK_INT_EQ(http_session_stream_write(&s, "x", 1), -EPIPE);
    feed_str(&s, "GET /stream HTTP/1.1\r\nHost: a\r\n\r\nGET /healthz HTTP/1.1\r\nHost: a\r\n\r\n");
    CHECK_INT_EQ(http_session_phase(&s), HTTP_PHASE_STREAMING);
    CHECK(http_session_wants_read(&s));
    drain(&s, 0);
    out[out_len] = '\0';
    CHECK(strstr(out, "HTTP/1.1 200 OK\r\n") == out);
    CHECK(strstr(out, "Content-Type: text/event-stream\r\n") != NULL);
    CHECK(strstr(out, "Content-Length") == NULL);
    wakes = 0;
    reset_out();
    CHECK_INT_EQ(http_session_stream_write(&s, "data: 1\n\n", 9), 0);
    CHECK_INT_EQ(http_session_stream_write(&s, "data: 2\n\n", 9), 0);
    CHECK_INT_EQ(wakes, 2);
    drain(&s, 4);
    CHECK_MEM_EQ(out, out_len, "data: 1\n\ndata: 2\n\n", 18);
    static char big[HTTP_STREAM_BUFFERED_MAX];
    CHECK_INT_EQ(http_session_stream_write(&s, big, sizeof(big)), 0);
    CHECK_INT_EQ(http_session_stream_write(&s, "z", 1), -ENOBUFS);
    reset_out();
    drain(&s, 0);
    CHECK_INT_EQ(out_len, sizeof(big));
    CHECK_INT_EQ(http_session_phase(&s), HTTP_PHASE_STREAMING);
    /* bytes handed to a send stay put while more are written, even when the buffer grows */
    struct iovec iov[4];
    CHECK_INT_EQ(http_session_stream_write(&s, "data: 3\n\n", 9), 0);
    CHECK_INT_EQ(http_session_output(&s, iov, 4), 1);
    CHECK_INT_EQ(http_session_stream_write(&s, big, 100000), 0); /* grows the buffer */
    CHECK_MEM_EQ(iov[0].iov_base, iov[0].iov_len, "data: 3\n\n", 9);
    http_session_sent(&s, 4);
    reset_out();
    drain(&s, 0);
    CHECK_INT_EQ(out_len, 5 + 100000);
    CHECK_MEM_EQ(out, 5, ": 3\n\n", 5);
    http_session_stream_end(&s);
    CHECK_INT_EQ(http_session_phase(&s), HTTP_PHASE_CLOSED);
    CHECK_INT_EQ(http_session_stream_write(&s, "x", 1), -EPIPE);
    http_session_free(&s);
    /* the subscriber leaving closes at once */
    http_session_init(&s, ctx, NULL);
    feed_str(&s, "GET /stream HTTP/1.1\r\nHost: a\r\n\r\n");
    http_session_eof(&s);
    CHECK_INT_EQ(http_session_phase(&s), HTTP_PHASE_CLOSED);
    http_session_free(&s);
    /* ... but answers owed before the stream still go out first, then the stream's head,
     * then the connection closes (found by fuzzing) */
    http_session_init(&s, ctx, NULL);
    held_count = 0;
    reset_out();
    feed_str(&s, "GET /async HTTP/1.1\r\nHost: a\r\n\r\nGET /stream HTTP/1.1\r\nHost: a\r\n\r\n");
    http_session_eof(&s);
    CHECK(http_session_phase(&s) != HTTP_PHASE_CLOSED);
    CHECK_INT_EQ(held_count, 1);
    struct http_exchange *x = http_exchange_find(ctx, held[0]);
    CHECK(x != NULL);
    if (x)
        http_exchange_respond(x, 202, "text/plain", "later", 5, NULL);
    drain(&s, 0);
    out[out_len] = '\0';
    CHECK(strstr(out, "HTTP/1.1 202 ") == out);
    CHECK(strstr(out, "Content-Type: text/event-stream\r\n") != NULL);
    CHECK_INT_EQ(http_session_phase(&s), HTTP_PHASE_CLOSED);
    http_session_free(&s);
    http_context_free(ctx);
}

/* HEAD of a stream: the GET's headers, no stream, and the connection carries on. */
static void test_stream_head(struct router *r)
{
    struct http_context *ctx = ctx_new(r, 16);
    struct http_session s;
    http_session_init(&s, ctx, NULL);
    reset_out();
    feed_str(&s,
             "HEAD /stream HTTP/1.1\r\nHost: a\r\n\r\nGET /healthz HTTP/1.1\r\nHost: a\r\n\r\n");
    CHECK(http_session_phase(&s) != HTTP_PHASE_STREAMING);
    CHECK_INT_EQ(http_session_stream_write(&s, "x", 1), -EPIPE);
    drain(&s, 0);
    out[out_len] = '\0';
    const char *end = strstr(out, "\r\n\r\n");
    CHECK(end != NULL);
    CHECK(strstr(out, "HTTP/1.1 200 OK\r\n") == out);
    CHECK(strstr(out, "Content-Type: text/event-stream\r\n") < end);
    CHECK(strstr(out, "Connection: keep-alive\r\n") < end);
    CHECK(strstr(out, "Content-Length") > end); /* only in the next response */
    if (end != NULL)
        CHECK(strstr(end + 4, "HTTP/1.1 200 OK\r\n") == end + 4);
    CHECK_INT_EQ(http_session_phase(&s), HTTP_PHASE_IDLE);
    http_session_free(&s);
    http_context_free(ctx);
}

static void test_eof_and_shutdown(struct router *r)
{
    struct http_context *ctx = ctx_new(r, 16);
    struct http_session s;
    http_session_init(&s, ctx, NULL);
    reset_out();
    feed_str(&s, "GET /healthz HTTP/1.1\r\nHo");
    CHECK_INT_EQ(http_session_phase(&s), HTTP_PHASE_HEAD);
    http_session_eof(&s);
    CHECK_INT_EQ(http_session_phase(&s), HTTP_PHASE_CLOSED);
    drain(&s, 0);
    CHECK_INT_EQ(out_len, 0);
    http_session_free(&s);
    /* complete requests before EOF are answered, also those behind a full pipeline */
    struct http_context *ctx1 = ctx_new(r, 1);
    http_session_init(&s, ctx1, NULL);
    feed_str(&s, "GET /healthz HTTP/1.1\r\nHost: a\r\n\r\nGET /path HTTP/1.1\r\nHost: a\r\n\r\n");
    http_session_eof(&s);
    CHECK_INT_EQ(http_session_phase(&s), HTTP_PHASE_BUSY);
    drain(&s, 0);
    char sum[1024];
    summary(sum, sizeof(sum));
    CHECK_STR_EQ(sum, "200 {\"status\":\"ok\"}|200 /path");
    CHECK_INT_EQ(http_session_phase(&s), HTTP_PHASE_CLOSED);
    http_session_free(&s);
    http_context_free(ctx1);
    /* shutdown: what was dispatched is answered, nothing more is read; only the last
     * response says close (an earlier one saying it would disown the later ones) */
    http_session_init(&s, ctx, NULL);
    held_count = 0;
    feed_str(&s, "GET /async HTTP/1.1\r\nHost: a\r\n\r\nGET /async HTTP/1.1\r\nHost: a\r\n\r\n");
    http_session_shutdown(&s);
    CHECK(!http_session_wants_read(&s));
    CHECK_INT_EQ(http_session_phase(&s), HTTP_PHASE_BUSY);
    CHECK_INT_EQ(held_count, 2);
    http_exchange_respond(http_exchange_find(ctx, held[0]), 200, NULL, NULL, 0, NULL);
    http_exchange_respond(http_exchange_find(ctx, held[1]), 200, NULL, NULL, 0, NULL);
    reset_out();
    drain(&s, 0);
    out[out_len] = '\0';
    const char *second = strstr(out + 1, "HTTP/1.1 200");
    CHECK(second != NULL);
    CHECK(strstr(out, "Connection: keep-alive\r\n") < second);
    CHECK(strstr(out, "Connection: close\r\n") > second);
    CHECK_INT_EQ(http_session_phase(&s), HTTP_PHASE_CLOSED);
    http_session_free(&s);
    /* shutdown while a request is arriving: it is still read and answered, with close */
    http_session_init(&s, ctx, NULL);
    feed_str(&s, "GET /healthz HTTP/1.1\r\nHo");
    http_session_shutdown(&s);
    CHECK_INT_EQ(http_session_phase(&s), HTTP_PHASE_HEAD);
    CHECK(http_session_wants_read(&s));
    feed_str(&s, "st: a\r\n\r\n");
    reset_out();
    drain(&s, 0);
    out[out_len] = '\0';
    CHECK(strstr(out, "HTTP/1.1 200 OK\r\n") == out);
    CHECK(strstr(out, "Connection: close\r\n") != NULL);
    CHECK_INT_EQ(http_session_phase(&s), HTTP_PHASE_CLOSED);
    http_session_free(&s);
    http_context_free(ctx);
}

static bool out_has(const char *text)
{
    return memmem(out, out_len, text, strlen(text)) != NULL;
}

/* The one exchange held by /async (held[0]) after feeding `request`. */
static struct http_exchange *held_exchange(struct http_context *ctx, struct http_session *s,
                                           const char *request)
{
    held_count = 0;
    feed_str(s, request);
    CHECK_INT_EQ(held_count, 1);
    return held_count == 1 ? http_exchange_find(ctx, held[0]) : NULL;
}

/* A body built in place (http_exchange_reserve/commit) across growths of its buffer, sent
 * with partial sends; a respond after commits replaces them; HEAD keeps the length only. */
static void test_reserve_commit(struct router *r)
{
    enum { BIG = 70000 };
    struct http_context *ctx = ctx_new(r, 16);
    struct http_session s;
    http_session_init(&s, ctx, NULL);
    reset_out();
    struct http_exchange *x = held_exchange(ctx, &s, "GET /async HTTP/1.1\r\nHost: a\r\n\r\n");
    CHECK(x != NULL);
    if (x == NULL)
        return;
    memcpy(http_exchange_reserve(x, 5), "hello", 5);
    http_exchange_commit(x, 5);
    char *p = http_exchange_reserve(x, BIG); /* past the first buffer: moves, keeps "hello" */
    memset(p, 'x', BIG);
    http_exchange_commit(x, BIG);
    memcpy(http_exchange_reserve(x, 100), " end", 4); /* room for 100, 4 used */
    http_exchange_commit(x, 4);
    CHECK(!http_session_has_output(&s)); /* nothing leaves before the answer */
    http_exchange_respond_committed(x, 200, "text/plain", "X-A: 1\r\n");
    drain(&s, 1000);
    const char *body = memmem(out, out_len, "\r\n\r\n", 4);
    CHECK(body != NULL);
    CHECK(out_has("\r\nContent-Length: 70009\r\n"));
    CHECK(out_has("\r\nX-A: 1\r\n"));
    if (body != NULL) {
        body += 4;
        CHECK_INT_EQ(out_len - (size_t)(body - out), 5 + BIG + 4);
        CHECK(memcmp(body, "hello", 5) == 0 && body[5] == 'x' && body[5 + BIG - 1] == 'x');
        CHECK(memcmp(body + 5 + BIG, " end", 4) == 0);
    }
    /* Committed bytes, then another answer: only the answer goes. */
    reset_out();
    x = held_exchange(ctx, &s, "GET /async HTTP/1.1\r\nHost: a\r\n\r\n");
    if (x != NULL) {
        memcpy(http_exchange_reserve(x, 3), "abc", 3);
        http_exchange_commit(x, 3);
        http_exchange_respond(x, 503, "text/plain", "busy", 4, NULL);
    }
    drain(&s, 0);
    char sum[256];
    summary(sum, sizeof(sum));
    CHECK_STR_EQ(sum, "503 busy");
    /* HEAD: the length of the committed body, no body; the next request still parses. */
    reset_out();
    x = held_exchange(ctx, &s, "HEAD /async HTTP/1.1\r\nHost: a\r\n\r\n");
    if (x != NULL) {
        memcpy(http_exchange_reserve(x, 7), "ignored", 7);
        http_exchange_commit(x, 7);
        http_exchange_respond_committed(x, 200, "text/plain", NULL);
    }
    feed_str(&s, "GET /healthz HTTP/1.1\r\nHost: a\r\n\r\n");
    drain(&s, 0);
    CHECK(out_has("Content-Length: 7\r\n"));
    CHECK(!out_has("ignored"));
    CHECK(out_has("\r\n\r\nHTTP/1.1 200 OK\r\n"));
    CHECK(out_has("{\"status\":\"ok\"}"));
    http_session_free(&s);
    http_context_free(ctx);
}

static void test_context_now(struct router *r)
{
    struct http_context *ctx = ctx_new(r, 16);
    CHECK_INT_EQ(http_context_now(ctx), 0);
    http_context_set_now(ctx, 123456789);
    CHECK_INT_EQ(http_context_now(ctx), 123456789);
    http_context_free(ctx);
}

static void test_idle_memory(void)
{
    printf("bytes per idle connection: %zu (struct http_session, no buffers held)\n",
           sizeof(struct http_session));
    CHECK(sizeof(struct http_session) <= 256);
}

/* A prefix route takes the paths under it, not itself nor its parent; other methods on
 * such a path get 405 with its Allow. */
static void test_prefix_route(struct router *r)
{
    struct http_context *ctx = ctx_new(r, 16);
    struct http_session s;
    http_session_init(&s, ctx, NULL);
    reset_out();
    feed_str(&s, "GET /items/42 HTTP/1.1\r\nHost: a\r\n\r\n"
                 "GET /items/ HTTP/1.1\r\nHost: a\r\n\r\n"
                 "GET /items HTTP/1.1\r\nHost: a\r\n\r\n"
                 "GET /items/a/b?x=1 HTTP/1.1\r\nHost: a\r\n\r\n"
                 "DELETE /items/7 HTTP/1.1\r\nHost: a\r\n\r\n");
    drain(&s, 0);
    char sum[1024];
    summary(sum, sizeof(sum));
    CHECK(strncmp(sum, "200 /items/42|404 ", 18) == 0);
    CHECK(strstr(sum, "|200 /items/a/b|405 ") != NULL);
    http_session_free(&s);
    http_context_free(ctx);
}

int main(void)
{
    struct router *r = make_router();
    test_prefix_route(r);
    test_healthz_exact(r);
    test_pipelined_in_order(r);
    test_cancelled_exchange(r);
    test_expect_continue(r);
    test_protocol_error_closes(r);
    test_http10_and_close(r);
    test_router_statuses(r);
    test_byte_by_byte(r);
    test_pipeline_limit(r);
    test_large_body(r);
    test_stream(r);
    test_stream_head(r);
    test_eof_and_shutdown(r);
    test_reserve_commit(r);
    test_context_now(r);
    test_idle_memory();
    router_free(r);
    return check_finish("test_http_session");
}
