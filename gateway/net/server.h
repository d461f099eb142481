/* server.h — `brigade serve`'s process: one pinned thread per core, each with its own
 * SO_REUSEPORT listener and io_uring loop; signals handled on the main thread.
 *
 * Signals: SIGTERM and SIGINT start a graceful shutdown (stop accepting, /readyz answers
 * 503, in-flight requests finish up to --shutdown-timeout, idle keep-alive and event-stream
 * connections close); SIGHUP reopens the log file. A handler writes the signal number to a
 * self-pipe that the main thread reads; the main thread tells the cores through the loop group
 * (loop_group_drain: an eventfd each core keeps a read armed on). */
#ifndef BRIGADE_GATEWAY_SERVER_H
#define BRIGADE_GATEWAY_SERVER_H

#include <stdint.h>

#define BRIGADE_VERSION "0.1.0"

enum {
    SERVER_HOST_BYTES_MAX = 64,
    SERVER_PATH_BYTES_MAX = 4096,
};

/* What the server itself needs: where to listen and where to say so. */
struct server_config {
    char listen_host[SERVER_HOST_BYTES_MAX]; /* numeric IPv4 or IPv6 address */
    uint16_t listen_port;                    /* 0: the kernel picks (see port_file) */
    char port_file[SERVER_PATH_BYTES_MAX];   /* empty: none */
};

struct http_app;
struct loop_group;

/* The CPU the thread of core `core` is pinned to: the (core modulo their count)-th of the CPUs
 * the process may run on (its affinity mask: taskset, cpuset). Call it from a thread not yet
 * pinned (the main thread, or a loop's before server_pin). Whoever places other threads (the
 * embedding engine) keeps them off these. */
unsigned server_core_cpu(unsigned core);

/* Serve `app` on the group's cores (one listener and thread each) until a shutdown signal
 * has been served. `app` must outlive the call. Returns 0 on a clean shutdown, 1 on a
 * start-up failure (logged). The group's loops stay for loop_group_free. */
int server_run(const struct server_config *cfg, struct loop_group *g, const struct http_app *app);

#endif
