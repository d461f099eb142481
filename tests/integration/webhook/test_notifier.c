/* test_notifier: io/notifier against scripts/webhook-receiver, the test playing the part of
 * the outbox claimer (it resubmits a RETRY after the delay the outcome names, as the table's
 * next_attempt_at would). Rows arrive as the exact Discord JSON discord_format gives, cut at
 * Discord's limits; a 429's Retry-After holds the row and the whole host until it passes; a
 * 500 is retried with backoff and then delivered; a 404 fails at once; timeouts use up the
 * attempts; a channel without URL, an unknown channel, a bad payload and a full notifier are
 * refused with no outcome. */
#include <errno.h>
#include <string.h>

#include "io/discord.h"
#include "io/notifier.h"
#include "io/webhook.h"
#include "receiver.h"

enum {
    ROWS_MAX = 32,
    OUTCOMES_MAX = 8,
    WAIT_MS = 15000,
    BACKOFF_BASE_MS = 100,
    BACKOFF_MAX_MS = 400,
    ATTEMPTS = 3,
};

struct seen_outcome {
    enum notifier_outcome_kind kind;
    int32_t attempts;
    uint64_t retry_after_ms;
    long status;
    char error[NOTIFIER_ERROR_MAX];
};

struct row {
    struct claimer *c;
    int64_t id;
    const char *channel;
    char *payload;
    int32_t attempts;
    struct seen_outcome seen[OUTCOMES_MAX];
    unsigned outcomes;
    bool settled;
};

struct claimer {
    struct async_loop loop;
    struct notifier *n;
    struct row rows[ROWS_MAX];
    unsigned rows_used, settled, want;
    bool all;
    bool any; /* an outcome came (the test clears it) */
};

static void submit(struct claimer *c, struct row *r)
{
    struct notifier_row nr = {r->id, r->channel, r->payload, strlen(r->payload), r->attempts};
    char err[128];
    int rc = notifier_submit(c->n, &nr, err, sizeof(err));
    CHECK_INT_EQ(rc, 0);
    if (rc)
        fprintf(stderr, "submit %lld: %s\n", (long long)r->id, err);
}

static void on_retry_due(void *ctx)
{
    struct row *r = ctx;
    submit(r->c, r);
}

static void on_outcome(void *ctx, const struct notifier_outcome *o)
{
    struct claimer *c = ctx;
    CHECK(o->id >= 0 && o->id < (int64_t)c->rows_used);
    struct row *r = &c->rows[o->id];
    CHECK(!r->settled);
    CHECK(r->outcomes < OUTCOMES_MAX);
    struct seen_outcome *s = &r->seen[r->outcomes++];
    *s = (struct seen_outcome){o->kind, o->attempts, o->retry_after_ms, o->http_status, ""};
    snprintf(s->error, sizeof(s->error), "%s", o->error);
    r->attempts = o->attempts;
    c->any = true;
    if (o->kind == NOTIFIER_RETRY) {
        struct async_timer *t;
        CHECK_INT_EQ(async_timer_start(c->loop, o->retry_after_ms, on_retry_due, r, &t), 0);
        return;
    }
    r->settled = true;
    c->settled++;
    c->all = c->settled == c->want;
}

static struct row *add_row(struct claimer *c, const char *channel, const char *payload)
{
    struct row *r = &c->rows[c->rows_used];
    *r = (struct row){.c = c, .id = c->rows_used, .channel = channel, .payload = strdup(payload)};
    c->rows_used++;
    return r;
}

/* A notifier posting orders to <receiver>/<scenario>/orders and inquiries to
 * <receiver>/<scenario>/inquiries; "other" goes to a closed port when with_other, else nowhere. */
static void claimer_start(struct claimer *c, struct async_poll *p, const struct receiver *rv,
                          const char *scenario, uint32_t max_in_flight, uint32_t timeout_ms,
                          bool with_other)
{
    char orders[256], inquiries[256]; /* the notifier keeps its own copies */
    snprintf(orders, sizeof(orders), "%s/%s/orders", rv->base, scenario);
    snprintf(inquiries, sizeof(inquiries), "%s/%s/inquiries", rv->base, scenario);
    *c = (struct claimer){.loop = async_poll_loop(p)};
    struct notifier_config cfg;
    notifier_config_defaults(&cfg);
    cfg.url[NOTIFIER_CHANNEL_ORDERS] = orders;
    cfg.url[NOTIFIER_CHANNEL_INQUIRIES] = inquiries;
    cfg.url[NOTIFIER_CHANNEL_OTHER] = with_other ? "http://127.0.0.1:1/other" : NULL;
    cfg.max_attempts = ATTEMPTS;
    cfg.backoff_base_ms = BACKOFF_BASE_MS;
    cfg.backoff_max_ms = BACKOFF_MAX_MS;
    cfg.max_in_flight = max_in_flight;
    cfg.max_host_connections = 2;
    cfg.timeout_ms = timeout_ms;
    cfg.seed = 42;
    char err[128];
    int rc = notifier_new(c->loop, &cfg, on_outcome, c, &c->n, err, sizeof(err));
    CHECK_INT_EQ(rc, 0);
    if (rc) {
        fprintf(stderr, "%s\n", err);
        exit(1);
    }
}

static void claimer_finish(struct claimer *c, struct async_poll *p)
{
    notifier_free(c->n);
    for (unsigned i = 0; i < c->rows_used; i++)
        free(c->rows[i].payload);
    CHECK_INT_EQ(async_poll_sources(p), 0);
}

static bool run_rows(struct claimer *c, struct async_poll *p, unsigned want)
{
    c->want = want;
    c->all = c->settled == want;
    return run_until(p, &c->all, WAIT_MS);
}

/* The posts the receiver recorded on `path`, in arrival order (a new array of references). */
static cJSON *posts_on(cJSON *posts, const char *path)
{
    cJSON *out = cJSON_CreateArray();
    const cJSON *post;
    cJSON_ArrayForEach(post, posts)
    {
        if (strcmp(cJSON_GetObjectItemCaseSensitive(post, "path")->valuestring, path) == 0)
            cJSON_AddItemReferenceToArray(out, (cJSON *)post);
    }
    return out;
}

static const char *str_at(const cJSON *obj, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    return cJSON_IsString(v) ? v->valuestring : "";
}

static const char order_payload[] =
    "{\"id\": \"m1\", \"category\": \"order\", \"status\": \"accepted\", \"order_id\": 101, "
    "\"items\": [{\"name\": \"Falafel Wrap\", \"qty\": 2, \"modifiers\": [\"no onions\"], "
    "\"unit_price\": 9.25, \"score\": 1.000}], \"unknown\": [], \"total\": 18.50, "
    "\"reply\": \"Thanks!\", \"customer\": \"Ana\", \"text\": \"2 falafel wraps no onions\"}";
static const char inquiry_payload[] =
    "{\"id\": \"m2\", \"category\": \"inquiry\", \"status\": \"answered\", \"items\": [], "
    "\"unknown\": [], \"reply\": \"Yes, until 10pm.\", \"text\": \"open late?\"}";

/* The body the receiver got equals discord_format's for the payload, key for key. */
static void check_body(const cJSON *post, const char *payload, uint32_t color)
{
    char *want = NULL, err[128];
    size_t len;
    CHECK_INT_EQ(discord_format(payload, strlen(payload), color, &want, &len, err, sizeof(err)), 0);
    cJSON *want_json = cJSON_Parse(want);
    const cJSON *got = cJSON_GetObjectItemCaseSensitive(post, "body");
    CHECK(cJSON_Compare(got, want_json, true));
    cJSON_Delete(want_json);
    free(want);
}

/* Rows of two channels delivered as exact Discord JSON, a long text cut at 4096; refusals. */
static void test_delivery(const struct receiver *rv, struct async_poll *p)
{
    struct claimer c;
    claimer_start(&c, p, rv, "delivery", 8, 5000, false);
    CHECK(notifier_delivers(c.n, "orders"));
    CHECK(notifier_delivers(c.n, "inquiries"));
    CHECK(!notifier_delivers(c.n, "other"));
    CHECK(!notifier_delivers(c.n, "kitchen"));
    char *long_text = malloc(6000);
    int n = snprintf(long_text, 6000,
                     "{\"category\": \"order\", \"status\": \"review\", "
                     "\"items\": [], \"text\": \"");
    for (int i = 0; i < 5000; i++)
        long_text[n++] = (char)('a' + i % 26);
    snprintf(long_text + n, 6000 - (size_t)n, "\"}");
    submit(&c, add_row(&c, "orders", order_payload));
    submit(&c, add_row(&c, "inquiries", inquiry_payload));
    submit(&c, add_row(&c, "orders", long_text));
    CHECK(run_rows(&c, p, 3));
    for (int i = 0; i < 3; i++) {
        CHECK_INT_EQ(c.rows[i].outcomes, 1);
        CHECK_INT_EQ(c.rows[i].seen[0].kind, NOTIFIER_DELIVERED);
        CHECK_INT_EQ(c.rows[i].seen[0].attempts, 1);
        CHECK_INT_EQ(c.rows[i].seen[0].status, 204);
        CHECK_STR_EQ(c.rows[i].seen[0].error, "");
    }
    const struct notifier_counters *k = notifier_counters(c.n);
    CHECK_INT_EQ(k->posted, 3);
    CHECK_INT_EQ(k->delivered, 3);
    CHECK_INT_EQ(k->in_flight, 0);
    CHECK(k->last_latency_us > 0);

    cJSON *posts = receiver_posts(rv);
    cJSON *orders = posts_on(posts, "/delivery/orders");
    cJSON *inquiries = posts_on(posts, "/delivery/inquiries");
    CHECK_INT_EQ(cJSON_GetArraySize(orders), 2);
    CHECK_INT_EQ(cJSON_GetArraySize(inquiries), 1);
    const cJSON *first = cJSON_GetArrayItem(orders, 0), *second = cJSON_GetArrayItem(orders, 1);
    const cJSON *first_body = cJSON_GetObjectItemCaseSensitive(first, "body");
    if (strstr(str_at(first_body, "content"), "#101") == NULL) { /* two connections: any order */
        const cJSON *t = first;
        first = second;
        second = t;
    }
    check_body(first, order_payload, DISCORD_COLOR_ORDERS);
    check_body(second, long_text, DISCORD_COLOR_ORDERS);
    check_body(cJSON_GetArrayItem(inquiries, 0), inquiry_payload, DISCORD_COLOR_INQUIRIES);
    const cJSON *body = cJSON_GetObjectItemCaseSensitive(first, "body");
    CHECK_STR_EQ(str_at(body, "content"), "New order #101: 2× Falafel Wrap — $18.50");
    const cJSON *headers = cJSON_GetObjectItemCaseSensitive(first, "headers");
    CHECK_STR_EQ(str_at(headers, "content-type"), "application/json");
    CHECK_STR_EQ(str_at(headers, "user-agent"), "brigade-notifier");
    const cJSON *embed =
        cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(
                               cJSON_GetObjectItemCaseSensitive(second, "body"), "embeds"),
                           0);
    const char *d = str_at(embed, "description");
    CHECK_INT_EQ(discord_units(d, strlen(d)), DISCORD_DESCRIPTION_MAX);
    CHECK(strncmp(d, "abcdefghij", 10) == 0);
    cJSON_Delete(orders);
    cJSON_Delete(inquiries);
    cJSON_Delete(posts);
    free(long_text);

    /* Refused, no outcome. */
    char err[128];
    struct notifier_row nr = {99, "other", order_payload, strlen(order_payload), 0};
    CHECK_INT_EQ(notifier_submit(c.n, &nr, err, sizeof(err)), -ENOENT);
    CHECK_STR_EQ(err, "channel other has no webhook URL");
    nr.channel = "kitchen";
    CHECK_INT_EQ(notifier_submit(c.n, &nr, err, sizeof(err)), -EINVAL);
    CHECK_STR_EQ(err, "unknown channel");
    nr.channel = "orders";
    nr.attempts = ATTEMPTS;
    CHECK_INT_EQ(notifier_submit(c.n, &nr, err, sizeof(err)), -EINVAL);
    CHECK_STR_EQ(err, "attempts exhausted (3 of 3)");
    nr.attempts = 0;
    nr.payload = "[]";
    nr.payload_len = 2;
    CHECK_INT_EQ(notifier_submit(c.n, &nr, err, sizeof(err)), -EINVAL);
    CHECK_STR_EQ(err, "payload is not a JSON object");
    CHECK_INT_EQ(notifier_in_flight(c.n), 0);
    claimer_finish(&c, p);
}

/* A 500, then success: retried once after the backoff, the attempts counted. */
static void test_500_then_success(const struct receiver *rv, struct async_poll *p)
{
    struct claimer c;
    claimer_start(&c, p, rv, "e500", 8, 5000, false);
    receiver_control(rv, "status=500&count=1");
    submit(&c, add_row(&c, "orders", order_payload));
    CHECK(run_rows(&c, p, 1));
    struct row *r = &c.rows[0];
    CHECK_INT_EQ(r->outcomes, 2);
    CHECK_INT_EQ(r->seen[0].kind, NOTIFIER_RETRY);
    CHECK_INT_EQ(r->seen[0].attempts, 1);
    CHECK_INT_EQ(r->seen[0].status, 500);
    CHECK_STR_EQ(r->seen[0].error, "HTTP 500: {\"message\": \"scripted\"}");
    CHECK(r->seen[0].retry_after_ms >= BACKOFF_BASE_MS / 2);
    CHECK(r->seen[0].retry_after_ms <= BACKOFF_BASE_MS);
    CHECK_INT_EQ(r->seen[1].kind, NOTIFIER_DELIVERED);
    CHECK_INT_EQ(r->seen[1].attempts, 2);
    cJSON *posts = receiver_posts(rv);
    cJSON *got = posts_on(posts, "/e500/orders");
    CHECK_INT_EQ(cJSON_GetArraySize(got), 2);
    double gap = receiver_post_time(cJSON_GetArrayItem(got, 1)) -
                 receiver_post_time(cJSON_GetArrayItem(got, 0));
    CHECK(gap * 1000 >= (double)r->seen[0].retry_after_ms);
    const struct notifier_counters *k = notifier_counters(c.n);
    CHECK_INT_EQ(k->retried, 1);
    CHECK_INT_EQ(k->delivered, 1);
    cJSON_Delete(got);
    cJSON_Delete(posts);
    claimer_finish(&c, p);
}

/* A 429 with retry_after 1.2 s (Discord's body): the row is retried no earlier, without using
 * an attempt, and a row submitted meanwhile to the same host waits for the pause too. */
static void test_429(const struct receiver *rv, struct async_poll *p)
{
    struct claimer c;
    claimer_start(&c, p, rv, "e429", 8, 5000, false);
    receiver_control(rv, "status=429&count=1&retry_after=1.2&style=body");
    submit(&c, add_row(&c, "orders", order_payload));
    CHECK(run_until(p, &c.any, WAIT_MS)); /* the 429's outcome */
    CHECK_INT_EQ(c.rows[0].seen[0].kind, NOTIFIER_RETRY);
    CHECK_INT_EQ(c.rows[0].seen[0].attempts, 0);
    CHECK_INT_EQ(c.rows[0].seen[0].retry_after_ms, 1200);
    CHECK_INT_EQ(c.rows[0].seen[0].status, 429);
    submit(&c, add_row(&c, "inquiries", inquiry_payload)); /* same host: held */
    const struct notifier_counters *k = notifier_counters(c.n);
    CHECK_INT_EQ(k->held, 1);
    CHECK_INT_EQ(k->rate_limited, 1);
    CHECK(run_rows(&c, p, 2));
    CHECK_INT_EQ(c.rows[0].seen[1].kind, NOTIFIER_DELIVERED);
    CHECK_INT_EQ(c.rows[0].seen[1].attempts, 1);
    CHECK_INT_EQ(c.rows[1].seen[0].kind, NOTIFIER_DELIVERED);
    cJSON *posts = receiver_posts(rv);
    cJSON *orders = posts_on(posts, "/e429/orders");
    cJSON *inquiries = posts_on(posts, "/e429/inquiries");
    CHECK_INT_EQ(cJSON_GetArraySize(orders), 2);
    CHECK_INT_EQ(cJSON_GetArraySize(inquiries), 1);
    double limited = receiver_post_time(cJSON_GetArrayItem(orders, 0));
    CHECK_INT_EQ(
        cJSON_GetObjectItemCaseSensitive(cJSON_GetArrayItem(orders, 0), "status")->valueint, 429);
    CHECK(receiver_post_time(cJSON_GetArrayItem(orders, 1)) - limited >= 1.2);
    CHECK(receiver_post_time(cJSON_GetArrayItem(inquiries, 0)) - limited >= 1.2);
    cJSON_Delete(orders);
    cJSON_Delete(inquiries);
    cJSON_Delete(posts);
    claimer_finish(&c, p);
}

/* X-RateLimit-Remaining: 0 on a success pauses the host for X-RateLimit-Reset-After. */
static void test_ratelimit_headers(const struct receiver *rv, struct async_poll *p)
{
    struct claimer c;
    claimer_start(&c, p, rv, "bucket", 8, 5000, false);
    receiver_control(rv, "ratelimit_reset_after=0.8&count=1");
    submit(&c, add_row(&c, "orders", order_payload));
    CHECK(run_rows(&c, p, 1));
    submit(&c, add_row(&c, "orders", order_payload));
    CHECK_INT_EQ(notifier_counters(c.n)->held, 1);
    CHECK(run_rows(&c, p, 2));
    cJSON *posts = receiver_posts(rv);
    cJSON *got = posts_on(posts, "/bucket/orders");
    CHECK_INT_EQ(cJSON_GetArraySize(got), 2);
    CHECK(receiver_post_time(cJSON_GetArrayItem(got, 1)) -
              receiver_post_time(cJSON_GetArrayItem(got, 0)) >=
          0.8);
    cJSON_Delete(got);
    cJSON_Delete(posts);
    claimer_finish(&c, p);
}

/* A 404 fails at once with the body kept; a closed port is a connection error, retried. */
static void test_permanent_and_refused(const struct receiver *rv, struct async_poll *p)
{
    struct claimer c;
    claimer_start(&c, p, rv, "e404", 8, 5000, true);
    receiver_control(rv, "status=404&count=1");
    submit(&c, add_row(&c, "orders", order_payload));
    submit(&c, add_row(&c, "other", order_payload));
    CHECK(run_rows(&c, p, 2));
    CHECK_INT_EQ(c.rows[0].outcomes, 1);
    CHECK_INT_EQ(c.rows[0].seen[0].kind, NOTIFIER_FAILED);
    CHECK_INT_EQ(c.rows[0].seen[0].attempts, 1);
    CHECK_INT_EQ(c.rows[0].seen[0].status, 404);
    CHECK_STR_EQ(c.rows[0].seen[0].error, "HTTP 404: {\"message\": \"scripted\"}");
    struct row *r = &c.rows[1]; /* refused three times: retry, retry, failed */
    CHECK_INT_EQ(r->outcomes, ATTEMPTS);
    CHECK_INT_EQ(r->seen[0].kind, NOTIFIER_RETRY);
    CHECK(strncmp(r->seen[0].error, "curl error 7: ", 14) == 0);
    CHECK(r->seen[1].retry_after_ms >= BACKOFF_BASE_MS); /* doubled: [100, 200] */
    CHECK(r->seen[1].retry_after_ms <= 2 * BACKOFF_BASE_MS);
    CHECK_INT_EQ(r->seen[2].kind, NOTIFIER_FAILED);
    CHECK_INT_EQ(r->seen[2].attempts, ATTEMPTS);
    CHECK(strncmp(r->seen[2].error, "gave up after 3 attempts: curl error 7: ", 40) == 0);
    CHECK(strstr(r->seen[2].error, "/other") == NULL); /* never the URL */
    CHECK_INT_EQ(notifier_counters(c.n)->failed, 2);
    claimer_finish(&c, p);
}

/* A server slower than the timeout, every time: the attempts run out. */
static void test_timeouts(const struct receiver *rv, struct async_poll *p)
{
    struct claimer c;
    claimer_start(&c, p, rv, "slow", 8, 300, false);
    receiver_control(rv, "delay=1&count=3");
    submit(&c, add_row(&c, "orders", order_payload));
    CHECK(run_rows(&c, p, 1));
    struct row *r = &c.rows[0];
    CHECK_INT_EQ(r->outcomes, 3);
    CHECK_INT_EQ(r->seen[0].kind, NOTIFIER_RETRY);
    CHECK_INT_EQ(r->seen[0].status, 0);
    CHECK(strncmp(r->seen[0].error, "curl error 28: ", 15) == 0);
    CHECK_INT_EQ(r->seen[1].kind, NOTIFIER_RETRY);
    CHECK_INT_EQ(r->seen[2].kind, NOTIFIER_FAILED);
    CHECK(strncmp(r->seen[2].error, "gave up after 3 attempts: curl error 28: ", 41) == 0);
    claimer_finish(&c, p);
}

/* max_in_flight rows accepted (two posted, the rest held for the host), one more refused. */
static void test_in_flight_bound(const struct receiver *rv, struct async_poll *p)
{
    struct claimer c;
    claimer_start(&c, p, rv, "full", 4, 5000, false);
    receiver_control(rv, "delay=0.2&count=4");
    for (int i = 0; i < 4; i++)
        submit(&c, add_row(&c, "orders", order_payload));
    const struct notifier_counters *k = notifier_counters(c.n);
    CHECK_INT_EQ(k->in_flight, 4);
    CHECK_INT_EQ(k->posted, 2);
    CHECK_INT_EQ(k->held, 2);
    char err[128];
    struct notifier_row nr = {99, "orders", order_payload, strlen(order_payload), 0};
    CHECK_INT_EQ(notifier_submit(c.n, &nr, err, sizeof(err)), -EAGAIN);
    CHECK_STR_EQ(err, "4 rows in flight");
    CHECK(run_rows(&c, p, 4));
    CHECK_INT_EQ(k->delivered, 4);
    CHECK_INT_EQ(k->held, 0);
    submit(&c, add_row(&c, "orders", order_payload));
    CHECK(run_rows(&c, p, 5));
    claimer_finish(&c, p);
}

static void test_bad_config(struct async_poll *p)
{
    struct notifier_config cfg;
    notifier_config_defaults(&cfg);
    cfg.url[NOTIFIER_CHANNEL_ORDERS] = "ftp://secret-token@example.com/x";
    struct notifier *n = NULL;
    char err[160];
    CHECK_INT_EQ(notifier_new(async_poll_loop(p), &cfg, on_outcome, NULL, &n, err, sizeof(err)),
                 -EINVAL);
    CHECK_STR_EQ(err, "notifier: the webhook URL for channel orders is not an http(s) URL");
    cfg.url[NOTIFIER_CHANNEL_ORDERS] = "http://127.0.0.1:9/x";
    cfg.max_attempts = 0;
    CHECK_INT_EQ(notifier_new(async_poll_loop(p), &cfg, on_outcome, NULL, &n, err, sizeof(err)),
                 -EINVAL);
    CHECK_STR_EQ(err, "notifier: max_attempts must be 1..1000");
    CHECK_INT_EQ(async_poll_sources(p), 0);
}

int main(void)
{
    CHECK_INT_EQ(webhook_global_init(), 0);
    struct receiver rv;
    receiver_start(&rv);
    struct async_poll *p = async_poll_new(64);
    test_delivery(&rv, p);
    test_500_then_success(&rv, p);
    test_429(&rv, p);
    test_ratelimit_headers(&rv, p);
    test_permanent_and_refused(&rv, p);
    test_timeouts(&rv, p);
    test_in_flight_bound(&rv, p);
    test_bad_config(p);
    async_poll_free(p);
    receiver_stop(&rv);
    curl_global_cleanup();
    return check_finish("test_notifier");
}
