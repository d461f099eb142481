/* cmd_serve.c — `brigade serve`: parse the configuration, open the log, build the served
 * application (its modules' objects and routes) and run the server on the loop group. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gateway/app/app.h"
#include "gateway/app/messages.h"
#include "gateway/app/orders.h"
#include "gateway/app/routes_orders.h"
#include "gateway/app/routes_ops.h"
#include "gateway/cli/config.h"
#include "gateway/http/router.h"
#include "gateway/net/loop_group.h"
#include "gateway/net/server.h"
#include "gateway/obs/log.h"
#include "gateway/obs/metrics.h"

int cmd_serve(int argc, char **argv);

/* Every route label the HTTP observer can report gets its metrics row before the cores
 * start (labels are fixed from then on): each route path, "unmatched" and "invalid". */
static void serve_register_route_labels(const struct router *r)
{
    for (size_t i = 0; i < router_count(r); i++)
        metrics_route_register(router_path(r, i));
    metrics_route_register(http_route_unmatched);
    metrics_route_register(http_route_invalid);
}

/* The modules' settings, each its own struct; large (paths), so kept off the stack. */
struct serve_configs {
    struct config all;
    struct server_config server;
    struct loop_config loop;
    struct messages_config messages;
    struct orders_config orders;
};

/* The routes of every module, the app over them, and the server run. */
static int serve_run(const struct serve_configs *cfg, struct loop_group *g,
                     struct messages_app *messages, struct orders_app *orders)
{
    struct ops *ops = ops_new(g);
    struct router *r = router_new();
    routes_basic_register(r);
    routes_ops_register(r);
    routes_messages_register(r, messages);
    routes_orders_register(r);
    serve_register_route_labels(r);
    struct app app;
    app_init(&app, r, ops, messages, orders);
    int ret = server_run(&cfg->server, g, &app.http);
    router_free(r);
    ops_free(ops);
    return ret;
}

int cmd_serve(int argc, char **argv)
{
    struct serve_configs *cfg = calloc(1, sizeof(*cfg));
    if (!cfg)
        abort();
    char err[CONFIG_MESSAGE_BYTES_MAX];
    int ret = config_parse(&cfg->all, argc, argv, stdout, err, sizeof(err));
    if (ret != 0) {
        if (ret < 0)
            fprintf(stderr, "brigade serve: %s\n", err);
        free(cfg);
        return ret == 1 ? 0 : 2;
    }
    ret = log_open(cfg->all.log_file, cfg->all.log_level);
    if (ret < 0) {
        fprintf(stderr, "brigade serve: cannot open log file %s: %s\n", cfg->all.log_file,
                strerror(-ret));
        free(cfg);
        return 2;
    }
    config_server(&cfg->all, &cfg->server);
    config_loop(&cfg->all, &cfg->loop);
    config_messages(&cfg->all, &cfg->messages);
    config_orders(&cfg->all, &cfg->orders);
    metrics_init(cfg->loop.cores);
    struct loop_group *g = loop_group_new(&cfg->loop);
    /* The order pipeline (menu, engine) is built before the cores start and outlives them. */
    struct messages_app *messages = NULL;
    struct orders_app *orders = NULL;
    ret = orders_init(&orders, &cfg->orders); /* the schema first: --menu db reads it */
    if (ret == 0)
        ret = messages_init(&messages, &cfg->messages, loop_group_hub(g));
    if (ret == 0)
        ret = serve_run(cfg, g, messages, orders);
    messages_free(messages); /* stops the engine: nothing writes to a core's queue after */
    orders_free(orders);
    loop_group_free(g);
    metrics_free();
    log_close();
    free(cfg);
    return ret;
}
