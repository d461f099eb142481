/* pg_bench_roundtrip.c — mode roundtrip: the classic client, one blocking statement per round
 * trip, one connection per outstanding order (threads). */
#include "pg_bench.h"

#include "io/pg.h"

#include <pthread.h>
#include <unistd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const roundtrip_sql[] = {
    "INSERT INTO messages (client_id, customer, text, category, status, result)"
    " VALUES ($1, 'bench', '" PG_BENCH_TEXT "', 'order', 'accepted', $2::jsonb) RETURNING id",
    "INSERT INTO orders (message_id, customer, total_cents)"
    " VALUES ($1::bigint, 'bench', 2175) RETURNING id",
    "INSERT INTO order_items (order_id, menu_item_id, qty, modifiers, unit_price_cents)"
    " SELECT $1::bigint, id, $2::integer, $3::text[], $4::integer FROM menu_items"
    " WHERE key = $5",
    "INSERT INTO notifications (channel, payload, message_id, next_attempt_at)"
    " VALUES ('orders', $1::jsonb || jsonb_build_object('order_id', $2::bigint),"
    " $3::bigint, now() + interval '30 s')",
};

struct roundtrip_worker {
    const struct pg_bench_config *config;
    unsigned index;
    PGconn *conn;
    struct pg_bench_latencies lat;
    uint64_t measure_from_us, stop_us;
    int failed;
};

static PGresult *rt_exec(struct roundtrip_worker *w, const char *name, int n,
                         const char *const *values, ExecStatusType want)
{
    PGresult *res = PQexecPrepared(w->conn, name, n, values, NULL, NULL, 0);
    if (PQresultStatus(res) != want) {
        fprintf(stderr, "roundtrip: %s: %s", name, PQresultErrorMessage(res));
        w->failed = 1;
    }
    return res;
}

static void rt_simple(struct roundtrip_worker *w, const char *sql)
{
    PGresult *res = PQexec(w->conn, sql);
    if (PQresultStatus(res) != PGRES_COMMAND_OK) {
        fprintf(stderr, "roundtrip: %s: %s", sql, PQresultErrorMessage(res));
        w->failed = 1;
    }
    PQclear(res);
}

/* One order, seven round trips. */
static void rt_order(struct roundtrip_worker *w, unsigned long n)
{
    char cid[64], mid[24], oid[24];
    snprintf(cid, sizeof(cid), "rt-%u-%d-%u-%lu", w->config->run, (int)getpid(), w->index, n);
    rt_simple(w, "BEGIN");
    const char *m_values[] = {cid, PG_BENCH_RESULT};
    PGresult *res = rt_exec(w, "rt0", 2, m_values, PGRES_TUPLES_OK);
    snprintf(mid, sizeof(mid), "%s", w->failed ? "0" : PQgetvalue(res, 0, 0));
    PQclear(res);
    const char *o_values[] = {mid};
    res = rt_exec(w, "rt1", 1, o_values, PGRES_TUPLES_OK);
    snprintf(oid, sizeof(oid), "%s", w->failed ? "0" : PQgetvalue(res, 0, 0));
    PQclear(res);
    const char *i1[] = {oid, "2", "{\"no onions\"}", "900", "burger"};
    PQclear(rt_exec(w, "rt2", 5, i1, PGRES_COMMAND_OK));
    const char *i2[] = {oid, "1", "{}", "375", "fries"};
    PQclear(rt_exec(w, "rt2", 5, i2, PGRES_COMMAND_OK));
    const char *n_values[] = {PG_BENCH_RESULT, oid, mid};
    PQclear(rt_exec(w, "rt3", 3, n_values, PGRES_COMMAND_OK));
    rt_simple(w, "COMMIT");
}

static void *rt_main(void *arg)
{
    struct roundtrip_worker *w = arg;
    unsigned long n = 0;
    for (uint64_t now = pg_bench_now_us(); now < w->stop_us && !w->failed;) {
        rt_order(w, n++);
        uint64_t done = pg_bench_now_us();
        if (now >= w->measure_from_us)
            pg_bench_latency_add(&w->lat, done - now);
        now = done;
    }
    return NULL;
}

static int rt_prepare(struct roundtrip_worker *w)
{
    char err[PG_ERROR_MAX];
    if (pg_connect(w->config->uri, w->config->dbname, &w->conn, err, sizeof(err)) < 0) {
        fprintf(stderr, "roundtrip: %s\n", err);
        return -1;
    }
    for (size_t i = 0; i < sizeof(roundtrip_sql) / sizeof(roundtrip_sql[0]); i++) {
        char name[8];
        snprintf(name, sizeof(name), "rt%zu", i);
        PGresult *res = PQprepare(w->conn, name, roundtrip_sql[i], 0, NULL);
        int rc = pg_result_check(w->conn, res, PGRES_COMMAND_OK, name, err, sizeof(err));
        PQclear(res);
        if (rc < 0) {
            fprintf(stderr, "roundtrip: %s\n", err);
            return -1;
        }
    }
    return 0;
}

long pg_bench_roundtrip(const struct pg_bench_config *c, struct pg_bench_latencies *lat,
                        double *seconds)
{
    struct roundtrip_worker *w = calloc(c->concurrency, sizeof(*w));
    pthread_t *threads = calloc(c->concurrency, sizeof(*threads));
    if (!w || !threads)
        abort();
    int failed = 0;
    for (unsigned i = 0; i < c->concurrency && !failed; i++) {
        w[i].config = c;
        w[i].index = i;
        failed = rt_prepare(&w[i]) < 0;
    }
    uint64_t start = pg_bench_now_us();
    uint64_t from = start + (uint64_t)(c->warmup_s * 1e6);
    uint64_t stop = from + (uint64_t)(c->duration_s * 1e6);
    for (unsigned i = 0; i < c->concurrency && !failed; i++) {
        w[i].measure_from_us = from;
        w[i].stop_us = stop;
        pthread_create(&threads[i], NULL, rt_main, &w[i]);
    }
    long total = 0;
    for (unsigned i = 0; i < c->concurrency && !failed; i++) {
        pthread_join(threads[i], NULL);
        failed |= w[i].failed;
        for (size_t k = 0; k < w[i].lat.count; k++)
            pg_bench_latency_add(lat, w[i].lat.us[k]);
        total += (long)w[i].lat.count;
    }
    *seconds = (double)(pg_bench_now_us() - from) / 1e6;
    for (unsigned i = 0; i < c->concurrency; i++) {
        PQfinish(w[i].conn);
        free(w[i].lat.us);
    }
    free(w);
    free(threads);
    return failed ? -1 : total;
}
