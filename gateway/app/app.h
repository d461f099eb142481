/* app.h — the application `brigade serve` runs on its cores: one http_app made of the route
 * modules (routes_basic, routes_ops, routes_messages) and each core's state for them.
 *
 * The serve command builds the modules' objects (the ops endpoints over the loop group, the
 * message pipeline), registers their routes on one router and hands app_init's http_app to
 * the server. On each core, before it serves, the app's core_start hook creates that core's
 * state (struct app_core); every handler gets it as its `core` argument, so no handler looks
 * anything up in a global or creates state on first use. */
#ifndef BRIGADE_GATEWAY_APP_H
#define BRIGADE_GATEWAY_APP_H

#include "gateway/http/http_session.h"

struct loop;
struct messages_app;
struct messages_core;
struct ops;
struct orders_app;
struct orders_core;
struct router;

struct app {
    struct ops *ops;
    struct messages_app *messages;
    struct orders_app *orders; /* NULL without --pg */
    struct http_app http;      /* what server_run serves */
};

/* One core's state, created on its thread by the app's core_start hook. */
struct app_core {
    const struct app *app;
    struct loop *loop;              /* the core's loop (gateway/net/loop.h) */
    struct messages_core *messages; /* NULL when the pipeline is off */
    struct orders_core *orders;     /* NULL without --pg */
    struct inbox_feed *inbox;       /* --inbox, core 0 only; else NULL */
};

/* Fill `a`: requests are routed by `router` (every module's routes registered), and the
 * core hooks create and stop each core's struct app_core. The objects stay the caller's and
 * must outlive the server. */
void app_init(struct app *a, const struct router *router, struct ops *ops,
              struct messages_app *messages, struct orders_app *orders);

#endif
