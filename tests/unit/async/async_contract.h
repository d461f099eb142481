/* async_contract.h — the behaviour io/async.h promises, checked against any implementation:
 * level-triggered fd readiness, interest changes, removal inside a callback, one-shot timers
 * (stopped, restarted from their own callback), eventfds, and a full table.
 *
 * The implementation under test supplies its loop and a function that runs one pass. */
#ifndef BRIGADE_TESTS_ASYNC_CONTRACT_H
#define BRIGADE_TESTS_ASYNC_CONTRACT_H

#include <errno.h>
#include <stdint.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "check.h"
#include "io/async.h"

struct contract_impl {
    struct async_loop loop;
    void (*run_once)(void *impl, int timeout_ms); /* one pass, waiting at most timeout_ms */
    void *impl;
    unsigned capacity; /* sources the loop can hold */
};

struct contract_fd_seen {
    int calls;
    int last_revents;
    struct async_fd *w;
    struct async_loop loop;
    int unwatch_after; /* unwatch itself at this call (0: never) */
};

static void contract_on_fd(void *ctx, int fd, int revents)
{
    (void)fd;
    struct contract_fd_seen *s = ctx;
    s->calls++;
    s->last_revents = revents;
    if (s->unwatch_after && s->calls == s->unwatch_after)
        async_fd_unwatch(s->loop, s->w);
}

static uint64_t contract_clock_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u;
}

/* Readable data keeps the callback coming (level) until read; nothing ready, no call. */
static void contract_fd_level(const struct contract_impl *t)
{
    int sv[2];
    CHECK_INT_EQ(socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0, sv), 0);
    struct contract_fd_seen seen = {.loop = t->loop};
    CHECK_INT_EQ(async_fd_watch(t->loop, sv[0], ASYNC_IN, contract_on_fd, &seen, &seen.w), 0);
    CHECK_INT_EQ(seen.calls, 0); /* never inside the registering call */
    t->run_once(t->impl, 20);
    CHECK_INT_EQ(seen.calls, 0);
    CHECK_INT_EQ(write(sv[1], "x", 1), 1);
    t->run_once(t->impl, 1000);
    CHECK_INT_EQ(seen.calls, 1);
    CHECK(seen.last_revents & ASYNC_IN);
    t->run_once(t->impl, 1000); /* not read: ready again */
    CHECK_INT_EQ(seen.calls, 2);
    char c;
    CHECK_INT_EQ(read(sv[0], &c, 1), 1);
    t->run_once(t->impl, 20);
    t->run_once(t->impl, 20);
    CHECK(seen.calls <= 3); /* at most the pass that raced with the read */
    int before = seen.calls;
    t->run_once(t->impl, 20);
    CHECK_INT_EQ(seen.calls, before);

    /* Interest changed to writable: a socket with room reports it; 0 pauses. */
    async_fd_events(t->loop, seen.w, ASYNC_OUT);
    t->run_once(t->impl, 1000);
    t->run_once(t->impl, 1000);
    CHECK(seen.calls > before);
    CHECK(seen.last_revents & ASYNC_OUT);
    async_fd_events(t->loop, seen.w, 0);
    t->run_once(t->impl, 20);
    before = seen.calls;
    t->run_once(t->impl, 20);
    t->run_once(t->impl, 20);
    CHECK_INT_EQ(seen.calls, before);

    /* Removed from inside its own callback: never called again, fd closable at once. */
    async_fd_events(t->loop, seen.w, ASYNC_OUT);
    seen.unwatch_after = seen.calls + 1;
    for (int i = 0; i < 4; i++)
        t->run_once(t->impl, 50);
    CHECK_INT_EQ(seen.calls, seen.unwatch_after);
    close(sv[0]);
    close(sv[1]);
}

struct contract_timer_seen {
    int calls;
    uint64_t fired_ms;
    struct async_loop loop;
    int restart; /* start again from the callback this many times */
    struct async_timer *t;
};

static void contract_on_timer(void *ctx)
{
    struct contract_timer_seen *s = ctx;
    s->calls++;
    s->fired_ms = contract_clock_ms();
    if (s->restart-- > 0)
        CHECK_INT_EQ(async_timer_start(s->loop, 5, contract_on_timer, s, &s->t), 0);
}

static void contract_timers(const struct contract_impl *t)
{
    struct contract_timer_seen a = {.loop = t->loop}, b = {.loop = t->loop};
    uint64_t t0 = contract_clock_ms();
    CHECK_INT_EQ(async_timer_start(t->loop, 40, contract_on_timer, &a, &a.t), 0);
    CHECK_INT_EQ(async_timer_start(t->loop, 10, contract_on_timer, &b, &b.t), 0);
    async_timer_stop(t->loop, b.t); /* never fires */
    while (a.calls == 0 && contract_clock_ms() - t0 < 2000)
        t->run_once(t->impl, 100);
    CHECK_INT_EQ(a.calls, 1);
    CHECK_INT_EQ(b.calls, 0);
    CHECK(a.fired_ms - t0 >= 40);
    CHECK(a.fired_ms - t0 < 1000);

    /* Restarted twice from its own callback: three calls in all, then quiet. */
    struct contract_timer_seen r = {.loop = t->loop, .restart = 2};
    CHECK_INT_EQ(async_timer_start(t->loop, 0, contract_on_timer, &r, &r.t), 0);
    CHECK_INT_EQ(r.calls, 0);
    t0 = contract_clock_ms();
    while (r.calls < 3 && contract_clock_ms() - t0 < 2000)
        t->run_once(t->impl, 100);
    for (int i = 0; i < 3; i++)
        t->run_once(t->impl, 10);
    CHECK_INT_EQ(r.calls, 3);
}

static void contract_on_eventfd(void *ctx)
{
    (*(int *)ctx)++;
}

static void contract_eventfd(const struct contract_impl *t)
{
    int efd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    CHECK(efd >= 0);
    int calls = 0;
    CHECK_INT_EQ(async_eventfd_watch(t->loop, efd, contract_on_eventfd, &calls), 0);
    t->run_once(t->impl, 20);
    CHECK_INT_EQ(calls, 0);
    uint64_t v = 3;
    CHECK_INT_EQ(write(efd, &v, sizeof(v)), (int)sizeof(v));
    t->run_once(t->impl, 1000);
    CHECK_INT_EQ(calls, 1);
    t->run_once(t->impl, 20); /* the counter was read back to zero: no second call */
    CHECK_INT_EQ(calls, 1);
    CHECK_INT_EQ(write(efd, &v, sizeof(v)), (int)sizeof(v));
    t->run_once(t->impl, 1000);
    CHECK_INT_EQ(calls, 2);
    /* The eventfd stays watched for the loop's life: closed by the caller after it. */
}

/* Fill the table with timers; one more is refused with -ENOSPC; stopping frees room. `used`:
 * sources the earlier checks left registered. */
static void contract_full(const struct contract_impl *t, unsigned used)
{
    static struct async_timer *timers[1024];
    CHECK(t->capacity <= 1024);
    struct contract_timer_seen never = {.loop = t->loop};
    unsigned n = 0;
    while (n + used < t->capacity)
        CHECK_INT_EQ(async_timer_start(t->loop, 60000, contract_on_timer, &never, &timers[n++]), 0);
    struct async_timer *extra;
    CHECK_INT_EQ(async_timer_start(t->loop, 60000, contract_on_timer, &never, &extra), -ENOSPC);
    async_timer_stop(t->loop, timers[0]);
    CHECK_INT_EQ(async_timer_start(t->loop, 60000, contract_on_timer, &never, &timers[0]), 0);
    for (unsigned i = 0; i < n; i++)
        async_timer_stop(t->loop, timers[i]);
    t->run_once(t->impl, 10);
    CHECK_INT_EQ(never.calls, 0);
}

/* Every check; returns with one eventfd source still registered (see contract_eventfd). */
static void contract_run(const struct contract_impl *t)
{
    contract_fd_level(t);
    contract_timers(t);
    contract_eventfd(t);
    contract_full(t, 1);
}

#endif
