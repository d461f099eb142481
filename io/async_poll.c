/* async_poll.c — io/async.h on poll(2) (see async_poll.h). */
#include "io/async_poll.h"

#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

enum source_kind {
    SOURCE_FREE,
    SOURCE_FD,
    SOURCE_TIMER,
    SOURCE_EVENTFD,
};

/* One slot of the table; the handles given out (struct async_fd *, struct async_timer *) are
 * pointers to these. `gen` changes at every reuse, so a pass that snapshotted a slot knows
 * whether it still holds the same source. */
struct source {
    enum source_kind kind;
    uint32_t gen;
    int fd;
    unsigned events;
    uint64_t deadline_ms;
    void *ctx;
    union {
        async_fd_fn fd_fn;
        async_timer_fn timer_fn;
        async_eventfd_fn eventfd_fn;
    } fn;
};

struct async_poll {
    struct source *sources;
    struct pollfd *pfds;
    unsigned *pfd_source; /* pfds[i] belongs to sources[pfd_source[i]] */
    uint32_t *pfd_gen;
    unsigned capacity;
    unsigned used;
    uint64_t now_ms;
};

static uint64_t poll_clock_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u;
}

static struct source *poll_take(struct async_poll *p, enum source_kind kind, void *ctx)
{
    for (unsigned i = 0; i < p->capacity; i++) {
        struct source *s = &p->sources[i];
        if (s->kind != SOURCE_FREE)
            continue;
        s->kind = kind;
        s->gen++;
        s->ctx = ctx;
        p->used++;
        return s;
    }
    return NULL;
}

static void poll_release(struct async_poll *p, struct source *s)
{
    s->kind = SOURCE_FREE;
    s->gen++;
    p->used--;
}

static int poll_fd_watch(void *loop, int fd, unsigned events, async_fd_fn fn, void *ctx,
                         struct async_fd **out)
{
    struct source *s = poll_take(loop, SOURCE_FD, ctx);
    if (!s)
        return -ENOSPC;
    s->fd = fd;
    s->events = events;
    s->fn.fd_fn = fn;
    *out = (struct async_fd *)s;
    return 0;
}

static void poll_fd_events(void *loop, struct async_fd *w, unsigned events)
{
    (void)loop;
    ((struct source *)w)->events = events;
}

static void poll_fd_unwatch(void *loop, struct async_fd *w)
{
    poll_release(loop, (struct source *)w);
}

static int poll_timer_start(void *loop, uint64_t delay_ms, async_timer_fn fn, void *ctx,
                            struct async_timer **out)
{
    struct async_poll *p = loop;
    struct source *s = poll_take(p, SOURCE_TIMER, ctx);
    if (!s)
        return -ENOSPC;
    s->deadline_ms = poll_clock_ms() + delay_ms;
    s->fn.timer_fn = fn;
    *out = (struct async_timer *)s;
    return 0;
}

static void poll_timer_stop(void *loop, struct async_timer *t)
{
    poll_release(loop, (struct source *)t);
}

static int poll_eventfd_watch(void *loop, int fd, async_eventfd_fn fn, void *ctx)
{
    struct source *s = poll_take(loop, SOURCE_EVENTFD, ctx);
    if (!s)
        return -ENOSPC;
    s->fd = fd;
    s->events = POLLIN;
    s->fn.eventfd_fn = fn;
    return 0;
}

static uint64_t poll_now_ms(void *loop)
{
    struct async_poll *p = loop;
    return p->now_ms ? p->now_ms : poll_clock_ms();
}

static const struct async_ops poll_ops = {
    .fd_watch = poll_fd_watch,
    .fd_events = poll_fd_events,
    .fd_unwatch = poll_fd_unwatch,
    .timer_start = poll_timer_start,
    .timer_stop = poll_timer_stop,
    .eventfd_watch = poll_eventfd_watch,
    .now_ms = poll_now_ms,
};

struct async_poll *async_poll_new(unsigned capacity)
{
    struct async_poll *p = calloc(1, sizeof(*p));
    if (!p)
        return NULL;
    p->capacity = capacity;
    p->sources = calloc(capacity, sizeof(*p->sources));
    p->pfds = calloc(capacity, sizeof(*p->pfds));
    p->pfd_source = calloc(capacity, sizeof(*p->pfd_source));
    p->pfd_gen = calloc(capacity, sizeof(*p->pfd_gen));
    if (!p->sources || !p->pfds || !p->pfd_source || !p->pfd_gen) {
        async_poll_free(p);
        return NULL;
    }
    return p;
}

void async_poll_free(struct async_poll *p)
{
    if (!p)
        return;
    free(p->sources);
    free(p->pfds);
    free(p->pfd_source);
    free(p->pfd_gen);
    free(p);
}

struct async_loop async_poll_loop(struct async_poll *p)
{
    return (struct async_loop){&poll_ops, p};
}

unsigned async_poll_sources(const struct async_poll *p)
{
    return p->used;
}

/* The fds to poll and the wait: up to `timeout_ms`, less when a timer is due sooner. */
static unsigned poll_prepare(struct async_poll *p, int *timeout_ms)
{
    unsigned n = 0;
    uint64_t now = poll_clock_ms();
    for (unsigned i = 0; i < p->capacity; i++) {
        struct source *s = &p->sources[i];
        if (s->kind == SOURCE_TIMER) {
            uint64_t wait = s->deadline_ms > now ? s->deadline_ms - now : 0;
            if (*timeout_ms < 0 || wait < (uint64_t)*timeout_ms)
                *timeout_ms = (int)wait;
        } else if ((s->kind == SOURCE_FD || s->kind == SOURCE_EVENTFD) && s->events) {
            p->pfds[n] = (struct pollfd){s->fd, (short)s->events, 0};
            p->pfd_source[n] = i;
            p->pfd_gen[n] = s->gen;
            n++;
        }
    }
    return n;
}

static int poll_dispatch_fds(struct async_poll *p, unsigned n)
{
    int ran = 0;
    for (unsigned i = 0; i < n; i++) {
        struct source *s = &p->sources[p->pfd_source[i]];
        if (!p->pfds[i].revents || s->gen != p->pfd_gen[i])
            continue; /* not ready, or removed (maybe reused) by an earlier callback */
        if (s->kind == SOURCE_EVENTFD) {
            uint64_t value;
            ssize_t r = read(s->fd, &value, sizeof(value));
            (void)r; /* a non-blocking eventfd already read elsewhere: nothing to do */
            s->fn.eventfd_fn(s->ctx);
        } else {
            s->fn.fd_fn(s->ctx, s->fd, p->pfds[i].revents);
        }
        ran++;
    }
    return ran;
}

static int poll_dispatch_timers(struct async_poll *p)
{
    int ran = 0;
    for (unsigned i = 0; i < p->capacity; i++) {
        struct source *s = &p->sources[i];
        if (s->kind != SOURCE_TIMER || s->deadline_ms > p->now_ms)
            continue;
        async_timer_fn fn = s->fn.timer_fn;
        void *ctx = s->ctx;
        poll_release(p, s); /* released first: the callback may start it again */
        fn(ctx);
        ran++;
    }
    return ran;
}

int async_poll_run_once(struct async_poll *p, int timeout_ms)
{
    unsigned n = poll_prepare(p, &timeout_ms);
    int ret = poll(p->pfds, n, timeout_ms);
    if (ret < 0)
        return errno == EINTR ? 0 : -errno;
    p->now_ms = poll_clock_ms();
    int ran = ret > 0 ? poll_dispatch_fds(p, n) : 0;
    ran += poll_dispatch_timers(p);
    p->now_ms = 0;
    return ran;
}
