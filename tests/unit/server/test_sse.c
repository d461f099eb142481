/* test_sse.c — the SSE hub around the event log: nothing is done without a stream, a core
 * is woken only on its flag's clear -> set edge and only when it has streams, and where a
 * stream starts (?replay=K, Last-Event-ID). */
#include <errno.h>

#include "check.h"
#include "gateway/net/sse.h"

enum { TEST_CORES = 3 };

static unsigned notified[TEST_CORES][TEST_CORES];
static unsigned ctx_ids[TEST_CORES] = {0, 1, 2};

static void notify(void *from, unsigned to)
{
    notified[*(unsigned *)from][to]++;
}

static struct sse_hub *hub_new(void)
{
    memset(notified, 0, sizeof(notified));
    struct sse_hub *hub = sse_hub_new(TEST_CORES, 64, EVENT_LOG_BYTES_MIN, notify);
    for (unsigned i = 0; i < TEST_CORES; i++)
        sse_hub_attach(hub, i, &ctx_ids[i]);
    return hub;
}

static void test_no_stream_costs_nothing(void)
{
    struct sse_hub *hub = hub_new();
    CHECK(!sse_hub_wanted(hub));
    CHECK_INT_EQ(sse_hub_publish(hub, 0, "result", "{}", 2), 0);
    CHECK_INT_EQ(event_log_next_seq(sse_hub_log(hub)), 1); /* nothing appended */
    CHECK(!sse_hub_take_pending(hub, 0));
    sse_hub_free(hub);
}

static void test_wake_on_edge(void)
{
    struct sse_hub *hub = hub_new();
    sse_hub_subscribe(hub, 2); /* a stream on core 2 only */
    CHECK(sse_hub_wanted(hub));
    CHECK_INT_EQ(sse_hub_streams(hub), 1);
    CHECK_INT_EQ(sse_hub_publish(hub, 1, "e", "1", 1), 1);
    CHECK_INT_EQ(sse_hub_publish(hub, 1, "e", "2", 1), 2);
    CHECK_INT_EQ(sse_hub_publish(hub, 0, "e", "3", 1), 3);
    /* One wake-up for the three: the flag was already set. Cores without streams: none. */
    CHECK_INT_EQ(notified[1][2], 1);
    CHECK_INT_EQ(notified[0][2], 0);
    CHECK_INT_EQ(notified[1][0] + notified[0][1] + notified[2][0] + notified[2][1], 0);
    CHECK(sse_hub_take_pending(hub, 2));
    CHECK(!sse_hub_take_pending(hub, 2));
    CHECK(!sse_hub_take_pending(hub, 0));
    CHECK_INT_EQ(sse_hub_publish(hub, 0, "e", "4", 1), 4);
    CHECK_INT_EQ(notified[0][2], 1); /* taken, so the next one wakes again */
    /* A publish on the stream's own core sets its flag without a message to itself. */
    CHECK(sse_hub_take_pending(hub, 2));
    CHECK_INT_EQ(sse_hub_publish(hub, 2, "e", "5", 1), 5);
    CHECK_INT_EQ(notified[2][2], 0);
    CHECK(sse_hub_take_pending(hub, 2));
    CHECK_INT_EQ(sse_hub_publish(hub, 2, "bad\n", "x", 1), -EINVAL);
    sse_hub_unsubscribe(hub, 2);
    CHECK(!sse_hub_wanted(hub));
    CHECK_INT_EQ(sse_hub_publish(hub, 2, "e", "6", 1), 0);
    sse_hub_free(hub);
}

static void test_start_parse(void)
{
    struct sse_start s;
    CHECK_INT_EQ(sse_start_parse(NULL, 0, NULL, 0, &s), 0);
    CHECK_INT_EQ(s.kind, SSE_START_NOW);
    CHECK_INT_EQ(sse_start_parse("replay=25", 9, NULL, 0, &s), 0);
    CHECK_INT_EQ(s.kind, SSE_START_REPLAY);
    CHECK_INT_EQ(s.value, 25);
    CHECK_INT_EQ(sse_start_parse("a=1&replay=7&b", 14, NULL, 0, &s), 0);
    CHECK_INT_EQ(s.value, 7);
    CHECK_INT_EQ(sse_start_parse("replay=", 7, NULL, 0, &s), -EINVAL);
    CHECK_INT_EQ(sse_start_parse("replay=-1", 9, NULL, 0, &s), -EINVAL);
    CHECK_INT_EQ(sse_start_parse("replay=1e3", 10, NULL, 0, &s), -EINVAL);
    CHECK_INT_EQ(sse_start_parse("replay=1048577", 14, NULL, 0, &s), -EINVAL);
    CHECK_INT_EQ(sse_start_parse("replay=99999999999999999999", 27, NULL, 0, &s), -EINVAL);
    CHECK_INT_EQ(sse_start_parse("xreplay=5", 9, NULL, 0, &s), 0);
    CHECK_INT_EQ(s.kind, SSE_START_NOW);
    /* Last-Event-ID wins over replay (a reconnecting EventSource keeps its URL). */
    CHECK_INT_EQ(sse_start_parse("replay=5", 8, "41", 2, &s), 0);
    CHECK_INT_EQ(s.kind, SSE_START_AFTER);
    CHECK_INT_EQ(s.value, 41);
    /* Any other id string is allowed by the protocol and ignored here. */
    CHECK_INT_EQ(sse_start_parse(NULL, 0, "abc", 3, &s), 0);
    CHECK_INT_EQ(s.kind, SSE_START_NOW);
}

static void head(const char *text, enum sse_start_kind kind, uint64_t value)
{
    struct sse_start s;
    sse_start_parse_head(text, strlen(text), &s);
    CHECK_INT_EQ(s.kind, kind);
    CHECK_INT_EQ(s.value, value);
}

/* What a stream that waited in line sent, as raw bytes. */
static void test_start_parse_head(void)
{
    head("GET /v1/events HTTP/1.1\r\nHost: t\r\n\r\n", SSE_START_NOW, 0);
    head("GET /v1/events?replay=12 HTTP/1.1\r\nHost: t\r\n\r\n", SSE_START_REPLAY, 12);
    head("GET /v1/events HTTP/1.1\r\nHost: t\r\nlast-EVENT-id:  77 \r\n\r\n", SSE_START_AFTER, 77);
    head("GET /v1/events?replay=3 HTTP/1.1\nLast-Event-ID: 9\n\n", SSE_START_AFTER, 9);
    head("GET /v1/events HTTP/1.1\r\nLast-Event-ID: 12abc\r\n\r\n", SSE_START_NOW, 0);
    head("GET /v1/events?replay=x HTTP/1.1\r\n\r\n", SSE_START_NOW, 0);
    /* Cut short: a value without its line end could be incomplete, a request line too. */
    head("GET /v1/events HTTP/1.1\r\nLast-Event-ID: 12", SSE_START_NOW, 0);
    head("GET /v1/events?replay=5", SSE_START_NOW, 0);
    head("", SSE_START_NOW, 0);
    head("GET /v1/events HTTP/1.1\r\nX-Last-Event-ID: 5\r\n\r\n", SSE_START_NOW, 0);
}

static void test_start_cursor(void)
{
    struct sse_hub *hub = hub_new();
    sse_hub_subscribe(hub, 0);
    for (int i = 0; i < 100; i++) /* the log keeps 64: 37..100 */
        CHECK(sse_hub_publish(hub, 0, "e", "x", 1) > 0);
    struct event_log *log = sse_hub_log(hub);
    CHECK_INT_EQ(event_log_oldest_seq(log), 37);
    uint64_t missed;
    struct sse_start s = {SSE_START_NOW, 0};
    CHECK_INT_EQ(sse_start_cursor(hub, &s, &missed), 101);
    CHECK_INT_EQ(missed, 0);
    s = (struct sse_start){SSE_START_REPLAY, 10};
    CHECK_INT_EQ(sse_start_cursor(hub, &s, &missed), 91);
    s = (struct sse_start){SSE_START_REPLAY, 1000};
    CHECK_INT_EQ(sse_start_cursor(hub, &s, &missed), 37);
    CHECK_INT_EQ(missed, 0);
    s = (struct sse_start){SSE_START_AFTER, 90};
    CHECK_INT_EQ(sse_start_cursor(hub, &s, &missed), 91);
    s = (struct sse_start){SSE_START_AFTER, 100};
    CHECK_INT_EQ(sse_start_cursor(hub, &s, &missed), 101);
    CHECK_INT_EQ(missed, 0);
    /* Evicted: the stream starts there and its first copy reports the gap. */
    s = (struct sse_start){SSE_START_AFTER, 5};
    CHECK_INT_EQ(sse_start_cursor(hub, &s, &missed), 6);
    CHECK_INT_EQ(missed, 0);
    /* Newer than the log (ids from before a restart): unknown gap, from the oldest. */
    s = (struct sse_start){SSE_START_AFTER, 500};
    CHECK_INT_EQ(sse_start_cursor(hub, &s, &missed), 37);
    CHECK(missed == UINT64_MAX);
    sse_hub_unsubscribe(hub, 0);
    sse_hub_free(hub);
}

int main(void)
{
    test_no_stream_costs_nothing();
    test_wake_on_edge();
    test_start_parse();
    test_start_parse_head();
    test_start_cursor();
    return check_finish("test_sse");
}
