/* routes_ops.c — GET /readyz, GET /metrics, GET /v1/events (see routes_ops.h). */
#define _GNU_SOURCE
#include "gateway/app/routes_ops.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gateway/app/app.h"
#include "gateway/app/orders.h"
#include "gateway/http/http_session.h"
#include "gateway/http/router.h"
#include "gateway/net/loop.h"
#include "gateway/net/loop_group.h"
#include "gateway/obs/metrics.h"
#include "kernels/assert.h"

enum {
    OPS_HTTP_TEXT_BYTES_MAX = 2048,
};

struct ops {
    const struct loop_group *group;
};

struct ops *ops_new(const struct loop_group *g)
{
    struct ops *ops = calloc(1, sizeof(*ops));
    BRIGADE_ASSERT(ops != NULL);
    ops->group = g;
    return ops;
}

void ops_free(struct ops *ops)
{
    free(ops);
}

static void ops_readyz(struct http_exchange *x, const struct http_request *req, void *core)
{
    (void)req;
    const struct app_core *ac = core;
    if (loop_draining(ac->loop)) {
        http_exchange_error(x, 503, "draining", "shutting down");
        return;
    }
    if (ac->app->orders && !orders_ready(ac->app->orders)) {
        http_exchange_error(x, 503, "database_unavailable",
                            "a core has no PostgreSQL connection: orders cannot be stored");
        return;
    }
    static const char body[] = "{\"status\":\"ready\"}";
    http_exchange_respond(x, 200, "application/json", body, sizeof(body) - 1, NULL);
}

/* The HTTP layer's own counters, summed over cores. */
static size_t ops_http_counters(const struct ops *ops, char *out, size_t cap)
{
    struct http_counters sum;
    loop_group_http_counters(ops->group, &sum);
    int n = snprintf(out, cap,
                     "# HELP brigade_http_dispatched_total Requests dispatched to a handler.\n"
                     "# TYPE brigade_http_dispatched_total counter\n"
                     "brigade_http_dispatched_total %llu\n"
                     "# HELP brigade_http_parse_errors_total Protocol errors answered and closed.\n"
                     "# TYPE brigade_http_parse_errors_total counter\n"
                     "brigade_http_parse_errors_total %llu\n"
                     "# HELP brigade_http_responses_total Responses, by status class.\n"
                     "# TYPE brigade_http_responses_total counter\n",
                     (unsigned long long)sum.requests, (unsigned long long)sum.parse_errors);
    size_t len = n < 0 ? 0 : (size_t)n;
    for (int k = 1; k < 6 && len < cap; k++) {
        n = snprintf(out + len, cap - len, "brigade_http_responses_total{class=\"%dxx\"} %llu\n", k,
                     (unsigned long long)sum.responses[k]);
        len += n < 0 ? 0 : (size_t)n;
    }
    return len < cap ? len : cap - 1;
}

static void ops_metrics(struct http_exchange *x, const struct http_request *req, void *core)
{
    (void)req;
    const struct app_core *ac = core;
    size_t len;
    char *text = metrics_render(&len);
    char http[OPS_HTTP_TEXT_BYTES_MAX];
    size_t http_len = ops_http_counters(ac->app->ops, http, sizeof(http));
    char *body = realloc(text, len + http_len);
    if (!body)
        abort();
    memcpy(body + len, http, http_len);
    http_exchange_respond(x, 200, "text/plain; version=0.0.4; charset=utf-8", body, len + http_len,
                          NULL);
    free(body);
}

static void ops_events(struct http_exchange *x, const struct http_request *req, void *core)
{
    (void)req;
    const struct app_core *ac = core;
    loop_sse_start(ac->loop, x);
}

void routes_ops_register(struct router *r)
{
    router_add(r, HTTP_METHOD_GET, "/readyz", ops_readyz, 0);
    router_add(r, HTTP_METHOD_GET, "/metrics", ops_metrics, 0);
    router_add(r, HTTP_METHOD_GET, "/v1/events", ops_events, 0);
    metrics_route_register("/readyz");
    metrics_route_register("/metrics");
    metrics_route_register("/v1/events");
}
