/* async_poll.h — an io/async.h loop on poll(2), for tests, benchmarks and one-shot tools
 * (the gateway's cores use their io_uring loop instead).
 *
 * Single-threaded; capacity fixed at creation (fds, timers and eventfds share it). */
#ifndef BRIGADE_IO_ASYNC_POLL_H
#define BRIGADE_IO_ASYNC_POLL_H

#include "io/async.h"

struct async_poll;

/* A loop with room for `capacity` sources. Returns NULL when out of memory. */
struct async_poll *async_poll_new(unsigned capacity);
void async_poll_free(struct async_poll *p);
struct async_loop async_poll_loop(struct async_poll *p);

/* One pass: wait up to `timeout_ms` (less when a timer is due sooner; 0 does not block), then
 * run the callbacks of ready fds, written eventfds and due timers. Returns how many callbacks
 * ran, or -errno when poll(2) failed (EINTR is not a failure: 0). */
int async_poll_run_once(struct async_poll *p, int timeout_ms);

/* Sources registered and not yet removed (a test's leak check). */
unsigned async_poll_sources(const struct async_poll *p);

#endif
