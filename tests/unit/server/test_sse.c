/* test_sse.c — event formatting and the cross-core mailboxes of the SSE hub. */
#include <errno.h>

#include "check.h"
#include "gateway/net/sse.h"

enum { TEST_CORES = 3, TEST_SEEN_MAX = 4096 };

static char seen[TEST_CORES][TEST_SEEN_MAX];
static size_t seen_len[TEST_CORES];
static unsigned notified[TEST_CORES][TEST_CORES];
static unsigned delivered[TEST_CORES];
static unsigned ctx_ids[TEST_CORES] = {0, 1, 2};

static void deliver(void *ctx, struct sse_event *ev)
{
    unsigned core = *(unsigned *)ctx;
    delivered[core]++;
    if (seen_len[core] + ev->len > TEST_SEEN_MAX)
        return; /* the overflow rounds only count */
    memcpy(seen[core] + seen_len[core], ev->text, ev->len);
    seen_len[core] += ev->len;
}

static void notify(void *from, unsigned to)
{
    notified[*(unsigned *)from][to]++;
}

static void test_format(void)
{
    struct sse_event *ev = sse_event_new("order", "{\"id\":1}\nsecond");
    CHECK(ev != NULL);
    CHECK_MEM_EQ(ev->text, ev->len, "event: order\ndata: {\"id\":1}\ndata: second\n\n", 42);
    sse_event_unref(ev);
    CHECK(sse_event_new("", "x") == NULL);
    CHECK(sse_event_new("a\nb", "x") == NULL);
    CHECK(sse_event_new("a", "bad\rcr") == NULL);
    ev = sse_event_new("empty", "");
    CHECK_MEM_EQ(ev->text, ev->len, "event: empty\ndata: \n\n", 21);
    sse_event_unref(ev);
}

static void test_fan_out(void)
{
    struct sse_hub *hub = sse_hub_new(TEST_CORES, deliver, notify);
    for (unsigned i = 0; i < TEST_CORES; i++)
        sse_hub_attach(hub, i, &ctx_ids[i]);
    CHECK_INT_EQ(sse_hub_publish(hub, 1, "e", "1"), 0);
    CHECK_INT_EQ(sse_hub_publish(hub, 1, "e", "2"), 0);
    CHECK_INT_EQ(sse_hub_publish(hub, 1, "bad\n", "x"), -EINVAL);
    /* The publishing core delivers at once; others after their wake-up. */
    CHECK_MEM_EQ(seen[1], seen_len[1], "event: e\ndata: 1\n\nevent: e\ndata: 2\n\n", 36);
    CHECK_INT_EQ(seen_len[0], 0);
    CHECK_INT_EQ(notified[1][0], 2);
    CHECK_INT_EQ(notified[1][2], 2);
    CHECK_INT_EQ(notified[1][1], 0);
    CHECK_INT_EQ(sse_hub_drain(hub, 0), 2);
    CHECK_INT_EQ(sse_hub_drain(hub, 0), 0);
    CHECK_MEM_EQ(seen[0], seen_len[0], "event: e\ndata: 1\n\nevent: e\ndata: 2\n\n", 36);
    /* A full mailbox drops (counted) instead of blocking the publisher. */
    for (unsigned i = 0; i < SSE_MAILBOX_SLOTS + 5; i++)
        sse_hub_publish(hub, 0, "f", "x");
    CHECK_INT_EQ(sse_hub_dropped(hub), 2 * 5); /* 5 too many for each of cores 1 and 2 */
    CHECK_INT_EQ(delivered[0], 2 + SSE_MAILBOX_SLOTS + 5); /* local delivery never drops */
    CHECK_INT_EQ(sse_hub_drain(hub, 1), SSE_MAILBOX_SLOTS);
    sse_hub_free(hub); /* frees the events still waiting for core 2 (ASan checks) */
}

int main(void)
{
    test_format();
    test_fan_out();
    return check_finish("test_sse");
}
