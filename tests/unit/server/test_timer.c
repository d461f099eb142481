/* test_timer.c — per-kind deadline lists: order, re-arm, disarm, expiry. */
#include "check.h"
#include "gateway/net/timer.h"

static void test_order_and_expiry(void)
{
    uint64_t d[TIMER_KIND_MAX] = {[TIMER_KIND_HEADER] = 100,
                                  [TIMER_KIND_BODY] = 300,
                                  [TIMER_KIND_IDLE] = 1000,
                                  [TIMER_KIND_SEND] = 50,
                                  [TIMER_KIND_LINGER] = 20};
    struct timer_lists t;
    timer_init(&t, 8, d);
    CHECK_INT_EQ(timer_next_deadline(&t), UINT64_MAX);
    timer_arm(&t, 0, TIMER_KIND_IDLE, 0);    /* 1000 */
    timer_arm(&t, 1, TIMER_KIND_HEADER, 0);  /* 100 */
    timer_arm(&t, 2, TIMER_KIND_HEADER, 10); /* 110 */
    timer_arm(&t, 3, TIMER_KIND_SEND, 20);   /* 70 */
    CHECK_INT_EQ(timer_next_deadline(&t), 70);
    CHECK_INT_EQ(timer_kind_of(&t, 2), TIMER_KIND_HEADER);
    uint32_t idx;
    enum timer_kind kind;
    CHECK(!timer_pop_expired(&t, 69, &idx, &kind));
    CHECK(timer_pop_expired(&t, 105, &idx, &kind));
    /* Both 70 (send) and 100 (header) are due; each pop takes one due head. */
    uint32_t first = idx;
    CHECK(timer_pop_expired(&t, 105, &idx, &kind));
    CHECK((first == 1 && idx == 3) || (first == 3 && idx == 1));
    CHECK(!timer_pop_expired(&t, 105, &idx, &kind));
    CHECK_INT_EQ(timer_kind_of(&t, 1), TIMER_NONE);
    /* Re-arming moves a node to the tail of its new kind. */
    timer_arm(&t, 2, TIMER_KIND_IDLE, 50); /* 1050, after node 0 */
    CHECK_INT_EQ(timer_next_deadline(&t), 1000);
    timer_disarm(&t, 0);
    CHECK_INT_EQ(timer_next_deadline(&t), 1050);
    timer_disarm(&t, 0); /* disarming twice is harmless */
    CHECK(timer_pop_expired(&t, 2000, &idx, &kind));
    CHECK_INT_EQ(idx, 2);
    CHECK_INT_EQ(kind, TIMER_KIND_IDLE);
    CHECK_INT_EQ(timer_next_deadline(&t), UINT64_MAX);
    timer_free(&t);
}

/* A deadline that is kept (not re-armed) does not move: the slowloris property. */
static void test_kept_deadline(void)
{
    uint64_t d[TIMER_KIND_MAX] = {[TIMER_KIND_HEADER] = 2000};
    struct timer_lists t;
    timer_init(&t, 2, d);
    timer_arm(&t, 0, TIMER_KIND_HEADER, 0);
    for (uint64_t now = 0; now < 2000; now += 500)
        CHECK_INT_EQ(timer_next_deadline(&t), 2000);
    uint32_t idx;
    enum timer_kind kind;
    CHECK(timer_pop_expired(&t, 2000, &idx, &kind));
    timer_free(&t);
}

int main(void)
{
    test_order_and_expiry();
    test_kept_deadline();
    return check_finish("test_timer");
}
