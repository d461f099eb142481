/* async.h — what an adapter in io/ needs from an event loop, and nothing more: be called
 * back when a file descriptor is readable or writable, when a delay has passed, or when an
 * eventfd was written.
 *
 * The adapters (the PostgreSQL pipeline client, the webhook notifier, the engine's
 * completion queue) are written against this table of operations; they never see the ring.
 * Two implementations exist: each core's io_uring loop (gateway/net/source.c: polls,
 * timeouts and eventfd reads submitted on the core's ring) and a poll(2) loop
 * (io/async_poll.h) for tests, benchmarks and one-shot tools.
 *
 * Semantics every implementation keeps:
 * - Level-triggered: while a watched fd is ready for an event it is interested in, its
 *   callback runs once per pass of the loop (after each call the interest is re-armed).
 * - Callbacks run on the loop's thread, never inside the call that registered or changed
 *   them. After async_fd_unwatch / async_timer_stop returns, the callback never runs again,
 *   and the fd may be closed at once (a stale completion is recognised and dropped).
 * - A callback may register, change or remove any source, itself included.
 * - Every call is made on the loop's own thread. Registration fails only when the loop's
 *   table of sources is full (-ENOSPC). */
#ifndef BRIGADE_IO_ASYNC_H
#define BRIGADE_IO_ASYNC_H

#include <poll.h>
#include <stdint.h>

enum {
    ASYNC_IN = POLLIN,
    ASYNC_OUT = POLLOUT,
};

/* Handles: opaque, owned by the loop, valid until unwatched / stopped (or fired, for a
 * timer). */
struct async_fd;
struct async_timer;

/* `revents`: what poll(2) would report (ASYNC_IN, ASYNC_OUT, POLLERR, POLLHUP), or a
 * negative errno when the loop could not poll the fd at all (the watch is then over: the
 * callback must unwatch it). */
typedef void (*async_fd_fn)(void *ctx, int fd, int revents);
/* A timer fired; its handle is already released. */
typedef void (*async_timer_fn)(void *ctx);
/* A watched eventfd was written; its counter has already been read back to zero. */
typedef void (*async_eventfd_fn)(void *ctx);

struct async_ops {
    int (*fd_watch)(void *loop, int fd, unsigned events, async_fd_fn fn, void *ctx,
                    struct async_fd **out);
    void (*fd_events)(void *loop, struct async_fd *w, unsigned events);
    void (*fd_unwatch)(void *loop, struct async_fd *w);
    int (*timer_start)(void *loop, uint64_t delay_ms, async_timer_fn fn, void *ctx,
                       struct async_timer **out);
    void (*timer_stop)(void *loop, struct async_timer *t);
    int (*eventfd_watch)(void *loop, int fd, async_eventfd_fn fn, void *ctx);
    uint64_t (*now_ms)(void *loop); /* CLOCK_MONOTONIC, read once per pass */
};

/* A loop as the adapters see it: passed by value, two words. */
struct async_loop {
    const struct async_ops *ops;
    void *loop;
};

/* Watch `fd` for `events` (ASYNC_IN | ASYNC_OUT; 0 registers it paused). 0 or -ENOSPC. */
static inline int async_fd_watch(struct async_loop a, int fd, unsigned events, async_fd_fn fn,
                                 void *ctx, struct async_fd **out)
{
    return a.ops->fd_watch(a.loop, fd, events, fn, ctx, out);
}
/* Change the interest (e.g. add ASYNC_OUT while output is pending; 0 pauses the watch). */
static inline void async_fd_events(struct async_loop a, struct async_fd *w, unsigned events)
{
    a.ops->fd_events(a.loop, w, events);
}
static inline void async_fd_unwatch(struct async_loop a, struct async_fd *w)
{
    a.ops->fd_unwatch(a.loop, w);
}
/* Call fn(ctx) once after `delay_ms` (0: at the end of this pass). 0 or -ENOSPC. */
static inline int async_timer_start(struct async_loop a, uint64_t delay_ms, async_timer_fn fn,
                                    void *ctx, struct async_timer **out)
{
    return a.ops->timer_start(a.loop, delay_ms, fn, ctx, out);
}
/* Cancel a timer that has not fired yet. */
static inline void async_timer_stop(struct async_loop a, struct async_timer *t)
{
    a.ops->timer_stop(a.loop, t);
}
/* Keep a read armed on eventfd `fd` for as long as the loop lives; the fd stays the caller's
 * and must stay open until then. 0 or -ENOSPC. */
static inline int async_eventfd_watch(struct async_loop a, int fd, async_eventfd_fn fn, void *ctx)
{
    return a.ops->eventfd_watch(a.loop, fd, fn, ctx);
}
static inline uint64_t async_now_ms(struct async_loop a)
{
    return a.ops->now_ms(a.loop);
}

#endif
