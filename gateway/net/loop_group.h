/* loop_group.h — the server's cores as one group: their loops, the shared waiting line, the
 * event-stream hub and the shutdown flag, with the loop's own configuration.
 *
 * The group is what the cores share and the one way they reach each other: a loop finds
 * another core's loop (to wake it through its ring), the line and the hub here, never in the
 * server or in a global. The server (server.h) owns the listeners, threads and signals and
 * runs the group; the serve command creates the group first, so the application can publish
 * to its hub and read its counters (/metrics) before the cores start.
 *
 *     struct loop_group *g = loop_group_new(&loop_cfg);
 *     ... the app gets loop_group_hub(g), the ops routes get g ...
 *     server_run(&server_cfg, g, &app);   // sets the app, starts a loop per core
 *     loop_group_free(g);                 // after every core stopped */
#ifndef BRIGADE_GATEWAY_LOOP_GROUP_H
#define BRIGADE_GATEWAY_LOOP_GROUP_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

#include "gateway/http/http_session.h"
#include "gateway/net/waiting_line.h"

enum {
    LOOP_GROUP_CORES_MAX = WAITING_LINE_CORES_MAX,
};

/* What a core's loop needs to know: limits and timeouts (every field has a flag in `brigade
 * serve`, see docs/operations.md). */
struct loop_config {
    unsigned cores;
    uint32_t max_connections; /* served at once, all cores together */
    uint32_t max_queued;      /* waiting in the one line, all cores together */
    uint64_t header_timeout_ms;
    uint64_t idle_timeout_ms;
    uint64_t body_timeout_ms;
    uint64_t send_timeout_ms;
    uint64_t shutdown_timeout_ms;
    uint64_t sse_heartbeat_ms;
    struct http_limits http; /* what each core's HTTP context enforces */
};

struct loop;
struct sse_hub;

struct loop_group {
    struct loop_config cfg;
    unsigned cores;
    atomic_bool draining; /* set once (loop_group_drain); read by every core */
    /* Set by each core's thread before the start barrier, read by the others after it
     * (pthread_barrier_wait orders them); NULL for a core that failed to start. */
    struct loop *loops[LOOP_GROUP_CORES_MAX];
    const struct http_app *app; /* what the cores serve (server_run sets it) */
    struct sse_hub *hub;
    struct waiting_line line;
};

/* A group for cfg->cores cores (1 .. LOOP_GROUP_CORES_MAX, asserted): the line sized from
 * the limits, the hub. Aborts when out of memory. */
struct loop_group *loop_group_new(const struct loop_config *cfg);
/* Free every loop and the group; every core has stopped. NULL: nothing. */
void loop_group_free(struct loop_group *g);

/* Any thread: begin the shutdown and wake every core so it notices. Idempotent. */
void loop_group_drain(struct loop_group *g);
/* True once a shutdown has begun (any thread). */
bool loop_group_draining(const struct loop_group *g);

struct sse_hub *loop_group_hub(const struct loop_group *g);
/* The HTTP layer's counters summed over the running cores (any thread: plain words written by
 * their cores, so a scrape may see a core a request behind). */
void loop_group_http_counters(const struct loop_group *g, struct http_counters *sum);

#endif
