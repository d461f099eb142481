/* routes_ops.c — GET /readyz, GET /metrics, GET /v1/events (see routes_ops.h). */
#define _GNU_SOURCE
#include "gateway/app/routes_ops.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gateway/http/http_session.h"
#include "gateway/http/router.h"
#include "gateway/net/loop.h"
#include "gateway/net/server.h"
#include "gateway/net/sse.h"
#include "gateway/obs/metrics.h"

enum {
    OPS_HTTP_TEXT_BYTES_MAX = 2048,
    OPS_SSE_TEXT_BYTES_MAX = 1024,
};

static struct server *ops_server;

static void ops_readyz(struct http_exchange *x, const struct http_request *req, void *app)
{
    (void)req;
    if (loop_draining(app)) {
        http_exchange_error(x, 503, "draining", "shutting down");
        return;
    }
    static const char body[] = "{\"status\":\"ready\"}";
    http_exchange_respond(x, 200, "application/json", body, sizeof(body) - 1, NULL);
}

/* The HTTP layer's own counters, summed over cores. */
static size_t ops_http_counters(char *out, size_t cap)
{
    struct http_counters sum;
    memset(&sum, 0, sizeof(sum));
    for (unsigned i = 0; i < ops_server->cores; i++) {
        const struct http_counters *c = loop_http_counters(ops_server->loops[i]);
        sum.requests += c->requests;
        sum.parse_errors += c->parse_errors;
        sum.exchanges_cancelled += c->exchanges_cancelled;
        for (int k = 1; k < 6; k++)
            sum.responses[k] += c->responses[k];
    }
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

static void ops_metrics(struct http_exchange *x, const struct http_request *req, void *app)
{
    (void)req;
    size_t len;
    char *text = metrics_render(&len);
    char http[OPS_HTTP_TEXT_BYTES_MAX];
    size_t http_len = ops_http_counters(http, sizeof(http));
    char sse[OPS_SSE_TEXT_BYTES_MAX];
    size_t sse_len = loop_sse_metrics(app, sse, sizeof(sse));
    char *body = realloc(text, len + http_len + sse_len);
    if (!body)
        abort();
    memcpy(body + len, http, http_len);
    memcpy(body + len + http_len, sse, sse_len);
    http_exchange_respond(x, 200, "text/plain; version=0.0.4; charset=utf-8", body,
                          len + http_len + sse_len, NULL);
    free(body);
}

/* Where the stream starts: ?replay=K (the last K events still in the log) or, from a
 * reconnecting EventSource, Last-Event-ID (the events after that one). */
static void ops_events(struct http_exchange *x, const struct http_request *req, void *app)
{
    const struct http_header *last = http_request_header(req, "Last-Event-ID");
    struct sse_start from;
    if (sse_start_parse(req->query, req->query_len, last ? last->value : NULL,
                        last ? last->value_len : 0, &from) < 0) {
        http_exchange_error(x, 400, "bad_request", "replay must be an integer from 0 to 1048576");
        return;
    }
    loop_sse_start(app, x, &from);
}

void routes_ops_register(struct router *r, struct server *srv)
{
    ops_server = srv;
    router_add(r, HTTP_METHOD_GET, "/readyz", ops_readyz, 0);
    router_add(r, HTTP_METHOD_GET, "/metrics", ops_metrics, 0);
    router_add(r, HTTP_METHOD_GET, "/v1/events", ops_events, 0);
    metrics_route_register("/readyz");
    metrics_route_register("/metrics");
    metrics_route_register("/v1/events");
}
