/* router.c — exact-path route table with 404 / 405 + Allow / 415 answered here. */
#include "gateway/http/router.h"

#include <string.h>

#include "gateway/http/json_strict.h"

struct router_route {
    http_handler_fn handler;
    unsigned flags;
    enum http_method method;
    size_t path_len;
    char path[ROUTER_PATH_BYTES_MAX + 1];
};

struct router {
    size_t count;
    struct router_route routes[ROUTER_ROUTES_MAX];
};

/* Longest Allow value: every known method name with ", " between. */
#define ROUTER_ALLOW_BYTES_MAX 128

struct router *router_new(void)
{
    struct router *r = calloc(1, sizeof(*r));
    HTTP_ASSERT(r != NULL);
    return r;
}

void router_free(struct router *r)
{
    free(r);
}

void router_add(struct router *r, enum http_method method, const char *path,
                http_handler_fn handler, unsigned flags)
{
    size_t n = strlen(path);
    HTTP_ASSERT(r->count < ROUTER_ROUTES_MAX);
    HTTP_ASSERT(n >= 1 && n <= ROUTER_PATH_BYTES_MAX && path[0] == '/');
    HTTP_ASSERT(method > HTTP_METHOD_OTHER && method < HTTP_METHOD_MAX);
    HTTP_ASSERT(handler != NULL);
    HTTP_ASSERT(!(flags & ROUTER_PREFIX) || path[n - 1] == '/');
    for (size_t i = 0; i < r->count; i++)
        HTTP_ASSERT(!(r->routes[i].method == method && strcmp(r->routes[i].path, path) == 0));
    struct router_route *route = &r->routes[r->count++];
    route->handler = handler;
    route->flags = flags;
    route->method = method;
    route->path_len = n;
    memcpy(route->path, path, n + 1);
}

static bool lower_equal(const char *s, size_t n, const char *lit)
{
    if (strlen(lit) != n)
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c | 0x20);
        if (c != lit[i])
            return false;
    }
    return true;
}

/* Does the request's Content-Type name a type the route's body flags take? Type names
 * compare case-insensitively (RFC 9110 8.3.1); parameters are content_charset_ok's. */
static bool content_type_ok(const struct http_request *req, unsigned flags)
{
    if (!(flags & (ROUTER_BODY_JSON | ROUTER_BODY_NDJSON)))
        return true;
    if (req->content_type == NULL)
        return false;
    const char *t = req->content_type;
    const char *semi = memchr(t, ';', req->content_type_len);
    size_t n = semi ? (size_t)(semi - t) : req->content_type_len;
    while (n > 0 && (t[n - 1] == ' ' || t[n - 1] == '\t'))
        n--;
    if ((flags & ROUTER_BODY_JSON) && lower_equal(t, n, "application/json"))
        return true;
    return (flags & ROUTER_BODY_NDJSON) && lower_equal(t, n, "application/x-ndjson");
}

/* JSON and NDJSON bodies are UTF-8 (RFC 8259 8.1): a route with a body flag refuses another
 * declared charset rather than read the bytes as if they were UTF-8. */
static bool content_charset_ok(const struct http_request *req, unsigned flags)
{
    return !(flags & (ROUTER_BODY_JSON | ROUTER_BODY_NDJSON)) || req->content_type == NULL ||
           json_strict_charset_ok(req->content_type, req->content_type_len);
}

/* "GET, HEAD, POST" for the methods in `mask` (GET implies HEAD). */
static void allow_header(unsigned mask, char *out, size_t cap)
{
    size_t n = (size_t)snprintf(out, cap, "Allow: ");
    if (mask & (1u << HTTP_METHOD_GET))
        mask |= 1u << HTTP_METHOD_HEAD;
    for (int m = HTTP_METHOD_GET; m < HTTP_METHOD_MAX; m++) {
        if (!(mask & (1u << m)))
            continue;
        n += (size_t)snprintf(out + n, cap - n, "%s%s", n > 7 ? ", " : "",
                              http_method_name((enum http_method)m));
        HTTP_ASSERT(n < cap);
    }
    n += (size_t)snprintf(out + n, cap - n, "\r\n");
    HTTP_ASSERT(n < cap);
}

static const char method_not_allowed_body[] =
    "{\"error\":{\"code\":\"method_not_allowed\","
    "\"message\":\"method not allowed for this resource\"}}\n";

static void unsupported_type(struct http_exchange *x, const struct http_request *req,
                             unsigned flags)
{
    if (content_type_ok(req, flags)) {
        http_exchange_error(x, 415, "unsupported_media_type",
                            "Content-Type declares a charset other than utf-8");
        return;
    }
    const char *message = (flags & ROUTER_BODY_NDJSON)
                              ? "Content-Type must be application/json or application/x-ndjson"
                              : "Content-Type must be application/json";
    http_exchange_error(x, 415, "unsupported_media_type", message);
}

/* The exact path, or for a ROUTER_PREFIX route a longer path under it ("/v1/orders/" matches
 * "/v1/orders/42" but neither "/v1/orders/" itself nor "/v1/orders"). */
static bool route_matches(const struct router_route *route, const struct http_request *req)
{
    if (route->flags & ROUTER_PREFIX)
        return req->path_len > route->path_len &&
               memcmp(route->path, req->path, route->path_len) == 0;
    return route->path_len == req->path_len && memcmp(route->path, req->path, req->path_len) == 0;
}

/* The route for the request's path and method (HEAD falls back to GET), or NULL; *allowed
 * gets the methods the path has, as bits, and *label the router's copy of the path (the
 * observer's route label), or NULL when no route has it. */
static const struct router_route *route_find(const struct router *r, const struct http_request *req,
                                             unsigned *allowed, const char **label)
{
    const struct router_route *match = NULL, *get = NULL;
    *allowed = 0;
    *label = NULL;
    for (size_t i = 0; i < r->count; i++) {
        const struct router_route *route = &r->routes[i];
        if (!route_matches(route, req))
            continue;
        if (*label == NULL)
            *label = route->path; /* the first route with the path: one label per path */
        *allowed |= 1u << route->method;
        if (route->method == req->method)
            match = route;
        if (route->method == HTTP_METHOD_GET)
            get = route;
    }
    if (match == NULL && req->method == HTTP_METHOD_HEAD)
        match = get; /* the session leaves the body out */
    return match;
}

size_t router_count(const struct router *r)
{
    return r->count;
}

const char *router_path(const struct router *r, size_t i)
{
    HTTP_ASSERT(i < r->count);
    return r->routes[i].path;
}

bool router_accepts(const struct router *r, const struct http_request *req)
{
    unsigned allowed;
    const char *label;
    const struct router_route *match = route_find(r, req, &allowed, &label);
    return match != NULL && content_type_ok(req, match->flags) &&
           content_charset_ok(req, match->flags);
}

void router_dispatch(const struct router *r, struct http_exchange *x,
                     const struct http_request *req, void *core)
{
    unsigned allowed;
    const char *label;
    const struct router_route *match = route_find(r, req, &allowed, &label);
    if (label != NULL)
        http_exchange_set_route(x, label); /* else it keeps http_route_unmatched */
    if (match != NULL) {
        if (!content_type_ok(req, match->flags) || !content_charset_ok(req, match->flags))
            unsupported_type(x, req, match->flags);
        else
            match->handler(x, req, core);
        return;
    }
    if (allowed == 0) {
        http_exchange_error(x, 404, "not_found", "no such resource");
        return;
    }
    char allow[ROUTER_ALLOW_BYTES_MAX];
    allow_header(allowed, allow, sizeof(allow));
    if (req->method == HTTP_METHOD_OPTIONS)
        http_exchange_respond(x, 204, NULL, NULL, 0, allow);
    else
        http_exchange_respond(x, 405, "application/json", method_not_allowed_body,
                              sizeof(method_not_allowed_body) - 1, allow);
}

struct http_app router_app(const struct router *r)
{
    return (struct http_app){.router = r, .dispatch = router_dispatch, .accepts = router_accepts};
}
