/* test_http_observer.c — the response observer as the session reports to it: each
 * response's route, status and time from its first byte in, in the order responses are
 * written, asynchronous and pipelined ones included. */
#define _GNU_SOURCE /* memmem */
#include "http_session_fixture.h"

/* ---- the response observer ---- */

#define OBSERVED_MAX 64

struct observation {
    const char *route;
    int status;
    uint64_t duration_ns;
};

static struct observation observed[OBSERVED_MAX];
static size_t observed_count;

static void on_response(void *user, const char *route, int status, uint64_t duration_ns)
{
    CHECK(user == &observed_count);
    CHECK(observed_count < OBSERVED_MAX);
    if (observed_count < OBSERVED_MAX)
        observed[observed_count++] = (struct observation){route, status, duration_ns};
}

/* The observations so far as "route status|route status|...", then forgotten. */
static void observed_take(char *dst, size_t cap)
{
    size_t d = 0;
    dst[0] = '\0';
    for (size_t i = 0; i < observed_count; i++)
        d += (size_t)snprintf(dst + d, cap - d, "%s%s %d", i ? "|" : "", observed[i].route,
                              observed[i].status);
    observed_count = 0;
}

static uint64_t clock_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static struct http_context *observed_ctx_new(struct router *r)
{
    struct http_context *ctx = ctx_new(r, 16);
    http_context_set_observer(ctx, on_response, &observed_count);
    observed_count = 0;
    return ctx;
}

/* One connection per request (errors close it): feed, send everything, free. */
static void observe_one(struct http_context *ctx, const char *request)
{
    struct http_session s;
    http_session_init(&s, ctx, NULL);
    reset_out();
    feed_str(&s, request);
    drain(&s, 0);
    http_session_free(&s);
}

/* Exact (route, status) for router answers and protocol errors; the route labels are the
 * router's paths, never the request's (query strings and unknown paths do not leak in). */
static void test_observer_routes(struct router *r)
{
    struct http_context *ctx = observed_ctx_new(r);
    char got[2048];
    observe_one(ctx, "GET /healthz HTTP/1.1\r\nHost: a\r\n\r\n");
    observed_take(got, sizeof(got));
    CHECK_STR_EQ(got, "/healthz 200");
    observe_one(ctx, "GET /healthz?x=1 HTTP/1.1\r\nHost: a\r\n\r\n"); /* query ignored */
    observe_one(ctx, "HEAD /healthz HTTP/1.1\r\nHost: a\r\n\r\n");    /* GET's route */
    observe_one(ctx, "GET /no/such/thing HTTP/1.1\r\nHost: a\r\n\r\n");
    observe_one(ctx, "DELETE /healthz HTTP/1.1\r\nHost: a\r\n\r\n");
    observe_one(ctx, "OPTIONS /v1/echo HTTP/1.1\r\nHost: a\r\n\r\n");
    observe_one(ctx, "POST /v1/echo HTTP/1.1\r\nHost: a\r\nContent-Type: text/plain\r\n"
                     "Content-Length: 2\r\n\r\n{}");
    observe_one(ctx, "POST /v1/echo HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\n"
                     "Content-Length: 2\r\n\r\n{}");
    observed_take(got, sizeof(got));
    CHECK_STR_EQ(got, "/healthz 200|/healthz 200|unmatched 404|/healthz 405|/v1/echo 204|"
                      "/v1/echo 415|/v1/echo 200");
    observe_one(ctx, "GET /healthz HTTP/1.1\r\nHost: a\r\nbad header\r\n\r\n");
    observe_one(ctx, "GET /healthz HTTP/3.0\r\n\r\n");
    observe_one(ctx, "POST /v1/echo HTTP/1.1\r\nHost: a\r\nContent-Length: 99999999\r\n\r\n");
    observe_one(ctx, "BREW /healthz HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip\r\n\r\n");
    CHECK(observed_count == 4 && observed[0].route == http_route_invalid);
    observed_take(got, sizeof(got));
    CHECK_STR_EQ(got, "invalid 400|invalid 505|invalid 413|invalid 501");
    CHECK_INT_EQ(http_context_counters(ctx)->parse_errors, 4);
    http_context_free(ctx);
}

/* Observations come when responses are queued, once each: pipelined requests in the order
 * they were answered (an asynchronous one when its handler answers), cancelled ones never. */
static void test_observer_pipelined_async(struct router *r)
{
    struct http_context *ctx = observed_ctx_new(r);
    struct http_session s;
    char got[2048];
    http_session_init(&s, ctx, NULL);
    reset_out();
    held_count = 0;
    uint64_t before = clock_ns();
    feed_str(&s, "GET /path HTTP/1.1\r\nHost: a\r\n\r\nGET /async HTTP/1.1\r\nHost: a\r\n\r\n"
                 "GET /healthz HTTP/1.1\r\nHost: a\r\n\r\nGET /nope HTTP/1.1\r\nHost: a\r\n\r\n"
                 "GET /path HTTP/1.1\r\nHost: a\r\n\r\n");
    drain(&s, 0);
    observed_take(got, sizeof(got));
    CHECK_STR_EQ(got, "/path 200|/healthz 200|unmatched 404|/path 200");
    CHECK_INT_EQ(held_count, 1);
    struct timespec pause = {0, 20 * 1000 * 1000}; /* the engine takes 20 ms */
    nanosleep(&pause, NULL);
    struct http_exchange *x = http_exchange_find(ctx, held[0]);
    CHECK(x != NULL);
    if (x != NULL)
        http_exchange_respond(x, 202, "text/plain", "later", 5, NULL);
    uint64_t elapsed = clock_ns() - before;
    CHECK_INT_EQ(observed_count, 1);
    CHECK(observed[0].duration_ns >= 20 * 1000 * 1000); /* measured from its head */
    CHECK(observed[0].duration_ns <= elapsed);
    observed_take(got, sizeof(got));
    CHECK_STR_EQ(got, "/async 202");
    drain(&s, 0);
    CHECK_INT_EQ(observed_count, 0); /* sending them reports nothing more */
    feed_str(&s, "GET /async HTTP/1.1\r\nHost: a\r\n\r\n");
    http_session_free(&s); /* gone before its answer: nothing was queued, nothing observed */
    CHECK(http_exchange_find(ctx, held[1]) == NULL);
    CHECK_INT_EQ(observed_count, 0);
    http_context_free(ctx);
}

/* With the loop's cached time, a request starts when its head completed: a body arriving in
 * a later pass does not move the start, and no clock is read for it. */
static void test_observer_start_time(struct router *r)
{
    struct http_context *ctx = observed_ctx_new(r);
    struct http_session s;
    const uint64_t second = 1000 * 1000 * 1000;
    uint64_t now = clock_ns();
    CHECK(now > 3 * second);
    http_context_set_now(ctx, now - 3 * second); /* the pass that received the head */
    http_session_init(&s, ctx, NULL);
    reset_out();
    feed_str(&s, "POST /v1/echo HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\n"
                 "Content-Length: 8\r\n\r\n{\"a\"");
    CHECK_INT_EQ(http_session_phase(&s), HTTP_PHASE_BODY);
    http_context_set_now(ctx, now - second); /* a later pass brings the body */
    feed_str(&s, ":1}\n");
    CHECK_INT_EQ(observed_count, 1);
    CHECK_INT_EQ(observed[0].status, 200);
    CHECK(observed[0].duration_ns >= 3 * second);
    CHECK(observed[0].duration_ns < 4 * second);
    /* the next request, whole in one pass, starts at that pass */
    observed_count = 0;
    feed_str(&s, "GET /healthz HTTP/1.1\r\nHost: a\r\n\r\n");
    CHECK_INT_EQ(observed_count, 1);
    CHECK(observed[0].duration_ns >= second && observed[0].duration_ns < 2 * second);
    drain(&s, 0);
    http_session_free(&s);
    http_context_free(ctx);
}

int main(void)
{
    struct router *r = make_router();
    test_observer_routes(r);
    test_observer_pipelined_async(r);
    test_observer_start_time(r);
    router_free(r);
    return check_finish("test_http_observer");
}
