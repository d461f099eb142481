/* load_worker.c — per-thread io_uring loops driving the connections (see load_worker.h).
 *
 * Each connection has at most one recv and one send in flight, plus a connect or a reconnect
 * timer. user_data = op << 32 | connection index. A connection that fails is shut down, its
 * in-flight requests are counted as errors, and once its last op has completed its slot is
 * reconnected: no completion ever refers to a reused socket. */
#include "bench/load/load_worker.h"

#include "bench/load/load_check.h"
#include "bench/load/load_response.h"
#include "bench/load/load_schedule.h"

#include <errno.h>
#include <stddef.h>
#include <liburing.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <time.h>
#include <unistd.h>

#include "kernels/assert.h"

enum {
    LOAD_RING_ENTRIES_MAX = 4096,
    LOAD_SCAN_INTERVAL_NS = 10 * 1000 * 1000,    /* timeout scan period */
    LOAD_RECONNECT_DELAY_NS = 100 * 1000 * 1000, /* after a failed connect */
};

/* A thread with no open connection that has failed to connect for this long gives up, so
 * `-n N` against a server that is gone ends (with connect errors) instead of waiting forever.
 * (A macro: the value does not fit an enum's int.) */
#define LOAD_CONNECT_GIVE_UP_NS (UINT64_C(10) * 1000000000u)

#define LOAD_ASSERT(cond) BRIGADE_ASSERT(cond)

enum load_op { LOAD_OP_CONNECT = 1, LOAD_OP_RECV, LOAD_OP_SEND, LOAD_OP_TIMER, LOAD_OP_MAX };

enum conn_state {
    CONN_STATE_CONNECTING,
    CONN_STATE_OPEN,
    CONN_STATE_CLOSING, /* shut down, waiting for its ops to complete */
    CONN_STATE_WAITING, /* reconnect timer running */
    CONN_STATE_DEAD,    /* the run is over */
    CONN_STATE_MAX,
};

struct conn {
    int fd;
    enum conn_state state;
    unsigned ops; /* io_uring operations in flight */
    bool send_busy;
    bool in_ready;
    bool reconnect_slowly;
    unsigned inflight; /* requests queued or sent, not yet answered */
    unsigned head;     /* oldest request in the intended/sent_at rings */
    uint64_t *intended_ns;
    uint64_t *sent_ns;
    char *sbuf;
    size_t slen;
    char *rbuf;
    size_t rlen;
    char *body; /* kept for --expect-field, NULL otherwise */
    struct load_response resp;
    struct __kernel_timespec delay; /* must outlive the submission of the timer */
};

struct run_shared {
    const struct load_config *cfg;
    uint64_t t_start_ns;
    uint64_t t_measure_ns;
    uint64_t t_end_ns; /* UINT64_MAX: no time limit */
    pthread_barrier_t ready;
    pthread_barrier_t go;
    struct load_timeline *timeline;
};

struct worker {
    struct run_shared *run;
    const struct load_config *cfg;
    unsigned id;
    pthread_t thread;
    int setup_error;
    struct io_uring ring;
    struct conn *conns;
    unsigned conn_count;
    unsigned *ready; /* FIFO of connections that can take a request (open loop) */
    unsigned ready_head;
    unsigned ready_count;
    bool open_loop;
    bool stopping;
    struct load_schedule schedule;
    uint64_t quota; /* 0 = no limit */
    uint64_t issued;
    uint64_t finished;
    uint64_t body_next;
    uint64_t last_ns;
    uint64_t last_connect_ns; /* last successful connect (or the start) */
    unsigned open_count;      /* connections in CONN_STATE_OPEN */
    uint64_t next_scan_ns;
    struct load_stats stats;
    struct histogram second;
    int64_t second_index;
};

static uint64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static bool in_window(const struct worker *w, uint64_t now)
{
    return now >= w->run->t_measure_ns && now < w->run->t_end_ns;
}

static struct io_uring_sqe *get_sqe(struct worker *w)
{
    struct io_uring_sqe *sqe = io_uring_get_sqe(&w->ring);
    if (!sqe) { /* submission queue full: hand what we have to the kernel */
        io_uring_submit(&w->ring);
        sqe = io_uring_get_sqe(&w->ring);
    }
    LOAD_ASSERT(sqe != NULL);
    return sqe;
}

static void set_data(struct io_uring_sqe *sqe, enum load_op op, unsigned index)
{
    io_uring_sqe_set_data64(sqe, ((uint64_t)op << 32) | index);
}

/* ---- timeline ---------------------------------------------------------------------------- */

static void publish_second(struct worker *w)
{
    if (w->second.count == 0 || w->second_index < 0 || w->second_index >= LOAD_TIMELINE_SECONDS_MAX)
        return;
    struct load_timeline *tl = w->run->timeline;
    size_t i = (size_t)w->second_index;
    pthread_mutex_lock(&tl->lock);
    if (!tl->seconds[i]) {
        tl->seconds[i] = malloc(sizeof(struct histogram));
        LOAD_ASSERT(tl->seconds[i] != NULL);
        histogram_init(tl->seconds[i]);
    }
    histogram_merge(tl->seconds[i], &w->second);
    if (i + 1 > tl->count)
        tl->count = i + 1;
    pthread_mutex_unlock(&tl->lock);
    histogram_init(&w->second);
}

static void record_latency(struct worker *w, uint64_t now, uint64_t latency_ns)
{
    int64_t index = (int64_t)((now - w->run->t_measure_ns) / 1000000000u);
    if (index != w->second_index) {
        publish_second(w);
        w->second_index = index;
    }
    histogram_record(&w->stats.latency, latency_ns);
    histogram_record(&w->second, latency_ns);
}

/* ---- requests ---------------------------------------------------------------------------- */

static bool can_issue(const struct worker *w)
{
    return !w->stopping && (w->quota == 0 || w->issued < w->quota);
}

static void count_errors(struct worker *w, enum load_error kind, uint64_t n, uint64_t now)
{
    if (in_window(w, now))
        w->stats.errors[kind] += n;
    if (kind != LOAD_ERROR_CONNECT)
        w->finished += n;
}

static void queue_request(struct worker *w, struct conn *c, uint64_t intended, uint64_t now)
{
    const struct load_config *cfg = w->cfg;
    const struct load_request *r = &cfg->requests_built[w->body_next % cfg->request_count];
    w->body_next += cfg->threads; /* threads interleave over the bodies */
    LOAD_ASSERT(c->inflight < cfg->pipeline);
    LOAD_ASSERT(c->slen + r->len <= (size_t)cfg->pipeline * cfg->request_len_max);
    memcpy(c->sbuf + c->slen, r->bytes, r->len);
    c->slen += r->len;
    unsigned slot = (c->head + c->inflight) % cfg->pipeline;
    c->intended_ns[slot] = intended;
    c->sent_ns[slot] = now;
    c->inflight++;
    w->issued++;
}

static void flush_send(struct worker *w, struct conn *c, unsigned index)
{
    if (c->send_busy || c->slen == 0 || c->state != CONN_STATE_OPEN)
        return;
    struct io_uring_sqe *sqe = get_sqe(w);
    io_uring_prep_send(sqe, c->fd, c->sbuf, c->slen, MSG_NOSIGNAL);
    set_data(sqe, LOAD_OP_SEND, index);
    c->send_busy = true;
    c->ops++;
}

static void make_ready(struct worker *w, struct conn *c, unsigned index)
{
    if (c->in_ready || c->state != CONN_STATE_OPEN || c->inflight >= w->cfg->pipeline)
        return;
    LOAD_ASSERT(w->ready_count < w->conn_count);
    w->ready[(w->ready_head + w->ready_count) % w->conn_count] = index;
    w->ready_count++;
    c->in_ready = true;
}

/* Closed loop: keep the pipeline full. Open loop: offer the connection to the schedule. */
static void refill(struct worker *w, struct conn *c, unsigned index, uint64_t now)
{
    if (w->open_loop) {
        make_ready(w, c, index);
        return;
    }
    while (c->state == CONN_STATE_OPEN && c->inflight < w->cfg->pipeline && can_issue(w))
        queue_request(w, c, now, now);
    flush_send(w, c, index);
}

/* Open loop: hand every request that is due to a free connection; the rest wait (their
 * latency keeps counting from the intended time). */
static void dispatch(struct worker *w, uint64_t now)
{
    while (w->ready_count && can_issue(w) && load_schedule_peek(&w->schedule) <= now) {
        unsigned index = w->ready[w->ready_head];
        w->ready_head = (w->ready_head + 1) % w->conn_count;
        w->ready_count--;
        struct conn *c = &w->conns[index];
        c->in_ready = false;
        if (c->state != CONN_STATE_OPEN || c->inflight >= w->cfg->pipeline)
            continue;
        queue_request(w, c, load_schedule_peek(&w->schedule), now);
        load_schedule_pop(&w->schedule);
        flush_send(w, c, index);
        make_ready(w, c, index);
    }
}

/* ---- connection life cycle --------------------------------------------------------------- */

static void start_connect(struct worker *w, struct conn *c, unsigned index)
{
    const struct load_config *cfg = w->cfg;
    c->fd = socket(cfg->addr.ss_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (c->fd < 0) {
        fprintf(stderr, "brigade-load: socket: %s (raise ulimit -n?)\n", strerror(errno));
        exit(1);
    }
    int one = 1;
    setsockopt(c->fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
    struct io_uring_sqe *sqe = get_sqe(w);
    io_uring_prep_connect(sqe, c->fd, (const struct sockaddr *)&cfg->addr, cfg->addr_len);
    set_data(sqe, LOAD_OP_CONNECT, index);
    c->state = CONN_STATE_CONNECTING;
    c->ops++;
}

/* All ops of a closing connection completed: close it and reconnect (maybe after a delay). */
static void finish_close(struct worker *w, struct conn *c, unsigned index)
{
    LOAD_ASSERT(c->state == CONN_STATE_CLOSING);
    LOAD_ASSERT(c->ops == 0);
    close(c->fd);
    c->fd = -1;
    c->slen = 0;
    c->rlen = 0;
    c->inflight = 0;
    c->head = 0;
    if (w->stopping) {
        c->state = CONN_STATE_DEAD;
        return;
    }
    if (c->reconnect_slowly) {
        c->reconnect_slowly = false;
        c->delay.tv_sec = 0;
        c->delay.tv_nsec = LOAD_RECONNECT_DELAY_NS;
        struct io_uring_sqe *sqe = get_sqe(w);
        io_uring_prep_timeout(sqe, &c->delay, 0, 0);
        set_data(sqe, LOAD_OP_TIMER, index);
        c->state = CONN_STATE_WAITING;
        c->ops++;
        return;
    }
    start_connect(w, c, index);
}

/* Give up on a connection: its unanswered requests count as errors of this kind. */
static void fail_conn(struct worker *w, struct conn *c, unsigned index, enum load_error kind,
                      uint64_t now)
{
    if (c->state != CONN_STATE_OPEN && c->state != CONN_STATE_CONNECTING)
        return;
    if (c->inflight)
        count_errors(w, kind, c->inflight, now);
    if (c->state == CONN_STATE_OPEN)
        w->open_count--;
    c->inflight = 0;
    c->slen = 0;
    c->state = CONN_STATE_CLOSING;
    shutdown(c->fd, SHUT_RDWR); /* completes the pending recv */
    if (c->ops == 0)
        finish_close(w, c, index);
}

static void post_recv(struct worker *w, struct conn *c, unsigned index)
{
    struct io_uring_sqe *sqe = get_sqe(w);
    io_uring_prep_recv(sqe, c->fd, c->rbuf + c->rlen, LOAD_RECV_BUFFER_BYTES - c->rlen, 0);
    set_data(sqe, LOAD_OP_RECV, index);
    c->ops++;
}

static void begin_response(struct worker *w, struct conn *c)
{
    load_response_begin(&c->resp, w->cfg->head_request, c->body,
                        c->body ? LOAD_CHECK_BODY_BYTES_MAX : 0);
}

static void on_connect(struct worker *w, struct conn *c, unsigned index, int res)
{
    uint64_t now = now_ns();
    if (res < 0) {
        count_errors(w, LOAD_ERROR_CONNECT, 1, now);
        c->reconnect_slowly = true;
        fail_conn(w, c, index, LOAD_ERROR_CONNECT, now);
        if (w->open_count == 0 && now - w->last_connect_ns > LOAD_CONNECT_GIVE_UP_NS) {
            if (!w->stopping) {
                fprintf(stderr, "brigade-load: no connection for %llu s, giving up\n",
                        (unsigned long long)(LOAD_CONNECT_GIVE_UP_NS / 1000000000u));
                w->stats.gave_up++; /* counted whatever the window: the run is cut short */
            }
            w->stopping = true;
        }
        return;
    }
    c->state = CONN_STATE_OPEN;
    w->open_count++;
    w->last_connect_ns = now;
    c->rlen = 0;
    begin_response(w, c);
    post_recv(w, c, index);
    refill(w, c, index, now);
}

/* ---- responses --------------------------------------------------------------------------- */

static void on_response(struct worker *w, struct conn *c, uint64_t now)
{
    LOAD_ASSERT(c->inflight > 0);
    uint64_t intended = c->intended_ns[c->head];
    c->head = (c->head + 1) % w->cfg->pipeline;
    c->inflight--;
    w->finished++;
    w->last_ns = now;
    if (!in_window(w, now))
        return;
    int status = c->resp.status;
    struct load_stats *s = &w->stats;
    s->responses++;
    if (status >= 0 && status < LOAD_STATUS_CODES)
        s->status_counts[status]++;
    record_latency(w, now, now > intended ? now - intended : 0);
    if (!load_check_status(w->cfg, status))
        s->errors[LOAD_ERROR_STATUS]++;
    else if (w->cfg->check_count &&
             (c->resp.body_truncated || !load_check_body(w->cfg, c->body, c->resp.body_len)))
        s->errors[LOAD_ERROR_CHECK]++;
    else
        s->ok++;
}

/* Parse what is in the receive buffer. Returns false if the connection was failed/closed. */
static bool parse_responses(struct worker *w, struct conn *c, unsigned index)
{
    size_t off = 0;
    while (off < c->rlen) {
        size_t used;
        int rc = load_response_feed(&c->resp, c->rbuf + off, c->rlen - off, &used);
        off += used;
        if (rc == LOAD_RESPONSE_MORE)
            break;
        uint64_t now = now_ns();
        if (rc < 0 || c->inflight == 0) { /* garbage, or a response nobody asked for */
            fail_conn(w, c, index, LOAD_ERROR_PARSE, now);
            return false;
        }
        on_response(w, c, now);
        bool close_after = c->resp.close;
        begin_response(w, c);
        if (close_after) { /* server said Connection: close; anything still queued is lost */
            fail_conn(w, c, index, LOAD_ERROR_READ, now);
            return false;
        }
    }
    memmove(c->rbuf, c->rbuf + off, c->rlen - off);
    c->rlen -= off;
    if (c->rlen == LOAD_RECV_BUFFER_BYTES) { /* a head or chunk line that never ends */
        fail_conn(w, c, index, LOAD_ERROR_PARSE, now_ns());
        return false;
    }
    return true;
}

static void on_recv(struct worker *w, struct conn *c, unsigned index, int res)
{
    if (c->state != CONN_STATE_OPEN)
        return;
    if (res <= 0) {
        /* EOF on an idle connection is the server's keep-alive timeout, not an error. */
        fail_conn(w, c, index, LOAD_ERROR_READ, now_ns());
        return;
    }
    if (in_window(w, now_ns()))
        w->stats.bytes_received += (uint64_t)res;
    c->rlen += (size_t)res;
    if (!parse_responses(w, c, index))
        return;
    post_recv(w, c, index);
    refill(w, c, index, now_ns());
}

static void on_send(struct worker *w, struct conn *c, unsigned index, int res)
{
    c->send_busy = false;
    if (c->state != CONN_STATE_OPEN)
        return;
    if (res < 0) {
        fail_conn(w, c, index, LOAD_ERROR_READ, now_ns());
        return;
    }
    if (in_window(w, now_ns()))
        w->stats.bytes_sent += (uint64_t)res;
    LOAD_ASSERT((size_t)res <= c->slen);
    memmove(c->sbuf, c->sbuf + res, c->slen - (size_t)res);
    c->slen -= (size_t)res;
    flush_send(w, c, index);
}

static void handle_cqe(struct worker *w, uint64_t data, int res)
{
    enum load_op op = (enum load_op)(data >> 32);
    unsigned index = (unsigned)(data & 0xffffffffu);
    LOAD_ASSERT(index < w->conn_count);
    struct conn *c = &w->conns[index];
    LOAD_ASSERT(c->ops > 0);
    c->ops--;
    switch (op) {
    case LOAD_OP_CONNECT:
        on_connect(w, c, index, res);
        break;
    case LOAD_OP_RECV:
        on_recv(w, c, index, res);
        break;
    case LOAD_OP_SEND:
        on_send(w, c, index, res);
        break;
    case LOAD_OP_TIMER:
        if (w->stopping)
            c->state = CONN_STATE_DEAD;
        else
            start_connect(w, c, index);
        break;
    default:
        LOAD_ASSERT(!"unknown op");
    }
    if (c->state == CONN_STATE_CLOSING && c->ops == 0)
        finish_close(w, c, index);
}

static void scan_timeouts(struct worker *w, uint64_t now)
{
    uint64_t limit = (uint64_t)(w->cfg->timeout_s * 1e9);
    for (unsigned i = 0; i < w->conn_count; i++) {
        struct conn *c = &w->conns[i];
        if (c->state == CONN_STATE_OPEN && c->inflight && now - c->sent_ns[c->head] > limit)
            fail_conn(w, c, i, LOAD_ERROR_TIMEOUT, now);
    }
}

/* ---- the loop ---------------------------------------------------------------------------- */

static uint64_t next_wake(const struct worker *w)
{
    uint64_t wake = w->next_scan_ns;
    if (w->run->t_end_ns < wake)
        wake = w->run->t_end_ns;
    if (w->open_loop && w->ready_count && can_issue(w)) {
        uint64_t due = load_schedule_peek(&w->schedule);
        if (due < wake)
            wake = due;
    }
    return wake;
}

static void worker_loop(struct worker *w)
{
    for (;;) {
        uint64_t now = now_ns();
        if (now >= w->run->t_end_ns || (w->quota && w->finished >= w->quota) || w->stopping)
            break;
        if (w->open_loop)
            dispatch(w, now);
        if (now >= w->next_scan_ns) {
            scan_timeouts(w, now);
            w->next_scan_ns = now + LOAD_SCAN_INTERVAL_NS;
        }
        uint64_t wake = next_wake(w), wait = wake > now ? wake - now : 0;
        struct __kernel_timespec ts = {.tv_sec = (long long)(wait / 1000000000u),
                                       .tv_nsec = (long long)(wait % 1000000000u)};
        struct io_uring_cqe *cqe;
        int rc = io_uring_submit_and_wait_timeout(&w->ring, &cqe, 1, &ts, NULL);
        if (rc < 0 && rc != -ETIME && rc != -EINTR && rc != -EAGAIN && rc != -EBUSY) {
            fprintf(stderr, "brigade-load: io_uring wait: %s\n", strerror(-rc));
            exit(1);
        }
        unsigned head, seen = 0;
        io_uring_for_each_cqe(&w->ring, head, cqe)
        {
            handle_cqe(w, cqe->user_data, cqe->res);
            seen++;
        }
        io_uring_cq_advance(&w->ring, seen);
    }
}

/* Requests with no answer at the end: in flight on a connection, or due but never sent. */
static void count_unfinished(struct worker *w)
{
    if (w->quota)
        return; /* a --requests run waits for every answer */
    for (unsigned i = 0; i < w->conn_count; i++)
        w->stats.unfinished += w->conns[i].inflight;
    while (w->open_loop && can_issue(w) && load_schedule_peek(&w->schedule) < w->run->t_end_ns) {
        load_schedule_pop(&w->schedule);
        w->issued++;
        w->stats.unfinished++;
    }
}

static int ring_setup(struct worker *w)
{
    unsigned entries = 64;
    while (entries < 4 * w->conn_count && entries < LOAD_RING_ENTRIES_MAX)
        entries *= 2;
    struct io_uring_params p = {0};
    p.flags = IORING_SETUP_SINGLE_ISSUER | IORING_SETUP_DEFER_TASKRUN;
    int rc = io_uring_queue_init_params(entries, &w->ring, &p);
    if (rc == -EINVAL) { /* older kernel: plain ring */
        memset(&p, 0, sizeof(p));
        rc = io_uring_queue_init_params(entries, &w->ring, &p);
    }
    return rc;
}

static void conns_alloc(struct worker *w)
{
    const struct load_config *cfg = w->cfg;
    w->conns = calloc(w->conn_count, sizeof(*w->conns));
    w->ready = calloc(w->conn_count, sizeof(*w->ready));
    LOAD_ASSERT(w->conns && w->ready);
    for (unsigned i = 0; i < w->conn_count; i++) {
        struct conn *c = &w->conns[i];
        c->fd = -1;
        c->intended_ns = calloc(cfg->pipeline, sizeof(uint64_t));
        c->sent_ns = calloc(cfg->pipeline, sizeof(uint64_t));
        c->sbuf = malloc((size_t)cfg->pipeline * cfg->request_len_max);
        c->rbuf = malloc(LOAD_RECV_BUFFER_BYTES);
        LOAD_ASSERT(c->intended_ns && c->sent_ns && c->sbuf && c->rbuf);
        if (cfg->check_count) {
            c->body = malloc(LOAD_CHECK_BODY_BYTES_MAX);
            LOAD_ASSERT(c->body != NULL);
        }
    }
}

static void conns_free(struct worker *w)
{
    for (unsigned i = 0; i < w->conn_count; i++) {
        struct conn *c = &w->conns[i];
        if (c->fd >= 0)
            close(c->fd);
        free(c->intended_ns);
        free(c->sent_ns);
        free(c->sbuf);
        free(c->rbuf);
        free(c->body);
    }
    free(w->conns);
    free(w->ready);
}

static void *worker_main(void *arg)
{
    struct worker *w = arg;
    const struct load_config *cfg = w->cfg;
    prctl(PR_SET_TIMERSLACK, 1UL); /* wake at the scheduled send times, not 50 us late */
    w->setup_error = ring_setup(w);
    pthread_barrier_wait(&w->run->ready);
    pthread_barrier_wait(&w->run->go); /* the main thread has set the clock */
    if (w->setup_error < 0)
        return NULL;
    if (w->open_loop)
        load_schedule_init(&w->schedule, cfg->rate / cfg->threads, w->run->t_start_ns, cfg->bursts,
                           cfg->burst_count,
                           cfg->seed + (uint64_t)w->id * UINT64_C(0xD1342543DE82EF95));
    w->next_scan_ns = w->run->t_start_ns + LOAD_SCAN_INTERVAL_NS;
    w->last_connect_ns = w->run->t_start_ns;
    for (unsigned i = 0; i < w->conn_count; i++)
        start_connect(w, &w->conns[i], i);
    worker_loop(w);
    w->stopping = true;
    count_unfinished(w);
    publish_second(w);
    io_uring_queue_exit(&w->ring); /* cancels what is still in flight */
    return NULL;
}

/* ---- the run ----------------------------------------------------------------------------- */

_Static_assert(offsetof(struct load_stats, latency) + sizeof(struct histogram) ==
                   sizeof(struct load_stats),
               "load_stats_init clears everything before the histogram");

void load_stats_init(struct load_stats *s)
{
    memset(s, 0, sizeof(*s) - sizeof(s->latency));
    histogram_init(&s->latency);
}

void load_stats_merge(struct load_stats *dst, const struct load_stats *src)
{
    dst->responses += src->responses;
    dst->ok += src->ok;
    for (int i = 0; i < LOAD_ERROR_MAX; i++)
        dst->errors[i] += src->errors[i];
    for (int i = 0; i < LOAD_STATUS_CODES; i++)
        dst->status_counts[i] += src->status_counts[i];
    dst->bytes_sent += src->bytes_sent;
    dst->bytes_received += src->bytes_received;
    dst->unfinished += src->unfinished;
    dst->gave_up += src->gave_up;
    histogram_merge(&dst->latency, &src->latency);
}

uint64_t load_stats_error_total(const struct load_stats *s)
{
    uint64_t t = 0;
    for (int i = 0; i < LOAD_ERROR_MAX; i++)
        t += s->errors[i];
    return t;
}

const char *load_error_name(enum load_error e)
{
    static const char *const names[LOAD_ERROR_MAX] = {"connect", "timeout", "read",
                                                      "parse",   "status",  "check"};
    LOAD_ASSERT(e < LOAD_ERROR_MAX);
    return names[e];
}

static void workers_init(struct worker *workers, const struct load_config *cfg,
                         struct run_shared *run)
{
    for (unsigned i = 0; i < cfg->threads; i++) {
        struct worker *w = &workers[i];
        w->run = run;
        w->cfg = cfg;
        w->id = i;
        w->conn_count = cfg->connections / cfg->threads + (i < cfg->connections % cfg->threads);
        w->quota =
            cfg->requests ? cfg->requests / cfg->threads + (i < cfg->requests % cfg->threads) : 0;
        w->open_loop = cfg->rate > 0;
        w->body_next = i;
        w->second_index = -1;
        load_stats_init(&w->stats);
        histogram_init(&w->second);
        conns_alloc(w);
    }
}

/* Start the clock for everyone between the two barriers. */
static void set_clock(struct run_shared *run, const struct load_config *cfg)
{
    run->t_start_ns = now_ns();
    run->t_measure_ns = run->t_start_ns + (uint64_t)(cfg->warmup_s * 1e9);
    run->t_end_ns =
        cfg->duration_s > 0 ? run->t_measure_ns + (uint64_t)(cfg->duration_s * 1e9) : UINT64_MAX;
}

int load_run(const struct load_config *cfg, struct load_result *result)
{
    struct run_shared run = {.cfg = cfg, .timeline = &result->timeline};
    memset(result, 0, sizeof(*result));
    pthread_mutex_init(&result->timeline.lock, NULL);
    load_stats_init(&result->total);
    struct worker *workers = calloc(cfg->threads, sizeof(*workers));
    LOAD_ASSERT(workers != NULL);
    workers_init(workers, cfg, &run);
    pthread_barrier_init(&run.ready, NULL, cfg->threads + 1);
    pthread_barrier_init(&run.go, NULL, cfg->threads + 1);
    for (unsigned i = 0; i < cfg->threads; i++)
        LOAD_ASSERT(pthread_create(&workers[i].thread, NULL, worker_main, &workers[i]) == 0);
    pthread_barrier_wait(&run.ready);
    set_clock(&run, cfg);
    pthread_barrier_wait(&run.go);
    int rc = 0;
    uint64_t last_ns = run.t_measure_ns;
    for (unsigned i = 0; i < cfg->threads; i++) {
        pthread_join(workers[i].thread, NULL);
        if (workers[i].setup_error < 0)
            rc = workers[i].setup_error;
        load_stats_merge(&result->total, &workers[i].stats);
        if (workers[i].last_ns > last_ns)
            last_ns = workers[i].last_ns;
        conns_free(&workers[i]);
    }
    uint64_t end = run.t_end_ns != UINT64_MAX && !cfg->requests ? run.t_end_ns : last_ns;
    result->elapsed_s = (double)(end - run.t_measure_ns) / 1e9;
    pthread_barrier_destroy(&run.ready);
    pthread_barrier_destroy(&run.go);
    free(workers);
    return rc;
}

void load_result_free(struct load_result *result)
{
    for (size_t i = 0; i < result->timeline.count; i++)
        free(result->timeline.seconds[i]);
    result->timeline.count = 0;
    pthread_mutex_destroy(&result->timeline.lock);
}
