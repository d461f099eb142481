/* test_webhook: io/webhook against scripts/webhook-receiver on an async_poll loop — bodies
 * arrive whole, many posts share few kept-alive connections, a full table refuses, a slow
 * server times out, and the result carries Retry-After (header and Discord body), the
 * response body and curl's error for a refused connection. Every source the client took from
 * the loop is given back. */
#include <errno.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

#include "io/webhook.h"
#include "receiver.h"

enum {
    POSTS_MAX = 64,
    WAIT_MS = 10000,
};

struct results {
    struct webhook_result r[POSTS_MAX];
    char error[POSTS_MAX][WEBHOOK_ERROR_MAX];
    char body[POSTS_MAX][WEBHOOK_RESPONSE_KEPT + 1];
    unsigned done, want;
    bool all;
};

struct post_ctx {
    struct results *res;
    unsigned index;
};

static void on_done(void *ctx, const struct webhook_result *r)
{
    struct post_ctx *pc = ctx;
    struct results *res = pc->res;
    res->r[pc->index] = *r;
    snprintf(res->error[pc->index], WEBHOOK_ERROR_MAX, "%s", r->error);
    memcpy(res->body[pc->index], r->body, r->body_len + 1);
    res->r[pc->index].error = res->error[pc->index];
    res->r[pc->index].body = res->body[pc->index];
    res->done++;
    res->all = res->done == res->want;
}

static struct webhook *client(struct async_poll *p, unsigned pending, uint32_t timeout_ms)
{
    struct webhook_config cfg = {
        .max_pending = pending,
        .max_host_connections = 2,
        .max_total_connections = 4,
        .timeout_ms = timeout_ms,
    };
    struct webhook *w = NULL;
    char err[128];
    int rc = webhook_new(async_poll_loop(p), &cfg, &w, err, sizeof(err));
    CHECK_INT_EQ(rc, 0);
    if (rc) {
        fprintf(stderr, "%s\n", err);
        exit(1);
    }
    return w;
}

/* 20 posts at once over at most 2 connections, then 10 one after another on the same ones. */
static void test_keep_alive(const struct receiver *rv, struct async_poll *p)
{
    struct webhook *w = client(p, 32, 5000);
    struct results res = {.want = 20};
    struct post_ctx pc[30];
    char url[256], body[64];
    snprintf(url, sizeof(url), "%s/keepalive", rv->base);
    for (unsigned i = 0; i < 20; i++) {
        pc[i] = (struct post_ctx){&res, i};
        int n = snprintf(body, sizeof(body), "{\"n\": %u}", i);
        CHECK_INT_EQ(webhook_post(w, url, body, (size_t)n, on_done, &pc[i]), 0);
    }
    CHECK_INT_EQ(webhook_pending(w), 20);
    CHECK(run_until(p, &res.all, WAIT_MS));
    for (unsigned i = 0; i < 20; i++) {
        CHECK_INT_EQ(res.r[i].status, 204);
        CHECK_INT_EQ(res.r[i].curl_code, 0);
        CHECK_STR_EQ(res.r[i].error, "");
        CHECK_INT_EQ(res.r[i].retry_after_ms, -1);
    }
    CHECK(webhook_connects(w) >= 1);
    CHECK(webhook_connects(w) <= 2);
    uint64_t connects = webhook_connects(w);
    for (unsigned i = 20; i < 30; i++) { /* sequential: each reuses a kept connection */
        res.want = i + 1;
        res.all = false;
        pc[i] = (struct post_ctx){&res, i};
        int n = snprintf(body, sizeof(body), "{\"n\": %u}", i);
        CHECK_INT_EQ(webhook_post(w, url, body, (size_t)n, on_done, &pc[i]), 0);
        CHECK(run_until(p, &res.all, WAIT_MS));
        CHECK_INT_EQ(res.r[i].connects, 0);
    }
    CHECK_INT_EQ(webhook_connects(w), connects);
    CHECK_INT_EQ(webhook_pending(w), 0);
    webhook_free(w);

    /* The receiver saw 30 bodies, whole, on as many connections as curl opened. */
    cJSON *posts = receiver_posts(rv);
    CHECK_INT_EQ(cJSON_GetArraySize(posts), 30);
    unsigned seen[32] = {0}, connections = 0, sum = 0;
    const cJSON *post;
    cJSON_ArrayForEach(post, posts)
    {
        int c = cJSON_GetObjectItemCaseSensitive(post, "connection")->valueint;
        const cJSON *b = cJSON_GetObjectItemCaseSensitive(post, "body");
        sum += (unsigned)cJSON_GetObjectItemCaseSensitive(b, "n")->valueint;
        CHECK_STR_EQ(cJSON_GetObjectItemCaseSensitive(
                         cJSON_GetObjectItemCaseSensitive(post, "headers"), "content-type")
                         ->valuestring,
                     "application/json");
        if (c > 0 && c < 32 && !seen[c]++)
            connections++;
    }
    CHECK_INT_EQ(sum, 29 * 30 / 2);
    CHECK_INT_EQ(connections, connects);
    cJSON_Delete(posts);
}

/* A full table refuses; a finished post frees its slot for the next. */
static void test_bounded(const struct receiver *rv, struct async_poll *p)
{
    struct webhook *w = client(p, 4, 5000);
    struct results res = {.want = 4};
    struct post_ctx pc[5];
    char url[256];
    snprintf(url, sizeof(url), "%s/bounded", rv->base);
    for (unsigned i = 0; i < 4; i++) {
        pc[i] = (struct post_ctx){&res, i};
        CHECK_INT_EQ(webhook_post(w, url, "{}", 2, on_done, &pc[i]), 0);
    }
    pc[4] = (struct post_ctx){&res, 4};
    CHECK_INT_EQ(webhook_post(w, url, "{}", 2, on_done, &pc[4]), -EAGAIN);
    CHECK_INT_EQ(webhook_pending(w), 4);
    CHECK(run_until(p, &res.all, WAIT_MS));
    CHECK_INT_EQ(webhook_pending(w), 0);
    res.want = 5;
    res.all = false;
    CHECK_INT_EQ(webhook_post(w, url, "{}", 2, on_done, &pc[4]), 0);
    CHECK(run_until(p, &res.all, WAIT_MS));
    CHECK_INT_EQ(res.r[4].status, 204);
    char big[64];
    CHECK_INT_EQ(webhook_post(w, url, big, (size_t)WEBHOOK_REQUEST_MAX + 1, on_done, &pc[4]),
                 -E2BIG);
    webhook_free(w);
}

/* Posts one body to base/path and returns its result (copied into res->r[0]). */
static const struct webhook_result *post_one(struct webhook *w, struct async_poll *p,
                                             struct results *res, const char *base,
                                             const char *path)
{
    char url[256];
    snprintf(url, sizeof(url), "%s%s", base, path);
    *res = (struct results){.want = 1};
    struct post_ctx pc = {res, 0};
    CHECK_INT_EQ(webhook_post(w, url, "{\"x\": 1}", 8, on_done, &pc), 0);
    CHECK(run_until(p, &res->all, WAIT_MS));
    return &res->r[0];
}

/* 429 with Retry-After as a header, as Discord's body, and both (the larger wins); a 500's
 * body; a server slower than the timeout; the next post after it succeeds. */
static void test_answers(const struct receiver *rv, struct async_poll *p)
{
    struct webhook *w = client(p, 4, 400);
    struct results res;
    receiver_control(rv, "status=429&count=1&retry_after=3&style=header");
    const struct webhook_result *r = post_one(w, p, &res, rv->base, "/answers");
    CHECK_INT_EQ(r->status, 429);
    CHECK_INT_EQ(r->retry_after_ms, 3000);
    receiver_control(rv, "status=429&count=1&retry_after=0.25&style=body");
    r = post_one(w, p, &res, rv->base, "/answers");
    CHECK_INT_EQ(r->status, 429);
    CHECK_INT_EQ(r->retry_after_ms, 250);
    CHECK_STR_EQ(r->body, "{\"message\": \"You are being rate limited.\", \"retry_after\": 0.25, "
                          "\"global\": false}");
    receiver_control(rv, "status=429&count=1&retry_after=1.5&style=both");
    r = post_one(w, p, &res, rv->base, "/answers");
    CHECK_INT_EQ(r->retry_after_ms, 2000); /* header ceil(1.5) = 2 s beats the body's 1.5 s */
    receiver_control(rv, "ratelimit_reset_after=0.75&count=1");
    r = post_one(w, p, &res, rv->base, "/answers");
    CHECK_INT_EQ(r->status, 204);
    CHECK_INT_EQ(r->ratelimit_remaining, 0);
    CHECK_INT_EQ(r->ratelimit_reset_after_ms, 750);
    receiver_control(rv, "status=500&count=1");
    r = post_one(w, p, &res, rv->base, "/answers");
    CHECK_INT_EQ(r->status, 500);
    CHECK_INT_EQ(r->curl_code, 0);
    CHECK_STR_EQ(r->body, "{\"message\": \"scripted\"}");
    CHECK_INT_EQ(r->retry_after_ms, -1);

    receiver_control(rv, "delay=1.5&count=1");
    uint64_t start = receiver_clock_ms();
    r = post_one(w, p, &res, rv->base, "/answers");
    uint64_t took = receiver_clock_ms() - start;
    CHECK_INT_EQ(r->status, 0);
    CHECK_INT_EQ(r->curl_code, CURLE_OPERATION_TIMEDOUT);
    CHECK(strstr(r->error, "timed out") != NULL);
    CHECK(took >= 400);
    CHECK(took < 1400); /* the timeout ended it, not the server */
    r = post_one(w, p, &res, rv->base, "/answers");
    CHECK_INT_EQ(r->status, 204);
    webhook_free(w);
}

/* Nothing listens on the port: curl's connection error, no status. */
static void test_refused(struct async_poll *p)
{
    int s = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    socklen_t alen = sizeof(a);
    CHECK_INT_EQ(bind(s, (struct sockaddr *)&a, sizeof(a)), 0);
    CHECK_INT_EQ(getsockname(s, (struct sockaddr *)&a, &alen), 0);
    close(s); /* the port is now free and nobody listens on it */
    char base[64];
    snprintf(base, sizeof(base), "http://127.0.0.1:%d", ntohs(a.sin_port));
    struct webhook *w = client(p, 2, 2000);
    struct results res;
    const struct webhook_result *r = post_one(w, p, &res, base, "/x");
    CHECK_INT_EQ(r->status, 0);
    CHECK_INT_EQ(r->curl_code, CURLE_COULDNT_CONNECT);
    CHECK(r->error[0] != '\0');
    r = post_one(w, p, &res, "ftp://127.0.0.1", "/x");
    CHECK_INT_EQ(r->curl_code, CURLE_UNSUPPORTED_PROTOCOL);
    webhook_free(w);
}

/* Freed with posts in flight: no callback, every loop source given back. */
static void test_free_in_flight(const struct receiver *rv, struct async_poll *p)
{
    struct webhook *w = client(p, 4, 5000);
    struct results res = {.want = 1};
    struct post_ctx pc = {&res, 0};
    char url[256];
    snprintf(url, sizeof(url), "%s/freed", rv->base);
    receiver_control(rv, "delay=0.5&count=1");
    CHECK_INT_EQ(webhook_post(w, url, "{}", 2, on_done, &pc), 0);
    for (int i = 0; i < 5; i++) /* connect and send, then drop it halfway */
        async_poll_run_once(p, 20);
    webhook_free(w);
    CHECK_INT_EQ(res.done, 0);
    CHECK_INT_EQ(async_poll_sources(p), 0);
}

int main(void)
{
    CHECK_INT_EQ(webhook_global_init(), 0);
    struct receiver rv;
    receiver_start(&rv);
    struct async_poll *p = async_poll_new(64);
    test_keep_alive(&rv, p);
    CHECK_INT_EQ(async_poll_sources(p), 0);
    test_bounded(&rv, p);
    test_answers(&rv, p);
    test_refused(p);
    test_free_in_flight(&rv, p);
    CHECK_INT_EQ(async_poll_sources(p), 0);
    async_poll_free(p);
    receiver_stop(&rv);
    curl_global_cleanup();
    return check_finish("test_webhook");
}
