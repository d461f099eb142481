/* pg_bench.c — brigade-pg-bench main: argument parsing, the setup of the benchmark database,
 * the order_store modes (pipeline-tx: one transaction per message in pipeline mode; group:
 * brigade's group commit), and the JSON report line bench/pg-orders reads.
 *
 * usage: brigade-pg-bench MODE --uri URI --db NAME [--concurrency 32] [--connections 2]
 *          [--duration 5] [--warmup 1] [--run 0]
 * MODE: setup (migrations + menu) | roundtrip | pipeline-tx | group */
#include "pg_bench.h"

#include "io/async_poll.h"
#include "io/migrate.h"
#include "io/order_store.h"
#include "io/pg.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define PG_BENCH_LOOP_CAPACITY 256

uint64_t pg_bench_now_us(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000u + (uint64_t)ts.tv_nsec / 1000u;
}

void pg_bench_latency_add(struct pg_bench_latencies *l, uint64_t us)
{
    if (l->count == l->cap) {
        l->cap = l->cap ? 2 * l->cap : 4096;
        l->us = realloc(l->us, l->cap * sizeof(*l->us));
        if (!l->us)
            abort();
    }
    l->us[l->count++] = us > UINT32_MAX ? UINT32_MAX : (uint32_t)us;
}

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

static double percentile_ms(struct pg_bench_latencies *l, double p)
{
    if (!l->count)
        return 0;
    qsort(l->us, l->count, sizeof(*l->us), cmp_u32);
    size_t i = (size_t)(p * (double)(l->count - 1) + 0.5);
    return l->us[i] / 1000.0;
}

/* ---- order_store modes: a closed loop of `concurrency` orders on a poll(2) loop ---- */

struct store_bench {
    const struct pg_bench_config *config;
    struct order_store *store;
    uint64_t *started_us; /* per slot (tag) */
    unsigned long next;
    uint64_t measure_from_us, stop_us;
    struct pg_bench_latencies *lat;
    unsigned outstanding;
    long failed;
    bool connected;
};

static const char *const bench_mods[] = {"no onions"};
static const struct order_store_item bench_items[] = {
    {"burger", 2, bench_mods, 1, 900},
    {"fries", 1, NULL, 0, 375},
};

static void store_submit(struct store_bench *b, unsigned slot)
{
    char cid[64];
    snprintf(cid, sizeof(cid), "%s-%u-%d-%lu", b->config->mode, b->config->run, (int)getpid(),
             b->next++);
    struct order_store_message m = {
        .client_id = cid,
        .customer = "bench",
        .text = PG_BENCH_TEXT,
        .category = ORDER_STORE_ORDER,
        .status = "accepted",
        .result_json = PG_BENCH_RESULT,
        .total_cents = PG_BENCH_TOTAL_CENTS,
        .items = bench_items,
        .item_count = 2,
        .outbox_channel = "orders",
    };
    b->started_us[slot] = pg_bench_now_us();
    int rc = order_store_submit(b->store, &m, slot);
    if (rc < 0) {
        fprintf(stderr, "%s: submit: %s\n", b->config->mode, strerror(-rc));
        b->failed++;
        return;
    }
    b->outstanding++;
}

static void store_done(void *ctx, uint64_t tag, const struct order_store_outcome *o)
{
    struct store_bench *b = ctx;
    uint64_t now = pg_bench_now_us();
    b->outstanding--;
    if (o->status != ORDER_STORE_STORED) {
        fprintf(stderr, "%s: %s: %s\n", b->config->mode, order_store_status_name(o->status),
                o->error);
        b->failed++;
        return;
    }
    if (b->started_us[tag] >= b->measure_from_us)
        pg_bench_latency_add(b->lat, now - b->started_us[tag]);
    if (now < b->stop_us)
        store_submit(b, (unsigned)tag);
}

static void store_state(void *ctx, bool connected)
{
    ((struct store_bench *)ctx)->connected = connected;
}

static long pg_bench_store(const struct pg_bench_config *c, struct pg_bench_latencies *lat,
                           double *seconds)
{
    bool per_message = strcmp(c->mode, "pipeline-tx") == 0;
    struct async_poll *poll = async_poll_new(PG_BENCH_LOOP_CAPACITY);
    struct store_bench b = {.config = c, .lat = lat};
    b.started_us = calloc(c->concurrency, sizeof(*b.started_us));
    struct order_store_config sc = {
        .uri = c->uri,
        .dbname = c->dbname,
        .application_name = "brigade-pg-bench",
        .connections = c->connections,
        /* pipeline-tx: a batch of one message is one transaction; enough of them in flight
         * to keep every outstanding order on the wire. */
        .batch_messages_max = per_message ? 1 : 0,
        .batches_per_connection = per_message ? c->concurrency : 0,
        .done_fn = store_done,
        .done_ctx = &b,
        .state_fn = store_state,
        .state_ctx = &b,
    };
    if (!poll || !b.started_us || order_store_new(async_poll_loop(poll), &sc, &b.store) < 0)
        return -1;
    uint64_t deadline = pg_bench_now_us() + 10 * 1000000u;
    unsigned up = 0;
    while (up < c->connections && pg_bench_now_us() < deadline) {
        async_poll_run_once(poll, 10);
        up = 0;
        for (unsigned i = 0; i < c->connections; i++)
            up += pg_pipeline_connected(order_store_connection(b.store, i));
    }
    if (up < c->connections) {
        fprintf(stderr, "%s: not connected: %s\n", c->mode, order_store_last_error(b.store));
        order_store_free(b.store);
        async_poll_free(poll);
        free(b.started_us);
        return -1;
    }
    uint64_t start = pg_bench_now_us();
    b.measure_from_us = start + (uint64_t)(c->warmup_s * 1e6);
    b.stop_us = b.measure_from_us + (uint64_t)(c->duration_s * 1e6);
    for (unsigned i = 0; i < c->concurrency; i++)
        store_submit(&b, i);
    while ((b.outstanding > 0 || pg_bench_now_us() < b.stop_us) && !b.failed) {
        order_store_flush(b.store); /* once per pass, as a core does */
        async_poll_run_once(poll, 100);
    }
    *seconds = (double)(pg_bench_now_us() - b.measure_from_us) / 1e6;
    struct order_store_stats stats;
    order_store_stats(b.store, &stats);
    fprintf(stderr, "%s: %llu batches, %.1f messages per batch\n", c->mode,
            (unsigned long long)stats.batches_committed,
            stats.batches_committed ? (double)stats.messages_stored / stats.batches_committed : 0);
    order_store_free(b.store);
    async_poll_free(poll);
    free(b.started_us);
    return b.failed ? -1 : (long)lat->count;
}

/* ---- setup ---- */

static int pg_bench_setup(const struct pg_bench_config *c)
{
    PGconn *conn = NULL;
    char err[PG_ERROR_MAX];
    struct migrate_result result;
    if (pg_connect(c->uri, c->dbname, &conn, err, sizeof(err)) < 0 ||
        migrate_apply(conn, &result, err, sizeof(err)) < 0 ||
        pg_exec(conn,
                "INSERT INTO menu_items (key, name, price_cents) VALUES"
                " ('burger', 'Burger', 900), ('fries', 'Fries', 375)"
                " ON CONFLICT (key) DO NOTHING",
                "menu", err, sizeof(err)) < 0) {
        fprintf(stderr, "setup: %s\n", err);
        PQfinish(conn);
        return 1;
    }
    PQfinish(conn);
    return 0;
}

static int usage(void)
{
    fprintf(stderr, "usage: brigade-pg-bench setup|roundtrip|pipeline-tx|group --uri URI --db NAME"
                    " [--concurrency N] [--connections N] [--duration S] [--warmup S]"
                    " [--run N]\n");
    return 2;
}

static int parse(int argc, char **argv, struct pg_bench_config *c)
{
    if (argc < 2)
        return -1;
    *c = (struct pg_bench_config){
        .mode = argv[1], .concurrency = 32, .connections = 2, .duration_s = 5, .warmup_s = 1};
    for (int i = 2; i + 1 < argc; i += 2) {
        const char *k = argv[i], *v = argv[i + 1];
        if (strcmp(k, "--uri") == 0)
            c->uri = v;
        else if (strcmp(k, "--db") == 0)
            c->dbname = v;
        else if (strcmp(k, "--concurrency") == 0)
            c->concurrency = (unsigned)atoi(v);
        else if (strcmp(k, "--connections") == 0)
            c->connections = (unsigned)atoi(v);
        else if (strcmp(k, "--duration") == 0)
            c->duration_s = atof(v);
        else if (strcmp(k, "--warmup") == 0)
            c->warmup_s = atof(v);
        else if (strcmp(k, "--run") == 0)
            c->run = (unsigned)atoi(v);
        else
            return -1;
    }
    if (argc % 2 != 0 || !c->uri || !c->dbname || c->concurrency == 0 || c->concurrency > 1024 ||
        c->connections == 0 || c->connections > ORDER_STORE_CONNECTIONS_MAX || c->duration_s <= 0)
        return -1;
    return 0;
}

int main(int argc, char **argv)
{
    struct pg_bench_config c;
    if (parse(argc, argv, &c) < 0)
        return usage();
    if (strcmp(c.mode, "setup") == 0)
        return pg_bench_setup(&c);
    struct pg_bench_latencies lat = {0};
    double seconds = 0;
    long orders;
    if (strcmp(c.mode, "roundtrip") == 0)
        orders = pg_bench_roundtrip(&c, &lat, &seconds);
    else if (strcmp(c.mode, "pipeline-tx") == 0 || strcmp(c.mode, "group") == 0)
        orders = pg_bench_store(&c, &lat, &seconds);
    else
        return usage();
    if (orders < 0 || seconds <= 0)
        return 1;
    double p50 = percentile_ms(&lat, 0.50), p99 = percentile_ms(&lat, 0.99);
    printf("{\"mode\":\"%s\",\"orders\":%ld,\"seconds\":%.3f,\"orders_per_s\":%.1f,"
           "\"p50_ms\":%.3f,\"p99_ms\":%.3f,\"concurrency\":%u,\"connections\":%u}\n",
           c.mode, orders, seconds, (double)orders / seconds, p50, p99, c.concurrency,
           strcmp(c.mode, "roundtrip") == 0 ? c.concurrency : c.connections);
    free(lat.us);
    return 0;
}
