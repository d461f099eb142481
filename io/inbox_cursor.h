/* inbox_cursor.h — which inbox rows the consumer (io/inbox.h) hands out: the pure bookkeeping,
 * kept apart from the connection so it can be tested alone.
 *
 * The consumer claims unconsumed rows (io/sql/007_inbox_claim.sql) and hands each to the
 * pipeline; a row stays "in flight" until its outcome is known. What makes it exact:
 * - A row in flight is never handed out twice, whatever a claim returns (after a reconnect
 *   the rows this process still has in flight were claimed by a session that is gone, so
 *   the new session may claim them again while they are being stored).
 * - A row that settled (consumed, or marked as failed) while a claim was in flight may still
 *   be in that claim's answer (a lease that ran out): it is skipped too. */
#ifndef BRIGADE_IO_INBOX_CURSOR_H
#define BRIGADE_IO_INBOX_CURSOR_H

#include <stdbool.h>
#include <stdint.h>

#define INBOX_IN_FLIGHT_MAX 1024 /* rows handed out and not settled, at most */

struct inbox_cursor {
    unsigned cap;   /* rows in flight at most (1..INBOX_IN_FLIGHT_MAX) */
    unsigned count; /* rows in flight now */
    bool fetching;  /* a claim is in flight: settled rows are remembered */
    unsigned settled_count;
    int64_t ids[INBOX_IN_FLIGHT_MAX];     /* in flight, unordered */
    int64_t settled[INBOX_IN_FLIGHT_MAX]; /* settled during the fetch in flight */
};

/* Empty; at most `cap` rows in flight (clamped to 1..MAX). */
void inbox_cursor_init(struct inbox_cursor *c, unsigned cap);
/* Room for more rows: how many a claim may take now (0: none). */
unsigned inbox_cursor_room(const struct inbox_cursor *c);
/* A claim was sent / its rows were all offered to inbox_cursor_take. */
void inbox_cursor_fetch_begin(struct inbox_cursor *c);
void inbox_cursor_fetch_end(struct inbox_cursor *c);
/* One row of the claim: true when it is to be handed out (it is then in flight), false when
 * it is in flight already, settled during the claim, or there is no room. */
bool inbox_cursor_take(struct inbox_cursor *c, int64_t id);
/* Row `id`'s outcome is known: it leaves the in-flight set. `retry`: it is still unconsumed
 * and was given back (a claim may hand it out again); else it is done. False when it was
 * not in flight. */
bool inbox_cursor_settle(struct inbox_cursor *c, int64_t id, bool retry);
bool inbox_cursor_in_flight(const struct inbox_cursor *c, int64_t id);

#endif
