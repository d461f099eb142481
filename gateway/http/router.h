/* router.h — the route table: {method, path} -> handler, plus the HTTP-level checks that
 * come with a route (404, 405 + Allow, 415).
 *
 * Built once at start-up, read-only afterwards and shared by every core. Each module that
 * owns endpoints exposes one registration function that calls router_add, and the serve
 * command (gateway/cli/cmd_serve.c) calls them in turn; adding endpoints never means editing
 * this file or another module's:
 *
 *     struct router *r = router_new();
 *     routes_basic_register(r);   // GET /, GET /healthz, POST /v1/echo (routes_basic.c)
 *     routes_ops_register(r);     // /readyz, /metrics, /v1/events (gateway/app)
 *     struct http_app app = router_app(r); // plus the app's shared state and core hooks
 *     ... http_context_new(&limits, &app) on each core ...
 *
 * Matching is on the exact path (no trailing-slash folding, query ignored), or on a prefix
 * for the routes added with ROUTER_PREFIX. HEAD is served
 * by a GET route (the body is left out). Paths are matched by a linear scan, which for a
 * few dozen routes beats hashing. */
#ifndef BRIGADE_GATEWAY_ROUTER_H
#define BRIGADE_GATEWAY_ROUTER_H

#include <stdbool.h>
#include <stddef.h>

#include "gateway/http/http_parser.h"
#include "gateway/http/http_session.h"

/* Routes one router holds; router_add aborts beyond it. */
#define ROUTER_ROUTES_MAX 64
/* Longest route path. */
#define ROUTER_PATH_BYTES_MAX 128

/* What a route accepts as a request body (flags, or-ed). With neither, any body (or none)
 * is accepted. With one, a request whose Content-Type is not one of them is a 415; a
 * POST/PUT/PATCH without Content-Type is a 415 too, and so is a charset parameter other
 * than utf-8. Other media type parameters are allowed; names compare case-insensitively. */
enum router_flags {
    ROUTER_BODY_JSON = 1 << 0,   /* application/json */
    ROUTER_BODY_NDJSON = 1 << 1, /* application/x-ndjson */
    /* `path` ends in '/' and the route takes every longer path under it (a resource by id:
     * "/v1/orders/" serves "/v1/orders/42"); the handler reads the rest from req->path. */
    ROUTER_PREFIX = 1 << 2,
};

struct router;

/* An empty table. Aborts on out of memory. */
struct router *router_new(void);
void router_free(struct router *r);

/* Add a route. `path` is copied. Aborts (a start-up bug) when the table is full, the path
 * is longer than ROUTER_PATH_BYTES_MAX or does not start with '/', the method is
 * HTTP_METHOD_OTHER, or {method, path} is already there. */
void router_add(struct router *r, enum http_method method, const char *path,
                http_handler_fn handler, unsigned flags);

/* Route one request: calls the handler, or answers 404 (unknown path), 405 with Allow
 * (known path, other method; OPTIONS gets 204 with Allow) or 415 itself. */
void router_dispatch(const struct router *r, struct http_exchange *x,
                     const struct http_request *req, void *app);

/* True when router_dispatch would reach a handler, false when it would answer 404, 405,
 * 204 (OPTIONS) or 415 itself: lets the session refuse a body before inviting it with
 * 100 Continue. */
bool router_accepts(const struct router *r, const struct http_request *req);

/* How many routes the table holds, and the path of route `i` (< router_count; in the order
 * they were added; a path served for several methods appears once per method). The string
 * lives as long as the router: it is the label the session gives the observer
 * (http_observer_fn), so metrics can register every label up front. */
size_t router_count(const struct router *r);
const char *router_path(const struct router *r, size_t i);

/* An http_app that routes with `r` (router_dispatch, router_accepts) and keeps no per-core
 * state; the caller adds its shared state and core hooks. */
struct http_app router_app(const struct router *r);

/* The endpoints of routes_basic.c: GET / (the dashboard page), GET /healthz, POST /v1/echo. */
void routes_basic_register(struct router *r);

#endif
