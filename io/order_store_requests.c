/* order_store_requests.c — the outbox operations for the notifier and the order read-back for
 * the HTTP API, each one request on a store connection (see order_store.h).
 *
 * These are not on the per-message path, so each request's small context is allocated. */
#include "io/order_store.h"

#include "io/order_store_internal.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kernels/assert.h"

struct order_request {
    union {
        order_store_claim_fn claim;
        order_store_mark_fn mark;
        order_store_json_fn json;
        order_store_backlog_fn backlog;
    } fn;
    void *ctx;
};

/* Sends one statement; the request context is freed by the completion. */
static int order_request_send(struct order_store *s, enum order_store_statement stmt,
                              const char *const *values, int value_count, pg_pipeline_done_fn done,
                              struct order_request *req)
{
    int rc;
    struct pg_pipeline *pipe = order_store_pick(s, &rc);
    if (!pipe) {
        free(req);
        return rc;
    }
    struct pg_pipeline_query q = {stmt, values, value_count};
    rc = pg_pipeline_send(pipe, &q, 1, done, req);
    if (rc < 0)
        free(req);
    return rc;
}

static struct order_request *order_request_new(void *ctx)
{
    struct order_request *req = calloc(1, sizeof(*req));
    BRIGADE_OOM_CHECK(req);
    req->ctx = ctx;
    return req;
}

static void order_claim_done(void *ctx, const struct pg_pipeline_result *r)
{
    struct order_request *req = ctx;
    if (r->status != PG_PIPELINE_OK) {
        req->fn.claim(req->ctx, r->status, r->error, NULL, 0);
        free(req);
        return;
    }
    const PGresult *res = r->results[0];
    int n = PQntuples(res);
    struct order_store_notification *rows = calloc(n > 0 ? (size_t)n : 1, sizeof(*rows));
    BRIGADE_OOM_CHECK(rows);
    for (int i = 0; i < n; i++) {
        rows[i].id = strtoll(PQgetvalue(res, i, 0), NULL, 10);
        rows[i].channel = PQgetvalue(res, i, 1);
        rows[i].payload = PQgetvalue(res, i, 2);
        rows[i].attempts = atoi(PQgetvalue(res, i, 3));
    }
    req->fn.claim(req->ctx, PG_PIPELINE_OK, "", rows, (unsigned)n);
    free(rows);
    free(req);
}

int order_store_claim(struct order_store *s, unsigned limit, uint32_t lease_ms,
                      order_store_claim_fn fn, void *ctx)
{
    if (!fn || limit == 0 || limit > ORDER_STORE_CLAIM_MAX || lease_ms > INT32_MAX)
        return -EINVAL;
    char limit_text[16], lease_text[16];
    snprintf(limit_text, sizeof(limit_text), "%u", limit);
    snprintf(lease_text, sizeof(lease_text), "%" PRIu32, lease_ms);
    const char *values[] = {limit_text, lease_text};
    struct order_request *req = order_request_new(ctx);
    req->fn.claim = fn;
    return order_request_send(s, ORDER_STORE_SQL_CLAIM, values, 2, order_claim_done, req);
}

static void order_mark_done(void *ctx, const struct pg_pipeline_result *r)
{
    struct order_request *req = ctx;
    bool updated = r->status == PG_PIPELINE_OK && strcmp(PQcmdTuples(r->results[0]), "1") == 0;
    req->fn.mark(req->ctx, r->status, r->error, updated);
    free(req);
}

static int order_mark(struct order_store *s, enum order_store_statement stmt, int64_t id,
                      const char *second, const char *third, order_store_mark_fn fn, void *ctx)
{
    if (!fn || id <= 0)
        return -EINVAL;
    char id_text[24];
    snprintf(id_text, sizeof(id_text), "%" PRId64, id);
    const char *values[] = {id_text, second, third};
    struct order_request *req = order_request_new(ctx);
    req->fn.mark = fn;
    return order_request_send(s, stmt, values, order_store_statements[stmt].param_count,
                              order_mark_done, req);
}

int order_store_mark_delivered(struct order_store *s, int64_t id, order_store_mark_fn fn, void *ctx)
{
    return order_mark(s, ORDER_STORE_SQL_DELIVERED, id, NULL, NULL, fn, ctx);
}

int order_store_mark_retry(struct order_store *s, int64_t id, uint32_t delay_ms, const char *error,
                           order_store_mark_fn fn, void *ctx)
{
    if (delay_ms > INT32_MAX)
        return -EINVAL;
    char delay_text[16];
    snprintf(delay_text, sizeof(delay_text), "%" PRIu32, delay_ms);
    return order_mark(s, ORDER_STORE_SQL_RETRY, id, delay_text, error ? error : "", fn, ctx);
}

int order_store_mark_failed(struct order_store *s, int64_t id, const char *error,
                            order_store_mark_fn fn, void *ctx)
{
    return order_mark(s, ORDER_STORE_SQL_FAILED, id, error ? error : "", NULL, fn, ctx);
}

static void order_backlog_done(void *ctx, const struct pg_pipeline_result *r)
{
    struct order_request *req = ctx;
    uint64_t pending = 0, oldest_ms = 0;
    if (r->status == PG_PIPELINE_OK && PQntuples(r->results[0]) == 1) {
        pending = strtoull(PQgetvalue(r->results[0], 0, 0), NULL, 10);
        oldest_ms = strtoull(PQgetvalue(r->results[0], 0, 1), NULL, 10);
    }
    req->fn.backlog(req->ctx, r->status, r->error, pending, oldest_ms);
    free(req);
}

int order_store_outbox_backlog(struct order_store *s, order_store_backlog_fn fn, void *ctx)
{
    if (!fn)
        return -EINVAL;
    struct order_request *req = order_request_new(ctx);
    req->fn.backlog = fn;
    return order_request_send(s, ORDER_STORE_SQL_BACKLOG, NULL, 0, order_backlog_done, req);
}

static void order_json_done(void *ctx, const struct pg_pipeline_result *r)
{
    struct order_request *req = ctx;
    const char *json = NULL;
    size_t len = 0;
    if (r->status == PG_PIPELINE_OK && PQntuples(r->results[0]) == 1 &&
        !PQgetisnull(r->results[0], 0, 0)) {
        json = PQgetvalue(r->results[0], 0, 0);
        len = (size_t)PQgetlength(r->results[0], 0, 0);
    }
    req->fn.json(req->ctx, r->status, r->error, json, len);
    free(req);
}

int order_store_get_order(struct order_store *s, int64_t order_id, order_store_json_fn fn,
                          void *ctx)
{
    if (!fn || order_id <= 0)
        return -EINVAL;
    char id_text[24];
    snprintf(id_text, sizeof(id_text), "%" PRId64, order_id);
    const char *values[] = {id_text};
    struct order_request *req = order_request_new(ctx);
    req->fn.json = fn;
    return order_request_send(s, ORDER_STORE_SQL_ORDER_GET, values, 1, order_json_done, req);
}

int order_store_list_orders(struct order_store *s, int64_t since_id, unsigned limit,
                            order_store_json_fn fn, void *ctx)
{
    if (!fn || since_id < 0 || limit == 0 || limit > ORDER_STORE_LIST_MAX)
        return -EINVAL;
    char since_text[24], limit_text[16];
    snprintf(since_text, sizeof(since_text), "%" PRId64, since_id);
    snprintf(limit_text, sizeof(limit_text), "%u", limit);
    const char *values[] = {since_text, limit_text};
    struct order_request *req = order_request_new(ctx);
    req->fn.json = fn;
    return order_request_send(s, ORDER_STORE_SQL_ORDER_LIST, values, 2, order_json_done, req);
}
