/* routes_ops.h — the server's own endpoints: GET /readyz, GET /metrics, GET /v1/events.
 *
 * Handlers get the core's loop as `app`. /readyz answers 200 {"status":"ready"} while
 * serving and 503 {"error":{"code":"draining",...}} once a shutdown began. /metrics renders
 * the Prometheus text format 0.0.4 (gateway/obs/metrics.h plus the HTTP layer's counters).
 * /v1/events turns the connection into a Server-Sent Events stream on the core's hub. */
#ifndef BRIGADE_GATEWAY_ROUTES_OPS_H
#define BRIGADE_GATEWAY_ROUTES_OPS_H

struct router;
struct server;

/* Add the three routes to `r`; `srv` is what /metrics sums over. Start-up only. */
void routes_ops_register(struct router *r, struct server *srv);

#endif
