/* loop.c — a core's pass: submit and wait (bounded by the nearest deadline), dispatch
 * every completion by its op code, then run what the pass left to do: re-arm receives that
 * ran out of buffers, expire timers, send heartbeats, flush connections with new output. */
#define _GNU_SOURCE
#include "gateway/net/loop_internal.h"

#include <errno.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "gateway/net/sse.h"
#include "gateway/obs/log.h"

static _Thread_local struct loop *loop_current;

/* Read the clock once for the pass: deadlines use milliseconds, and the HTTP context gets
 * nanoseconds as the start of the requests this pass completes. */
static void loop_clock_read(struct loop *l)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    uint64_t now_ns = (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
    l->now_ms = now_ns / 1000000;
    http_context_set_now(l->http, now_ns);
}

/* The metrics index of an observer's route label: cached by pointer after the first lookup. */
static unsigned loop_route_index(struct loop *l, const char *route)
{
    for (unsigned i = 0; i < l->route_label_count; i++)
        if (l->route_labels[i].label == route)
            return l->route_labels[i].index;
    unsigned index = metrics_route_find(route, strlen(route));
    if (l->route_label_count < LOOP_ROUTE_LABELS_MAX)
        l->route_labels[l->route_label_count++] = (struct loop_route_label){route, index};
    return index;
}

/* A response was queued on this core: count it by route and status, with its duration. */
static void loop_on_http_response(void *user, const char *route, int status, uint64_t duration_ns)
{
    struct loop *l = user;
    metrics_request(l->m, loop_route_index(l, route), status, duration_ns);
}

/* The session has output (an asynchronous answer or a stream write). */
static void loop_on_http_wake(struct http_session *s, void *user)
{
    (void)s;
    LOOP_ASSERT(loop_current != NULL);
    conn_mark_dirty(loop_current, user);
}

static void loop_init_tables(struct loop *l, const struct loop_config *cfg)
{
    l->conns = calloc(l->slots, sizeof(*l->conns));
    l->dirty = calloc(l->slots, sizeof(*l->dirty));
    l->rearm = calloc(l->slots, sizeof(*l->rearm));
    LOOP_ASSERT(l->conns && l->dirty && l->rearm);
    /* calloc left every slot FREE (conn_state.h): only the links need a value. */
    for (uint32_t i = 0; i < l->slots; i++) {
        l->conns[i].prev = l->conns[i].next = LOOP_NIL;
        l->conns[i].ticket = WAITING_LINE_NIL;
    }
    l->sse_head = l->linger_head = l->linger_tail = LOOP_NIL;
    uint64_t durations[TIMER_KIND_MAX] = {
        [TIMER_KIND_HEADER] = cfg->header_timeout_ms, [TIMER_KIND_BODY] = cfg->body_timeout_ms,
        [TIMER_KIND_IDLE] = cfg->idle_timeout_ms,     [TIMER_KIND_SEND] = cfg->send_timeout_ms,
        [TIMER_KIND_LINGER] = LOOP_LINGER_MS,
    };
    timer_init(&l->timers, l->slots, durations);
}

/* The size of the core's connection and registered file tables. The line is the server's,
 * so any core may hold every counted connection at once; but the kernel refuses a file
 * table larger than the open-file limit, so a smaller limit caps it (logged): accepts on a
 * core holding that many then find no slot (brigade_accept_no_slot_total). */
static uint32_t loop_slots(const struct loop_config *cfg, unsigned core)
{
    uint64_t want = (uint64_t)cfg->max_connections + cfg->max_queued + LOOP_SPARE_SLOTS;
    struct rlimit rl;
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && want > rl.rlim_cur) {
        if (core == 0)
            log_warn("open file limit caps each core's connection table", "limit=%llu wanted=%llu",
                     (unsigned long long)rl.rlim_cur, (unsigned long long)want);
        want = rl.rlim_cur;
    }
    return (uint32_t)want;
}

int loop_init(struct loop **out, struct loop_group *g, unsigned core, int listen_fd)
{
    const struct loop_config *cfg = &g->cfg;
    LOOP_ASSERT(core < g->cores);
    struct loop *l = calloc(1, sizeof(*l));
    LOOP_ASSERT(l != NULL);
    l->group = g;
    l->cfg = cfg;
    l->core = core;
    l->listen_fd = listen_fd;
    l->slots = loop_slots(cfg, core);
    /* A table capped by the open-file limit keeps a quarter free instead: lingering closes
     * still protect responses while the table is not under pressure. */
    l->spare_low = LOOP_SPARE_SLOTS_LOW < l->slots / 4 ? LOOP_SPARE_SLOTS_LOW : l->slots / 4;
    int ret = uring_init(&l->u, LOOP_RING_ENTRIES, LOOP_RING_ENTRIES * 16, l->slots);
    if (ret == 0)
        ret = uring_bufs_init(&l->u, &l->bufs, LOOP_BUF_GROUP, LOOP_RECV_BUFFERS,
                              LOOP_RECV_BUFFER_BYTES);
    l->wake_fd = eventfd(0, EFD_CLOEXEC);
    if (ret == 0 && l->wake_fd < 0)
        ret = -errno;
    if (ret < 0) {
        log_error("ring setup failed", "error=\"%s\" slots=%u", strerror(-ret), l->slots);
        free(l);
        return ret;
    }
    loop_init_tables(l, cfg);
    l->http = http_context_new(&cfg->http, g->app);
    http_context_set_wake(l->http, loop_on_http_wake);
    l->m = metrics_core(core);
    http_context_set_observer(l->http, loop_on_http_response, l);
    l->sse_sndbuf = cfg->sse_sndbuf;
    sse_hub_attach(g->hub, core, l);
    loop_current = l; /* this thread is the ring's single issuer from now on */
    *out = l;
    return 0;
}

void loop_free(struct loop *l)
{
    while (l->stash_free) {
        char *s = l->stash_free;
        memcpy(&l->stash_free, s, sizeof(char *));
        free(s);
    }
    for (uint32_t i = 0; i < l->slots; i++)
        LOOP_ASSERT(l->conns[i].state == CONN_STATE_FREE);
    http_context_free(l->http);
    timer_free(&l->timers);
    uring_bufs_free(&l->u, &l->bufs);
    uring_free(&l->u);
    if (l->listen_fd >= 0)
        close(l->listen_fd);
    close(l->wake_fd);
    free(l->conns);
    free(l->dirty);
    free(l->rearm);
    free(l);
}

void loop_wake(struct loop *l)
{
    uint64_t one = 1;
    ssize_t n = write(l->wake_fd, &one, sizeof(one));
    LOOP_ASSERT(n == (ssize_t)sizeof(one)); /* an eventfd counter cannot overflow here */
}

char *loop_stash_take(struct loop *l)
{
    char *s = l->stash_free;
    if (s) {
        memcpy(&l->stash_free, s, sizeof(char *));
        return s;
    }
    s = malloc(LOOP_STASH_BYTES);
    LOOP_ASSERT(s != NULL);
    return s;
}

void loop_stash_give(struct loop *l, char *stash)
{
    if (!stash)
        return;
    memcpy(stash, &l->stash_free, sizeof(char *));
    l->stash_free = stash;
}

bool loop_on_own_thread(const struct loop *l)
{
    return loop_current == l;
}

unsigned loop_core(const struct loop *l)
{
    return l->core;
}

bool loop_draining(const struct loop *l)
{
    return l->draining || loop_group_draining(l->group);
}

const struct http_counters *loop_http_counters(const struct loop *l)
{
    return http_context_counters(l->http);
}

struct http_context *loop_http_context(struct loop *l)
{
    return l->http;
}

static void loop_arm_accept(struct loop *l)
{
    if (l->accept_armed || l->accept_paused || l->draining || l->listen_fd < 0)
        return;
    uring_prep_accept_multishot(&l->u, l->listen_fd, uring_data_pack(LOOP_OP_ACCEPT, 0, 0));
    l->accept_armed = true;
}

static void loop_arm_wake(struct loop *l)
{
    uring_prep_read_eventfd(&l->u, l->wake_fd, &l->wake_value, uring_data_pack(LOOP_OP_WAKE, 0, 0));
}

/* The freed slot is filled from the line in loop_after_pass, not here: promoting inside a
 * close would start another connection halfway through this one's close, and recurse when
 * the promoted connection closes at once. */
void loop_end_active(struct loop *l, struct conn *c)
{
    (void)c;
    LOOP_ASSERT(l->active > 0);
    l->active--;
    metrics_gauge_add(l->m, METRICS_ACTIVE, -1);
    waiting_line_end_served(&l->group->line);
}

void loop_linger_add(struct loop *l, struct conn *c)
{
    LOOP_ASSERT(c->prev == LOOP_NIL && c->next == LOOP_NIL);
    uint32_t idx = conn_index(l, c);
    c->prev = l->linger_tail;
    if (l->linger_tail != LOOP_NIL)
        l->conns[l->linger_tail].next = idx;
    else
        l->linger_head = idx;
    l->linger_tail = idx;
}

void loop_linger_remove(struct loop *l, struct conn *c)
{
    if (c->prev != LOOP_NIL)
        l->conns[c->prev].next = c->next;
    else
        l->linger_head = c->next;
    if (c->next != LOOP_NIL)
        l->conns[c->next].prev = c->prev;
    else
        l->linger_tail = c->prev;
    c->prev = c->next = LOOP_NIL;
}

/* Keep spare_low file slots free (or about to be) for the next accepts: end the oldest
 * lingering closes early. Their response is wholly with the kernel and their write side shut
 * (the close waits for the shutdown); lingering only guards that response against a reset
 * should the client still send, while a connection that finds no slot gets nothing at all. */
static void loop_keep_spare(struct loop *l)
{
    while (l->slots - l->live + l->closing < l->spare_low && l->linger_head != LOOP_NIL) {
        metrics_add(l->m, METRICS_LINGER_CUT, 1);
        conn_close(l, &l->conns[l->linger_head]);
    }
}

static void loop_on_accept(struct loop *l, const struct io_uring_cqe *cqe)
{
    if (!(cqe->flags & IORING_CQE_F_MORE))
        l->accept_armed = false;
    if (cqe->res == -ENFILE) {
        /* Every file slot is taken: the kernel closed the connection it had dequeued. Resume
         * at the next close; loop_keep_spare exists so this stays rare. */
        metrics_add(l->m, METRICS_ACCEPT_NO_SLOT, 1);
        l->accept_paused = true;
    } else if (cqe->res < 0) {
        if (cqe->res != -ECANCELED)
            log_warn("accept failed", "error=\"%s\"", strerror(-cqe->res));
    } else {
        uint32_t slot = (uint32_t)cqe->res;
        LOOP_ASSERT(slot < l->slots);
        struct conn *c = &l->conns[slot];
        LOOP_ASSERT(c->state == CONN_STATE_FREE);
        LOOP_ASSERT(c->aux_inflight == 0);
        c->gen = (c->gen + 1) & URING_GEN_MASK;
        c->flags &= CONN_LIST_FLAGS;
        c->stash = c->raw = NULL;
        c->stash_len = c->stash_fed = c->raw_len = c->raw_sent = c->raw_cap = 0;
        l->live++;
        metrics_add(l->m, METRICS_ACCEPTED, 1);
        if (l->draining) {
            /* Never served: FINAL is the state whose close undoes no admission count. */
            conn_set_state(c, CONN_STATE_FINAL);
            conn_close(l, c);
        } else {
            admission_accept(l, c);
        }
        loop_keep_spare(l);
    }
    loop_arm_accept(l);
}

static void loop_on_close(struct loop *l, struct conn *c, int res)
{
    LOOP_ASSERT(c->state == CONN_STATE_CLOSING);
    if (res < 0)
        log_debug("close failed", "error=\"%s\"", strerror(-res));
    conn_set_state(c, CONN_STATE_FREE);
    c->flags &= CONN_LIST_FLAGS;
    LOOP_ASSERT(l->live > 0);
    LOOP_ASSERT(l->closing > 0);
    l->live--;
    l->closing--;
    if (l->accept_paused) {
        l->accept_paused = false;
        loop_arm_accept(l);
    }
}

static void loop_begin_drain(struct loop *l)
{
    l->draining = true;
    l->drain_deadline_ms = l->now_ms + l->cfg->shutdown_timeout_ms;
    if (l->accept_armed)
        uring_prep_cancel_data(&l->u, uring_data_pack(LOOP_OP_ACCEPT, 0, 0),
                               uring_data_pack(LOOP_OP_CANCEL, LOOP_NIL, 0));
    if (l->listen_fd >= 0) /* the accept holds its own reference until cancelled */
        close(l->listen_fd);
    l->listen_fd = -1;
    log_info("draining", "active=%u queued=%u", l->active, l->queued);
    for (uint32_t i = 0; i < l->slots; i++) {
        struct conn *c = &l->conns[i];
        if (c->state == CONN_STATE_FREE || c->state == CONN_STATE_CLOSING)
            continue;
        if (c->state != CONN_STATE_ACTIVE || !(c->flags & CONN_HTTP) || (c->flags & CONN_SSE)) {
            conn_close(l, c); /* waiting, refused, lingering, streams */
            continue;
        }
        /* Idle ones close at their next look (conn.c); a request in progress is let
         * arrive, and the session marks its response, or the last one owed, with close. */
        if (http_session_phase(&c->http) != HTTP_PHASE_IDLE)
            http_session_shutdown(&c->http);
        conn_mark_dirty(l, c);
    }
}

static void loop_on_wake(struct loop *l, int res)
{
    if (res < 0 && res != -ECANCELED)
        log_warn("wake read failed", "error=\"%s\"", strerror(-res));
    if (loop_group_draining(l->group) && !l->draining)
        loop_begin_drain(l);
    /* Also the fallback of a line message that could not be delivered: look for grants. */
    admission_on_line_news(l);
    if (!l->draining)
        loop_arm_wake(l);
}

static struct conn *loop_conn_of(struct loop *l, uint64_t data)
{
    uint32_t idx = uring_data_index(data);
    if (idx >= l->slots)
        return NULL;
    struct conn *c = &l->conns[idx];
    if (c->state == CONN_STATE_FREE || c->gen != uring_data_gen(data))
        return NULL;
    return c;
}

static void loop_dispatch(struct loop *l, const struct io_uring_cqe *cqe)
{
    uint64_t data = cqe->user_data;
    enum loop_op op = (enum loop_op)uring_data_op(data);
    if (op == LOOP_OP_ACCEPT) {
        loop_on_accept(l, cqe);
        return;
    }
    if (op == LOOP_OP_WAKE) {
        loop_on_wake(l, cqe->res);
        return;
    }
    if (op == LOOP_OP_MSG)
        return; /* events published: loop_after_pass takes the flag */
    if (op == LOOP_OP_LINE) {
        admission_on_line_news(l);
        return;
    }
    if (op == LOOP_OP_LINE_SENT) {
        admission_on_line_sent(l, uring_data_index(data), cqe->res);
        return;
    }
    if (op == LOOP_OP_SOURCE) {
        loop_source_on_completion(l, uring_data_index(data), uring_data_gen(data), cqe->res);
        return;
    }
    if (op == LOOP_OP_SOURCE_REMOVE)
        return;
    if ((op == LOOP_OP_CANCEL || op == LOOP_OP_SHUTDOWN) && uring_data_index(data) == LOOP_NIL)
        return; /* the accept's cancel */
    if (op != LOOP_OP_RECV && op != LOOP_OP_RECV_ONE && op != LOOP_OP_SEND && op != LOOP_OP_CLOSE &&
        op != LOOP_OP_POLL && op != LOOP_OP_CANCEL && op != LOOP_OP_SHUTDOWN &&
        op != LOOP_OP_SOCKOPT)
        return; /* MSG_SENT: nothing depends on its result */
    struct conn *c = loop_conn_of(l, data);
    if (!c) {
        /* Every request of a slot completes before its close, so this is a broken invariant;
         * a provided buffer must still go back. */
        if (cqe->flags & IORING_CQE_F_BUFFER)
            uring_bufs_recycle(&l->bufs, (uint16_t)(cqe->flags >> IORING_CQE_BUFFER_SHIFT));
        LOOP_ASSERT(!"completion for a connection that is gone");
    }
    if (op == LOOP_OP_RECV)
        conn_on_recv(l, c, cqe);
    else if (op == LOOP_OP_RECV_ONE)
        conn_on_recv_one(l, c, cqe->res);
    else if (op == LOOP_OP_SEND)
        conn_on_send(l, c, cqe->res);
    else if (op == LOOP_OP_POLL)
        conn_on_poll(l, c, cqe->res);
    else if (op == LOOP_OP_CANCEL || op == LOOP_OP_SHUTDOWN)
        conn_on_aux(l, c);
    else if (op == LOOP_OP_SOCKOPT)
        loop_sse_on_sockopt(l, c, cqe->res);
    else
        loop_on_close(l, c, cqe->res);
}

static uint64_t loop_wait_ms(const struct loop *l)
{
    uint64_t deadline = timer_next_deadline(&l->timers);
    if (l->sse_head != LOOP_NIL && l->heartbeat_ms < deadline)
        deadline = l->heartbeat_ms;
    if (l->draining && l->drain_deadline_ms < deadline)
        deadline = l->drain_deadline_ms;
    if (l->rearm_count)
        return 1; /* buffers were recycled this pass: retry soon, not at once */
    if (admission_promote_due(l))
        return 0; /* a slot freed after this pass's promotion: fill it at once */
    if (deadline <= l->now_ms)
        return 0;
    uint64_t wait = deadline - l->now_ms;
    return wait < LOOP_WAIT_MS_MAX ? wait : LOOP_WAIT_MS_MAX;
}

/* Everything after the completions: deferred re-arms, timers, heartbeats, promotions from the
 * line, output. */
static void loop_after_pass(struct loop *l)
{
    uint32_t n = l->rearm_count;
    l->rearm_count = 0;
    for (uint32_t i = 0; i < n; i++) {
        struct conn *c = &l->conns[l->rearm[i]];
        c->flags &= ~CONN_REARM;
        conn_after(l, c);
    }
    /* Refusals sent this pass now linger: make room before the next pass's accepts. */
    loop_keep_spare(l);
    uint32_t idx;
    enum timer_kind kind;
    while (timer_pop_expired(&l->timers, l->now_ms, &idx, &kind))
        conn_on_timeout(l, &l->conns[idx], kind);
    if (l->now_ms >= l->heartbeat_ms) {
        loop_sse_heartbeat(l);
        l->heartbeat_ms = l->now_ms + l->cfg->sse_heartbeat_ms;
    }
    if (l->draining && l->now_ms >= l->drain_deadline_ms)
        for (uint32_t i = 0; i < l->slots; i++)
            conn_close(l, &l->conns[i]);
    /* Once per pass, after the completions and timers that free slots: in line order. */
    admission_promote(l);
    if (sse_hub_take_pending(l->group->hub, l->core))
        loop_sse_kick(l);
    /* Flushing may mark more connections dirty (a close tells the waiting streams their new
     * position): the list grows while read. */
    for (uint32_t i = 0; i < l->dirty_count; i++) {
        struct conn *c = &l->conns[l->dirty[i]];
        c->flags &= ~CONN_DIRTY;
        conn_after(l, c);
    }
    l->dirty_count = 0;
}

void loop_pass(struct loop *l, uint64_t wait_max_ms)
{
    uint64_t wait = loop_wait_ms(l);
    if (wait > wait_max_ms)
        wait = wait_max_ms;
    struct __kernel_timespec ts = {.tv_sec = (long long)(wait / 1000),
                                   .tv_nsec = (long long)(wait % 1000) * 1000000};
    struct io_uring_cqe *cqe;
    int ret = io_uring_submit_and_wait_timeout(&l->u.ring, &cqe, 1, &ts, NULL);
    if (ret < 0 && ret != -ETIME && ret != -EINTR && ret != -EBUSY)
        log_warn("submit and wait failed", "error=\"%s\"", strerror(-ret));
    metrics_add(l->m, METRICS_SUBMITS, 1);
    loop_clock_read(l);
    unsigned head, count = 0;
    io_uring_for_each_cqe(&l->u.ring, head, cqe)
    {
        loop_dispatch(l, cqe);
        count++;
    }
    io_uring_cq_advance(&l->u.ring, count);
    metrics_add(l->m, METRICS_CQES, count);
    loop_after_pass(l);
    metrics_add(l->m, METRICS_LOOP_ITERATIONS, 1);
}

void loop_run(struct loop *l)
{
    log_set_core((int)l->core);
    loop_current = l;
    loop_clock_read(l);
    /* Before the first request, on this thread: the app's per-core state may register with
     * the ring (loop_async). */
    http_context_core_start(l->http, l->core, l);
    l->heartbeat_ms = l->now_ms + l->cfg->sse_heartbeat_ms;
    loop_arm_accept(l);
    loop_arm_wake(l);
    /* The wake-up may have been posted before the read was armed: look once now. */
    if (loop_group_draining(l->group))
        loop_begin_drain(l);
    /* Also wait for the cancelled accept to complete: until it does, it holds the listening
     * socket open (with DEFER_TASKRUN its completion runs only while this thread waits). */
    while (!l->draining || l->live > 0 || l->accept_armed)
        loop_pass(l, LOOP_WAIT_MS_MAX);
    io_uring_submit(&l->u.ring);     /* the last cancels and closes */
    http_context_core_stop(l->http); /* no request is left: the app's core state stops */
    loop_current = NULL;
}
