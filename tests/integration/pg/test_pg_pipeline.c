/* test_pg_pipeline.c — the pipeline client against a real PostgreSQL on a poll(2) loop:
 * connects without blocking, results come back FIFO, a failed statement fails its own request
 * only (and rolls it back), a terminated backend fails what is in flight with
 * CONNECTION_LOST and the client reconnects by backoff, a server that is not there is retried
 * with growing delays while sends are refused, and freeing fails what is left as CLOSED. */
#include "check.h"
#include "io/pg_pipeline.h"
#include "pg_test.h"

#include <errno.h>

#define APP_NAME "brigade_test_pipeline"

enum { SQL_ADD, SQL_INSERT, SQL_SLEEP, SQL_COUNT };

static const struct pg_pipeline_statement statements[SQL_COUNT] = {
    [SQL_ADD] = {"t_add", "SELECT $1::integer + 1", 1},
    [SQL_INSERT] = {"t_insert", "INSERT INTO t (v) VALUES ($1::integer)", 1},
    [SQL_SLEEP] = {"t_sleep", "SELECT pg_sleep($1::float8)", 1},
};

#define DONE_MAX 64

struct recorder {
    int done;
    enum pg_pipeline_status status[DONE_MAX];
    int value[DONE_MAX]; /* SQL_ADD's answer, or -1 */
    int order[DONE_MAX]; /* the ctx tag of each completion, in completion order */
    int failed_index[DONE_MAX];
    char sqlstate[DONE_MAX][8];
    char error[DONE_MAX][PG_PIPELINE_ERROR_MAX];
    int state_changes;
    bool connected;
    bool flag; /* set by the awaited event */
    int want;  /* completions awaited */
    int lost_ms, up_ms;
};

static struct recorder rec; /* one per test program: the callbacks' shared record */

static void on_state(void *ctx, bool connected)
{
    (void)ctx;
    rec.state_changes++;
    rec.connected = connected;
    if (connected)
        rec.up_ms = db_test_now_ms();
    else
        rec.lost_ms = db_test_now_ms();
    rec.flag = true;
}

static void on_done(void *ctx, const struct pg_pipeline_result *r)
{
    int i = rec.done++;
    CHECK(i < DONE_MAX);
    if (i >= DONE_MAX)
        return;
    rec.order[i] = (int)(intptr_t)ctx;
    rec.status[i] = r->status;
    rec.failed_index[i] = r->failed_index;
    snprintf(rec.sqlstate[i], sizeof(rec.sqlstate[i]), "%s", r->sqlstate);
    snprintf(rec.error[i], sizeof(rec.error[i]), "%s", r->error);
    rec.value[i] = -1;
    if (r->status == PG_PIPELINE_OK && r->result_count == 1 &&
        PQresultStatus(r->results[0]) == PGRES_TUPLES_OK && PQnfields(r->results[0]) == 1)
        rec.value[i] = atoi(PQgetvalue(r->results[0], 0, 0));
    if (rec.done >= rec.want)
        rec.flag = true;
}

static void reset(int want)
{
    int changes = rec.state_changes;
    bool connected = rec.connected;
    memset(&rec, 0, sizeof(rec));
    rec.state_changes = changes;
    rec.connected = connected;
    rec.want = want;
}

static int send1(struct pg_pipeline *p, unsigned stmt, const char *value, int tag)
{
    const char *values[] = {value};
    struct pg_pipeline_query q = {stmt, values, 1};
    return pg_pipeline_send(p, &q, 1, on_done, (void *)(intptr_t)tag);
}

static struct pg_pipeline *open_client(struct async_poll *poll, const char *uri, const char *dbname,
                                       uint32_t base_ms, uint32_t cap_ms)
{
    struct pg_pipeline_config config = {
        .uri = uri,
        .dbname = dbname,
        .application_name = APP_NAME,
        .statements = statements,
        .statement_count = SQL_COUNT,
        .in_flight_max = 8,
        .connect_timeout_ms = 3000,
        .backoff_base_ms = base_ms,
        .backoff_cap_ms = cap_ms,
        .seed = 7,
        .state_fn = on_state,
    };
    struct pg_pipeline *p = NULL;
    CHECK_INT_EQ(pg_pipeline_new(async_poll_loop(poll), &config, &p), 0);
    return p;
}

/* Eight requests in one pass come back in order, each with its own answer. */
static void test_fifo(struct async_poll *poll, struct pg_pipeline *p)
{
    reset(8);
    for (int i = 0; i < 8; i++) {
        char v[16];
        snprintf(v, sizeof(v), "%d", i * 10);
        CHECK_INT_EQ(send1(p, SQL_ADD, v, i), 0);
    }
    CHECK_INT_EQ(pg_pipeline_in_flight(p), 8);
    CHECK_INT_EQ(send1(p, SQL_ADD, "1", 99), -ENOBUFS); /* in_flight_max */
    CHECK(pg_test_run_until(poll, &rec.flag, PG_TEST_WAIT_MS));
    CHECK_INT_EQ(rec.done, 8);
    for (int i = 0; i < 8; i++) {
        CHECK_INT_EQ(rec.order[i], i);
        CHECK_INT_EQ(rec.status[i], PG_PIPELINE_OK);
        CHECK_INT_EQ(rec.value[i], i * 10 + 1);
    }
    CHECK_INT_EQ(pg_pipeline_in_flight(p), 0);
}

/* A request of three inserts whose second fails: the request reports statement 1 with its
 * SQLSTATE, none of its rows exist (its implicit transaction rolled back), and the requests
 * before and after it are unaffected. */
static void test_statement_failure(struct async_poll *poll, struct pg_pipeline *p, PGconn *conn)
{
    reset(3);
    CHECK_INT_EQ(send1(p, SQL_INSERT, "1", 0), 0);
    const char *a[] = {"2"}, *b[] = {"not a number"}, *c[] = {"3"};
    struct pg_pipeline_query q[3] = {{SQL_INSERT, a, 1}, {SQL_INSERT, b, 1}, {SQL_INSERT, c, 1}};
    CHECK_INT_EQ(pg_pipeline_send(p, q, 3, on_done, (void *)(intptr_t)1), 0);
    CHECK_INT_EQ(send1(p, SQL_INSERT, "4", 2), 0);
    CHECK(pg_test_run_until(poll, &rec.flag, PG_TEST_WAIT_MS));
    CHECK_INT_EQ(rec.status[0], PG_PIPELINE_OK);
    CHECK_INT_EQ(rec.status[1], PG_PIPELINE_STATEMENT_FAILED);
    CHECK_INT_EQ(rec.failed_index[1], 1);
    CHECK_STR_EQ(rec.sqlstate[1], "22P02"); /* invalid_text_representation */
    CHECK(strstr(rec.error[1], "statement 1: ") == rec.error[1]);
    CHECK(strstr(rec.error[1], "[22P02]") != NULL);
    CHECK_INT_EQ(rec.status[2], PG_PIPELINE_OK);
    CHECK_STR_EQ(pg_test_text(conn, "SELECT string_agg(v::text, ',' ORDER BY v) FROM t"), "1,4");
    CHECK(pg_pipeline_connected(p));
}

static void test_bad_arguments(struct pg_pipeline *p)
{
    const char *values[] = {"1", "2"};
    struct pg_pipeline_query q = {SQL_COUNT, values, 1};
    CHECK_INT_EQ(pg_pipeline_send(p, &q, 1, on_done, NULL), -EINVAL); /* no such statement */
    q.statement = SQL_ADD;
    q.value_count = 2;
    CHECK_INT_EQ(pg_pipeline_send(p, &q, 1, on_done, NULL), -EINVAL); /* wrong count */
    q.value_count = 1;
    CHECK_INT_EQ(pg_pipeline_send(p, &q, 0, on_done, NULL), -EINVAL);
    CHECK_INT_EQ(pg_pipeline_send(p, &q, PG_PIPELINE_REQUEST_STMTS_MAX + 1, on_done, NULL),
                 -EINVAL);
}

/* The backend is terminated with three requests in flight: all three fail with
 * CONNECTION_LOST naming the server's reason, the state callback reports the loss, sends are
 * refused, and after the backoff (base 200 ms: at least 100 ms) the client is back. */
static void test_terminated(struct async_poll *poll, struct pg_pipeline *p, struct db_test *t)
{
    reset(3);
    int pid_before = pg_pipeline_backend_pid(p);
    CHECK(pid_before > 0);
    for (int i = 0; i < 3; i++)
        CHECK_INT_EQ(send1(p, SQL_SLEEP, "5", i), 0);
    pg_test_run_for(poll, 100); /* the first sleep is running */
    CHECK_INT_EQ(rec.done, 0);
    CHECK_INT_EQ(pg_test_terminate(t, APP_NAME), 1);
    CHECK(pg_test_run_until(poll, &rec.flag, PG_TEST_WAIT_MS));
    for (int i = 0; i < 3; i++) {
        CHECK_INT_EQ(rec.order[i], i);
        CHECK_INT_EQ(rec.status[i], PG_PIPELINE_CONNECTION_LOST);
        CHECK(strstr(rec.error[i], "terminating connection") != NULL);
    }
    CHECK(!pg_pipeline_connected(p));
    CHECK(!rec.connected);
    CHECK_INT_EQ(send1(p, SQL_ADD, "1", 9), -ENOTCONN);
    struct pg_pipeline_stats st;
    pg_pipeline_stats(p, &st);
    CHECK_INT_EQ(st.disconnects, 1);
    CHECK_INT_EQ(st.requests_lost, 3);
    CHECK(st.last_backoff_ms >= 100 && st.last_backoff_ms <= 200);

    rec.flag = false;
    CHECK(pg_test_run_until(poll, &rec.flag, PG_TEST_WAIT_MS));
    CHECK(rec.connected);
    CHECK(rec.up_ms - rec.lost_ms >= 100 - 10); /* the backoff was waited (timer slack) */
    CHECK(pg_pipeline_backend_pid(p) != pid_before);
    reset(1);
    CHECK_INT_EQ(send1(p, SQL_ADD, "41", 0), 0);
    CHECK(pg_test_run_until(poll, &rec.flag, PG_TEST_WAIT_MS));
    CHECK_INT_EQ(rec.value[0], 42);
}

/* Nothing listens on the port: every attempt fails, delays grow up to the cap, and sends are
 * refused at once. */
static void test_refused(void)
{
    struct async_poll *poll = async_poll_new(PG_TEST_LOOP_CAPACITY);
    char uri[128];
    snprintf(uri, sizeof(uri), "postgresql://brigade@127.0.0.1:%d/none", db_test_free_port());
    reset(0);
    rec.state_changes = 0;
    struct pg_pipeline *p = open_client(poll, uri, NULL, 20, 80);
    CHECK(!pg_pipeline_connected(p));
    CHECK_INT_EQ(send1(p, SQL_ADD, "1", 0), -ENOTCONN);
    struct pg_pipeline_stats st = {0};
    int start = db_test_now_ms();
    uint32_t backoff_max = 0;
    while (st.connect_failures < 6 && db_test_now_ms() - start < PG_TEST_WAIT_MS) {
        async_poll_run_once(poll, 10);
        pg_pipeline_stats(p, &st);
        if (st.last_backoff_ms > backoff_max)
            backoff_max = st.last_backoff_ms;
    }
    CHECK(st.connect_failures >= 6);
    CHECK_INT_EQ(st.connects, 0);
    CHECK(backoff_max >= 40 && backoff_max <= 80); /* reached the cap's upper half */
    /* 6 attempts waited at least 10+20+40+40+40 ms in between. */
    CHECK(db_test_now_ms() - start >= 150);
    CHECK(strncmp(pg_pipeline_last_error(p), "connect: ", 9) == 0);
    CHECK_INT_EQ(rec.state_changes, 0); /* never connected, so never "lost" either */
    pg_pipeline_free(p);
    CHECK_INT_EQ(async_poll_sources(poll), 0);
    async_poll_free(poll);
}

/* A statement the server cannot prepare fails the attempt, with the reason. */
static void test_prepare_fails(struct db_test *t)
{
    static const struct pg_pipeline_statement bad[] = {{"t_bad", "SELECT FROM no_such_table", 0}};
    struct async_poll *poll = async_poll_new(PG_TEST_LOOP_CAPACITY);
    struct pg_pipeline_config config = {
        .uri = t->uri,
        .dbname = t->dbname,
        .statements = bad,
        .statement_count = 1,
        .backoff_base_ms = 1000,
    };
    struct pg_pipeline *p = NULL;
    CHECK_INT_EQ(pg_pipeline_new(async_poll_loop(poll), &config, &p), 0);
    struct pg_pipeline_stats st = {0};
    for (int start = db_test_now_ms();
         st.connect_failures == 0 && db_test_now_ms() - start < PG_TEST_WAIT_MS;) {
        async_poll_run_once(poll, 10);
        pg_pipeline_stats(p, &st);
    }
    CHECK_INT_EQ(st.connect_failures, 1);
    CHECK(!pg_pipeline_connected(p));
    CHECK(strstr(pg_pipeline_last_error(p), "prepare t_bad: ") == pg_pipeline_last_error(p));
    CHECK(strstr(pg_pipeline_last_error(p), "no_such_table") != NULL);
    pg_pipeline_free(p);
    async_poll_free(poll);
}

static void test_config(struct async_poll *poll)
{
    struct pg_pipeline *p = NULL;
    struct pg_pipeline_config config = {.uri = "x", .statements = statements};
    CHECK_INT_EQ(pg_pipeline_new(async_poll_loop(poll), &config, &p), -EINVAL); /* 0 stmts */
    config.statement_count = SQL_COUNT;
    config.in_flight_max = PG_PIPELINE_IN_FLIGHT_MAX + 1;
    CHECK_INT_EQ(pg_pipeline_new(async_poll_loop(poll), &config, &p), -EINVAL);
    config.in_flight_max = 0;
    config.backoff_base_ms = 100;
    config.backoff_cap_ms = 10;
    CHECK_INT_EQ(pg_pipeline_new(async_poll_loop(poll), &config, &p), -EINVAL);
    config.uri = NULL;
    config.backoff_cap_ms = 0;
    CHECK_INT_EQ(pg_pipeline_new(async_poll_loop(poll), &config, &p), -EINVAL);
    CHECK_STR_EQ(pg_pipeline_status_name(PG_PIPELINE_CONNECTION_LOST), "connection_lost");
}

/* A request left unanswered past request_timeout_ms drops the connection: it and the one
 * behind it complete as CONNECTION_LOST with the timeout as the reason, and the client
 * reconnects. A request answered in time is not affected. */
static void test_answer_timeout(struct db_test *t)
{
    struct async_poll *poll = async_poll_new(PG_TEST_LOOP_CAPACITY);
    struct pg_pipeline_config config = {
        .uri = t->uri,
        .dbname = t->dbname,
        .statements = statements,
        .statement_count = SQL_COUNT,
        .request_timeout_ms = 400,
        .backoff_base_ms = 50,
        .state_fn = on_state,
    };
    struct pg_pipeline *p = NULL;
    reset(0);
    CHECK_INT_EQ(pg_pipeline_new(async_poll_loop(poll), &config, &p), 0);
    CHECK(pg_test_run_until(poll, &rec.flag, PG_TEST_WAIT_MS));
    reset(1);
    CHECK_INT_EQ(send1(p, SQL_SLEEP, "0.1", 0), 0); /* well within the deadline */
    CHECK(pg_test_run_until(poll, &rec.flag, PG_TEST_WAIT_MS));
    CHECK_INT_EQ(rec.status[0], PG_PIPELINE_OK);
    reset(2);
    int start = db_test_now_ms();
    CHECK_INT_EQ(send1(p, SQL_SLEEP, "5", 0), 0);
    CHECK_INT_EQ(send1(p, SQL_ADD, "1", 1), 0);
    CHECK(pg_test_run_until(poll, &rec.flag, PG_TEST_WAIT_MS));
    int waited = db_test_now_ms() - start;
    CHECK(waited >= 400 - 10 && waited < 2000);
    for (int i = 0; i < 2; i++) {
        CHECK_INT_EQ(rec.status[i], PG_PIPELINE_CONNECTION_LOST);
        CHECK_STR_EQ(rec.error[i], "timeout: no answer within 400 ms");
    }
    rec.flag = false;
    CHECK(pg_test_run_until(poll, &rec.flag, PG_TEST_WAIT_MS));
    CHECK(pg_pipeline_connected(p));
    pg_pipeline_free(p);
    CHECK_INT_EQ(async_poll_sources(poll), 0);
    async_poll_free(poll);
}

/* Freed with requests in flight: each completes once with CLOSED; no source is left. */
static void test_free_in_flight(struct async_poll *poll, struct pg_pipeline *p)
{
    reset(2);
    CHECK_INT_EQ(send1(p, SQL_SLEEP, "5", 0), 0);
    CHECK_INT_EQ(send1(p, SQL_SLEEP, "5", 1), 0);
    pg_test_run_for(poll, 50);
    pg_pipeline_free(p);
    CHECK_INT_EQ(rec.done, 2);
    CHECK_INT_EQ(rec.status[0], PG_PIPELINE_CLOSED);
    CHECK_INT_EQ(rec.status[1], PG_PIPELINE_CLOSED);
    CHECK_INT_EQ(async_poll_sources(poll), 0);
}

int main(void)
{
    struct db_test t;
    PGconn *conn = pg_test_setup(&t, "pipeline");
    char err[PG_ERROR_MAX];
    if (pg_exec(conn, "CREATE TABLE t (v integer PRIMARY KEY)", "t", err, sizeof(err)) < 0)
        db_test_die("create", err);
    struct async_poll *poll = async_poll_new(PG_TEST_LOOP_CAPACITY);
    test_config(poll);
    reset(0);
    struct pg_pipeline *p = open_client(poll, t.uri, t.dbname, 200, 1000);
    CHECK(!pg_pipeline_connected(p)); /* connecting happens on the loop */
    CHECK(pg_test_run_until(poll, &rec.flag, PG_TEST_WAIT_MS));
    CHECK(rec.connected);
    CHECK_INT_EQ(rec.state_changes, 1);
    test_fifo(poll, p);
    test_statement_failure(poll, p, conn);
    test_bad_arguments(p);
    test_terminated(poll, p, &t);
    test_free_in_flight(poll, p);
    async_poll_free(poll);
    test_refused();
    test_prepare_fails(&t);
    test_answer_timeout(&t);
    PQfinish(conn);
    db_test_teardown(&t);
    return check_finish("test_pg_pipeline");
}
