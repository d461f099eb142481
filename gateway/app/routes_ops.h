/* routes_ops.h — the server's own endpoints: GET /readyz, GET /metrics, GET /v1/events.
 *
 * Handlers get their core's struct app_core (app.h) as `core`. /readyz answers 200
 * {"status":"ready"} while serving, 503 {"error":{"code":"draining",...}} once a shutdown began
 * and 503 {"error":{"code":"database_unavailable",...}} while a core has no PostgreSQL
 * connection (with --pg).
 * /metrics renders the Prometheus text format 0.0.4 (gateway/obs/metrics.h plus the HTTP layer's
 * counters). /v1/events turns the connection into a Server-Sent Events stream on the core's hub. */
#ifndef BRIGADE_GATEWAY_ROUTES_OPS_H
#define BRIGADE_GATEWAY_ROUTES_OPS_H

struct loop_group;
struct ops;
struct router;

/* The endpoints' state: the loop group whose cores /metrics sums over. Aborts when out of
 * memory. */
struct ops *ops_new(const struct loop_group *g);
void ops_free(struct ops *ops);

/* Add the three routes to `r`. Start-up only. */
void routes_ops_register(struct router *r);

#endif
