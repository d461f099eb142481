/* test_inbox.c — the inbox consumer against a real PostgreSQL on a poll(2) loop: the catch-up
 * hands out the rows present at start in id order (a derived client id for rows without
 * one), no more than in_flight_max at once; a FAILED row is marked consumed with its reason;
 * a RETRY row and a refused row are read again; a row inserted later arrives by NOTIFY, also
 * one that commits after a higher id was read; a terminated connection is re-established and
 * caught up without handing a row in flight out twice; rows another consumer holds are left
 * to it until its lease runs out or its session ends, then taken by the sweep. */
#include "check.h"
#include "io/inbox.h"
#include "pg_test.h"

#include <errno.h>

#define APP_NAME "brigade_test_inbox"
#define ROWS_MAX 64

struct recorder {
    int count;
    int64_t id[ROWS_MAX];
    char client_id[ROWS_MAX][64];
    char customer[ROWS_MAX][64];
    int refuse;     /* refuse the next `refuse` rows */
    int ups, downs; /* state changes */
    bool flag;
    int want;
};

static struct recorder rec; /* one per test program: the callback's record */

static int on_row(void *ctx, const struct inbox_row *row)
{
    (void)ctx;
    if (rec.refuse > 0) {
        rec.refuse--;
        return -EBUSY;
    }
    int i = rec.count++;
    CHECK(i < ROWS_MAX);
    if (i >= ROWS_MAX)
        return -EBUSY;
    rec.id[i] = row->id;
    snprintf(rec.client_id[i], sizeof(rec.client_id[i]), "%s", row->client_id);
    snprintf(rec.customer[i], sizeof(rec.customer[i]), "%s", row->customer);
    if (rec.count >= rec.want)
        rec.flag = true;
    return 0;
}

static void on_state(void *ctx, bool connected)
{
    (void)ctx;
    if (connected)
        rec.ups++;
    else
        rec.downs++;
}

static bool await(struct async_poll *poll, int want)
{
    rec.want = want;
    rec.flag = rec.count >= want;
    return pg_test_run_until(poll, &rec.flag, PG_TEST_WAIT_MS);
}

static int handed(int64_t id)
{
    int n = 0;
    for (int i = 0; i < rec.count; i++)
        n += rec.id[i] == id;
    return n;
}

static void exec(PGconn *conn, const char *sql)
{
    char err[PG_ERROR_MAX];
    if (pg_exec(conn, sql, "sql", err, sizeof(err)) < 0)
        db_test_die(sql, err);
}

/* What the store does for a stored row: consumed in its transaction. */
static void consume(PGconn *conn, struct inbox *ib, int64_t id)
{
    char sql[128];
    snprintf(sql, sizeof(sql), "UPDATE inbox SET consumed_at = now() WHERE id = %lld",
             (long long)id);
    exec(conn, sql);
    inbox_done(ib, id, INBOX_CONSUMED, "");
}

static void test_catch_up_and_bound(struct async_poll *poll, struct inbox *ib, PGconn *conn)
{
    CHECK(await(poll, 3));
    CHECK_INT_EQ(rec.id[0], 1);
    CHECK_INT_EQ(rec.id[1], 2);
    CHECK_INT_EQ(rec.id[2], 3);
    CHECK_STR_EQ(rec.client_id[0], "a");
    CHECK_STR_EQ(rec.customer[0], "Ana");
    CHECK_STR_EQ(rec.client_id[2], "inbox:3"); /* no client id: derived from the row id */
    CHECK_STR_EQ(rec.client_id[1], "inbox:2"); /* an empty one too */
    pg_test_run_for(poll, 300);
    CHECK_INT_EQ(rec.count, 3); /* in_flight_max 3: row 4 waits */
    struct inbox_stats s;
    inbox_stats(ib, &s);
    CHECK_INT_EQ(s.in_flight, 3);
    CHECK(s.connected);
    consume(conn, ib, 1);
    CHECK(await(poll, 4));
    CHECK_INT_EQ(rec.id[3], 4);
}

static void test_failed_and_retry(struct async_poll *poll, struct inbox *ib, PGconn *conn)
{
    inbox_done(ib, 2, INBOX_FAILED, "field \"text\" is blank");
    CHECK(await(poll, 5)); /* its slot is free once the mark committed: row 5 comes */
    CHECK_INT_EQ(rec.id[4], 5);
    CHECK_STR_EQ(pg_test_text(conn, "SELECT error FROM inbox WHERE id = 2 AND consumed_at IS "
                                    "NOT NULL"),
                 "field \"text\" is blank");
    inbox_done(ib, 3, INBOX_RETRY, "");
    CHECK(await(poll, 6));
    CHECK_INT_EQ(rec.id[5], 3); /* read again (the next read passes it) */
    CHECK_INT_EQ(handed(3), 2);
    inbox_done(ib, 99, INBOX_CONSUMED, ""); /* never handed out: ignored */
    consume(conn, ib, 3);
    consume(conn, ib, 4);
    consume(conn, ib, 5);
    pg_test_run_for(poll, 200);
    CHECK_INT_EQ(rec.count, 6);
}

static void test_notify(struct async_poll *poll, struct inbox *ib, PGconn *conn, PGconn *other)
{
    int t0 = db_test_now_ms();
    exec(conn, "INSERT INTO inbox (client_id, text) VALUES ('f', 'six')");
    CHECK(await(poll, 7));
    CHECK_INT_EQ(rec.id[6], 6);
    CHECK(db_test_now_ms() - t0 < 1000); /* notified: no poll interval to wait out */
    consume(conn, ib, 6);
    /* Row 7 is drawn first but commits after row 8 was read. */
    exec(other, "BEGIN");
    exec(other, "INSERT INTO inbox (client_id, text) VALUES ('late', 'seven')");
    exec(conn, "INSERT INTO inbox (client_id, text) VALUES ('early', 'eight')");
    CHECK(await(poll, 8));
    CHECK_INT_EQ(rec.id[7], 8);
    exec(other, "COMMIT");
    CHECK(await(poll, 9));
    CHECK_INT_EQ(rec.id[8], 7);
    CHECK_STR_EQ(rec.client_id[8], "late");
    consume(conn, ib, 7);
    struct inbox_stats s;
    inbox_stats(ib, &s);
    CHECK(s.notifications >= 3);
    CHECK_INT_EQ(s.in_flight, 1); /* row 8 */
}

static void test_reconnect(struct async_poll *poll, struct inbox *ib, PGconn *conn,
                           struct db_test *t)
{
    CHECK(pg_test_terminate(t, APP_NAME) == 1);
    exec(conn, "INSERT INTO inbox (client_id, text) VALUES ('n', 'nine')");
    CHECK(await(poll, 10)); /* by the catch-up or the notification, once reconnected */
    CHECK_INT_EQ(rec.id[9], 9);
    pg_test_run_for(poll, 300);
    CHECK_INT_EQ(handed(8), 1); /* still in flight: the catch-up skipped it */
    struct inbox_stats s;
    inbox_stats(ib, &s);
    CHECK_INT_EQ(s.connects, 2);
    CHECK_INT_EQ(s.disconnects, 1);
    CHECK_INT_EQ(rec.ups, 2);
    CHECK_INT_EQ(rec.downs, 1);
    /* Settled while the connection was gone: the store did consume it. */
    consume(conn, ib, 8);
    consume(conn, ib, 9);
}

static void test_refused(struct async_poll *poll, struct inbox *ib, PGconn *conn)
{
    rec.refuse = 1;
    int t0 = db_test_now_ms();
    exec(conn, "INSERT INTO inbox (client_id, text) VALUES ('r', 'ten')");
    CHECK(await(poll, 11)); /* refused once, read again after the retry delay */
    CHECK_INT_EQ(rec.id[10], 10);
    CHECK(db_test_now_ms() - t0 >= 190);
    struct inbox_stats s;
    inbox_stats(ib, &s);
    CHECK_INT_EQ(s.rows_refused, 1);
    CHECK_INT_EQ(s.outcomes[INBOX_RETRY], 2);
    CHECK_INT_EQ(s.outcomes[INBOX_FAILED], 1);
}

/* Another consumer (a plain session here) claims rows 11 and 12 in the transaction that
 * inserts 11..13: this one gets only 13. Row 11's lease runs out: the sweep takes it. The
 * other session ends (as when its process is killed): the sweep takes row 12 at once,
 * long before its lease would run out. */
static void test_shared_claims(struct async_poll *poll, struct inbox *ib, PGconn *conn,
                               struct db_test *t)
{
    consume(conn, ib, 10);
    PGconn *claimer = db_test_connect(t);
    exec(claimer, "BEGIN");
    exec(claimer, "INSERT INTO inbox (client_id, text) VALUES ('s11', 'eleven'), "
                  "('s12', 'twelve'), ('s13', 'thirteen')");
    CHECK_STR_EQ(pg_test_text(claimer, "SELECT string_agg(r_id::text, ',') "
                                       "FROM inbox_claim(2, 600000)"),
                 "11,12");
    exec(claimer, "COMMIT");
    CHECK(await(poll, 12));
    CHECK_INT_EQ(rec.id[11], 13);
    pg_test_run_for(poll, 500); /* two sweeps: 11 and 12 stay with the live claimer */
    CHECK_INT_EQ(rec.count, 12);
    consume(conn, ib, 13);
    exec(conn, "UPDATE inbox SET lease_until = now() WHERE id = 11");
    CHECK(await(poll, 13));
    CHECK_INT_EQ(rec.id[12], 11);
    pg_test_run_for(poll, 300);
    CHECK_INT_EQ(rec.count, 13);
    PQfinish(claimer);
    int t0 = db_test_now_ms();
    CHECK(await(poll, 14));
    CHECK_INT_EQ(rec.id[13], 12);
    CHECK(db_test_now_ms() - t0 < 5000);
    CHECK_STR_EQ(pg_test_text(conn, "SELECT count(*) FROM inbox i JOIN pg_stat_activity a ON "
                                    "a.pid = i.claimed_by WHERE i.id IN (11, 12) AND "
                                    "a.application_name = '" APP_NAME "'"),
                 "2");
    consume(conn, ib, 11);
    consume(conn, ib, 12);
    struct inbox_stats s;
    inbox_stats(ib, &s);
    CHECK_INT_EQ(s.in_flight, 0);
    CHECK_INT_EQ(s.releases, 2); /* row 3 (RETRY) and row 10 (refused) were given back */
}

static void test_config(struct async_poll *poll)
{
    struct inbox *ib = NULL;
    struct inbox_config c = {.uri = "postgresql://nowhere", .row_fn = NULL};
    CHECK_INT_EQ(inbox_new(async_poll_loop(poll), &c, &ib), -EINVAL);
    c.row_fn = on_row;
    c.uri = NULL;
    CHECK_INT_EQ(inbox_new(async_poll_loop(poll), &c, &ib), -EINVAL);
    c.uri = "postgresql://nowhere";
    c.in_flight_max = INBOX_IN_FLIGHT_MAX + 1;
    CHECK_INT_EQ(inbox_new(async_poll_loop(poll), &c, &ib), -EINVAL);
}

int main(void)
{
    struct db_test t;
    PGconn *conn = pg_test_setup(&t, "inbox");
    PGconn *other = db_test_connect(&t);
    exec(conn, "INSERT INTO inbox (client_id, customer, text) VALUES ('a', 'Ana', 'one'),"
               " ('', '', 'two'), (NULL, '', 'three'), ('d', '', 'four'), ('e', '', 'five')");
    struct async_poll *poll = async_poll_new(PG_TEST_LOOP_CAPACITY);
    test_config(poll);
    struct inbox_config cfg = {
        .uri = t.uri,
        .dbname = t.dbname,
        .application_name = APP_NAME,
        .in_flight_max = 3,
        .retry_delay_ms = 200,
        .backoff_base_ms = 50,
        .backoff_cap_ms = 200,
        .sweep_ms = 200,
        .seed = 7,
        .row_fn = on_row,
        .state_fn = on_state,
    };
    struct inbox *ib = NULL;
    CHECK_INT_EQ(inbox_new(async_poll_loop(poll), &cfg, &ib), 0);
    CHECK_INT_EQ(rec.count, 0); /* connecting and reading happen on the loop */
    test_catch_up_and_bound(poll, ib, conn);
    test_failed_and_retry(poll, ib, conn);
    test_notify(poll, ib, conn, other);
    test_reconnect(poll, ib, conn, &t);
    test_refused(poll, ib, conn);
    test_shared_claims(poll, ib, conn, &t);
    inbox_free(ib);
    CHECK_INT_EQ(async_poll_sources(poll), 0); /* every watch and timer gone */
    async_poll_free(poll);
    PQfinish(other);
    PQfinish(conn);
    db_test_teardown(&t);
    return check_finish("test_inbox");
}
