/* test_order_store_outage.c — the store's connection is terminated (pg_terminate_backend)
 * with two batches in flight: every message completes with CONNECTION_LOST, nothing of them
 * is in the database, submissions are refused while disconnected, the store reconnects after
 * its backoff, and the same messages then store. A batch flushed while disconnected completes
 * as NOT_CONNECTED. */
#include "check.h"
#include "store_test.h"

#include <errno.h>

#define BACKOFF_BASE_MS 300

static void submit_k(struct order_store *s, int first, int count)
{
    for (int i = first; i < first + count; i++) {
        char cid[16];
        snprintf(cid, sizeof(cid), "k%d", i);
        struct store_test_order o;
        store_test_order(&o, cid, "a cola", "{}", "cola", 1, 250, NULL, "fries", 2, 375);
        CHECK_INT_EQ(order_store_submit(s, &o.msg, (uint64_t)i), 0);
    }
}

static bool wait_state(bool connected)
{
    st.flag = false;
    while (st.connected != connected)
        if (!pg_test_run_until(st.poll, &st.flag, PG_TEST_WAIT_MS))
            return false;
        else
            st.flag = false;
    return true;
}

static void test_lost_in_flight(struct order_store *s, struct db_test *t, PGconn *conn)
{
    /* A lock held by another session keeps both batches in flight inside the server. */
    PGconn *locker = db_test_connect(t);
    char err[PG_ERROR_MAX];
    CHECK_INT_EQ(
        pg_exec(locker, "BEGIN; LOCK TABLE messages IN EXCLUSIVE MODE", "lock", err, sizeof(err)),
        0);
    store_test_expect(5);
    submit_k(s, 0, 3);
    order_store_flush(s);
    submit_k(s, 3, 2);
    order_store_flush(s);
    pg_test_run_for(st.poll, 200);
    CHECK_INT_EQ(st.done, 0);
    struct order_store_stats stats;
    order_store_stats(s, &stats);
    CHECK_INT_EQ(stats.batches_in_flight, 2);

    CHECK_INT_EQ(pg_test_terminate(t, STORE_TEST_APP), 1);
    CHECK(pg_test_run_until(st.poll, &st.flag, PG_TEST_WAIT_MS));
    for (int i = 0; i < 5; i++) {
        CHECK_INT_EQ(st.out[i].calls, 1);
        CHECK_INT_EQ(st.out[i].status, ORDER_STORE_CONNECTION_LOST);
        CHECK(strstr(st.out[i].error, "terminating connection") != NULL);
    }
    CHECK(!st.connected);
    CHECK(!order_store_connected(s));
    struct store_test_order o;
    store_test_order(&o, "k9", "x", "{}", "cola", 1, 250, NULL, NULL, 0, 0);
    CHECK_INT_EQ(order_store_submit(s, &o.msg, 9), -ENOTCONN); /* refused fast */
    CHECK_INT_EQ(pg_exec(locker, "ROLLBACK", "unlock", err, sizeof(err)), 0);
    PQfinish(locker);
    /* Nothing half-written. */
    CHECK_INT_EQ(db_test_scalar(conn, "SELECT count(*) FROM messages"), 0);
    CHECK_INT_EQ(db_test_scalar(conn, "SELECT count(*) FROM orders"), 0);
    CHECK_INT_EQ(db_test_scalar(conn, "SELECT count(*) FROM order_items"), 0);
    CHECK_INT_EQ(db_test_scalar(conn, "SELECT count(*) FROM notifications"), 0);

    CHECK(wait_state(true));
    CHECK(st.up_ms - st.lost_ms >= BACKOFF_BASE_MS / 2 - 10); /* equal jitter's lower bound */
    struct pg_pipeline_stats ps;
    pg_pipeline_stats(order_store_connection(s, 0), &ps);
    CHECK_INT_EQ(ps.disconnects, 1);
    CHECK_INT_EQ(ps.connects, 2);
    CHECK(ps.last_backoff_ms >= BACKOFF_BASE_MS / 2 && ps.last_backoff_ms <= BACKOFF_BASE_MS);

    /* The clients retry: the same client ids store now. */
    store_test_expect(5);
    submit_k(s, 0, 5);
    CHECK(store_test_flush_wait(s));
    for (int i = 0; i < 5; i++)
        CHECK_INT_EQ(st.out[i].status, ORDER_STORE_STORED);
    CHECK_INT_EQ(db_test_scalar(conn, "SELECT count(*) FROM messages"), 5);
    CHECK_INT_EQ(db_test_scalar(conn, "SELECT count(*) FROM order_items"), 10);
}

/* Submitted while connected, the connection lost before the flush: never sent, NOT_CONNECTED. */
static void test_not_connected_at_flush(struct order_store *s, struct db_test *t, PGconn *conn)
{
    store_test_expect(1);
    submit_k(s, 6, 1);
    CHECK_INT_EQ(pg_test_terminate(t, STORE_TEST_APP), 1);
    CHECK(wait_state(false));
    CHECK_INT_EQ(st.done, 0);
    order_store_flush(s);
    CHECK_INT_EQ(st.out[6].calls, 1);
    CHECK_INT_EQ(st.out[6].status, ORDER_STORE_NOT_CONNECTED);
    CHECK_INT_EQ(db_test_scalar(conn, "SELECT count(*) FROM messages WHERE client_id = 'k6'"), 0);
    CHECK(wait_state(true));
    store_test_expect(1);
    submit_k(s, 6, 1);
    CHECK(store_test_flush_wait(s));
    CHECK_INT_EQ(st.out[6].status, ORDER_STORE_STORED);
    CHECK_INT_EQ(st.state_changes, 5); /* up, down, up, down, up */
}

int main(void)
{
    struct db_test t;
    PGconn *conn = pg_test_setup(&t, "order_outage");
    struct order_store *s = store_test_open(&t, 1, 0, BACKOFF_BASE_MS);
    CHECK_INT_EQ(st.state_changes, 1);
    test_lost_in_flight(s, &t, conn);
    test_not_connected_at_flush(s, &t, conn);
    order_store_free(s);
    CHECK_INT_EQ(async_poll_sources(st.poll), 0);
    async_poll_free(st.poll);
    PQfinish(conn);
    db_test_teardown(&t);
    return check_finish("test_order_store_outage");
}
