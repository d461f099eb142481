/* test_order_store_outbox.c — the notifier's outbox operations against a real PostgreSQL: a
 * fresh row is not due until its lease ends, a claim skips rows another connection holds
 * (FOR UPDATE SKIP LOCKED) and leases what it returns, two claims at once never return the
 * same row, delivered / retry / failed marks change exactly one row once, and the order
 * read-back shows each state. */
#include "check.h"
#include "store_test.h"

#include <errno.h>

#define ROWS 4

struct claim_reply {
    bool done;
    enum pg_pipeline_status status;
    unsigned count;
    int64_t id[16];
    int attempts[16];
    char channel[16][16];
    char payload[16][256];
};

static void on_claim(void *ctx, enum pg_pipeline_status status, const char *error,
                     const struct order_store_notification *rows, unsigned count)
{
    struct claim_reply *r = ctx;
    (void)error;
    r->done = true;
    r->status = status;
    r->count = count;
    for (unsigned i = 0; i < count && i < 16; i++) {
        r->id[i] = rows[i].id;
        r->attempts[i] = rows[i].attempts;
        snprintf(r->channel[i], sizeof(r->channel[i]), "%s", rows[i].channel);
        snprintf(r->payload[i], sizeof(r->payload[i]), "%s", rows[i].payload);
    }
    st.flag = true;
}

static void claim(struct order_store *s, unsigned limit, struct claim_reply *r)
{
    memset(r, 0, sizeof(*r));
    st.flag = false;
    CHECK_INT_EQ(order_store_claim(s, limit, 60000, on_claim, r), 0);
    CHECK(pg_test_run_until(st.poll, &st.flag, PG_TEST_WAIT_MS));
    CHECK_INT_EQ(r->status, PG_PIPELINE_OK);
}

struct mark_reply {
    bool done;
    enum pg_pipeline_status status;
    bool updated;
};

static void on_mark(void *ctx, enum pg_pipeline_status status, const char *error, bool updated)
{
    struct mark_reply *r = ctx;
    (void)error;
    r->done = true;
    r->status = status;
    r->updated = updated;
    st.flag = true;
}

enum mark_kind { MARK_DELIVERED, MARK_RETRY, MARK_FAILED };

/* Returns whether the row was updated. */
static bool mark(struct order_store *s, enum mark_kind kind, int64_t id, uint32_t delay_ms,
                 const char *error)
{
    struct mark_reply r = {0};
    st.flag = false;
    int rc = kind == MARK_DELIVERED ? order_store_mark_delivered(s, id, on_mark, &r)
             : kind == MARK_RETRY   ? order_store_mark_retry(s, id, delay_ms, error, on_mark, &r)
                                    : order_store_mark_failed(s, id, error, on_mark, &r);
    CHECK_INT_EQ(rc, 0);
    CHECK(pg_test_run_until(st.poll, &st.flag, PG_TEST_WAIT_MS));
    CHECK_INT_EQ(r.status, PG_PIPELINE_OK);
    return r.updated;
}

static void exec(PGconn *conn, const char *sql)
{
    char err[PG_ERROR_MAX];
    if (pg_exec(conn, sql, "exec", err, sizeof(err)) < 0) {
        fprintf(stderr, "%s\n", err);
        CHECK(0);
    }
}

/* ROWS orders, each with its outbox row; returns the rows' ids and their orders' ids. */
static void store_orders(struct order_store *s, int64_t *ids, int64_t *orders)
{
    store_test_expect(ROWS);
    for (int i = 0; i < ROWS; i++) {
        char cid[16];
        snprintf(cid, sizeof(cid), "n%d", i);
        struct store_test_order o;
        store_test_order(&o, cid, "a cola", "{\"r\":1}", "cola", 1, 250, NULL, NULL, 0, 0);
        CHECK_INT_EQ(order_store_submit(s, &o.msg, (uint64_t)i), 0);
    }
    CHECK(store_test_flush_wait(s));
    for (int i = 0; i < ROWS; i++) {
        CHECK_INT_EQ(st.out[i].status, ORDER_STORE_STORED);
        ids[i] = st.out[i].notification_id;
        orders[i] = st.out[i].order_id;
    }
}

static void test_skip_locked(struct order_store *s, struct db_test *t, PGconn *conn,
                             const int64_t *ids, const int64_t *orders)
{
    struct claim_reply r;
    claim(s, 10, &r);
    CHECK_INT_EQ(r.count, 0); /* every row is inside the writer's lease */
    exec(conn, "UPDATE notifications SET next_attempt_at = now() - interval '1 s'");

    PGconn *holder = db_test_connect(t);
    char sql[128];
    exec(holder, "BEGIN");
    snprintf(sql, sizeof(sql), "SELECT id FROM notifications WHERE id = %lld FOR UPDATE",
             (long long)ids[0]);
    CHECK_INT_EQ(db_test_scalar(holder, sql), ids[0]);
    claim(s, 10, &r);
    CHECK_INT_EQ(r.count, ROWS - 1);
    for (unsigned i = 0; i < r.count && i < ROWS - 1; i++) {
        CHECK_INT_EQ(r.id[i], ids[i + 1]); /* id order, the held row skipped */
        CHECK_INT_EQ(r.attempts[i], 1);
        CHECK_STR_EQ(r.channel[i], "orders");
    }
    char payload[128];
    snprintf(payload, sizeof(payload),
             "{\"r\": 1, \"text\": \"a cola\", \"customer\": \"ana\", \"order_id\": %lld}",
             (long long)orders[1]);
    CHECK_STR_EQ(r.payload[0], payload);
    CHECK_INT_EQ(db_test_scalar(conn, "SELECT count(*) FROM notifications"
                                      " WHERE next_attempt_at > now() + interval '50 s'"),
                 ROWS - 1); /* leased for 60 s */
    exec(holder, "COMMIT");
    PQfinish(holder);
    claim(s, 10, &r);
    CHECK_INT_EQ(r.count, 1);
    CHECK_INT_EQ(r.id[0], ids[0]);
}

/* Two claims of one row each, sent in the same pass on the two connections. */
static void test_two_claims(struct order_store *s, PGconn *conn)
{
    exec(conn, "UPDATE notifications SET next_attempt_at = now() - interval '1 s'");
    struct claim_reply a = {0}, b = {0};
    st.flag = false;
    CHECK_INT_EQ(order_store_claim(s, 1, 60000, on_claim, &a), 0);
    CHECK_INT_EQ(order_store_claim(s, 1, 60000, on_claim, &b), 0);
    CHECK_INT_EQ(pg_pipeline_in_flight(order_store_connection(s, 0)), 1);
    CHECK_INT_EQ(pg_pipeline_in_flight(order_store_connection(s, 1)), 1);
    for (int start = db_test_now_ms();
         !(a.done && b.done) && db_test_now_ms() - start < PG_TEST_WAIT_MS;)
        async_poll_run_once(st.poll, 10);
    CHECK_INT_EQ(a.count, 1);
    CHECK_INT_EQ(b.count, 1);
    CHECK(a.id[0] != b.id[0]);
}

/* A field of the order's notification as the read-back shows it ("(null)" for null). */
static const char *state_of(PGconn *conn, int64_t order_id, const char *field)
{
    static char text[512];
    char sql[256];
    snprintf(sql, sizeof(sql),
             "SELECT coalesce(order_json(%lld)->'notification'->>'%s',"
             " '(null)')",
             (long long)order_id, field);
    snprintf(text, sizeof(text), "%s", pg_test_text(conn, sql));
    return text;
}

static void test_marks(struct order_store *s, PGconn *conn, const int64_t *ids,
                       const int64_t *orders)
{
    exec(conn, "UPDATE notifications SET attempts = 0, next_attempt_at = now() + interval '1 h'");
    CHECK(mark(s, MARK_DELIVERED, ids[0], 0, NULL));
    CHECK(!mark(s, MARK_DELIVERED, ids[0], 0, NULL)); /* once */
    CHECK(!mark(s, MARK_RETRY, ids[0], 0, "late"));   /* a delivered row is not retried */
    CHECK(!mark(s, MARK_DELIVERED, 999999, 0, NULL));
    CHECK(mark(s, MARK_RETRY, ids[1], 0, "HTTP 500"));
    CHECK(mark(s, MARK_RETRY, ids[2], 60000, "HTTP 429"));
    CHECK(mark(s, MARK_FAILED, ids[3], 0, "HTTP 404: unknown webhook"));
    CHECK(!mark(s, MARK_FAILED, ids[3], 0, "again"));

    struct claim_reply r;
    claim(s, 10, &r);
    CHECK_INT_EQ(r.count, 1); /* only the retry due now */
    CHECK_INT_EQ(r.id[0], ids[1]);
    CHECK_INT_EQ(r.attempts[0], 1);
    exec(conn, "UPDATE notifications SET next_attempt_at = now() - interval '1 s'");
    claim(s, 10, &r);
    CHECK_INT_EQ(r.count, 2); /* neither the delivered nor the failed row */
    CHECK_INT_EQ(r.id[0], ids[1]);
    CHECK_INT_EQ(r.id[1], ids[2]);

    CHECK_STR_EQ(state_of(conn, orders[0], "state"), "delivered");
    CHECK(strcmp(state_of(conn, orders[0], "delivered_at"), "(null)") != 0);
    CHECK_STR_EQ(state_of(conn, orders[0], "last_error"), "(null)");
    CHECK_STR_EQ(state_of(conn, orders[1], "state"), "pending");
    CHECK_STR_EQ(state_of(conn, orders[1], "last_error"), "HTTP 500");
    CHECK_STR_EQ(state_of(conn, orders[1], "attempts"), "2");
    CHECK_STR_EQ(state_of(conn, orders[3], "state"), "failed");
    CHECK_STR_EQ(state_of(conn, orders[3], "last_error"), "HTTP 404: unknown webhook");
}

static void test_refusals(struct order_store *s, struct db_test *t)
{
    struct claim_reply r;
    CHECK_INT_EQ(order_store_claim(s, 0, 1000, on_claim, &r), -EINVAL);
    CHECK_INT_EQ(order_store_claim(s, ORDER_STORE_CLAIM_MAX + 1, 1000, on_claim, &r), -EINVAL);
    CHECK_INT_EQ(order_store_mark_delivered(s, 0, on_mark, &r), -EINVAL);
    /* Both connections gone: requests are refused at once. */
    CHECK_INT_EQ(pg_test_terminate(t, STORE_TEST_APP), 2);
    for (int start = db_test_now_ms();
         order_store_connected(s) && db_test_now_ms() - start < PG_TEST_WAIT_MS;)
        async_poll_run_once(st.poll, 10);
    CHECK(!order_store_connected(s));
    CHECK_INT_EQ(order_store_claim(s, 1, 1000, on_claim, &r), -ENOTCONN);
    CHECK_INT_EQ(order_store_mark_delivered(s, 1, on_mark, &r), -ENOTCONN);
    CHECK_INT_EQ(order_store_get_order(s, 1, NULL, &r), -EINVAL);
}

int main(void)
{
    struct db_test t;
    PGconn *conn = pg_test_setup(&t, "order_outbox");
    struct order_store *s = store_test_open(&t, 2, 0, 5000);
    int64_t ids[ROWS], orders[ROWS];
    store_orders(s, ids, orders);
    test_skip_locked(s, &t, conn, ids, orders);
    test_two_claims(s, conn);
    test_marks(s, conn, ids, orders);
    test_refusals(s, &t);
    order_store_free(s);
    CHECK_INT_EQ(async_poll_sources(st.poll), 0);
    async_poll_free(st.poll);
    PQfinish(conn);
    db_test_teardown(&t);
    return check_finish("test_order_store_outbox");
}
