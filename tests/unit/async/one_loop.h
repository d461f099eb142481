/* one_loop.h — one core's real loop with no listener, for tests of what plugs into a loop
 * (async sources, offload ports): a group of one core, small limits, a router with no routes.
 * one_loop_free frees all three. */
#ifndef BRIGADE_TESTS_ONE_LOOP_H
#define BRIGADE_TESTS_ONE_LOOP_H

#include "check.h"
#include "gateway/http/router.h"
#include "gateway/net/loop_group.h"
#include "gateway/net/loop_internal.h"

struct one_loop {
    struct loop_group *group;
    struct router *router;
    struct http_app app;
    struct loop *loop; /* NULL when it could not start (a CHECK failed) */
};

static inline void one_loop_start(struct one_loop *o)
{
    struct loop_config cfg = {
        .cores = 1,
        .max_connections = 4,
        .max_queued = 4,
        .header_timeout_ms = 1000,
        .idle_timeout_ms = 1000,
        .body_timeout_ms = 1000,
        .send_timeout_ms = 1000,
        .shutdown_timeout_ms = 1000,
        .sse_heartbeat_ms = 60000,
        .http = {.parser = {8192, 100, 4096, 65536}, .pipeline_depth_max = 16},
        .sse_log_events = 16,
        .sse_log_bytes = 1 << 18,
        .sse_sndbuf = 1 << 16,
    };
    o->group = loop_group_new(&cfg);
    o->router = router_new();
    o->app = router_app(o->router);
    o->group->app = &o->app;
    o->loop = NULL;
    CHECK_INT_EQ(loop_init(&o->loop, o->group, 0, -1), 0); /* no listener: the sources alone */
    o->group->loops[0] = o->loop;
}

static inline void one_loop_free(struct one_loop *o)
{
    loop_group_free(o->group); /* frees the loop too */
    router_free(o->router);
}

#endif
