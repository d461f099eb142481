/* routes_orders.h — the stored orders, read back: GET /v1/orders/{id} (one order, its items
 * and its notification's state) and GET /v1/orders?since=ID&limit=N (a kitchen display's
 * page). Bodies are built by PostgreSQL (io/order_store.h); docs/api.md has their shapes and
 * every error. Served only with --pg (404 otherwise). */
#ifndef BRIGADE_GATEWAY_ROUTES_ORDERS_H
#define BRIGADE_GATEWAY_ROUTES_ORDERS_H

struct router;

/* Add both routes to `r`. Start-up only. */
void routes_orders_register(struct router *r);

#endif
