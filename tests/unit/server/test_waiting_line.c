/* test_waiting_line.c — the server's one admission line without sockets: serve, wait and
 * refuse against the global limits, grants to the oldest ticket of any core, a waiter that
 * leaves (before and after its grant), and the positions told to waiting streams. */
#include "check.h"
#include "gateway/net/waiting_line.h"

struct test_seen {
    uint32_t slot[8], position[8];
    unsigned n;
};

static void test_record(void *user, uint32_t slot, uint32_t gen, uint32_t position)
{
    struct test_seen *s = user;
    (void)gen;
    s->slot[s->n] = slot;
    s->position[s->n++] = position;
}

static bool test_told(const uint64_t *tell, unsigned core)
{
    return (tell[core / 64] >> (core % 64)) & 1;
}

static void test_admit_and_grant(void)
{
    struct waiting_line w;
    waiting_line_init(&w, 2, 2, 3); /* 2 served, 3 waiting, over 2 cores */
    uint32_t t[6];
    CHECK_INT_EQ(waiting_line_admit(&w, 0, 10, 1, &t[0]), WAITING_LINE_SERVE);
    CHECK_INT_EQ(waiting_line_admit(&w, 1, 20, 1, &t[0]), WAITING_LINE_SERVE);
    CHECK_INT_EQ(waiting_line_admit(&w, 1, 21, 1, &t[1]), WAITING_LINE_WAIT); /* oldest */
    CHECK_INT_EQ(waiting_line_admit(&w, 0, 11, 1, &t[2]), WAITING_LINE_WAIT);
    CHECK_INT_EQ(waiting_line_admit(&w, 1, 22, 1, &t[3]), WAITING_LINE_WAIT);
    CHECK_INT_EQ(waiting_line_admit(&w, 0, 12, 1, &t[4]), WAITING_LINE_REFUSE);
    CHECK(!waiting_line_grant_due(&w));
    /* Core 0 frees a slot: it goes to core 1's waiter, the oldest of the server. */
    waiting_line_end_served(&w);
    CHECK(waiting_line_grant_due(&w));
    uint64_t tell[WAITING_LINE_CORES_MAX / 64] = {0};
    CHECK_INT_EQ(waiting_line_grant(&w, 0, tell), 1);
    CHECK(test_told(tell, 1));
    CHECK(!test_told(tell, 0));
    struct waiting_line_grant g[4];
    CHECK_INT_EQ(waiting_line_take_grants(&w, 0, g, 4), 0);
    CHECK_INT_EQ(waiting_line_take_grants(&w, 1, g, 4), 1);
    CHECK_INT_EQ(g[0].slot, 21);
    /* While a slot was freed but not yet granted, a newcomer still waits rather than being
     * refused: served + waiting count together. */
    waiting_line_end_served(&w);
    CHECK_INT_EQ(waiting_line_admit(&w, 1, 23, 1, &t[5]), WAITING_LINE_WAIT);
    CHECK_INT_EQ(waiting_line_grant(&w, 1, tell), 1); /* core 0's waiter (slot 11) */
    CHECK_INT_EQ(waiting_line_take_grants(&w, 0, g, 4), 1);
    CHECK_INT_EQ(g[0].slot, 11);
    /* A waiter granted a slot that closes before taking it gives the slot back. */
    waiting_line_end_served(&w);
    CHECK_INT_EQ(waiting_line_grant(&w, 0, tell), 1); /* slot 22 on core 1 */
    CHECK_INT_EQ(atomic_load(&w.active), 2);
    waiting_line_leave(&w, t[3]);
    CHECK_INT_EQ(atomic_load(&w.active), 1);
    CHECK_INT_EQ(waiting_line_take_grants(&w, 1, g, 4), 0);
    CHECK(waiting_line_grant_due(&w)); /* slot 23 waits, a slot is free */
    CHECK_INT_EQ(waiting_line_grant(&w, 0, tell), 1);
    CHECK_INT_EQ(waiting_line_take_grants(&w, 1, g, 4), 1);
    CHECK_INT_EQ(g[0].slot, 23);
    CHECK_INT_EQ(atomic_load(&w.queued), 0);
    waiting_line_free(&w);
}

static void test_positions(void)
{
    struct waiting_line w;
    waiting_line_init(&w, 2, 1, 8);
    uint32_t t[5];
    CHECK_INT_EQ(waiting_line_admit(&w, 0, 1, 1, &t[0]), WAITING_LINE_SERVE);
    for (uint32_t i = 1; i < 5; i++) /* waiters alternate cores: slots 101 (core 1), 2, 103, 4 */
        CHECK_INT_EQ(waiting_line_admit(&w, i % 2, i % 2 ? 100 + i : i, 1, &t[i]),
                     WAITING_LINE_WAIT);
    for (uint32_t i = 1; i < 5; i++)
        waiting_line_mark_stream(&w, t[i]);
    struct test_seen s0 = {0}, s1 = {0};
    waiting_line_positions(&w, 0, test_record, &s0);
    waiting_line_positions(&w, 1, test_record, &s1);
    CHECK_INT_EQ(s0.n, 2);
    CHECK_INT_EQ(s0.slot[0], 2);
    CHECK_INT_EQ(s0.position[0], 2); /* behind core 1's first waiter */
    CHECK_INT_EQ(s0.position[1], 4);
    CHECK_INT_EQ(s1.position[0], 1);
    CHECK_INT_EQ(s1.position[1], 3);
    unsigned version = atomic_load(&w.version);
    waiting_line_leave(&w, t[1]); /* the front waiter leaves: everyone moves up */
    CHECK(atomic_load(&w.version) != version);
    uint64_t tell[WAITING_LINE_CORES_MAX / 64] = {0};
    waiting_line_stream_cores(&w, 1, tell);
    CHECK(test_told(tell, 0));
    s0.n = 0;
    waiting_line_positions(&w, 0, test_record, &s0);
    CHECK_INT_EQ(s0.position[0], 1);
    CHECK_INT_EQ(s0.position[1], 3);
    for (uint32_t i = 2; i < 5; i++)
        waiting_line_leave(&w, t[i]);
    waiting_line_free(&w);
}

int main(void)
{
    test_admit_and_grant();
    test_positions();
    return check_finish("test_waiting_line");
}
