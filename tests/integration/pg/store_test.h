/* store_test.h — an order_store on a poll(2) loop whose outcomes are recorded by tag, for the
 * order-store tests. One store_test per program (the callbacks write into it). */
#ifndef BRIGADE_TESTS_STORE_TEST_H
#define BRIGADE_TESTS_STORE_TEST_H

#include "io/order_store.h"
#include "pg_test.h"

#define STORE_TEST_TAGS 64
#define STORE_TEST_APP  "brigade_test_store"

struct store_outcome {
    bool done;
    int calls;
    enum order_store_status status;
    int64_t message_id, order_id, notification_id;
    char result[2048];
    char sqlstate[8];
    char error[PG_PIPELINE_ERROR_MAX];
};

struct store_test {
    struct async_poll *poll;
    struct order_store *store;
    struct store_outcome out[STORE_TEST_TAGS];
    int done, want;
    bool flag;
    bool connected;
    int state_changes;
    int lost_ms, up_ms;
};

static struct store_test st;

static inline void store_test_done(void *ctx, uint64_t tag, const struct order_store_outcome *o)
{
    (void)ctx;
    CHECK(tag < STORE_TEST_TAGS);
    if (tag >= STORE_TEST_TAGS)
        return;
    struct store_outcome *r = &st.out[tag];
    r->calls++;
    r->done = true;
    r->status = o->status;
    r->message_id = o->message_id;
    r->order_id = o->order_id;
    r->notification_id = o->notification_id;
    snprintf(r->result, sizeof(r->result), "%s", o->result_json ? o->result_json : "");
    snprintf(r->sqlstate, sizeof(r->sqlstate), "%s", o->sqlstate ? o->sqlstate : "");
    snprintf(r->error, sizeof(r->error), "%s", o->error ? o->error : "");
    if (++st.done >= st.want)
        st.flag = true;
}

static inline void store_test_state(void *ctx, bool connected)
{
    (void)ctx;
    st.state_changes++;
    st.connected = connected;
    if (connected)
        st.up_ms = db_test_now_ms();
    else
        st.lost_ms = db_test_now_ms();
    st.flag = true;
}

/* Clears the record and awaits `want` outcomes. */
static inline void store_test_expect(int want)
{
    memset(st.out, 0, sizeof(st.out));
    st.done = 0;
    st.want = want;
    st.flag = false;
}

/* A store on the test database; returns once it is connected. */
static inline struct order_store *store_test_open(struct db_test *t, unsigned connections,
                                                  unsigned batch_messages_max,
                                                  uint32_t backoff_base_ms)
{
    if (!st.poll)
        st.poll = async_poll_new(PG_TEST_LOOP_CAPACITY);
    struct order_store_config config = {
        .uri = t->uri,
        .dbname = t->dbname,
        .application_name = STORE_TEST_APP,
        .connections = connections,
        .batch_messages_max = batch_messages_max,
        .batches_per_connection = 4,
        .backoff_base_ms = backoff_base_ms,
        .seed = 3,
        .done_fn = store_test_done,
        .state_fn = store_test_state,
    };
    struct order_store *s = NULL;
    CHECK_INT_EQ(order_store_new(async_poll_loop(st.poll), &config, &s), 0);
    st.flag = false;
    CHECK(pg_test_run_until(st.poll, &st.flag, PG_TEST_WAIT_MS));
    CHECK(order_store_connected(s));
    /* Every connection up, so that tests can reason about which one a batch takes. */
    for (int start = db_test_now_ms(); db_test_now_ms() - start < PG_TEST_WAIT_MS;) {
        unsigned up = 0;
        for (unsigned i = 0; i < connections; i++)
            up += pg_pipeline_connected(order_store_connection(s, i));
        if (up == connections)
            break;
        async_poll_run_once(st.poll, 10);
    }
    return s;
}

/* Flushes, then runs the loop until the awaited outcomes arrived. */
static inline bool store_test_flush_wait(struct order_store *s)
{
    order_store_flush(s);
    int start = db_test_now_ms();
    while (!st.flag && db_test_now_ms() - start < PG_TEST_WAIT_MS) {
        async_poll_run_once(st.poll, 10);
        order_store_flush(s); /* as the owner does once per pass */
    }
    return st.flag;
}

/* An order message: `items` as "key:qty:price[:modifier...]" strings parsed by the caller
 * into `storage` (up to 4 items of up to 4 modifiers). */
struct store_test_order {
    struct order_store_item items[4];
    const char *mods[4][4];
    struct order_store_message msg;
};

static inline const struct order_store_message *
store_test_order(struct store_test_order *o, const char *client_id, const char *text,
                 const char *result_json, const char *key1, int qty1, int price1, const char *mod1,
                 const char *key2, int qty2, int price2)
{
    memset(o, 0, sizeof(*o));
    o->mods[0][0] = mod1;
    o->items[0] = (struct order_store_item){key1, qty1, o->mods[0], mod1 ? 1u : 0u, price1};
    unsigned n = 1;
    if (key2) {
        o->items[1] = (struct order_store_item){key2, qty2, NULL, 0, price2};
        n = 2;
    }
    o->msg = (struct order_store_message){
        .client_id = client_id,
        .customer = "ana",
        .text = text,
        .category = ORDER_STORE_ORDER,
        .status = "accepted",
        .result_json = result_json,
        .total_cents = qty1 * price1 + (key2 ? qty2 * price2 : 0),
        .items = o->items,
        .item_count = n,
        .outbox_channel = "orders",
    };
    return &o->msg;
}

#endif
