/* server.h — `brigade serve`'s process: one pinned thread per core, each with its own
 * SO_REUSEPORT listener and io_uring loop; signals handled on the main thread.
 *
 * Signals: SIGTERM and SIGINT start a graceful shutdown (stop accepting, /readyz answers
 * 503, in-flight requests finish up to --shutdown-timeout, idle keep-alive and event-stream
 * connections close); SIGHUP reopens the log file. A handler writes the signal number to a
 * self-pipe that the main thread reads; the main thread tells the cores through their rings
 * (an eventfd each core keeps a read armed on). */
#ifndef BRIGADE_GATEWAY_SERVER_H
#define BRIGADE_GATEWAY_SERVER_H

#include <stdatomic.h>
#include <stdbool.h>

#include "gateway/cli/config.h"

#define BRIGADE_VERSION "0.1.0"

struct loop;
struct router;
struct sse_hub;

struct server {
    const struct config *cfg;
    struct router *router;
    struct sse_hub *hub; /* event streams: the shared log, stream counts, wake-ups */
    unsigned cores;
    atomic_bool draining; /* set once by the main thread; read by /readyz and the loops */
    struct loop *loops[CONFIG_THREADS_MAX];
};

/* Run the server until a shutdown signal has been served. Returns 0 on a clean shutdown, 1
 * on a start-up failure (logged). */
int server_run(const struct config *cfg);

/* True once a shutdown has begun (any thread). */
static inline bool server_draining(const struct server *srv)
{
    return atomic_load_explicit(&srv->draining, memory_order_relaxed);
}

#endif
