/* test_order_store.c — group commit against a real PostgreSQL: the exact rows a mixed batch
 * leaves (orders with items and modifiers, an inquiry, an other, outbox rows), a message with
 * an unknown menu key failing alone, idempotent retries (a later batch, the same batch, and a
 * second connection whose transaction is still open), the read-back JSON, the bounds on a
 * batch (messages, bytes, slots) and what submit refuses. */
#include "check.h"
#include "store_test.h"

#include <errno.h>
#include <stdarg.h>

#define RESULT_A "{\"category\":\"order\",\"reply\":\"ok\"}"

struct stored_a {
    int64_t message_id, order_id, notification_id;
};

static const char *const a_mods[] = {"no onions", "extra \"cheese\""};
static const struct order_store_item a_items[] = {
    {"burger", 2, a_mods, 2, 900},
    {"fries", 1, NULL, 0, 375},
};

static struct order_store_message message_a(void)
{
    return (struct order_store_message){
        .client_id = "a1",
        .customer = "ana",
        .text = "2 burgers no onions and fries",
        .category = ORDER_STORE_ORDER,
        .status = "accepted",
        .result_json = RESULT_A,
        .total_cents = 2175,
        .items = a_items,
        .item_count = 2,
        .outbox_channel = "orders",
    };
}

static char expect_buf[4096];

static const char *fmt(const char *f, ...) __attribute__((format(printf, 1, 2)));
static const char *fmt(const char *f, ...)
{
    va_list ap;
    va_start(ap, f);
    vsnprintf(expect_buf, sizeof(expect_buf), f, ap);
    va_end(ap);
    return expect_buf;
}

/* One batch: an order, an inquiry, an other and an order with an unknown key. */
static struct stored_a test_mixed_batch(struct order_store *s, PGconn *conn)
{
    struct order_store_message a = message_a();
    struct order_store_message q = {
        .client_id = "q1",
        .customer = "bo",
        .text = "are you open late?",
        .category = ORDER_STORE_INQUIRY,
        .status = "answered",
        .result_json = "{\"x\":1}",
        .question = "open late?",
        .answer = "until 11pm",
        .outbox_channel = "inquiries",
    };
    struct order_store_message o = {
        .text = "thanks!",
        .category = ORDER_STORE_OTHER,
        .status = "logged",
        .result_json = "{}",
    };
    struct store_test_order bad;
    store_test_order(&bad, "bad1", "a pizza", "{}", "pizza", 1, 1000, NULL, NULL, 0, 0);
    store_test_expect(4);
    CHECK_INT_EQ(order_store_submit(s, &a, 0), 0);
    CHECK_INT_EQ(order_store_submit(s, &q, 1), 0);
    CHECK_INT_EQ(order_store_submit(s, &o, 2), 0);
    CHECK_INT_EQ(order_store_submit(s, &bad.msg, 3), 0);
    CHECK(store_test_flush_wait(s));
    struct order_store_stats stats;
    order_store_stats(s, &stats);
    CHECK_INT_EQ(stats.batches_sent, 1); /* one transaction for all four */
    CHECK_INT_EQ(stats.batches_committed, 1);

    struct store_outcome *ra = &st.out[0], *rq = &st.out[1], *ro = &st.out[2], *rb = &st.out[3];
    for (int i = 0; i < 4; i++)
        CHECK_INT_EQ(st.out[i].calls, 1);
    CHECK_INT_EQ(ra->status, ORDER_STORE_STORED);
    CHECK(ra->message_id > 0 && ra->order_id > 0 && ra->notification_id > 0);
    CHECK_STR_EQ(ra->result, "");
    CHECK_INT_EQ(rq->status, ORDER_STORE_STORED);
    CHECK(rq->message_id > 0 && rq->notification_id > 0);
    CHECK_INT_EQ(rq->order_id, 0);
    CHECK_INT_EQ(ro->status, ORDER_STORE_STORED);
    CHECK(ro->message_id > 0);
    CHECK_INT_EQ(ro->order_id, 0);
    CHECK_INT_EQ(ro->notification_id, 0);
    CHECK_INT_EQ(rb->status, ORDER_STORE_REJECTED);
    CHECK_STR_EQ(rb->sqlstate, "23503");
    CHECK_STR_EQ(rb->error, "unknown menu item key \"pizza\"");
    CHECK_INT_EQ(rb->message_id, 0);

    long long A = ra->message_id, Q = rq->message_id, O = ro->message_id, OA = ra->order_id;
    CHECK_STR_EQ(pg_test_text(conn, "SELECT string_agg(concat_ws('|', id, coalesce(client_id,"
                                    " '-'), customer, text, category, status, result::text),"
                                    " E'\\n' ORDER BY id) FROM messages"),
                 fmt("%lld|a1|ana|2 burgers no onions and fries|order|accepted|{\"reply\": "
                     "\"ok\", \"category\": \"order\", \"order_id\": %lld}\n"
                     "%lld|q1|bo|are you open late?|inquiry|answered|{\"x\": 1}\n"
                     "%lld|-||thanks!|other|logged|{}",
                     A, OA, Q, O));
    CHECK_STR_EQ(pg_test_text(conn, "SELECT string_agg(concat_ws('|', id, message_id, customer,"
                                    " status, total_cents), E'\\n') FROM orders"),
                 fmt("%lld|%lld|ana|accepted|2175", OA, A));
    CHECK_STR_EQ(pg_test_text(conn, "SELECT string_agg(concat_ws('|', oi.order_id, m.key, oi.qty,"
                                    " array_to_json(oi.modifiers), oi.unit_price_cents), E'\\n'"
                                    " ORDER BY oi.id) FROM order_items oi"
                                    " JOIN menu_items m ON m.id = oi.menu_item_id"),
                 fmt("%lld|burger|2|[\"no onions\",\"extra \\\"cheese\\\"\"]|900\n"
                     "%lld|fries|1|[]|375",
                     OA, OA));
    CHECK_STR_EQ(pg_test_text(conn, "SELECT string_agg(concat_ws('|', message_id, question,"
                                    " answer), E'\\n') FROM enquiries"),
                 fmt("%lld|open late?|until 11pm", Q));
    /* The payload is what the notifier formats: the result with the order id, the customer
     * and the text. A fresh row is due only after the lease the writer asked for. */
    CHECK_STR_EQ(pg_test_text(conn, "SELECT string_agg(concat_ws('|', id, channel, message_id,"
                                    " payload::text, attempts, delivered_at IS NULL,"
                                    " next_attempt_at > now() + interval '25 s'), E'\\n'"
                                    " ORDER BY id) FROM notifications"),
                 fmt("%lld|orders|%lld|{\"text\": \"2 burgers no onions and fries\", "
                     "\"reply\": \"ok\", \"category\": \"order\", \"customer\": \"ana\", "
                     "\"order_id\": %lld}|0|t|t\n%lld|inquiries|%lld|{\"x\": 1, \"text\": "
                     "\"are you open late?\", \"customer\": \"bo\"}|0|t|t",
                     (long long)ra->notification_id, A, OA, (long long)rq->notification_id, Q));
    return (struct stored_a){ra->message_id, ra->order_id, ra->notification_id};
}

/* A retry in a later batch (even with other text) returns the original ids and stored result
 * and creates nothing; the rejected message, fixed, now stores. */
static void test_retry_later(struct order_store *s, PGconn *conn, struct stored_a a)
{
    struct order_store_message again = message_a();
    again.text = "retry with other text";
    again.result_json = "{\"other\":true}";
    struct store_test_order fixed;
    store_test_order(&fixed, "bad1", "a cola", "{}", "cola", 1, 250, NULL, NULL, 0, 0);
    /* A bad neighbour sends the batch down the per-message path: the same outcomes. */
    struct store_test_order bad;
    store_test_order(&bad, "bad2", "a soup", "{}", "soup", 1, 250, NULL, NULL, 0, 0);
    store_test_expect(3);
    CHECK_INT_EQ(order_store_submit(s, &again, 0), 0);
    CHECK_INT_EQ(order_store_submit(s, &fixed.msg, 1), 0);
    CHECK_INT_EQ(order_store_submit(s, &bad.msg, 2), 0);
    CHECK(store_test_flush_wait(s));
    CHECK_INT_EQ(st.out[2].status, ORDER_STORE_REJECTED);
    CHECK_STR_EQ(st.out[2].error, "unknown menu item key \"soup\"");
    CHECK_INT_EQ(st.out[0].status, ORDER_STORE_DUPLICATE);
    CHECK_INT_EQ(st.out[0].message_id, a.message_id);
    CHECK_INT_EQ(st.out[0].order_id, a.order_id);
    CHECK_INT_EQ(st.out[0].notification_id, 0);
    CHECK_STR_EQ(st.out[0].result, fmt("{\"reply\": \"ok\", \"category\": \"order\", "
                                       "\"order_id\": %lld}",
                                       (long long)a.order_id));
    CHECK_INT_EQ(st.out[1].status, ORDER_STORE_STORED);
    CHECK_INT_EQ(db_test_scalar(conn, "SELECT count(*) FROM messages WHERE client_id = 'a1'"), 1);
    CHECK_INT_EQ(db_test_scalar(conn, "SELECT count(*) FROM orders"), 2);
    CHECK_INT_EQ(db_test_scalar(conn, "SELECT count(*) FROM notifications"), 3);
    CHECK_STR_EQ(pg_test_text(conn, "SELECT text FROM messages WHERE client_id = 'a1'"),
                 "2 burgers no onions and fries");
}

/* The same client id twice in one batch: the first stores, the second is its duplicate. */
static void test_retry_same_batch(struct order_store *s, PGconn *conn)
{
    struct store_test_order d, d_again, e;
    store_test_order(&d, "d1", "a cola", "{\"n\":1}", "cola", 1, 250, NULL, NULL, 0, 0);
    store_test_order(&d_again, "d1", "a cola", "{\"n\":2}", "cola", 1, 250, NULL, NULL, 0, 0);
    store_test_order(&e, "d0", "fries", "{}", "fries", 3, 375, "well done", NULL, 0, 0);
    store_test_expect(3);
    CHECK_INT_EQ(order_store_submit(s, &d.msg, 0), 0);
    CHECK_INT_EQ(order_store_submit(s, &d_again.msg, 1), 0);
    CHECK_INT_EQ(order_store_submit(s, &e.msg, 2), 0);
    CHECK(store_test_flush_wait(s));
    CHECK_INT_EQ(st.out[0].status, ORDER_STORE_STORED);
    CHECK_INT_EQ(st.out[1].status, ORDER_STORE_DUPLICATE);
    CHECK_INT_EQ(st.out[1].message_id, st.out[0].message_id);
    CHECK_INT_EQ(st.out[1].order_id, st.out[0].order_id);
    CHECK_STR_EQ(st.out[1].result,
                 fmt("{\"n\": 1, \"order_id\": %lld}", (long long)st.out[0].order_id));
    CHECK_INT_EQ(st.out[2].status, ORDER_STORE_STORED);
    CHECK_INT_EQ(db_test_scalar(conn, "SELECT count(*) FROM orders o JOIN messages m"
                                      " ON m.id = o.message_id WHERE m.client_id = 'd1'"),
                 1);
}

/* A second connection stores client id `cid` and keeps its transaction open: the store's
 * message waits on the unique index, then returns the first's ids once it commits (or stores
 * its own when it rolls back). */
static void test_retry_in_flight(struct order_store *s, struct db_test *t, const char *cid,
                                 bool commit)
{
    PGconn *other = db_test_connect(t);
    char err[PG_ERROR_MAX];
    CHECK_INT_EQ(pg_exec(other, "BEGIN", "begin", err, sizeof(err)), 0);
    char sql[512];
    snprintf(sql, sizeof(sql),
             "SELECT r_message_id, r_order_id FROM store_messages('[{\"k\":\"order\","
             "\"c\":\"%s\",\"t\":\"first\",\"s\":\"accepted\",\"r\":\"{}\",\"tc\":250,"
             "\"i\":[{\"m\":\"cola\",\"q\":1,\"p\":250}]}]', 30000)",
             cid);
    PGresult *res = PQexec(other, sql);
    CHECK_INT_EQ(PQresultStatus(res), PGRES_TUPLES_OK);
    long long first_message = strtoll(PQgetvalue(res, 0, 0), NULL, 10);
    long long first_order = strtoll(PQgetvalue(res, 0, 1), NULL, 10);
    PQclear(res);

    struct store_test_order m;
    store_test_order(&m, cid, "second", "{}", "cola", 1, 250, NULL, NULL, 0, 0);
    store_test_expect(1);
    CHECK_INT_EQ(order_store_submit(s, &m.msg, 0), 0);
    order_store_flush(s);
    pg_test_run_for(st.poll, 300);
    CHECK(!st.out[0].done); /* waiting for the other transaction */
    CHECK_INT_EQ(pg_exec(other, commit ? "COMMIT" : "ROLLBACK", "end", err, sizeof(err)), 0);
    CHECK(pg_test_run_until(st.poll, &st.flag, PG_TEST_WAIT_MS));
    if (commit) {
        CHECK_INT_EQ(st.out[0].status, ORDER_STORE_DUPLICATE);
        CHECK_INT_EQ(st.out[0].message_id, first_message);
        CHECK_INT_EQ(st.out[0].order_id, first_order);
    } else {
        CHECK_INT_EQ(st.out[0].status, ORDER_STORE_STORED);
        CHECK(st.out[0].message_id != first_message);
        CHECK(st.out[0].order_id != first_order);
    }
    snprintf(sql, sizeof(sql),
             "SELECT text FROM messages m JOIN orders o ON o.message_id = m.id"
             " WHERE client_id = '%s'",
             cid);
    CHECK_STR_EQ(pg_test_text(other, sql), commit ? "first" : "second");
    PQfinish(other);
}

struct json_reply {
    bool done;
    enum pg_pipeline_status status;
    bool null;
    char json[8192];
};

static void on_json(void *ctx, enum pg_pipeline_status status, const char *error, const char *json,
                    size_t len)
{
    struct json_reply *r = ctx;
    (void)error;
    r->done = true;
    r->status = status;
    r->null = json == NULL;
    CHECK(!json || strlen(json) == len);
    snprintf(r->json, sizeof(r->json), "%s", json ? json : "");
    st.flag = true;
}

static const char *read_order(struct order_store *s, int64_t id, bool list, int64_t since,
                              unsigned limit, struct json_reply *r)
{
    memset(r, 0, sizeof(*r));
    st.flag = false;
    int rc = list ? order_store_list_orders(s, since, limit, on_json, r)
                  : order_store_get_order(s, id, on_json, r);
    CHECK_INT_EQ(rc, 0);
    CHECK(pg_test_run_until(st.poll, &st.flag, PG_TEST_WAIT_MS));
    CHECK_INT_EQ(r->status, PG_PIPELINE_OK);
    return r->json;
}

#define ORDER_A_JSON                                                                               \
    "{\"order_id\" : %lld, \"message_id\" : %lld, \"client_id\" : \"a1\", \"customer\" : "         \
    "\"ana\", \"text\" : \"2 burgers no onions and fries\", \"status\" : \"accepted\", "           \
    "\"total_cents\" : 2175, \"created_at\" : \"2026-01-02T03:04:05.678Z\", \"items\" : "          \
    "[{\"key\" : \"burger\", \"name\" : \"Burger\", \"qty\" : 2, \"modifiers\" : "                 \
    "[\"no onions\",\"extra \\\"cheese\\\"\"], \"unit_price_cents\" : 900}, "                      \
    "{\"key\" : \"fries\", \"name\" : \"Fries\", \"qty\" : 1, \"modifiers\" : [], "                \
    "\"unit_price_cents\" : 375}], \"notification\" : {\"id\" : %lld, \"channel\" : "              \
    "\"orders\", \"state\" : \"pending\", \"attempts\" : 0, \"last_error\" : null, "               \
    "\"delivered_at\" : null}}"

static void test_read_back(struct order_store *s, PGconn *conn, struct stored_a a)
{
    CHECK_STR_EQ(pg_test_text(conn, "UPDATE orders SET created_at = '2026-01-02T03:04:05.678Z'"
                                    " RETURNING 'x'"),
                 "x");
    struct json_reply r;
    char want[4096];
    snprintf(want, sizeof(want), ORDER_A_JSON, (long long)a.order_id, (long long)a.message_id,
             (long long)a.notification_id);
    CHECK_STR_EQ(read_order(s, a.order_id, false, 0, 0, &r), want);
    char list_want[4200];
    snprintf(list_want, sizeof(list_want), "{\"orders\" : [%s], \"next_since\" : %lld}", want,
             (long long)a.order_id);
    CHECK_STR_EQ(read_order(s, 0, true, a.order_id - 1, 1, &r), list_want);
    /* Past the last order: an empty page that keeps the cursor. */
    long long last = db_test_scalar(conn, "SELECT max(id) FROM orders");
    snprintf(list_want, sizeof(list_want), "{\"orders\" : [], \"next_since\" : %lld}", last);
    CHECK_STR_EQ(read_order(s, 0, true, last, 10, &r), list_want);
    /* A page of three lists three, oldest first. */
    read_order(s, 0, true, 0, 3, &r);
    CHECK_INT_EQ(
        db_test_scalar(conn, fmt("SELECT json_array_length('%s'::json->'orders')", r.json)), 3);
    read_order(s, 999999, false, 0, 0, &r);
    CHECK(r.null);
    CHECK_INT_EQ(order_store_get_order(s, 0, on_json, &r), -EINVAL);
    CHECK_INT_EQ(order_store_list_orders(s, 0, 0, on_json, &r), -EINVAL);
    CHECK_INT_EQ(order_store_list_orders(s, 0, ORDER_STORE_LIST_MAX + 1, on_json, &r), -EINVAL);
    CHECK_INT_EQ(order_store_list_orders(s, -1, 10, on_json, &r), -EINVAL);
}

static void test_refused_messages(struct order_store *s)
{
    struct order_store_message m = message_a();
    m.text = NULL;
    CHECK_INT_EQ(order_store_submit(s, &m, 0), -EINVAL);
    m = message_a();
    m.result_json = NULL;
    CHECK_INT_EQ(order_store_submit(s, &m, 0), -EINVAL);
    m = message_a();
    m.category = ORDER_STORE_CATEGORY_MAX;
    CHECK_INT_EQ(order_store_submit(s, &m, 0), -EINVAL);
    m = message_a();
    m.customer = "caf\xc3"; /* truncated UTF-8 */
    CHECK_INT_EQ(order_store_submit(s, &m, 0), -EILSEQ);
    m = message_a();
    m.text = "\xed\xa0\x80"; /* a surrogate */
    CHECK_INT_EQ(order_store_submit(s, &m, 0), -EILSEQ);
    struct store_test_order o;
    store_test_order(&o, "z", "x", "{}", "cola", 0, 250, NULL, NULL, 0, 0);
    CHECK_INT_EQ(order_store_submit(s, &o.msg, 0), -EINVAL); /* qty 0 */
    store_test_order(&o, "z", "x", "{}", "cola", 1, -1, NULL, NULL, 0, 0);
    CHECK_INT_EQ(order_store_submit(s, &o.msg, 0), -EINVAL); /* negative price */
    store_test_order(&o, "z", "x", "{}", "", 1, 1, NULL, NULL, 0, 0);
    CHECK_INT_EQ(order_store_submit(s, &o.msg, 0), -EINVAL); /* no key */
    store_test_order(&o, "z", "x", "{}", "cola", 1, 1, "caf\xe9", NULL, 0, 0);
    CHECK_INT_EQ(order_store_submit(s, &o.msg, 0), -EILSEQ);
    /* A result that is not a JSON object is refused by the database, for that message. */
    store_test_order(&o, "bad-json", "x", "[1,", "cola", 1, 250, NULL, NULL, 0, 0);
    store_test_expect(1);
    CHECK_INT_EQ(order_store_submit(s, &o.msg, 0), 0);
    CHECK(store_test_flush_wait(s));
    CHECK_INT_EQ(st.out[0].status, ORDER_STORE_REJECTED);
    CHECK_STR_EQ(st.out[0].sqlstate, "22P02");
    CHECK_STR_EQ(order_store_status_name(ORDER_STORE_REJECTED), "rejected");
}

/* Batches close at batch_messages_max messages and at batch_bytes_max bytes; a message
 * larger than a batch is refused; with every slot full, submit pushes back. */
static void test_bounds(struct db_test *t)
{
    struct order_store_config config = {
        .uri = t->uri,
        .dbname = t->dbname,
        .batch_messages_max = 2,
        .batch_bytes_max = 1024,
        .batches_per_connection = 2,
        .done_fn = store_test_done,
    };
    struct order_store *s = NULL;
    CHECK_INT_EQ(order_store_new(async_poll_loop(st.poll), &config, &s), 0);
    for (int start = db_test_now_ms();
         !order_store_connected(s) && db_test_now_ms() - start < PG_TEST_WAIT_MS;)
        async_poll_run_once(st.poll, 10);
    char text[700];
    memset(text, 'x', sizeof(text) - 1);
    text[sizeof(text) - 1] = '\0';
    struct order_store_message small = {
        .text = "hi", .category = ORDER_STORE_OTHER, .status = "logged", .result_json = "{}"};
    struct order_store_message big = small;
    big.text = text;
    /* 4 slots (2 connections' worth... 1 connection x 2 in flight x 2): 2+2+2+2 messages. */
    store_test_expect(8);
    for (int i = 0; i < 8; i++)
        CHECK_INT_EQ(order_store_submit(s, &small, (uint64_t)i), 0);
    CHECK_INT_EQ(order_store_submit(s, &small, 8), -ENOBUFS);
    CHECK(store_test_flush_wait(s));
    struct order_store_stats stats;
    order_store_stats(s, &stats);
    CHECK_INT_EQ(stats.batches_sent, 4);
    CHECK_INT_EQ(stats.messages_stored, 8);
    /* Two 700-byte texts do not fit in 1024 bytes: one batch each. */
    store_test_expect(2);
    CHECK_INT_EQ(order_store_submit(s, &big, 0), 0);
    CHECK_INT_EQ(order_store_submit(s, &big, 1), 0);
    CHECK(store_test_flush_wait(s));
    order_store_stats(s, &stats);
    CHECK_INT_EQ(stats.batches_sent, 6);
    char huge[1100];
    memset(huge, 'y', sizeof(huge) - 1);
    huge[sizeof(huge) - 1] = '\0';
    big.text = huge;
    CHECK_INT_EQ(order_store_submit(s, &big, 0), -EMSGSIZE);
    /* Freed with a message submitted and not flushed: it completes as CLOSED. */
    store_test_expect(1);
    CHECK_INT_EQ(order_store_submit(s, &small, 5), 0);
    order_store_free(s);
    CHECK_INT_EQ(st.out[5].status, ORDER_STORE_CLOSED);
    CHECK_INT_EQ(st.out[5].calls, 1);
}

int main(void)
{
    struct db_test t;
    PGconn *conn = pg_test_setup(&t, "order_store");
    struct order_store *s = store_test_open(&t, 1, 0, 100);
    struct stored_a a = test_mixed_batch(s, conn);
    test_retry_later(s, conn, a);
    test_retry_same_batch(s, conn);
    test_retry_in_flight(s, &t, "x1", true);
    test_retry_in_flight(s, &t, "x2", false);
    test_read_back(s, conn, a);
    test_refused_messages(s);
    order_store_free(s);
    test_bounds(&t);
    CHECK_INT_EQ(async_poll_sources(st.poll), 0);
    async_poll_free(st.poll);
    PQfinish(conn);
    db_test_teardown(&t);
    return check_finish("test_order_store");
}
