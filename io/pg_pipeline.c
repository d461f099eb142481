/* pg_pipeline.c — one non-blocking PostgreSQL connection in pipeline mode (see pg_pipeline.h).
 *
 * States: BACKOFF (no connection; a timer starts the next attempt) → CONNECTING (PQconnectPoll
 * steps, socket watched for what it asks) → PREPARING (PQsendPrepare of every statement and a
 * Sync, queued as an internal request) → READY (requests accepted). Any failure goes back to
 * BACKOFF. One timer at most: the backoff delay, the attempt's deadline, or a deferred drop. */
#include "io/pg_pipeline.h"

#include "io/pg_backoff.h"
#include "io/pg_connect.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kernels/assert.h"

#define PG_PIPELINE_ASSERT(cond) BRIGADE_ASSERT(cond)

enum pg_pipeline_state {
    PG_PIPELINE_STATE_BACKOFF,
    PG_PIPELINE_STATE_CONNECTING,
    PG_PIPELINE_STATE_PREPARING,
    PG_PIPELINE_STATE_READY,
    PG_PIPELINE_STATE_CLOSING,
    PG_PIPELINE_STATE_MAX,
};

/* One request in flight: its statements' results as they arrive, until its Sync. */
struct pg_request {
    pg_pipeline_done_fn fn; /* NULL: the internal prepare request */
    void *ctx;
    unsigned expected;
    unsigned got;
    uint64_t sent_ms; /* loop time of the send: the answer is due request_timeout_ms later */
    PGresult *results[PG_PIPELINE_STATEMENTS_MAX];
};

struct pg_pipeline {
    struct async_loop loop;
    struct pg_pipeline_config config;
    char *uri, *dbname, *application_name; /* owned copies */
    enum pg_pipeline_state state;
    PGconn *conn;
    int sock;
    struct async_fd *watch;
    unsigned watch_events;
    struct async_timer *timer;
    struct async_timer *answer_timer; /* READY with requests in flight: the oldest's deadline */
    bool output_pending;
    bool broken;         /* a send failed halfway: refuse sends, drop on the next pass */
    uint64_t generation; /* bumped at every teardown: a stale drain stops */
    struct pg_request *ring;
    unsigned ring_cap, head, count;
    struct pg_backoff backoff;
    struct pg_pipeline_stats stats;
    char last_error[PG_PIPELINE_ERROR_MAX];
    char fatal_notice[PG_PIPELINE_ERROR_MAX]; /* the server's last words on this connection */
};

static const char *const pg_pipeline_status_names[PG_PIPELINE_STATUS_MAX] = {
    [PG_PIPELINE_OK] = "ok",
    [PG_PIPELINE_STATEMENT_FAILED] = "statement_failed",
    [PG_PIPELINE_CONNECTION_LOST] = "connection_lost",
    [PG_PIPELINE_CLOSED] = "closed",
};

const char *pg_pipeline_status_name(enum pg_pipeline_status status)
{
    PG_PIPELINE_ASSERT(status < PG_PIPELINE_STATUS_MAX);
    return pg_pipeline_status_names[status];
}

static void pg_start_attempt(struct pg_pipeline *p);
static void pg_lost(struct pg_pipeline *p, const char *why);

/* libpq texts end with a newline; keep one line. */
static void pg_set_error(char *dst, size_t size, const char *what, const char *msg)
{
    size_t n = strlen(msg);
    while (n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
        n--;
    snprintf(dst, size, "%s%s%.*s", what, what[0] ? ": " : "", (int)n, msg);
}

/* A FATAL message the server sends before closing (pg_terminate_backend, shutdown) arrives as
 * a notice when nothing is in flight: keep it as the reason, drop ordinary notices. */
static void pg_notice(void *arg, const PGresult *res)
{
    struct pg_pipeline *p = arg;
    const char *severity = PQresultErrorField(res, PG_DIAG_SEVERITY_NONLOCALIZED);
    if (severity && (strcmp(severity, "FATAL") == 0 || strcmp(severity, "PANIC") == 0))
        pg_set_error(p->fatal_notice, sizeof(p->fatal_notice), "server", PQresultErrorMessage(res));
}

static struct pg_request *pg_ring_at(struct pg_pipeline *p, unsigned i)
{
    return &p->ring[(p->head + i) % p->ring_cap];
}

static struct pg_request *pg_ring_push(struct pg_pipeline *p)
{
    PG_PIPELINE_ASSERT(p->count < p->ring_cap);
    struct pg_request *r = pg_ring_at(p, p->count++);
    memset(r, 0, sizeof(*r));
    return r;
}

/* Pops the head into *out (the slot may be reused by a send from the callback). */
static void pg_ring_pop(struct pg_pipeline *p, struct pg_request *out)
{
    PG_PIPELINE_ASSERT(p->count > 0);
    *out = p->ring[p->head];
    p->head = (p->head + 1) % p->ring_cap;
    p->count--;
}

static void pg_request_clear(struct pg_request *r)
{
    for (unsigned i = 0; i < r->got; i++)
        PQclear(r->results[i]);
    r->got = 0;
}

static void pg_watch_update(struct pg_pipeline *p)
{
    unsigned events = ASYNC_IN | (p->output_pending ? ASYNC_OUT : 0u);
    if (p->watch && events != p->watch_events) {
        async_fd_events(p->loop, p->watch, events);
        p->watch_events = events;
    }
}

static void pg_unwatch(struct pg_pipeline *p)
{
    if (p->watch)
        async_fd_unwatch(p->loop, p->watch);
    p->watch = NULL;
    p->watch_events = 0;
    p->sock = -1;
}

static void pg_timer_stop(struct pg_pipeline *p)
{
    if (p->timer)
        async_timer_stop(p->loop, p->timer);
    p->timer = NULL;
}

static void pg_timer_start(struct pg_pipeline *p, uint64_t delay_ms, async_timer_fn fn)
{
    pg_timer_stop(p);
    /* A loop without room for one timer cannot drive the client at all. */
    PG_PIPELINE_ASSERT(async_timer_start(p->loop, delay_ms, fn, p, &p->timer) == 0);
}

static void pg_fd_ready(void *ctx, int fd, int revents);

/* Watches `sock` for `events`: PQconnectPoll may open a new socket between steps. */
static void pg_watch_socket(struct pg_pipeline *p, int sock, unsigned events)
{
    if (sock != p->sock)
        pg_unwatch(p);
    if (!p->watch) {
        PG_PIPELINE_ASSERT(async_fd_watch(p->loop, sock, events, pg_fd_ready, p, &p->watch) == 0);
        p->sock = sock;
        p->watch_events = events;
    } else if (events != p->watch_events) {
        async_fd_events(p->loop, p->watch, events);
        p->watch_events = events;
    }
}

/* Completes a popped request with `status` (OK becomes STATEMENT_FAILED if a statement
 * failed), calls its callback, and clears its results. */
static void pg_complete(struct pg_pipeline *p, struct pg_request *r, enum pg_pipeline_status status,
                        const char *lost_why)
{
    struct pg_pipeline_result res = {
        .status = status,
        .results = r->results,
        .result_count = r->got,
        .failed_index = -1,
        .sqlstate = "",
        .error = "",
    };
    char error[PG_PIPELINE_ERROR_MAX];
    if (status == PG_PIPELINE_OK) {
        for (unsigned i = 0; i < r->got && res.failed_index < 0; i++) {
            ExecStatusType st = PQresultStatus(r->results[i]);
            if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK)
                res.failed_index = (int)i;
        }
        if (res.failed_index < 0 && r->got != r->expected)
            res.failed_index = (int)r->got; /* cannot happen with a sane server */
        if (res.failed_index >= 0) {
            const PGresult *bad =
                (unsigned)res.failed_index < r->got ? r->results[res.failed_index] : NULL;
            const char *state = bad ? PQresultErrorField(bad, PG_DIAG_SQLSTATE) : NULL;
            res.status = PG_PIPELINE_STATEMENT_FAILED;
            res.sqlstate = state ? state : "";
            const char *msg = bad ? PQresultErrorMessage(bad) : "missing result";
            char what[32];
            snprintf(what, sizeof(what), "statement %d", res.failed_index);
            pg_set_error(error, sizeof(error), what, msg[0] ? msg : "failed");
            if (res.sqlstate[0]) {
                size_t n = strlen(error);
                snprintf(error + n, sizeof(error) - n, " [%s]", res.sqlstate);
            }
            res.error = error;
        }
    } else {
        res.error = lost_why;
    }
    if (r->fn) {
        if (res.status == PG_PIPELINE_OK)
            p->stats.requests_ok++;
        else if (res.status == PG_PIPELINE_STATEMENT_FAILED)
            p->stats.requests_failed++;
        else if (res.status == PG_PIPELINE_CONNECTION_LOST)
            p->stats.requests_lost++;
        r->fn(r->ctx, &res);
    }
    pg_request_clear(r);
}

static void pg_became_ready(struct pg_pipeline *p)
{
    pg_timer_stop(p); /* the attempt's deadline */
    p->state = PG_PIPELINE_STATE_READY;
    p->stats.connects++;
    pg_backoff_reset(&p->backoff);
    if (p->config.state_fn)
        p->config.state_fn(p->config.state_ctx, true);
}

/* The internal prepare request finished: ready, or a failed attempt. */
static void pg_prepared(struct pg_pipeline *p, struct pg_request *r)
{
    for (unsigned i = 0; i < r->got; i++) {
        if (PQresultStatus(r->results[i]) != PGRES_COMMAND_OK) {
            char why[PG_PIPELINE_ERROR_MAX];
            char what[96];
            snprintf(what, sizeof(what), "prepare %s", p->config.statements[i].name);
            pg_set_error(why, sizeof(why), what, PQresultErrorMessage(r->results[i]));
            pg_request_clear(r);
            pg_lost(p, why);
            return;
        }
    }
    pg_request_clear(r);
    pg_became_ready(p);
}

/* A FATAL error (the server is ending the session) or a broken connection. */
static bool pg_result_is_loss(const struct pg_pipeline *p, const PGresult *res)
{
    if (PQstatus(p->conn) == CONNECTION_BAD)
        return true;
    const char *severity = PQresultErrorField(res, PG_DIAG_SEVERITY_NONLOCALIZED);
    return severity && (strcmp(severity, "FATAL") == 0 || strcmp(severity, "PANIC") == 0);
}

/* One result for the head request. Returns false when the connection was torn down. */
static bool pg_take_result(struct pg_pipeline *p, PGresult *res)
{
    ExecStatusType st = PQresultStatus(res);
    if (st == PGRES_FATAL_ERROR && pg_result_is_loss(p, res)) {
        char why[PG_PIPELINE_ERROR_MAX];
        pg_set_error(why, sizeof(why), "server", PQresultErrorMessage(res));
        PQclear(res);
        pg_lost(p, why);
        return false;
    }
    if (p->count == 0) { /* nothing asked for it (cannot happen with a sane server) */
        PQclear(res);
        return true;
    }
    struct pg_request *head = pg_ring_at(p, 0);
    if (st != PGRES_PIPELINE_SYNC) {
        if (head->got < head->expected)
            head->results[head->got++] = res;
        else
            PQclear(res);
        return true;
    }
    PQclear(res);
    uint64_t generation = p->generation;
    struct pg_request done;
    pg_ring_pop(p, &done);
    if (!done.fn)
        pg_prepared(p, &done);
    else
        pg_complete(p, &done, PG_PIPELINE_OK, "");
    return generation == p->generation;
}

/* Reads every complete result without blocking. Returns false when the connection was torn
 * down meanwhile. In pipeline mode PQgetResult returns NULL after each statement's results;
 * two NULLs in a row mean nothing more is buffered. */
static bool pg_drain(struct pg_pipeline *p)
{
    int nulls = 0;
    while (p->conn && !PQisBusy(p->conn)) {
        PGresult *res = PQgetResult(p->conn);
        if (!res) {
            if (++nulls >= 2 || p->count == 0)
                break;
            continue;
        }
        nulls = 0;
        if (!pg_take_result(p, res))
            return false;
    }
    return p->conn != NULL;
}

static void pg_flush(struct pg_pipeline *p)
{
    int r = PQflush(p->conn);
    if (r < 0) {
        char why[PG_PIPELINE_ERROR_MAX];
        pg_set_error(why, sizeof(why), "send", PQerrorMessage(p->conn));
        pg_lost(p, why);
        return;
    }
    p->output_pending = r == 1;
    pg_watch_update(p);
}

static void pg_io(struct pg_pipeline *p, int revents)
{
    if (revents < 0) {
        pg_lost(p, "poll: the loop could not watch the socket");
        return;
    }
    if (revents & (ASYNC_IN | POLLERR | POLLHUP)) {
        int ok = PQconsumeInput(p->conn);
        /* Results that arrived before a break are still delivered as they are. */
        if (!pg_drain(p))
            return;
        if (!ok || PQstatus(p->conn) == CONNECTION_BAD) {
            char why[PG_PIPELINE_ERROR_MAX];
            if (p->fatal_notice[0])
                snprintf(why, sizeof(why), "%s", p->fatal_notice);
            else
                pg_set_error(why, sizeof(why), "receive", PQerrorMessage(p->conn));
            pg_lost(p, why);
            return;
        }
    }
    if (p->output_pending || (revents & ASYNC_OUT))
        pg_flush(p);
}

static bool pg_enter_pipeline(struct pg_pipeline *p)
{
    if (PQsetnonblocking(p->conn, 1) != 0 || PQenterPipelineMode(p->conn) != 1)
        return false;
    struct pg_request *r = pg_ring_push(p);
    r->expected = p->config.statement_count;
    for (unsigned i = 0; i < p->config.statement_count; i++) {
        const struct pg_pipeline_statement *s = &p->config.statements[i];
        if (!PQsendPrepare(p->conn, s->name, s->sql, s->param_count, NULL))
            return false;
    }
    return PQpipelineSync(p->conn) == 1;
}

static void pg_connect_step(struct pg_pipeline *p)
{
    PostgresPollingStatusType st = PQconnectPoll(p->conn);
    int sock = PQsocket(p->conn);
    if (st == PGRES_POLLING_READING && sock >= 0) {
        pg_watch_socket(p, sock, ASYNC_IN);
    } else if (st == PGRES_POLLING_WRITING && sock >= 0) {
        pg_watch_socket(p, sock, ASYNC_OUT);
    } else if (st == PGRES_POLLING_OK) {
        p->state = PG_PIPELINE_STATE_PREPARING;
        pg_watch_socket(p, sock, ASYNC_IN);
        if (!pg_enter_pipeline(p)) {
            char why[PG_PIPELINE_ERROR_MAX];
            pg_set_error(why, sizeof(why), "pipeline mode", PQerrorMessage(p->conn));
            pg_lost(p, why);
            return;
        }
        pg_flush(p);
    } else {
        char why[PG_PIPELINE_ERROR_MAX];
        pg_set_error(why, sizeof(why), "connect", PQerrorMessage(p->conn));
        pg_lost(p, why);
    }
}

static void pg_fd_ready(void *ctx, int fd, int revents)
{
    struct pg_pipeline *p = ctx;
    (void)fd;
    PG_PIPELINE_ASSERT(p->conn != NULL);
    if (p->state == PG_PIPELINE_STATE_CONNECTING) {
        if (revents < 0)
            pg_lost(p, "poll: the loop could not watch the socket");
        else
            pg_connect_step(p);
    } else {
        pg_io(p, revents);
    }
}

static void pg_backoff_fired(void *ctx)
{
    struct pg_pipeline *p = ctx;
    p->timer = NULL;
    pg_start_attempt(p);
}

static void pg_attempt_deadline(void *ctx)
{
    struct pg_pipeline *p = ctx;
    p->timer = NULL;
    char why[PG_PIPELINE_ERROR_MAX];
    snprintf(why, sizeof(why), "connect: no connection within %u ms",
             (unsigned)p->config.connect_timeout_ms);
    pg_lost(p, why);
}

/* A send could not be queued whole: drop the connection on the next pass, not inside the
 * caller's pg_pipeline_send. */
static void pg_drop_deferred(void *ctx)
{
    struct pg_pipeline *p = ctx;
    p->timer = NULL;
    char why[PG_PIPELINE_ERROR_MAX];
    pg_set_error(why, sizeof(why), "send", p->conn ? PQerrorMessage(p->conn) : "failed");
    pg_lost(p, why);
}

static void pg_start_attempt(struct pg_pipeline *p)
{
    PG_PIPELINE_ASSERT(p->conn == NULL);
    p->stats.connect_attempts++;
    p->state = PG_PIPELINE_STATE_CONNECTING;
    p->fatal_notice[0] = '\0';
    p->conn =
        pg_connect_start(p->uri, p->dbname, p->application_name ? p->application_name : "brigade");
    PQsetNoticeReceiver(p->conn, pg_notice, p);
    int sock = PQsocket(p->conn);
    if (PQstatus(p->conn) == CONNECTION_BAD || sock < 0) {
        char why[PG_PIPELINE_ERROR_MAX];
        pg_set_error(why, sizeof(why), "connect", PQerrorMessage(p->conn));
        pg_lost(p, why);
        return;
    }
    pg_timer_start(p, p->config.connect_timeout_ms, pg_attempt_deadline);
    /* libpq: start as if PQconnectPoll had answered PGRES_POLLING_WRITING. */
    pg_watch_socket(p, sock, ASYNC_OUT);
}

/* Tears the connection down: every request in flight completes with `status`. */
static void pg_teardown(struct pg_pipeline *p, enum pg_pipeline_status status, const char *why)
{
    p->generation++;
    pg_unwatch(p);
    pg_timer_stop(p);
    if (p->answer_timer)
        async_timer_stop(p->loop, p->answer_timer);
    p->answer_timer = NULL;
    if (p->conn)
        PQfinish(p->conn);
    p->conn = NULL;
    p->output_pending = false;
    p->broken = false;
    while (p->count > 0) {
        struct pg_request r;
        pg_ring_pop(p, &r);
        pg_complete(p, &r, status, why);
    }
}

/* The connection or the attempt ended: fail what is in flight, report, and schedule the next
 * attempt. */
static void pg_lost(struct pg_pipeline *p, const char *why)
{
    bool was_ready = p->state == PG_PIPELINE_STATE_READY;
    p->state = PG_PIPELINE_STATE_BACKOFF; /* first: callbacks below see "not connected" */
    if (why != p->last_error)
        snprintf(p->last_error, sizeof(p->last_error), "%s", why);
    char reason[PG_PIPELINE_ERROR_MAX];
    snprintf(reason, sizeof(reason), "%s", p->last_error);
    pg_teardown(p, PG_PIPELINE_CONNECTION_LOST, reason);
    if (was_ready)
        p->stats.disconnects++;
    else
        p->stats.connect_failures++;
    uint32_t delay = pg_backoff_next_ms(&p->backoff);
    p->stats.last_backoff_ms = delay;
    pg_timer_start(p, delay, pg_backoff_fired);
    if (was_ready && p->config.state_fn)
        p->config.state_fn(p->config.state_ctx, false);
}

static int pg_config_check(const struct pg_pipeline_config *c)
{
    if (!c->uri || !c->statements || c->statement_count == 0 ||
        c->statement_count > PG_PIPELINE_STATEMENTS_MAX ||
        c->in_flight_max > PG_PIPELINE_IN_FLIGHT_MAX)
        return -EINVAL;
    for (unsigned i = 0; i < c->statement_count; i++) {
        const struct pg_pipeline_statement *s = &c->statements[i];
        if (!s->name || !s->sql || s->param_count < 0 || s->param_count > PG_PIPELINE_PARAMS_MAX)
            return -EINVAL;
    }
    if (c->backoff_base_ms && c->backoff_cap_ms && c->backoff_cap_ms < c->backoff_base_ms)
        return -EINVAL;
    return 0;
}

static char *pg_strdup_opt(const char *s, bool *failed)
{
    if (!s)
        return NULL;
    char *d = strdup(s);
    if (!d)
        *failed = true;
    return d;
}

int pg_pipeline_new(struct async_loop loop, const struct pg_pipeline_config *config,
                    struct pg_pipeline **out)
{
    int rc = pg_config_check(config);
    if (rc < 0)
        return rc;
    struct pg_pipeline *p = calloc(1, sizeof(*p));
    if (!p)
        return -ENOMEM;
    p->loop = loop;
    p->config = *config;
    struct pg_pipeline_config *c = &p->config;
    if (!c->in_flight_max)
        c->in_flight_max = PG_PIPELINE_IN_FLIGHT_DEFAULT;
    if (!c->connect_timeout_ms)
        c->connect_timeout_ms = PG_PIPELINE_CONNECT_TIMEOUT_MS_DEFAULT;
    if (!c->request_timeout_ms)
        c->request_timeout_ms = PG_PIPELINE_REQUEST_TIMEOUT_MS_DEFAULT;
    if (!c->backoff_base_ms)
        c->backoff_base_ms = PG_PIPELINE_BACKOFF_BASE_MS_DEFAULT;
    if (!c->backoff_cap_ms)
        c->backoff_cap_ms = c->backoff_base_ms > PG_PIPELINE_BACKOFF_CAP_MS_DEFAULT
                                ? c->backoff_base_ms
                                : PG_PIPELINE_BACKOFF_CAP_MS_DEFAULT;
    bool failed = false;
    p->uri = pg_strdup_opt(c->uri, &failed);
    p->dbname = pg_strdup_opt(c->dbname, &failed);
    p->application_name = pg_strdup_opt(c->application_name, &failed);
    p->ring_cap = c->in_flight_max + 1; /* + the internal prepare request */
    p->ring = calloc(p->ring_cap, sizeof(*p->ring));
    if (failed || !p->ring) {
        free(p->uri), free(p->dbname), free(p->application_name), free(p->ring), free(p);
        return -ENOMEM;
    }
    c->uri = c->dbname = c->application_name = NULL; /* only the owned copies are used */
    p->sock = -1;
    pg_backoff_init(&p->backoff, c->backoff_base_ms, c->backoff_cap_ms, c->seed);
    pg_start_attempt(p);
    *out = p;
    return 0;
}

void pg_pipeline_free(struct pg_pipeline *p)
{
    if (!p)
        return;
    p->state = PG_PIPELINE_STATE_CLOSING;
    pg_teardown(p, PG_PIPELINE_CLOSED, "closed: the client was freed");
    free(p->uri);
    free(p->dbname);
    free(p->application_name);
    free(p->ring);
    free(p);
}

static void pg_answer_due(void *ctx);

/* Arms the answer deadline for the oldest request in flight, if none is armed. */
static void pg_answer_arm(struct pg_pipeline *p)
{
    if (p->answer_timer || p->count == 0 || p->state != PG_PIPELINE_STATE_READY)
        return;
    uint64_t now = async_now_ms(p->loop);
    uint64_t due = pg_ring_at(p, 0)->sent_ms + p->config.request_timeout_ms;
    PG_PIPELINE_ASSERT(async_timer_start(p->loop, due > now ? due - now : 0, pg_answer_due, p,
                                         &p->answer_timer) == 0);
}

/* A server that stopped answering (hung, stopped, a network path that drops without a reset)
 * would hold its requests forever: past the deadline the connection is given up like a lost
 * one, since whether the statements ran is unknown. A later request re-arms for itself. */
static void pg_answer_due(void *ctx)
{
    struct pg_pipeline *p = ctx;
    p->answer_timer = NULL;
    if (p->count == 0 || p->state != PG_PIPELINE_STATE_READY)
        return;
    uint64_t now = async_now_ms(p->loop);
    if (pg_ring_at(p, 0)->sent_ms + p->config.request_timeout_ms > now) {
        pg_answer_arm(p); /* the oldest completed meanwhile: wait for the next one */
        return;
    }
    char why[PG_PIPELINE_ERROR_MAX];
    snprintf(why, sizeof(why), "timeout: no answer within %u ms",
             (unsigned)p->config.request_timeout_ms);
    pg_lost(p, why);
}

static int pg_send_check(const struct pg_pipeline *p, const struct pg_pipeline_query *queries,
                         unsigned count)
{
    if (!queries || count == 0 || count > PG_PIPELINE_REQUEST_STMTS_MAX)
        return -EINVAL;
    for (unsigned i = 0; i < count; i++) {
        if (queries[i].statement >= p->config.statement_count)
            return -EINVAL;
        if (queries[i].value_count != p->config.statements[queries[i].statement].param_count)
            return -EINVAL;
    }
    return 0;
}

int pg_pipeline_send(struct pg_pipeline *p, const struct pg_pipeline_query *queries, unsigned count,
                     pg_pipeline_done_fn fn, void *ctx)
{
    PG_PIPELINE_ASSERT(fn != NULL);
    int rc = pg_send_check(p, queries, count);
    if (rc < 0)
        return rc;
    if (p->state != PG_PIPELINE_STATE_READY || p->broken)
        return -ENOTCONN;
    if (p->count >= p->config.in_flight_max)
        return -ENOBUFS;
    for (unsigned i = 0; i < count; i++) {
        const struct pg_pipeline_statement *s = &p->config.statements[queries[i].statement];
        if (!PQsendQueryPrepared(p->conn, s->name, queries[i].value_count, queries[i].values, NULL,
                                 NULL, 0)) {
            /* Statements without their Sync may be queued: this connection is unusable. */
            p->broken = true;
            pg_timer_start(p, 0, pg_drop_deferred);
            return -EIO;
        }
    }
    if (PQpipelineSync(p->conn) != 1) {
        p->broken = true;
        pg_timer_start(p, 0, pg_drop_deferred);
        return -EIO;
    }
    struct pg_request *r = pg_ring_push(p);
    r->fn = fn;
    r->ctx = ctx;
    r->expected = count;
    r->sent_ms = async_now_ms(p->loop);
    p->stats.requests_sent++;
    pg_answer_arm(p);
    /* PQpipelineSync pushed what the socket took; the rest goes when it is writable. A write
     * error surfaces there too (PQflush -1 in the callback), never inside this call. */
    p->output_pending = true;
    pg_watch_update(p);
    return 0;
}

bool pg_pipeline_connected(const struct pg_pipeline *p)
{
    return p->state == PG_PIPELINE_STATE_READY && !p->broken;
}

unsigned pg_pipeline_in_flight(const struct pg_pipeline *p)
{
    unsigned internal = p->state == PG_PIPELINE_STATE_PREPARING ? 1u : 0u;
    return p->count - internal;
}

unsigned pg_pipeline_in_flight_max(const struct pg_pipeline *p)
{
    return p->config.in_flight_max;
}

const char *pg_pipeline_last_error(const struct pg_pipeline *p)
{
    return p->last_error;
}

int pg_pipeline_backend_pid(const struct pg_pipeline *p)
{
    return p->state == PG_PIPELINE_STATE_READY ? PQbackendPID(p->conn) : 0;
}

void pg_pipeline_stats(const struct pg_pipeline *p, struct pg_pipeline_stats *out)
{
    *out = p->stats;
}
