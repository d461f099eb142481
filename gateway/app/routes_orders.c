/* routes_orders.c — GET /v1/orders/{id} and GET /v1/orders?since=ID&limit=N: stored orders
 * read back through the core's own PostgreSQL connections (see routes_orders.h). */
#include "gateway/app/routes_orders.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gateway/app/app.h"
#include "gateway/app/orders.h"
#include "gateway/http/http_session.h"
#include "gateway/http/router.h"
#include "gateway/net/loop.h"
#include "kernels/assert.h"

enum {
    ROUTES_ORDERS_LIMIT_DEFAULT = 50,
    ROUTES_ORDERS_NUMBER_BYTES_MAX = 19, /* INT64_MAX has 19 digits */
};

static const char routes_orders_prefix[] = "/v1/orders/";

/* What an answer that comes later needs: the exchange may be gone by then. */
struct routes_orders_pending {
    struct http_context *http;
    uint64_t exchange;
};

/* A decimal in 0..INT64_MAX, digits only. */
static bool routes_orders_number(const char *s, size_t n, int64_t *out)
{
    if (n == 0 || n > ROUTES_ORDERS_NUMBER_BYTES_MAX)
        return false;
    uint64_t v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        v = v * 10 + (uint64_t)(s[i] - '0');
    }
    if (v > INT64_MAX)
        return false;
    *out = (int64_t)v;
    return true;
}

/* The value of `name` in a query string ("a=1&b=2"); false when absent. */
static bool routes_orders_query(const struct http_request *req, const char *name, const char **v,
                                size_t *n)
{
    size_t name_len = strlen(name);
    const char *q = req->query, *end = req->query + req->query_len;
    while (q && q < end) {
        const char *amp = memchr(q, '&', (size_t)(end - q));
        const char *stop = amp ? amp : end;
        if ((size_t)(stop - q) > name_len && memcmp(q, name, name_len) == 0 && q[name_len] == '=') {
            *v = q + name_len + 1;
            *n = (size_t)(stop - *v);
            return true;
        }
        q = amp ? amp + 1 : NULL;
    }
    return false;
}

static void routes_orders_unavailable(struct http_exchange *x, const char *message)
{
    char retry[48];
    snprintf(retry, sizeof(retry), "Retry-After: %d\r\n", ORDERS_RETRY_AFTER_S);
    char body[256];
    int n = snprintf(body, sizeof(body),
                     "{\"error\":{\"code\":\"database_unavailable\",\"message\":\"%s\"}}", message);
    http_exchange_respond(x, 503, "application/json", body, (size_t)n, retry);
}

static void routes_orders_on_json(void *ctx, enum pg_pipeline_status status, const char *error,
                                  const char *json, size_t len)
{
    (void)error; /* logged by the store; the client gets no database internals */
    struct routes_orders_pending *p = ctx;
    struct http_exchange *x = http_exchange_find(p->http, p->exchange);
    if (x && status != PG_PIPELINE_OK)
        routes_orders_unavailable(x, "the order could not be read");
    else if (x && !json)
        http_exchange_error(x, 404, "not_found", "no order has this id");
    else if (x)
        http_exchange_respond(x, 200, "application/json", json, len, NULL);
    free(p);
}

/* The core's store when it can take a read now; else answers and returns NULL. */
static struct order_store *routes_orders_store(struct http_exchange *x, struct app_core *ac)
{
    if (!ac->orders) {
        http_exchange_error(x, 404, "not_found", "orders are not stored: no --pg");
        return NULL;
    }
    if (!orders_core_connected(ac->orders)) {
        routes_orders_unavailable(x, "no database connection");
        return NULL;
    }
    return orders_core_store(ac->orders);
}

/* Submit a read; `rc` is its submit's answer (the pending state is freed on refusal). */
static void routes_orders_sent(struct http_exchange *x, struct routes_orders_pending *p, int rc)
{
    if (rc == 0)
        return;
    free(p);
    routes_orders_unavailable(x, rc == -ENOBUFS ? "too many reads in flight"
                                                : "no database connection");
}

static struct routes_orders_pending *routes_orders_pending(struct http_exchange *x,
                                                           struct app_core *ac)
{
    struct routes_orders_pending *p = malloc(sizeof(*p));
    BRIGADE_ASSERT(p != NULL);
    p->http = loop_http_context(ac->loop);
    p->exchange = http_exchange_id(x);
    return p;
}

static void routes_orders_one(struct http_exchange *x, const struct http_request *req, void *core)
{
    size_t prefix = sizeof(routes_orders_prefix) - 1;
    int64_t id;
    if (!routes_orders_number(req->path + prefix, req->path_len - prefix, &id) || id == 0) {
        http_exchange_error(x, 404, "not_found", "an order id is a positive integer");
        return;
    }
    struct order_store *store = routes_orders_store(x, core);
    if (!store)
        return;
    struct routes_orders_pending *p = routes_orders_pending(x, core);
    routes_orders_sent(x, p, order_store_get_order(store, id, routes_orders_on_json, p));
}

static void routes_orders_list(struct http_exchange *x, const struct http_request *req, void *core)
{
    int64_t since = 0, limit = ROUTES_ORDERS_LIMIT_DEFAULT;
    const char *v;
    size_t n;
    if ((routes_orders_query(req, "since", &v, &n) && !routes_orders_number(v, n, &since)) ||
        (routes_orders_query(req, "limit", &v, &n) &&
         (!routes_orders_number(v, n, &limit) || limit < 1 || limit > ORDER_STORE_LIST_MAX))) {
        http_exchange_error(x, 400, "bad_request",
                            "since is an order id (>= 0) and limit a number from 1 to 500");
        return;
    }
    struct order_store *store = routes_orders_store(x, core);
    if (!store)
        return;
    struct routes_orders_pending *p = routes_orders_pending(x, core);
    routes_orders_sent(
        x, p, order_store_list_orders(store, since, (unsigned)limit, routes_orders_on_json, p));
}

void routes_orders_register(struct router *r)
{
    router_add(r, HTTP_METHOD_GET, "/v1/orders", routes_orders_list, 0);
    router_add(r, HTTP_METHOD_GET, routes_orders_prefix, routes_orders_one, ROUTER_PREFIX);
}
