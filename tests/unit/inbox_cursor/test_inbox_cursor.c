/* test_inbox_cursor.c — the inbox consumer's bookkeeping: rows handed out once while in
 * flight, the in-flight bound, a retried row handed out again, and rows that settled while a
 * claim was in flight skipped. */
#include "check.h"
#include "io/inbox_cursor.h"

#include <stdlib.h>

static struct inbox_cursor *cursor(unsigned cap)
{
    struct inbox_cursor *c = malloc(sizeof(*c));
    CHECK(c != NULL);
    inbox_cursor_init(c, cap);
    return c;
}

/* A claim returning `ids` (in order); returns how many were handed out. */
static unsigned fetch(struct inbox_cursor *c, const int64_t *ids, unsigned n)
{
    unsigned handed = 0;
    inbox_cursor_fetch_begin(c);
    for (unsigned i = 0; i < n; i++)
        handed += inbox_cursor_take(c, ids[i]);
    inbox_cursor_fetch_end(c);
    return handed;
}

static void test_bound_and_once(void)
{
    struct inbox_cursor *c = cursor(3);
    CHECK_INT_EQ(inbox_cursor_room(c), 3);
    const int64_t page[] = {1, 2, 3, 4};
    CHECK_INT_EQ(fetch(c, page, 4), 3); /* row 4 finds no room */
    CHECK_INT_EQ(inbox_cursor_room(c), 0);
    CHECK(inbox_cursor_in_flight(c, 2));
    CHECK(!inbox_cursor_in_flight(c, 4));
    /* Consumed: out of flight. */
    CHECK(inbox_cursor_settle(c, 2, false));
    CHECK(!inbox_cursor_settle(c, 2, false)); /* once */
    CHECK_INT_EQ(inbox_cursor_room(c), 1);
    /* A new session claims rows still in flight again (the old session's claims are gone):
     * they are not handed out twice. */
    const int64_t again[] = {1, 3, 4};
    CHECK_INT_EQ(fetch(c, again, 3), 1);
    CHECK(inbox_cursor_in_flight(c, 4));
    CHECK_INT_EQ(inbox_cursor_room(c), 0);
    free(c);
}

static void test_retry_handed_again(void)
{
    struct inbox_cursor *c = cursor(8);
    const int64_t page[] = {5, 6, 7};
    CHECK_INT_EQ(fetch(c, page, 3), 3);
    CHECK(inbox_cursor_settle(c, 6, true));
    CHECK(!inbox_cursor_in_flight(c, 6));
    const int64_t next[] = {6, 7, 8};
    CHECK_INT_EQ(fetch(c, next, 3), 2); /* 6 and 8; 7 is still in flight */
    CHECK(inbox_cursor_in_flight(c, 6));
    CHECK(inbox_cursor_in_flight(c, 8));
    free(c);
}

/* During a claim: a row that settles may still be in its answer (skipped); a row given back
 * is free to be handed out again. */
static void test_during_fetch(void)
{
    struct inbox_cursor *c = cursor(8);
    const int64_t page[] = {10, 11};
    CHECK_INT_EQ(fetch(c, page, 2), 2);
    inbox_cursor_fetch_begin(c);
    CHECK(inbox_cursor_settle(c, 10, false)); /* consumed while the claim runs */
    CHECK(inbox_cursor_settle(c, 11, true));  /* given back */
    CHECK(!inbox_cursor_take(c, 10));         /* in the answer, consumed since */
    CHECK(inbox_cursor_take(c, 11));          /* free again: handed out */
    CHECK(inbox_cursor_take(c, 12));
    inbox_cursor_fetch_end(c);
    /* The settled list is per claim: a later claim hands 10 out if it is unconsumed again
     * (it cannot be, but the bookkeeping does not remember it forever). */
    const int64_t next[] = {10};
    CHECK_INT_EQ(fetch(c, next, 1), 1);
    free(c);
}

static void test_cap_clamped(void)
{
    struct inbox_cursor *c = cursor(0);
    CHECK_INT_EQ(c->cap, 1);
    inbox_cursor_init(c, INBOX_IN_FLIGHT_MAX + 5);
    CHECK_INT_EQ(c->cap, INBOX_IN_FLIGHT_MAX);
    free(c);
}

int main(void)
{
    test_bound_and_once();
    test_retry_handed_again();
    test_during_fetch();
    test_cap_clamped();
    return check_finish("test_inbox_cursor");
}
