/* test_async_loop.c — a core's io_uring loop keeps the io/async.h contract
 * (async_contract.h): polls, timeouts and eventfd reads submitted on its ring, driven one
 * pass at a time as loop_run drives them. */
#include "async_contract.h"
#include "gateway/http/router.h"
#include "gateway/net/loop_group.h"
#include "gateway/net/loop_internal.h"
#include "gateway/obs/metrics.h"

static void loop_run_once(void *impl, int timeout_ms)
{
    loop_pass(impl, (uint64_t)timeout_ms);
}

int main(void)
{
    metrics_init(1);
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
    struct loop_group *g = loop_group_new(&cfg);
    struct router *r = router_new();
    struct http_app app = router_app(r);
    g->app = &app;
    struct loop *l = NULL;
    CHECK_INT_EQ(loop_init(&l, g, 0, -1), 0); /* no listener: the sources alone */
    if (l) {
        g->loops[0] = l;
        struct contract_impl t = {loop_async(l), loop_run_once, l, LOOP_SOURCES_MAX};
        contract_run(&t);
        CHECK_INT_EQ(l->source_count, 1); /* the eventfd stays for the loop's life */
    }
    loop_group_free(g); /* frees the loop too */
    router_free(r);
    metrics_free();
    return check_failures ? 1 : 0;
}
