/* loop_group.c — the cores' shared state: loops, line, hub, shutdown (see loop_group.h). */
#include "gateway/net/loop_group.h"

#include <stdlib.h>
#include <string.h>

#include "gateway/net/loop.h"
#include "gateway/net/loop_internal.h"
#include "gateway/net/sse.h"

struct loop_group *loop_group_new(const struct loop_config *cfg)
{
    LOOP_ASSERT(cfg->cores >= 1);
    LOOP_ASSERT(cfg->cores <= LOOP_GROUP_CORES_MAX);
    LOOP_ASSERT(cfg->max_connections >= 1);
    struct loop_group *g = calloc(1, sizeof(*g));
    LOOP_ASSERT(g != NULL);
    g->cfg = *cfg;
    g->cores = cfg->cores;
    atomic_init(&g->draining, false);
    g->hub = sse_hub_new(cfg->cores, loop_sse_deliver, loop_sse_notify);
    waiting_line_init(&g->line, cfg->cores, cfg->max_connections, cfg->max_queued);
    return g;
}

void loop_group_free(struct loop_group *g)
{
    if (!g)
        return;
    /* Freed only after every thread stopped: a core may still post to another's ring. */
    for (unsigned i = 0; i < g->cores; i++)
        if (g->loops[i])
            loop_free(g->loops[i]);
    waiting_line_free(&g->line);
    sse_hub_free(g->hub);
    free(g);
}

void loop_group_drain(struct loop_group *g)
{
    atomic_store(&g->draining, true);
    for (unsigned i = 0; i < g->cores; i++)
        if (g->loops[i])
            loop_wake(g->loops[i]);
}

bool loop_group_draining(const struct loop_group *g)
{
    return atomic_load_explicit(&g->draining, memory_order_relaxed);
}

struct sse_hub *loop_group_hub(const struct loop_group *g)
{
    return g->hub;
}

void loop_group_http_counters(const struct loop_group *g, struct http_counters *sum)
{
    memset(sum, 0, sizeof(*sum));
    for (unsigned i = 0; i < g->cores; i++) {
        if (!g->loops[i])
            continue;
        const struct http_counters *c = loop_http_counters(g->loops[i]);
        sum->requests += c->requests;
        sum->parse_errors += c->parse_errors;
        sum->exchanges_cancelled += c->exchanges_cancelled;
        sum->bytes_in += c->bytes_in;
        sum->bytes_out += c->bytes_out;
        for (int k = 1; k < 6; k++)
            sum->responses[k] += c->responses[k];
    }
}
