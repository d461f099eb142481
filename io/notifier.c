/* notifier.c — outbox rows to Discord-compatible webhooks: formatting, per-host pacing,
 * outcomes (see notifier.h). */
#include "io/notifier.h"

#include <curl/curl.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "io/discord.h"
#include "io/webhook.h"
#include "kernels/assert.h"

#define NOTIFIER_ASSERT(cond) BRIGADE_ASSERT(cond)

/* Single writer, readers on other threads: whole 64-bit words, no lock. */
#define COUNTER_SET(field, value) __atomic_store_n(&(field), (value), __ATOMIC_RELAXED)
#define COUNTER_ADD(field, d)     COUNTER_SET(field, (field) + (d))
#define COUNTER_SUB(field, d)     COUNTER_SET(field, (field) - (d))

enum {
    NOTIFIER_HOST_KEY_MAX = 320, /* "https://" + a 253-byte host name + ":65535" */
    NOTIFIER_BODY_SHOWN = 300,   /* bytes of a response body quoted in an error */
    NOTIFIER_NONE = -1,          /* end of a host's line */
};

_Static_assert(NOTIFIER_IN_FLIGHT_MAX <= WEBHOOK_PENDING_MAX, "every row can be posted at once");
_Static_assert(NOTIFIER_HOST_CONNECTIONS_MAX *NOTIFIER_CHANNEL_MAX <= WEBHOOK_CONNECTIONS_MAX,
               "every host can have its connections");

static const char *const channel_names[NOTIFIER_CHANNEL_MAX] = {"orders", "inquiries", "other"};
static const uint32_t channel_colors[NOTIFIER_CHANNEL_MAX] = {
    DISCORD_COLOR_ORDERS, DISCORD_COLOR_INQUIRIES, DISCORD_COLOR_OTHER};

/* A row accepted and not answered yet. */
struct notifier_record {
    struct notifier *n;
    bool used;
    int64_t id;
    int32_t attempts;
    enum notifier_channel channel;
    char *body; /* the Discord JSON, from discord_format */
    size_t body_len;
    int next; /* the next record in its host's line, or NOTIFIER_NONE */
};

/* One webhook host (scheme, name, port): its line of held rows and its pause. */
struct notifier_host {
    struct notifier *n;
    char key[NOTIFIER_HOST_KEY_MAX];
    uint64_t paused_until_ms; /* loop time; 0 when not paused */
    struct async_timer *timer;
    int head, tail; /* the line, oldest first */
    unsigned posting;
};

struct notifier {
    struct async_loop loop;
    struct notifier_config cfg;
    struct webhook *webhook;
    char *url[NOTIFIER_CHANNEL_MAX];
    int host_of[NOTIFIER_CHANNEL_MAX]; /* NOTIFIER_NONE for a channel without URL */
    struct notifier_host hosts[NOTIFIER_CHANNEL_MAX];
    unsigned host_count;
    struct notifier_record *records;
    notifier_outcome_fn fn;
    void *ctx;
    uint64_t rng; /* splitmix64 state, for the jitter */
    struct notifier_counters counters;
    char error[NOTIFIER_ERROR_MAX];
};

/* ---- the policy ---- */

const char *notifier_channel_name(enum notifier_channel c)
{
    NOTIFIER_ASSERT(c < NOTIFIER_CHANNEL_MAX);
    return channel_names[c];
}

int notifier_channel_parse(const char *name, enum notifier_channel *out)
{
    for (int c = 0; c < NOTIFIER_CHANNEL_MAX; c++) {
        if (name && strcmp(name, channel_names[c]) == 0) {
            *out = (enum notifier_channel)c;
            return 0;
        }
    }
    return -EINVAL;
}

enum notifier_verdict notifier_classify(long http_status, int curl_code)
{
    switch (curl_code) {
    case CURLE_OK:
        break;
    case CURLE_UNSUPPORTED_PROTOCOL: /* the URL is wrong: retrying cannot help */
    case CURLE_URL_MALFORMAT:
    case CURLE_NOT_BUILT_IN:
        return NOTIFIER_VERDICT_PERMANENT;
    default: /* timeouts, refused or reset connections, name resolution, TLS, partial replies */
        return NOTIFIER_VERDICT_TRANSIENT;
    }
    if (http_status >= 200 && http_status <= 299)
        return NOTIFIER_VERDICT_DELIVERED;
    if (http_status == 429)
        return NOTIFIER_VERDICT_RATE_LIMITED;
    if (http_status == 408 || (http_status >= 500 && http_status <= 599))
        return NOTIFIER_VERDICT_TRANSIENT;
    return NOTIFIER_VERDICT_PERMANENT; /* 4xx; 1xx and 3xx are not answers a webhook gives */
}

uint64_t notifier_backoff_ms(uint32_t base_ms, uint32_t max_ms, uint32_t attempts, uint64_t random)
{
    NOTIFIER_ASSERT(attempts >= 1);
    uint64_t d = max_ms;
    if (attempts - 1 < 32) { /* base_ms < 2^32, so the shift stays below 2^64 */
        uint64_t doubled = (uint64_t)base_ms << (attempts - 1);
        d = doubled < max_ms ? doubled : max_ms;
    }
    uint64_t half = d / 2;
    return half + random % (d - half + 1); /* "equal jitter": [d/2, d] */
}

void notifier_config_defaults(struct notifier_config *c)
{
    *c = (struct notifier_config){
        .max_attempts = NOTIFIER_ATTEMPTS_DEFAULT,
        .backoff_base_ms = NOTIFIER_BACKOFF_BASE_MS_DEFAULT,
        .backoff_max_ms = NOTIFIER_BACKOFF_MAX_MS_DEFAULT,
        .max_in_flight = NOTIFIER_IN_FLIGHT_DEFAULT,
        .max_host_connections = NOTIFIER_HOST_CONNECTIONS_DEFAULT,
        .timeout_ms = NOTIFIER_TIMEOUT_MS_DEFAULT,
    };
}

static uint64_t notifier_random(struct notifier *n)
{
    uint64_t z = (n->rng += 0x9e3779b97f4a7c15ull); /* splitmix64 */
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

/* ---- set-up ---- */

static int notifier_check_config(const struct notifier_config *c, char *err, size_t err_size)
{
    const char *bad = NULL;
    if (c->max_attempts < 1 || c->max_attempts > NOTIFIER_ATTEMPTS_MAX)
        bad = "max_attempts must be 1..1000";
    else if (c->backoff_base_ms < 1 || c->backoff_base_ms > c->backoff_max_ms)
        bad = "backoff_base_ms must be 1..backoff_max_ms";
    else if (c->backoff_max_ms > NOTIFIER_BACKOFF_MS_MAX)
        bad = "backoff_max_ms must be at most a day";
    else if (c->max_in_flight < 1 || c->max_in_flight > NOTIFIER_IN_FLIGHT_MAX)
        bad = "max_in_flight must be 1..1024";
    else if (c->max_host_connections < 1 || c->max_host_connections > NOTIFIER_HOST_CONNECTIONS_MAX)
        bad = "max_host_connections must be 1..64";
    if (!bad)
        return 0;
    snprintf(err, err_size, "notifier: %s", bad);
    return -EINVAL;
}

/* "scheme://host:port" of an http(s) URL, the port made explicit. 0 or -EINVAL. */
static int notifier_host_key(const char *url, char *key, size_t key_size)
{
    CURLU *u = curl_url();
    BRIGADE_OOM_CHECK(u);
    char *scheme = NULL, *host = NULL, *port = NULL;
    int rc = -EINVAL;
    if (strlen(url) <= WEBHOOK_URL_MAX && curl_url_set(u, CURLUPART_URL, url, 0) == CURLUE_OK &&
        curl_url_get(u, CURLUPART_SCHEME, &scheme, 0) == CURLUE_OK &&
        curl_url_get(u, CURLUPART_HOST, &host, 0) == CURLUE_OK &&
        curl_url_get(u, CURLUPART_PORT, &port, CURLU_DEFAULT_PORT) == CURLUE_OK &&
        (strcmp(scheme, "http") == 0 || strcmp(scheme, "https") == 0)) {
        int len = snprintf(key, key_size, "%s://%s:%s", scheme, host, port);
        rc = len > 0 && (size_t)len < key_size ? 0 : -EINVAL;
    }
    curl_free(scheme);
    curl_free(host);
    curl_free(port);
    curl_url_cleanup(u);
    return rc;
}

/* The host of each channel with a URL; channels on one host share it. */
static int notifier_hosts_init(struct notifier *n, char *err, size_t err_size)
{
    for (int c = 0; c < NOTIFIER_CHANNEL_MAX; c++) {
        n->host_of[c] = NOTIFIER_NONE;
        const char *url = n->cfg.url[c];
        if (!url || !url[0])
            continue;
        char key[NOTIFIER_HOST_KEY_MAX];
        if (notifier_host_key(url, key, sizeof(key)) != 0) {
            snprintf(err, err_size,
                     "notifier: the webhook URL for channel %s is not an http(s) URL",
                     channel_names[c]);
            return -EINVAL;
        }
        n->url[c] = strdup(url);
        BRIGADE_OOM_CHECK(n->url[c]);
        unsigned h = 0;
        while (h < n->host_count && strcmp(n->hosts[h].key, key) != 0)
            h++;
        if (h == n->host_count) {
            n->hosts[h] =
                (struct notifier_host){.n = n, .head = NOTIFIER_NONE, .tail = NOTIFIER_NONE};
            memcpy(n->hosts[h].key, key, sizeof(key));
            n->host_count++;
        }
        n->host_of[c] = (int)h;
    }
    return 0;
}

int notifier_new(struct async_loop loop, const struct notifier_config *cfg, notifier_outcome_fn fn,
                 void *ctx, struct notifier **out, char *err, size_t err_size)
{
    NOTIFIER_ASSERT(fn != NULL);
    int rc = notifier_check_config(cfg, err, err_size);
    if (rc)
        return rc;
    struct notifier *n = calloc(1, sizeof(*n));
    BRIGADE_OOM_CHECK(n);
    n->loop = loop;
    n->cfg = *cfg;
    n->fn = fn;
    n->ctx = ctx;
    n->rng = cfg->seed ? cfg->seed : (uint64_t)time(NULL) ^ ((uint64_t)getpid() << 32);
    n->records = calloc(cfg->max_in_flight, sizeof(*n->records));
    BRIGADE_OOM_CHECK(n->records);
    rc = notifier_hosts_init(n, err, err_size);
    if (rc == 0) {
        unsigned hosts = n->host_count ? n->host_count : 1;
        struct webhook_config wc = {
            .max_pending = cfg->max_in_flight, /* the notifier never has more posts out */
            .max_host_connections = cfg->max_host_connections,
            .max_total_connections = cfg->max_host_connections * hosts,
            .timeout_ms = cfg->timeout_ms,
        };
        rc = webhook_new(loop, &wc, &n->webhook, err, err_size);
    }
    if (rc) {
        notifier_free(n);
        return rc;
    }
    *out = n;
    return 0;
}

void notifier_free(struct notifier *n)
{
    if (!n)
        return;
    webhook_free(n->webhook); /* no completion runs from here on */
    for (unsigned h = 0; h < n->host_count; h++) {
        if (n->hosts[h].timer)
            async_timer_stop(n->loop, n->hosts[h].timer);
    }
    for (unsigned i = 0; i < n->cfg.max_in_flight; i++)
        free(n->records[i].body);
    for (int c = 0; c < NOTIFIER_CHANNEL_MAX; c++)
        free(n->url[c]);
    free(n->records);
    free(n);
}

bool notifier_delivers(const struct notifier *n, const char *channel)
{
    enum notifier_channel c;
    return notifier_channel_parse(channel, &c) == 0 && n->host_of[c] != NOTIFIER_NONE;
}

unsigned notifier_in_flight(const struct notifier *n)
{
    return (unsigned)n->counters.in_flight;
}

const struct notifier_counters *notifier_counters(const struct notifier *n)
{
    return &n->counters;
}

/* ---- hosts: the line of held rows, the pause ---- */

static void notifier_pump(struct notifier *n, struct notifier_host *h);
static void notifier_on_done(void *ctx, const struct webhook_result *r);

static void host_push(struct notifier *n, struct notifier_host *h, int i)
{
    n->records[i].next = NOTIFIER_NONE;
    if (h->tail == NOTIFIER_NONE)
        h->head = i;
    else
        n->records[h->tail].next = i;
    h->tail = i;
    COUNTER_ADD(n->counters.held, 1);
}

static int host_pop(struct notifier *n, struct notifier_host *h)
{
    int i = h->head;
    NOTIFIER_ASSERT(i != NOTIFIER_NONE);
    h->head = n->records[i].next;
    if (h->head == NOTIFIER_NONE)
        h->tail = NOTIFIER_NONE;
    COUNTER_SUB(n->counters.held, 1);
    return i;
}

static void host_on_timer(void *ctx);

/* Pauses h until loop time `until_ms` (a later pause wins). When the loop has no room for the
 * timer the pause is dropped: a row posted early beats a row that never leaves. */
static void host_pause(struct notifier *n, struct notifier_host *h, uint64_t until_ms)
{
    if (until_ms <= h->paused_until_ms)
        return;
    h->paused_until_ms = until_ms;
    if (h->timer)
        async_timer_stop(n->loop, h->timer);
    h->timer = NULL;
    uint64_t now = async_now_ms(n->loop);
    uint64_t delay = until_ms > now ? until_ms - now : 0;
    if (async_timer_start(n->loop, delay, host_on_timer, h, &h->timer) != 0) {
        h->timer = NULL;
        h->paused_until_ms = 0;
    }
}

/* The pause is over: post what waited. */
static void host_on_timer(void *ctx)
{
    struct notifier_host *h = ctx;
    h->timer = NULL; /* fired: the loop has released it */
    h->paused_until_ms = 0;
    notifier_pump(h->n, h);
}

/* Posts the host's held rows, oldest first, while it is not paused and has a free connection. */
static void notifier_pump(struct notifier *n, struct notifier_host *h)
{
    if (h->paused_until_ms > async_now_ms(n->loop))
        return; /* the pause's timer pumps again */
    while (h->head != NOTIFIER_NONE && h->posting < n->cfg.max_host_connections) {
        int i = host_pop(n, h);
        struct notifier_record *rec = &n->records[i];
        int rc = webhook_post(n->webhook, n->url[rec->channel], rec->body, rec->body_len,
                              notifier_on_done, rec);
        /* The webhook has a slot per row and the bodies were sized when formatted. */
        NOTIFIER_ASSERT(rc == 0);
        h->posting++;
        COUNTER_ADD(n->counters.posted, 1);
    }
}

int notifier_submit(struct notifier *n, const struct notifier_row *row, char *err, size_t err_size)
{
    enum notifier_channel c;
    if (notifier_channel_parse(row->channel, &c) != 0) {
        snprintf(err, err_size, "unknown channel");
        return -EINVAL;
    }
    if (n->host_of[c] == NOTIFIER_NONE) {
        snprintf(err, err_size, "channel %s has no webhook URL", channel_names[c]);
        return -ENOENT;
    }
    if (row->attempts < 0 || (uint32_t)row->attempts >= n->cfg.max_attempts) {
        snprintf(err, err_size, "attempts exhausted (%d of %u)", (int)row->attempts,
                 n->cfg.max_attempts);
        return -EINVAL;
    }
    int i = 0;
    while ((unsigned)i < n->cfg.max_in_flight && n->records[i].used)
        i++;
    if ((unsigned)i == n->cfg.max_in_flight) {
        snprintf(err, err_size, "%u rows in flight", n->cfg.max_in_flight);
        return -EAGAIN;
    }
    struct notifier_record *rec = &n->records[i];
    char ferr[128];
    if (discord_format(row->payload, row->payload_len, channel_colors[c], &rec->body,
                       &rec->body_len, ferr, sizeof(ferr)) != 0) {
        snprintf(err, err_size, "%s", ferr);
        return -EINVAL;
    }
    NOTIFIER_ASSERT(rec->body_len <= WEBHOOK_REQUEST_MAX);
    rec->n = n;
    rec->used = true;
    rec->id = row->id;
    rec->attempts = row->attempts;
    rec->channel = c;
    COUNTER_ADD(n->counters.in_flight, 1);
    struct notifier_host *h = &n->hosts[n->host_of[c]];
    host_push(n, h, i);
    notifier_pump(n, h); /* posting never completes inside: no outcome from here */
    return 0;
}

/* ---- outcomes ---- */

/* "HTTP 404: {"message": "Unknown Webhook", ...}" (the body on one line, cut), or "HTTP 404". */
static void error_http(char *out, size_t size, const struct webhook_result *r)
{
    int n = snprintf(out, size, "HTTP %ld", r->status);
    size_t len = n > 0 ? (size_t)n : 0;
    if (r->body_len == 0 || len + 2 >= size)
        return;
    len += (size_t)snprintf(out + len, size - len, ": ");
    for (size_t i = 0; i < r->body_len && i < NOTIFIER_BODY_SHOWN && len + 1 < size; i++) {
        unsigned char ch = (unsigned char)r->body[i];
        out[len++] = ch < 0x20 || ch == 0x7f ? ' ' : (char)ch;
    }
    out[len] = '\0';
}

static void error_text(char *out, size_t size, const struct webhook_result *r)
{
    if (r->curl_code != 0)
        snprintf(out, size, "curl error %d: %s", r->curl_code, r->error);
    else
        error_http(out, size, r);
}

/* The outcome of a finished post, pausing the host when the server asked for it. */
static void notifier_judge(struct notifier *n, struct notifier_host *h,
                           const struct notifier_record *rec, const struct webhook_result *r,
                           struct notifier_outcome *o)
{
    uint64_t now = async_now_ms(n->loop);
    o->attempts = rec->attempts + 1;
    switch (notifier_classify(r->status, r->curl_code)) {
    case NOTIFIER_VERDICT_DELIVERED:
        o->kind = NOTIFIER_DELIVERED;
        if (r->ratelimit_remaining == 0 && r->ratelimit_reset_after_ms > 0)
            host_pause(n, h, now + (uint64_t)r->ratelimit_reset_after_ms);
        return;
    case NOTIFIER_VERDICT_RATE_LIMITED:
        COUNTER_ADD(n->counters.rate_limited, 1);
        o->kind = NOTIFIER_RETRY;
        o->attempts = rec->attempts; /* the server did not look at the message */
        o->retry_after_ms =
            r->retry_after_ms >= 0
                ? (uint64_t)r->retry_after_ms
                : notifier_backoff_ms(n->cfg.backoff_base_ms, n->cfg.backoff_max_ms,
                                      (uint32_t)o->attempts + 1, notifier_random(n));
        host_pause(n, h, now + o->retry_after_ms);
        error_text(n->error, sizeof(n->error), r);
        return;
    case NOTIFIER_VERDICT_TRANSIENT:
        error_text(n->error, sizeof(n->error), r);
        if ((uint32_t)o->attempts >= n->cfg.max_attempts) {
            char last[NOTIFIER_ERROR_MAX];
            memcpy(last, n->error, sizeof(last));
            snprintf(n->error, sizeof(n->error), "gave up after %d attempts: %.*s",
                     (int)o->attempts, NOTIFIER_ERROR_MAX - 40, last);
            o->kind = NOTIFIER_FAILED;
            return;
        }
        o->kind = NOTIFIER_RETRY;
        o->retry_after_ms = notifier_backoff_ms(n->cfg.backoff_base_ms, n->cfg.backoff_max_ms,
                                                (uint32_t)o->attempts, notifier_random(n));
        if (r->retry_after_ms >= 0 && (uint64_t)r->retry_after_ms > o->retry_after_ms)
            o->retry_after_ms = (uint64_t)r->retry_after_ms; /* a 503 may say when */
        return;
    case NOTIFIER_VERDICT_PERMANENT:
    case NOTIFIER_VERDICT_MAX:
        break;
    }
    o->kind = NOTIFIER_FAILED;
    error_text(n->error, sizeof(n->error), r);
}

static void notifier_on_done(void *ctx, const struct webhook_result *r)
{
    struct notifier_record *rec = ctx;
    struct notifier *n = rec->n;
    NOTIFIER_ASSERT(rec->used);
    struct notifier_host *h = &n->hosts[n->host_of[rec->channel]];
    NOTIFIER_ASSERT(h->posting > 0);
    h->posting--;
    COUNTER_SET(n->counters.last_latency_us, r->total_us);
    n->error[0] = '\0';
    struct notifier_outcome o = {.id = rec->id, .http_status = r->status, .error = n->error};
    notifier_judge(n, h, rec, r, &o);
    /* The slot is free before the callback, so the callback can submit the next row. */
    free(rec->body);
    *rec = (struct notifier_record){0};
    COUNTER_SUB(n->counters.in_flight, 1);
    if (o.kind == NOTIFIER_DELIVERED)
        COUNTER_ADD(n->counters.delivered, 1);
    else if (o.kind == NOTIFIER_RETRY)
        COUNTER_ADD(n->counters.retried, 1);
    else
        COUNTER_ADD(n->counters.failed, 1);
    notifier_pump(n, h); /* rows held for this host go first */
    n->fn(n->ctx, &o);
}
