/* inbox.c — the PostgreSQL inbox consumer (see inbox.h).
 *
 * States: BACKOFF (no connection; a timer starts the next attempt) → CONNECTING
 * (PQconnectPoll steps, the socket watched for what it asks, under a deadline) → READY. In
 * READY one query at a time is in flight (a plain session: LISTEN, then claims, FAILED marks
 * and releases, marks and releases first since each holds a row's slot). The socket is always
 * watched for input (notifications arrive unasked); output only while PQflush has bytes left. */
#include "io/inbox.h"

#include "io/inbox_cursor.h"
#include "io/pg_backoff.h"
#include "io/pg_connect.h"

#include <errno.h>
#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kernels/assert.h"

#define INBOX_ASSERT(cond) BRIGADE_ASSERT(cond)

enum inbox_state {
    INBOX_STATE_BACKOFF,
    INBOX_STATE_CONNECTING,
    INBOX_STATE_READY,
    INBOX_STATE_MAX,
};

enum inbox_query {
    INBOX_QUERY_NONE,
    INBOX_QUERY_LISTEN,
    INBOX_QUERY_FETCH,
    INBOX_QUERY_MARK,
    INBOX_QUERY_MAX,
};

/* The catch-up and every later read: the oldest unconsumed rows nobody holds, claimed for
 * this session, in id order. A row without a client id gets one derived from its id, so its
 * message is deduplicated too. */
static const char inbox_fetch_sql[] = "SELECT * FROM inbox_claim($1::integer, $2::integer)";
/* A row that can never be processed: consumed, with why. */
static const char inbox_mark_sql[] =
    "UPDATE inbox SET consumed_at = now(), error = $2 WHERE id = $1::bigint "
    "AND consumed_at IS NULL";
/* A row not stored this time: any consumer may claim it again at once. */
static const char inbox_release_sql[] = "SELECT inbox_release($1::bigint)";

/* A row's settlement that needs a statement: a FAILED mark, or a release. */
struct inbox_mark {
    int64_t id;
    bool release;
    char error[INBOX_ERROR_MAX];
};

struct inbox {
    struct async_loop loop;
    struct inbox_config config;
    char *uri, *dbname, *application_name; /* owned copies */
    enum inbox_state state;
    PGconn *conn;
    int sock;
    struct async_fd *watch;
    unsigned watch_events;
    struct async_timer *timer;       /* backoff delay or the attempt's deadline */
    struct async_timer *retry_timer; /* a row to read again */
    struct async_timer *sweep_timer; /* the periodic claim */
    enum inbox_query query;
    unsigned fetch_limit, fetch_rows;
    bool fetch_refused; /* a row of this fetch was refused: wait before reading on */
    bool want_fetch;    /* rows may be waiting: read when idle and there is room */
    bool output_pending;
    struct inbox_mark *marks; /* FIFO ring of in_flight_max (one per row in flight at most) */
    unsigned mark_head, mark_count;
    struct inbox_cursor cursor;
    struct pg_backoff backoff;
    struct inbox_stats stats;
    char last_error[INBOX_ERROR_MAX];
    char fatal_notice[INBOX_ERROR_MAX]; /* the server's last words on this connection */
};

static void inbox_fd_ready(void *ctx, int fd, int revents);

/* Notices are not printed (libpq's default writes them to stderr); a FATAL one, the server's
 * last words before it closes the session (pg_terminate_backend, shutdown), is the reason
 * the connection ends. */
static void inbox_notice(void *arg, const PGresult *res)
{
    struct inbox *ib = arg;
    const char *severity = PQresultErrorField(res, PG_DIAG_SEVERITY_NONLOCALIZED);
    if (severity && (strcmp(severity, "FATAL") == 0 || strcmp(severity, "PANIC") == 0))
        snprintf(ib->fatal_notice, sizeof(ib->fatal_notice), "%s", PQresultErrorMessage(res));
}

static void inbox_kick(struct inbox *ib);
static void inbox_start_attempt(struct inbox *ib);

/* "what: msg" on one line (libpq's messages span lines; the reason goes into a log line). */
static void inbox_set_error(struct inbox *ib, const char *what, const char *msg)
{
    size_t n = strlen(msg);
    while (n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
        n--;
    snprintf(ib->last_error, sizeof(ib->last_error), "%s: %.*s", what, (int)n, msg);
    for (char *p = ib->last_error; *p; p++)
        if (*p == '\n' || *p == '\t')
            *p = ' ';
}

static void inbox_timer_stop(struct inbox *ib)
{
    if (ib->timer) {
        async_timer_stop(ib->loop, ib->timer);
        ib->timer = NULL;
    }
}

static void inbox_timer_start(struct inbox *ib, uint64_t delay_ms, async_timer_fn fn)
{
    inbox_timer_stop(ib);
    /* A loop without room for one timer cannot drive the consumer at all. */
    INBOX_ASSERT(async_timer_start(ib->loop, delay_ms, fn, ib, &ib->timer) == 0);
}

static void inbox_unwatch(struct inbox *ib)
{
    if (ib->watch) {
        async_fd_unwatch(ib->loop, ib->watch);
        ib->watch = NULL;
    }
    ib->sock = -1;
}

/* Watches `sock` for `events`: PQconnectPoll may open a new socket between steps. */
static void inbox_watch(struct inbox *ib, int sock, unsigned events)
{
    if (sock != ib->sock)
        inbox_unwatch(ib);
    if (!ib->watch) {
        INBOX_ASSERT(async_fd_watch(ib->loop, sock, events, inbox_fd_ready, ib, &ib->watch) == 0);
        ib->sock = sock;
        ib->watch_events = events;
    } else if (events != ib->watch_events) {
        async_fd_events(ib->loop, ib->watch, events);
        ib->watch_events = events;
    }
}

static void inbox_retry_fired(void *ctx)
{
    struct inbox *ib = ctx;
    ib->retry_timer = NULL;
    ib->want_fetch = true;
    inbox_kick(ib);
}

/* A row is to be read again: after retry_delay_ms (one timer for all of them). */
static void inbox_retry_later(struct inbox *ib)
{
    if (!ib->retry_timer)
        INBOX_ASSERT(async_timer_start(ib->loop, ib->config.retry_delay_ms, inbox_retry_fired, ib,
                                       &ib->retry_timer) == 0);
}

static void inbox_sweep_fired(void *ctx)
{
    struct inbox *ib = ctx;
    INBOX_ASSERT(async_timer_start(ib->loop, ib->config.sweep_ms, inbox_sweep_fired, ib,
                                   &ib->sweep_timer) == 0);
    if (ib->retry_timer)
        return; /* rows were given back: wait out the retry delay first */
    ib->want_fetch = true;
    inbox_kick(ib);
}

static void inbox_backoff_fired(void *ctx)
{
    struct inbox *ib = ctx;
    ib->timer = NULL;
    inbox_start_attempt(ib);
}

/* The connection (or the attempt) ended: rows out stay out, pending marks are given up (the
 * rows are read again by the next catch-up), and the next attempt waits its backoff. */
static void inbox_lost(struct inbox *ib, const char *what, const char *why)
{
    if (ib->fatal_notice[0]) /* the server said why before it closed */
        inbox_set_error(ib, "server", ib->fatal_notice);
    else
        inbox_set_error(ib, what, why);
    bool was_up = ib->state == INBOX_STATE_READY;
    if (was_up)
        ib->stats.disconnects++;
    inbox_unwatch(ib);
    inbox_timer_stop(ib);
    if (ib->conn)
        PQfinish(ib->conn);
    ib->conn = NULL;
    if (ib->query == INBOX_QUERY_FETCH)
        inbox_cursor_fetch_end(&ib->cursor);
    ib->query = INBOX_QUERY_NONE;
    for (; ib->mark_count > 0; ib->mark_count--) {
        inbox_cursor_settle(&ib->cursor, ib->marks[ib->mark_head].id, true);
        ib->mark_head = (ib->mark_head + 1) % ib->config.in_flight_max;
    }
    ib->output_pending = false;
    ib->stats.connected = false;
    ib->state = INBOX_STATE_BACKOFF;
    inbox_timer_start(ib, pg_backoff_next_ms(&ib->backoff), inbox_backoff_fired);
    if (was_up && ib->config.state_fn)
        ib->config.state_fn(ib->config.state_ctx, false);
}

static void inbox_flush(struct inbox *ib)
{
    int rc = PQflush(ib->conn);
    if (rc < 0) {
        inbox_lost(ib, "send", PQerrorMessage(ib->conn));
        return;
    }
    ib->output_pending = rc == 1;
    inbox_watch(ib, ib->sock, ASYNC_IN | (ib->output_pending ? ASYNC_OUT : 0));
}

/* Sends one query; false when libpq refused it (the connection is then dropped). */
static bool inbox_send(struct inbox *ib, enum inbox_query q, const char *sql, int n,
                       const char *const *values)
{
    INBOX_ASSERT(ib->query == INBOX_QUERY_NONE);
    ib->query = q; /* first: a failure below ends the query (and a fetch) with the connection */
    if (!PQsendQueryParams(ib->conn, sql, n, NULL, values, NULL, NULL, 0)) {
        inbox_lost(ib, "send", PQerrorMessage(ib->conn));
        return false;
    }
    inbox_flush(ib);
    return ib->state == INBOX_STATE_READY;
}

static void inbox_send_mark(struct inbox *ib)
{
    const struct inbox_mark *m = &ib->marks[ib->mark_head];
    char id[24];
    snprintf(id, sizeof(id), "%lld", (long long)m->id);
    const char *values[] = {id, m->error};
    if (m->release)
        inbox_send(ib, INBOX_QUERY_MARK, inbox_release_sql, 1, values);
    else
        inbox_send(ib, INBOX_QUERY_MARK, inbox_mark_sql, 2, values);
}

/* Queues row `id`'s FAILED mark (error) or release (NULL); it keeps its slot until the
 * statement's answer, so a claim meanwhile cannot hand it out again. */
static void inbox_queue_mark(struct inbox *ib, int64_t id, const char *error)
{
    INBOX_ASSERT(ib->mark_count < ib->config.in_flight_max);
    unsigned at = (ib->mark_head + ib->mark_count++) % ib->config.in_flight_max;
    ib->marks[at].id = id;
    ib->marks[at].release = error == NULL;
    snprintf(ib->marks[at].error, sizeof(ib->marks[at].error), "%s", error ? error : "");
}

static void inbox_send_fetch(struct inbox *ib)
{
    char limit[16], lease[16];
    ib->fetch_limit = inbox_cursor_room(&ib->cursor);
    snprintf(limit, sizeof(limit), "%u", ib->fetch_limit);
    snprintf(lease, sizeof(lease), "%u", ib->config.lease_ms);
    const char *values[] = {limit, lease};
    ib->want_fetch = false;
    ib->fetch_rows = 0;
    ib->fetch_refused = false;
    inbox_cursor_fetch_begin(&ib->cursor);
    if (inbox_send(ib, INBOX_QUERY_FETCH, inbox_fetch_sql, 2, values))
        ib->stats.fetches++;
}

/* The next query, when idle: a pending mark or release first, then a claim if rows may wait
 * and there is room for them. */
static void inbox_kick(struct inbox *ib)
{
    if (ib->state != INBOX_STATE_READY || ib->query != INBOX_QUERY_NONE)
        return;
    if (ib->mark_count > 0)
        inbox_send_mark(ib);
    else if (ib->want_fetch && inbox_cursor_room(&ib->cursor) > 0)
        inbox_send_fetch(ib);
}

/* Hands the claimed rows out in id order; a row the caller refuses is given back. */
static void inbox_rows(struct inbox *ib, const PGresult *res)
{
    int n = PQntuples(res);
    ib->fetch_rows += (unsigned)n;
    for (int i = 0; i < n; i++) {
        int64_t id = strtoll(PQgetvalue(res, i, 0), NULL, 10);
        if (id <= 0 || !inbox_cursor_take(&ib->cursor, id))
            continue;
        struct inbox_row row = {id, PQgetvalue(res, i, 1), PQgetvalue(res, i, 2),
                                PQgetvalue(res, i, 3)};
        if (ib->config.row_fn(ib->config.row_ctx, &row) == 0) {
            ib->stats.rows_handed++;
        } else {
            ib->stats.rows_refused++;
            ib->stats.outcomes[INBOX_RETRY]++;
            inbox_queue_mark(ib, id, NULL);
            ib->fetch_refused = true;
        }
    }
}

/* One result of the query in flight. */
static void inbox_result(struct inbox *ib, const PGresult *res)
{
    ExecStatusType st = PQresultStatus(res);
    bool ok = st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK;
    if (!ok)
        inbox_set_error(ib, "query", PQresultErrorMessage(res));
    if (ib->query == INBOX_QUERY_FETCH && st == PGRES_TUPLES_OK) {
        inbox_rows(ib, res);
    } else if (ib->query == INBOX_QUERY_FETCH) {
        ib->fetch_refused = true; /* read again later */
    } else if (ib->query == INBOX_QUERY_MARK) {
        const struct inbox_mark *m = &ib->marks[ib->mark_head];
        bool again = m->release || !ok; /* given back, or a mark that did not land */
        if (m->release && ok)
            ib->stats.releases++;
        inbox_cursor_settle(&ib->cursor, m->id, again);
        if (again)
            inbox_retry_later(ib);
        ib->mark_head = (ib->mark_head + 1) % ib->config.in_flight_max;
        ib->mark_count--;
    }
}

/* The query in flight is over (PQgetResult gave NULL). */
static void inbox_query_done(struct inbox *ib)
{
    if (ib->query == INBOX_QUERY_FETCH) {
        inbox_cursor_fetch_end(&ib->cursor);
        if (ib->fetch_refused)
            inbox_retry_later(ib);
        else if (ib->fetch_rows == ib->fetch_limit) /* a full page: more may wait */
            ib->want_fetch = true;
    }
    ib->query = INBOX_QUERY_NONE;
}

static void inbox_notifies(struct inbox *ib)
{
    PGnotify *n;
    while ((n = PQnotifies(ib->conn)) != NULL) {
        ib->stats.notifications++;
        ib->want_fetch = true;
        PQfreemem(n);
    }
}

/* Input arrived: notifications, and the results of the query in flight as far as they are
 * complete (PQisBusy: nothing more without blocking). */
static void inbox_io(struct inbox *ib, int revents)
{
    if (revents < 0) {
        inbox_lost(ib, "poll", "the loop could not watch the socket");
        return;
    }
    if (revents & (ASYNC_IN | POLLERR | POLLHUP)) {
        if (!PQconsumeInput(ib->conn)) {
            inbox_lost(ib, "receive", PQerrorMessage(ib->conn));
            return;
        }
        while (ib->query != INBOX_QUERY_NONE && !PQisBusy(ib->conn)) {
            PGresult *res = PQgetResult(ib->conn);
            if (!res) {
                inbox_query_done(ib);
                break;
            }
            inbox_result(ib, res);
            PQclear(res);
        }
        inbox_notifies(ib);
        if (PQstatus(ib->conn) == CONNECTION_BAD) {
            inbox_lost(ib, "receive", PQerrorMessage(ib->conn));
            return;
        }
    }
    if (ib->output_pending || (revents & ASYNC_OUT))
        inbox_flush(ib);
    inbox_kick(ib);
}

static void inbox_connected(struct inbox *ib)
{
    inbox_timer_stop(ib);
    if (PQsetnonblocking(ib->conn, 1) != 0) {
        inbox_lost(ib, "connect", PQerrorMessage(ib->conn));
        return;
    }
    ib->state = INBOX_STATE_READY;
    ib->stats.connects++;
    ib->stats.connected = true;
    pg_backoff_reset(&ib->backoff);
    ib->last_error[0] = '\0';
    /* Notifications are queued from LISTEN's commit on, so a row inserted after the catch-up's
     * snapshot is announced: nothing falls between the two. */
    ib->want_fetch = true;
    if (inbox_send(ib, INBOX_QUERY_LISTEN, "LISTEN " INBOX_CHANNEL, 0, NULL) && ib->config.state_fn)
        ib->config.state_fn(ib->config.state_ctx, true);
}

static void inbox_connect_step(struct inbox *ib)
{
    PostgresPollingStatusType st = PQconnectPoll(ib->conn);
    int sock = PQsocket(ib->conn);
    if (st == PGRES_POLLING_READING && sock >= 0)
        inbox_watch(ib, sock, ASYNC_IN);
    else if (st == PGRES_POLLING_WRITING && sock >= 0)
        inbox_watch(ib, sock, ASYNC_OUT);
    else if (st == PGRES_POLLING_OK) {
        inbox_watch(ib, sock, ASYNC_IN);
        inbox_connected(ib);
    } else
        inbox_lost(ib, "connect", PQerrorMessage(ib->conn));
}

static void inbox_fd_ready(void *ctx, int fd, int revents)
{
    struct inbox *ib = ctx;
    (void)fd;
    INBOX_ASSERT(ib->conn != NULL);
    if (ib->state == INBOX_STATE_CONNECTING) {
        if (revents < 0)
            inbox_lost(ib, "poll", "the loop could not watch the socket");
        else
            inbox_connect_step(ib);
    } else {
        inbox_io(ib, revents);
    }
}

static void inbox_attempt_deadline(void *ctx)
{
    struct inbox *ib = ctx;
    ib->timer = NULL;
    inbox_lost(ib, "connect", "no connection within the connect timeout");
}

static void inbox_start_attempt(struct inbox *ib)
{
    INBOX_ASSERT(ib->conn == NULL);
    ib->state = INBOX_STATE_CONNECTING;
    ib->fatal_notice[0] = '\0';
    ib->conn = pg_connect_start(ib->uri, ib->dbname,
                                ib->application_name ? ib->application_name : "brigade-inbox");
    PQsetNoticeReceiver(ib->conn, inbox_notice, ib);
    int sock = PQsocket(ib->conn);
    if (PQstatus(ib->conn) == CONNECTION_BAD || sock < 0) {
        inbox_lost(ib, "connect", PQerrorMessage(ib->conn));
        return;
    }
    inbox_timer_start(ib, ib->config.connect_timeout_ms, inbox_attempt_deadline);
    inbox_watch(ib, sock, ASYNC_OUT); /* libpq: start as if PQconnectPoll said WRITING */
}

static char *inbox_strdup_opt(const char *s, bool *failed)
{
    if (!s)
        return NULL;
    char *d = strdup(s);
    if (!d)
        *failed = true;
    return d;
}

int inbox_new(struct async_loop loop, const struct inbox_config *config, struct inbox **out)
{
    if (!config->uri || !config->row_fn || config->in_flight_max > INBOX_IN_FLIGHT_MAX)
        return -EINVAL;
    struct inbox *ib = calloc(1, sizeof(*ib));
    if (!ib)
        return -ENOMEM;
    ib->loop = loop;
    ib->config = *config;
    struct inbox_config *c = &ib->config;
    c->in_flight_max = c->in_flight_max ? c->in_flight_max : INBOX_IN_FLIGHT_DEFAULT;
    c->retry_delay_ms = c->retry_delay_ms ? c->retry_delay_ms : INBOX_RETRY_DELAY_MS_DEFAULT;
    c->connect_timeout_ms =
        c->connect_timeout_ms ? c->connect_timeout_ms : INBOX_CONNECT_TIMEOUT_MS_DEFAULT;
    c->backoff_base_ms = c->backoff_base_ms ? c->backoff_base_ms : INBOX_BACKOFF_BASE_MS_DEFAULT;
    c->backoff_cap_ms = c->backoff_cap_ms ? c->backoff_cap_ms : INBOX_BACKOFF_CAP_MS_DEFAULT;
    c->lease_ms = c->lease_ms ? c->lease_ms : INBOX_LEASE_MS_DEFAULT;
    c->sweep_ms = c->sweep_ms ? c->sweep_ms : INBOX_SWEEP_MS_DEFAULT;
    if (c->backoff_cap_ms < c->backoff_base_ms)
        c->backoff_cap_ms = c->backoff_base_ms;
    bool failed = false;
    ib->uri = inbox_strdup_opt(c->uri, &failed);
    ib->dbname = inbox_strdup_opt(c->dbname, &failed);
    ib->application_name = inbox_strdup_opt(c->application_name, &failed);
    ib->marks = calloc(c->in_flight_max, sizeof(*ib->marks));
    if (failed || !ib->marks) {
        free(ib->uri), free(ib->dbname), free(ib->application_name), free(ib->marks), free(ib);
        return -ENOMEM;
    }
    c->uri = c->dbname = c->application_name = NULL; /* only the owned copies are used */
    ib->sock = -1;
    inbox_cursor_init(&ib->cursor, c->in_flight_max);
    pg_backoff_init(&ib->backoff, c->backoff_base_ms, c->backoff_cap_ms, c->seed);
    /* The first attempt on the loop, not inside this call. */
    ib->state = INBOX_STATE_BACKOFF;
    inbox_timer_start(ib, 0, inbox_backoff_fired);
    INBOX_ASSERT(
        async_timer_start(ib->loop, c->sweep_ms, inbox_sweep_fired, ib, &ib->sweep_timer) == 0);
    *out = ib;
    return 0;
}

void inbox_free(struct inbox *ib)
{
    if (!ib)
        return;
    inbox_unwatch(ib);
    inbox_timer_stop(ib);
    if (ib->retry_timer)
        async_timer_stop(ib->loop, ib->retry_timer);
    if (ib->sweep_timer)
        async_timer_stop(ib->loop, ib->sweep_timer);
    if (ib->conn)
        PQfinish(ib->conn);
    free(ib->uri), free(ib->dbname), free(ib->application_name), free(ib->marks);
    free(ib);
}

void inbox_done(struct inbox *ib, int64_t id, enum inbox_outcome outcome, const char *error)
{
    INBOX_ASSERT((unsigned)outcome < INBOX_OUTCOME_MAX);
    if (!inbox_cursor_in_flight(&ib->cursor, id))
        return;
    ib->stats.outcomes[outcome]++;
    if (outcome == INBOX_CONSUMED) {
        inbox_cursor_settle(&ib->cursor, id, false);
    } else if (ib->state == INBOX_STATE_READY) {
        inbox_queue_mark(ib, id, outcome == INBOX_FAILED ? (error ? error : "") : NULL);
    } else { /* no connection: the claim ended with the session; read again later */
        inbox_cursor_settle(&ib->cursor, id, true);
        inbox_retry_later(ib);
    }
    inbox_kick(ib);
}

void inbox_stats(const struct inbox *ib, struct inbox_stats *out)
{
    *out = ib->stats;
    out->in_flight = ib->cursor.count;
}

const char *inbox_last_error(const struct inbox *ib)
{
    return ib->last_error;
}
