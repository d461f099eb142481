/* orders.c — each core's order store, and core 0's outbox delivery (see orders.h). */
#define _GNU_SOURCE
#include "gateway/app/orders.h"

#include <curl/curl.h>
#include <errno.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include "gateway/net/loop.h"
#include "gateway/obs/log.h"
#include "gateway/obs/metrics.h"
#include "io/migrate.h"
#include "io/pg.h"
#include "io/webhook.h"
#include "kernels/assert.h"

#define ORDERS_ASSERT(cond) BRIGADE_ASSERT(cond)

enum {
    ORDERS_CORES_MAX = 256,
    ORDERS_ERROR_BYTES = 512,
    ORDERS_NO_URL_RETRY_MS = 60000, /* a row of a channel this process does not deliver */
    /* A fresh outbox row is due at once: core 0 claims it when poked. (0 would mean the
     * store's default lease.) */
    ORDERS_FRESH_LEASE_MS = 1,
};

/* Counters a core writes and /metrics reads from any thread (relaxed). */
struct orders_counters {
    uint64_t outcomes[ORDER_STORE_STATUS_MAX];
    uint64_t refused_unconnected;
    uint64_t claimed;
    uint64_t marks_failed; /* an outcome that could not be written back (the lease retries) */
    struct notifier_counters webhook; /* core 0: the notifier's, copied after each change */
    uint64_t backlog, oldest_ms;      /* core 0: the outbox's, read at each poll */
};

struct orders_app {
    struct orders_config cfg;
    int kick_fd; /* core 0's eventfd: outbox rows were committed somewhere */
    atomic_uint connected_cores;
    _Atomic(struct orders_core *) cores[ORDERS_CORES_MAX];
};

struct orders_core {
    struct orders_app *app;
    unsigned core;
    struct async_loop loop;
    struct order_store *store;
    orders_done_fn done;
    void *done_ctx;
    struct async_timer *flush_timer; /* NULL: no flush pending this pass */
    bool connected;
    struct orders_counters counters;
    /* core 0 only */
    struct notifier *notifier;
    struct async_timer *poll_timer;
    bool claiming;    /* a claim is in flight */
    bool claim_again; /* poked while it was: claim once more when it returns */
};

static void orders_count(uint64_t *c, uint64_t n)
{
    __atomic_store_n(c, *c + n, __ATOMIC_RELAXED);
}

/* ---- start-up ------------------------------------------------------------------------- */

static int orders_migrate(const char *uri)
{
    char err[PG_ERROR_MAX];
    PGconn *conn = NULL;
    if (pg_connect(uri, NULL, &conn, err, sizeof(err)) < 0) {
        log_error("cannot reach PostgreSQL", "error=\"%s\"", err);
        return 1;
    }
    struct migrate_result r;
    int rc = migrate_apply(conn, &r, err, sizeof(err));
    PQfinish(conn);
    if (rc < 0) {
        log_error("cannot migrate the schema", "error=\"%s\"", err);
        return 1;
    }
    log_info("schema ready", "version=%d applied=%d", r.version_current, r.applied_count);
    return 0;
}

static char *orders_metrics_render(void *user, size_t *len);

int orders_init(struct orders_app **out, const struct orders_config *cfg)
{
    *out = NULL;
    if (!cfg->pg_uri[0])
        return 0;
    ORDERS_ASSERT(cfg->cores >= 1 && cfg->cores <= ORDERS_CORES_MAX);
    if (orders_migrate(cfg->pg_uri) != 0)
        return 1;
    if (webhook_global_init() != 0) {
        log_error("cannot set up libcurl", "call=curl_global_init");
        return 1;
    }
    struct orders_app *oa = calloc(1, sizeof(*oa));
    ORDERS_ASSERT(oa != NULL);
    oa->cfg = *cfg;
    oa->kick_fd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    ORDERS_ASSERT(oa->kick_fd >= 0);
    atomic_init(&oa->connected_cores, 0);
    metrics_section_add(orders_metrics_render, oa);
    unsigned channels = 0;
    for (int c = 0; c < NOTIFIER_CHANNEL_MAX; c++)
        channels += cfg->webhook[c][0] != '\0';
    log_info("orders stored", "connections_per_core=%u webhooks=%u", cfg->connections_per_core,
             channels); /* the URLs are secrets: never logged */
    *out = oa;
    return 0;
}

void orders_free(struct orders_app *oa)
{
    if (!oa)
        return;
    for (unsigned i = 0; i < ORDERS_CORES_MAX; i++)
        free(atomic_load(&oa->cores[i]));
    close(oa->kick_fd);
    curl_global_cleanup();
    free(oa);
}

bool orders_notifies(const struct orders_app *oa, const char *channel)
{
    enum notifier_channel c;
    return notifier_channel_parse(channel, &c) == 0 && oa->cfg.webhook[c][0] != '\0';
}

bool orders_core_notifies(const struct orders_core *oc, const char *channel)
{
    return orders_notifies(oc->app, channel);
}

const char *orders_inbox_uri(const struct orders_app *oa)
{
    return oa->cfg.inbox ? oa->cfg.pg_uri : NULL;
}

uint32_t orders_inbox_lease_ms(const struct orders_app *oa)
{
    return oa->cfg.inbox_lease_ms;
}

bool orders_ready(const struct orders_app *oa)
{
    return atomic_load_explicit(&oa->connected_cores, memory_order_relaxed) == oa->cfg.cores;
}

bool orders_core_connected(const struct orders_core *oc)
{
    return oc->connected;
}

struct order_store *orders_core_store(struct orders_core *oc)
{
    return oc->store;
}

/* ---- the store ------------------------------------------------------------------------ */

static void orders_on_state(void *ctx, bool connected)
{
    struct orders_core *oc = ctx;
    if (connected == oc->connected)
        return;
    oc->connected = connected;
    if (connected)
        atomic_fetch_add(&oc->app->connected_cores, 1);
    else
        atomic_fetch_sub(&oc->app->connected_cores, 1);
    if (connected)
        log_info("database connected", "core=%u", oc->core);
    else
        log_warn("database unreachable: messages get 503 until it is back", "core=%u error=\"%s\"",
                 oc->core, order_store_last_error(oc->store));
}

static void orders_kick(struct orders_app *oa)
{
    uint64_t one = 1;
    ssize_t n = write(oa->kick_fd, &one, sizeof(one));
    (void)n; /* a counter at its maximum already says "look" */
}

static void orders_on_done(void *ctx, uint64_t tag, const struct order_store_outcome *o)
{
    struct orders_core *oc = ctx;
    orders_count(&oc->counters.outcomes[o->status], 1);
    if (o->status == ORDER_STORE_STORED && o->notification_id)
        orders_kick(oc->app);
    if (o->status == ORDER_STORE_REJECTED || o->status == ORDER_STORE_BATCH_FAILED)
        log_error("message not stored", "status=%s sqlstate=%s error=\"%s\"",
                  order_store_status_name(o->status), o->sqlstate, o->error);
    ORDERS_ASSERT(oc->done != NULL); /* only a pipeline submits */
    oc->done(oc->done_ctx, tag, o);
}

static void orders_on_flush(void *ctx)
{
    struct orders_core *oc = ctx;
    oc->flush_timer = NULL;
    order_store_flush(oc->store);
}

int orders_submit(struct orders_core *oc, const struct order_store_message *m, uint64_t tag)
{
    int rc = order_store_submit(oc->store, m, tag);
    if (rc == -ENOTCONN)
        orders_count(&oc->counters.refused_unconnected, 1);
    if (rc != 0)
        return rc;
    /* Everything submitted in this pass goes in one transaction: flushed when the pass's
     * completions are done (a 0 ms timer completes on the next submit-and-wait). */
    if (!oc->flush_timer &&
        async_timer_start(oc->loop, 0, orders_on_flush, oc, &oc->flush_timer) != 0) {
        oc->flush_timer = NULL;
        order_store_flush(oc->store); /* the loop's table is full: send at once */
    }
    return 0;
}

/* ---- delivery (core 0) ---------------------------------------------------------------- */

/* A claimed row is not claimed again (by any instance) before the lease ends: it should
 * outlast one delivery and a host's rate-limit pause; a process killed meanwhile leaves its
 * rows to whoever claims after it. */
static uint32_t orders_lease_ms(const struct orders_config *cfg)
{
    return cfg->lease_ms;
}

static void orders_on_mark(void *ctx, enum pg_pipeline_status status, const char *error,
                           bool updated)
{
    struct orders_core *oc = ctx;
    (void)updated;
    if (status != PG_PIPELINE_OK) {
        orders_count(&oc->counters.marks_failed, 1);
        log_warn("notification state not written (its lease brings it back)", "error=\"%s\"",
                 error);
    }
}

static void orders_mark_result(struct orders_core *oc, int rc)
{
    if (rc != 0) {
        orders_count(&oc->counters.marks_failed, 1);
        log_warn("notification state not written (its lease brings it back)", "error=\"%s\"",
                 strerror(-rc));
    }
}

static void orders_claim(struct orders_core *oc);

/* The notifier's counters live as long as it does: /metrics reads this copy instead. */
static void orders_snapshot_webhook(struct orders_core *oc)
{
    const struct notifier_counters *nc = notifier_counters(oc->notifier);
    struct notifier_counters *w = &oc->counters.webhook;
    __atomic_store_n(&w->posted, nc->posted, __ATOMIC_RELAXED);
    __atomic_store_n(&w->delivered, nc->delivered, __ATOMIC_RELAXED);
    __atomic_store_n(&w->retried, nc->retried, __ATOMIC_RELAXED);
    __atomic_store_n(&w->failed, nc->failed, __ATOMIC_RELAXED);
    __atomic_store_n(&w->rate_limited, nc->rate_limited, __ATOMIC_RELAXED);
    __atomic_store_n(&w->in_flight, nc->in_flight, __ATOMIC_RELAXED);
    __atomic_store_n(&w->held, nc->held, __ATOMIC_RELAXED);
}

static void orders_on_outcome(void *ctx, const struct notifier_outcome *o)
{
    struct orders_core *oc = ctx;
    int rc;
    if (o->kind == NOTIFIER_DELIVERED)
        rc = order_store_mark_delivered(oc->store, o->id, orders_on_mark, oc);
    else if (o->kind == NOTIFIER_RETRY)
        rc = order_store_mark_retry(oc->store, o->id, (uint32_t)o->retry_after_ms, o->error,
                                    orders_on_mark, oc);
    else
        rc = order_store_mark_failed(oc->store, o->id, o->error, orders_on_mark, oc);
    orders_mark_result(oc, rc);
    orders_snapshot_webhook(oc);
    orders_claim(oc); /* a delivery slot is free: rows may be waiting for one */
}

/* Hand claimed rows to the notifier; a row it refuses is written back at once. */
static void orders_deliver(struct orders_core *oc, const struct order_store_notification *row)
{
    char err[NOTIFIER_ERROR_MAX];
    struct notifier_row nr = {
        .id = row->id,
        .channel = row->channel,
        .payload = row->payload,
        .payload_len = strlen(row->payload),
        .attempts = row->attempts > 0 ? row->attempts - 1 : 0, /* the claim counted this one */
    };
    int rc = notifier_submit(oc->notifier, &nr, err, sizeof(err));
    if (rc == -ENOENT)
        rc = order_store_mark_retry(oc->store, row->id, ORDERS_NO_URL_RETRY_MS,
                                    "no webhook for this channel", orders_on_mark, oc);
    else if (rc == -EINVAL)
        rc = order_store_mark_failed(oc->store, row->id, err, orders_on_mark, oc);
    else if (rc == -EAGAIN)
        rc = 0; /* claimed beyond the free slots (cannot happen: claims are sized): leased */
    orders_mark_result(oc, rc);
}

static void orders_on_claim(void *ctx, enum pg_pipeline_status status, const char *error,
                            const struct order_store_notification *rows, unsigned count)
{
    struct orders_core *oc = ctx;
    oc->claiming = false;
    if (status != PG_PIPELINE_OK) {
        log_warn("outbox claim failed", "error=\"%s\"", error);
        return; /* the poll timer tries again */
    }
    orders_count(&oc->counters.claimed, count);
    for (unsigned i = 0; i < count; i++)
        orders_deliver(oc, &rows[i]);
    orders_snapshot_webhook(oc);
    if (oc->claim_again) {
        oc->claim_again = false;
        orders_claim(oc);
    }
}

/* Claim as many due rows as the notifier has free slots for. */
static void orders_claim(struct orders_core *oc)
{
    if (oc->claiming) {
        oc->claim_again = true;
        return;
    }
    unsigned in_flight = notifier_in_flight(oc->notifier);
    if (in_flight >= oc->app->cfg.in_flight || !order_store_connected(oc->store))
        return;
    unsigned limit = oc->app->cfg.in_flight - in_flight;
    if (limit > ORDER_STORE_CLAIM_MAX)
        limit = ORDER_STORE_CLAIM_MAX;
    if (order_store_claim(oc->store, limit, orders_lease_ms(&oc->app->cfg), orders_on_claim, oc) ==
        0)
        oc->claiming = true;
}

static void orders_on_kick(void *ctx)
{
    orders_claim(ctx);
}

static void orders_on_backlog(void *ctx, enum pg_pipeline_status status, const char *error,
                              uint64_t pending, uint64_t oldest_ms)
{
    struct orders_core *oc = ctx;
    (void)error;
    if (status != PG_PIPELINE_OK)
        return; /* the next poll asks again */
    __atomic_store_n(&oc->counters.backlog, pending, __ATOMIC_RELAXED);
    __atomic_store_n(&oc->counters.oldest_ms, oldest_ms, __ATOMIC_RELAXED);
}

static void orders_on_poll(void *ctx)
{
    struct orders_core *oc = ctx;
    oc->poll_timer = NULL;
    orders_claim(oc);
    if (order_store_connected(oc->store))
        order_store_outbox_backlog(oc->store, orders_on_backlog, oc); /* refused: next poll */
    if (async_timer_start(oc->loop, oc->app->cfg.poll_ms, orders_on_poll, oc, &oc->poll_timer) != 0)
        oc->poll_timer = NULL;
}

static bool orders_any_webhook(const struct orders_config *cfg)
{
    for (int c = 0; c < NOTIFIER_CHANNEL_MAX; c++)
        if (cfg->webhook[c][0])
            return true;
    return false;
}

static void orders_start_notifier(struct orders_core *oc)
{
    const struct orders_config *cfg = &oc->app->cfg;
    struct notifier_config nc;
    notifier_config_defaults(&nc);
    for (int c = 0; c < NOTIFIER_CHANNEL_MAX; c++)
        nc.url[c] = cfg->webhook[c][0] ? cfg->webhook[c] : NULL;
    nc.max_attempts = cfg->max_attempts;
    nc.backoff_base_ms = cfg->backoff_base_ms;
    nc.backoff_max_ms = cfg->backoff_max_ms;
    nc.max_in_flight = cfg->in_flight;
    nc.max_host_connections = cfg->host_connections;
    nc.timeout_ms = cfg->timeout_ms;
    char err[ORDERS_ERROR_BYTES];
    int rc = notifier_new(oc->loop, &nc, orders_on_outcome, oc, &oc->notifier, err, sizeof(err));
    if (rc != 0) {
        /* The flags were checked at parse time; what is left is out of memory. */
        log_error("cannot start the notifier", "error=\"%s\"", err);
        return;
    }
    ORDERS_ASSERT(async_eventfd_watch(oc->loop, oc->app->kick_fd, orders_on_kick, oc) == 0);
    /* The first look also picks up what a previous process left undelivered. */
    if (async_timer_start(oc->loop, 0, orders_on_poll, oc, &oc->poll_timer) != 0)
        oc->poll_timer = NULL;
}

/* ---- per core ------------------------------------------------------------------------- */

void orders_core_on_done(struct orders_core *oc, orders_done_fn done, void *ctx)
{
    oc->done = done;
    oc->done_ctx = ctx;
}

struct orders_core *orders_core_start(struct orders_app *oa, struct loop *l, unsigned core)
{
    struct orders_core *oc = calloc(1, sizeof(*oc));
    ORDERS_ASSERT(oc != NULL);
    oc->app = oa;
    oc->core = core;
    oc->loop = loop_async(l);
    char name[64];
    snprintf(name, sizeof(name), "brigade core %u", core);
    struct order_store_config sc = {
        .uri = oa->cfg.pg_uri,
        .application_name = name,
        .connections = oa->cfg.connections_per_core,
        .batch_messages_max = oa->cfg.batch_messages_max,
        .outbox_lease_ms = ORDERS_FRESH_LEASE_MS,
        .seed = (uint64_t)core * 0x9e3779b97f4a7c15ull + (uint64_t)getpid(),
        .done_fn = orders_on_done,
        .done_ctx = oc,
        .state_fn = orders_on_state,
        .state_ctx = oc,
    };
    ORDERS_ASSERT(order_store_new(oc->loop, &sc, &oc->store) == 0);
    if (core == 0 && orders_any_webhook(&oa->cfg))
        orders_start_notifier(oc);
    /* Release: a /metrics render on another core that sees the pointer sees the struct. */
    atomic_store_explicit(&oa->cores[core], oc, memory_order_release);
    return oc;
}

void orders_core_stop(struct orders_core *oc)
{
    struct async_loop a = oc->loop;
    if (oc->flush_timer)
        async_timer_stop(a, oc->flush_timer);
    if (oc->poll_timer)
        async_timer_stop(a, oc->poll_timer);
    oc->flush_timer = oc->poll_timer = NULL;
    /* Rows in delivery get no outcome: still claimed, their lease brings them back. */
    notifier_free(oc->notifier);
    oc->notifier = NULL;
    order_store_free(oc->store); /* in-flight messages complete as CLOSED */
    oc->store = NULL;
    if (oc->connected)
        atomic_fetch_sub(&oc->app->connected_cores, 1);
    oc->connected = false;
    /* The struct stays for /metrics until orders_free. */
}

/* ---- /metrics ------------------------------------------------------------------------- */

static uint64_t orders_load(const uint64_t *c)
{
    return __atomic_load_n(c, __ATOMIC_RELAXED);
}

static char *orders_metrics_render(void *user, size_t *len)
{
    struct orders_app *oa = user;
    struct orders_counters sum = {0};
    uint64_t backlog = 0, oldest_ms = 0;
    const struct notifier_counters *nc = NULL; /* core 0's copy, when it delivers */
    for (unsigned i = 0; i < oa->cfg.cores; i++) {
        struct orders_core *oc = atomic_load_explicit(&oa->cores[i], memory_order_acquire);
        if (!oc)
            continue;
        for (int s = 0; s < ORDER_STORE_STATUS_MAX; s++)
            sum.outcomes[s] += orders_load(&oc->counters.outcomes[s]);
        sum.refused_unconnected += orders_load(&oc->counters.refused_unconnected);
        sum.claimed += orders_load(&oc->counters.claimed);
        sum.marks_failed += orders_load(&oc->counters.marks_failed);
        if (i == 0 && orders_any_webhook(&oa->cfg)) {
            nc = &oc->counters.webhook;
            backlog = orders_load(&oc->counters.backlog);
            oldest_ms = orders_load(&oc->counters.oldest_ms);
        }
    }
    char *text = NULL;
    size_t cap = 0;
    FILE *f = open_memstream(&text, &cap);
    ORDERS_ASSERT(f != NULL);
    fprintf(f, "# HELP brigade_store_messages_total Messages the database answered, by outcome.\n"
               "# TYPE brigade_store_messages_total counter\n");
    for (int s = 0; s < ORDER_STORE_STATUS_MAX; s++)
        fprintf(f, "brigade_store_messages_total{outcome=\"%s\"} %llu\n",
                order_store_status_name((enum order_store_status)s),
                (unsigned long long)sum.outcomes[s]);
    fprintf(f,
            "# HELP brigade_store_refused_total Messages refused at once: no database connection.\n"
            "# TYPE brigade_store_refused_total counter\n"
            "brigade_store_refused_total %llu\n"
            "# HELP brigade_store_cores_connected Cores with a database connection.\n"
            "# TYPE brigade_store_cores_connected gauge\n"
            "brigade_store_cores_connected %u\n"
            "# HELP brigade_outbox_claimed_total Outbox rows claimed for delivery.\n"
            "# TYPE brigade_outbox_claimed_total counter\n"
            "brigade_outbox_claimed_total %llu\n"
            "# HELP brigade_outbox_marks_failed_total Delivery outcomes not written back.\n"
            "# TYPE brigade_outbox_marks_failed_total counter\n"
            "brigade_outbox_marks_failed_total %llu\n",
            (unsigned long long)sum.refused_unconnected,
            atomic_load_explicit(&oa->connected_cores, memory_order_relaxed),
            (unsigned long long)sum.claimed, (unsigned long long)sum.marks_failed);
    if (nc) {
        fprintf(f,
                "# HELP brigade_webhook_total Webhook deliveries, by result.\n"
                "# TYPE brigade_webhook_total counter\n"
                "brigade_webhook_total{result=\"posted\"} %llu\n"
                "brigade_webhook_total{result=\"delivered\"} %llu\n"
                "brigade_webhook_total{result=\"retried\"} %llu\n"
                "brigade_webhook_total{result=\"failed\"} %llu\n"
                "brigade_webhook_total{result=\"rate_limited\"} %llu\n"
                "# HELP brigade_webhook_in_flight Notifications being delivered.\n"
                "# TYPE brigade_webhook_in_flight gauge\n"
                "brigade_webhook_in_flight %llu\n"
                "# HELP brigade_webhook_held Of those, waiting for their host.\n"
                "# TYPE brigade_webhook_held gauge\n"
                "brigade_webhook_held %llu\n"
                "# HELP brigade_outbox_backlog Notifications neither delivered nor failed.\n"
                "# TYPE brigade_outbox_backlog gauge\n"
                "brigade_outbox_backlog %llu\n"
                "# HELP brigade_outbox_oldest_pending_seconds Age of the oldest of them.\n"
                "# TYPE brigade_outbox_oldest_pending_seconds gauge\n"
                "brigade_outbox_oldest_pending_seconds %.3f\n",
                (unsigned long long)orders_load(&nc->posted),
                (unsigned long long)orders_load(&nc->delivered),
                (unsigned long long)orders_load(&nc->retried),
                (unsigned long long)orders_load(&nc->failed),
                (unsigned long long)orders_load(&nc->rate_limited),
                (unsigned long long)orders_load(&nc->in_flight),
                (unsigned long long)orders_load(&nc->held), (unsigned long long)backlog,
                (double)oldest_ms / 1000.0);
    }
    ORDERS_ASSERT(fclose(f) == 0);
    *len = cap;
    return text;
}
