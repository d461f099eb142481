/* loop_source.c — io/async.h on a core's ring: fd readiness as one-shot io_uring polls
 * re-armed after each callback (level-triggered, like poll(2)), timers as io_uring
 * timeouts, eventfds as 8-byte reads kept armed.
 *
 * A source is a slot of the loop's fixed table; its completions carry (slot, generation),
 * so removing a source only bumps the generation and asks the kernel to drop what is in
 * flight: whatever completes afterwards is stale and ignored, and the slot can be reused at
 * once. Removals are submitted with LOOP_OP_SOURCE_REMOVE, whose completions need nothing. */
#include "gateway/net/loop_internal.h"

#include <errno.h>
#include <string.h>

#include "gateway/obs/log.h"

static struct loop_source *source_take(struct loop *l, enum loop_source_kind kind, void *ctx)
{
    for (unsigned i = 0; i < LOOP_SOURCES_MAX; i++) {
        struct loop_source *s = &l->sources[i];
        if (s->kind != LOOP_SOURCE_FREE)
            continue;
        s->kind = (uint8_t)kind;
        s->armed = false;
        s->ctx = ctx;
        l->source_count++;
        return s;
    }
    return NULL;
}

static uint32_t source_index(const struct loop *l, const struct loop_source *s)
{
    return (uint32_t)(s - l->sources);
}

static uint64_t source_data(const struct loop *l, const struct loop_source *s)
{
    return uring_data_pack(LOOP_OP_SOURCE, source_index(l, s), s->gen);
}

static uint64_t source_remove_data(const struct loop *l, const struct loop_source *s)
{
    return uring_data_pack(LOOP_OP_SOURCE_REMOVE, source_index(l, s), 0);
}

/* Ask the kernel to drop what is in flight, then retire the slot's generation. */
static void source_release(struct loop *l, struct loop_source *s)
{
    if (s->armed && s->kind == LOOP_SOURCE_FD)
        uring_prep_poll_remove(&l->u, source_data(l, s), source_remove_data(l, s));
    else if (s->armed && s->kind == LOOP_SOURCE_TIMER)
        uring_prep_timeout_remove(&l->u, source_data(l, s), source_remove_data(l, s));
    s->kind = LOOP_SOURCE_FREE;
    s->armed = false;
    s->gen = (s->gen + 1) & URING_GEN_MASK;
    LOOP_ASSERT(l->source_count > 0);
    l->source_count--;
}

static void source_arm_poll(struct loop *l, struct loop_source *s)
{
    if (s->armed || !s->events)
        return;
    uring_prep_poll_fd(&l->u, s->fd, s->events, source_data(l, s));
    s->armed = true;
    s->armed_events = s->events;
}

static void source_arm_read(struct loop *l, struct loop_source *s)
{
    uring_prep_read_eventfd(&l->u, s->fd, &s->value, source_data(l, s));
    s->armed = true;
}

/* ---- the operations ------------------------------------------------------------------- */

static struct loop *source_loop(void *loop)
{
    struct loop *l = loop;
    LOOP_ASSERT(loop_on_own_thread(l)); /* the ring has a single issuer */
    return l;
}

static int source_fd_watch(void *loop, int fd, unsigned events, async_fd_fn fn, void *ctx,
                           struct async_fd **out)
{
    struct loop *l = source_loop(loop);
    LOOP_ASSERT(fd >= 0);
    struct loop_source *s = source_take(l, LOOP_SOURCE_FD, ctx);
    if (!s)
        return -ENOSPC;
    s->fd = fd;
    s->events = events;
    s->fn.fd = fn;
    source_arm_poll(l, s);
    *out = (struct async_fd *)s;
    return 0;
}

/* A poll in flight for other events is removed; its -ECANCELED completion re-arms with the
 * new interest (a readiness that wins the race is reported once more: harmless, level
 * semantics allow it). */
static void source_fd_events(void *loop, struct async_fd *w, unsigned events)
{
    struct loop *l = source_loop(loop);
    struct loop_source *s = (struct loop_source *)w;
    LOOP_ASSERT(s->kind == LOOP_SOURCE_FD);
    s->events = events;
    if (!s->armed)
        source_arm_poll(l, s);
    else if (s->armed_events != events)
        uring_prep_poll_remove(&l->u, source_data(l, s), source_remove_data(l, s));
}

static void source_fd_unwatch(void *loop, struct async_fd *w)
{
    struct loop *l = source_loop(loop);
    struct loop_source *s = (struct loop_source *)w;
    LOOP_ASSERT(s->kind == LOOP_SOURCE_FD);
    source_release(l, s);
}

static int source_timer_start(void *loop, uint64_t delay_ms, async_timer_fn fn, void *ctx,
                              struct async_timer **out)
{
    struct loop *l = source_loop(loop);
    struct loop_source *s = source_take(l, LOOP_SOURCE_TIMER, ctx);
    if (!s)
        return -ENOSPC;
    s->fn.timer = fn;
    s->ts = (struct __kernel_timespec){.tv_sec = (long long)(delay_ms / 1000),
                                       .tv_nsec = (long long)(delay_ms % 1000) * 1000000};
    uring_prep_timeout(&l->u, &s->ts, source_data(l, s));
    s->armed = true;
    *out = (struct async_timer *)s;
    return 0;
}

static void source_timer_stop(void *loop, struct async_timer *t)
{
    struct loop *l = source_loop(loop);
    struct loop_source *s = (struct loop_source *)t;
    LOOP_ASSERT(s->kind == LOOP_SOURCE_TIMER);
    source_release(l, s);
}

static int source_eventfd_watch(void *loop, int fd, async_eventfd_fn fn, void *ctx)
{
    struct loop *l = source_loop(loop);
    LOOP_ASSERT(fd >= 0);
    struct loop_source *s = source_take(l, LOOP_SOURCE_EVENTFD, ctx);
    if (!s)
        return -ENOSPC;
    s->fd = fd;
    s->fn.eventfd = fn;
    source_arm_read(l, s);
    return 0;
}

static uint64_t source_now_ms(void *loop)
{
    return ((struct loop *)loop)->now_ms;
}

static const struct async_ops loop_async_ops = {
    .fd_watch = source_fd_watch,
    .fd_events = source_fd_events,
    .fd_unwatch = source_fd_unwatch,
    .timer_start = source_timer_start,
    .timer_stop = source_timer_stop,
    .eventfd_watch = source_eventfd_watch,
    .now_ms = source_now_ms,
};

struct async_loop loop_async(struct loop *l)
{
    return (struct async_loop){&loop_async_ops, l};
}

/* ---- completions ---------------------------------------------------------------------- */

static void source_on_fd(struct loop *l, struct loop_source *s, int res)
{
    uint32_t gen = s->gen;
    if (res == -ECANCELED) {
        source_arm_poll(l, s); /* the interest changed (source_fd_events) */
        return;
    }
    s->fn.fd(s->ctx, s->fd, res);
    /* The callback may have removed the source, or even reused its slot. */
    if (s->kind == LOOP_SOURCE_FD && s->gen == gen)
        source_arm_poll(l, s);
}

static void source_on_timer(struct loop *l, struct loop_source *s, int res)
{
    LOOP_ASSERT(res == -ETIME || res == 0);
    async_timer_fn fn = s->fn.timer;
    void *ctx = s->ctx;
    s->armed = false;
    source_release(l, s); /* first: the callback may start a timer in this very slot */
    fn(ctx);
}

/* A failed read (other than an interruption) would fail again: the watch ends, logged. */
static void source_on_eventfd(struct loop *l, struct loop_source *s, int res)
{
    if (res < 0 && res != -EINTR) {
        if (res != -ECANCELED)
            log_error("watched eventfd read failed", "error=\"%s\"", strerror(-res));
        source_release(l, s);
        return;
    }
    s->fn.eventfd(s->ctx);
    source_arm_read(l, s);
}

void loop_source_on_completion(struct loop *l, uint32_t index, uint32_t gen, int res)
{
    LOOP_ASSERT(index < LOOP_SOURCES_MAX);
    struct loop_source *s = &l->sources[index];
    if (s->kind == LOOP_SOURCE_FREE || s->gen != gen)
        return; /* removed while in flight */
    s->armed = false;
    if (s->kind == LOOP_SOURCE_FD)
        source_on_fd(l, s, res);
    else if (s->kind == LOOP_SOURCE_TIMER)
        source_on_timer(l, s, res);
    else
        source_on_eventfd(l, s, res);
}
