/* inbox_cursor.h — which inbox rows the consumer (io/inbox.h) reads next and hands out: the
 * pure bookkeeping, kept apart from the connection so it can be tested alone.
 *
 * The consumer reads unconsumed rows in id order past a cursor (`after`) and hands each to
 * the pipeline; a row stays "in flight" until its outcome is known. What makes it exact:
 * - A row in flight is never handed out twice, whatever a fetch returns (after a reconnect
 *   the catch-up reads from the start again while earlier rows are still being stored).
 * - A row that settled (consumed, or marked as failed) while a fetch was in flight may still
 *   be in that fetch's snapshot: it is skipped too.
 * - A row whose outcome was "retry" (not stored: the database was unreachable, the pipeline
 *   full) moves the cursor back before it, so a later fetch reads it again.
 * - Ids are drawn before their transaction commits, so a row may commit after a higher id
 *   was already read: its notification moves the cursor back before it as well.
 * A move back during a fetch takes effect when the fetch ends (its rows would undo it). */
#ifndef BRIGADE_IO_INBOX_CURSOR_H
#define BRIGADE_IO_INBOX_CURSOR_H

#include <stdbool.h>
#include <stdint.h>

#define INBOX_IN_FLIGHT_MAX 1024 /* rows handed out and not settled, at most */

struct inbox_cursor {
    int64_t after;  /* the next fetch reads ids > after */
    unsigned cap;   /* rows in flight at most (1..INBOX_IN_FLIGHT_MAX) */
    unsigned count; /* rows in flight now */
    bool fetching;  /* a fetch is in flight: settled rows are remembered */
    /* A move back asked for while a fetch was in flight (INT64_MAX: none): applied when the
     * fetch ends, since that fetch's rows move the cursor forward past it again. */
    int64_t rewind;
    unsigned settled_count;
    int64_t ids[INBOX_IN_FLIGHT_MAX];     /* in flight, unordered */
    int64_t settled[INBOX_IN_FLIGHT_MAX]; /* settled during the fetch in flight */
};

/* Empty, reading from the first row; at most `cap` rows in flight (clamped to 1..MAX). */
void inbox_cursor_init(struct inbox_cursor *c, unsigned cap);
/* A new connection: read every unconsumed row again from the start (rows still in flight
 * stay so, and are skipped when the catch-up returns them). */
void inbox_cursor_rewind(struct inbox_cursor *c);
/* Row `id` was announced (NOTIFY): if the cursor is already past it, move it back. */
void inbox_cursor_notified(struct inbox_cursor *c, int64_t id);
/* Room for more rows: how many a fetch may read now (0: none). */
unsigned inbox_cursor_room(const struct inbox_cursor *c);
/* A fetch was sent / its rows were all offered to inbox_cursor_take. */
void inbox_cursor_fetch_begin(struct inbox_cursor *c);
void inbox_cursor_fetch_end(struct inbox_cursor *c);
/* One row of the fetch, in id order: moves the cursor past it; true when it is to be
 * handed out (it is then in flight), false when it is in flight already, settled during
 * the fetch, or there is no room. */
bool inbox_cursor_take(struct inbox_cursor *c, int64_t id);
/* Row `id`'s outcome is known: it leaves the in-flight set. `retry`: it is still unconsumed
 * and must be read again (the cursor moves back before it). False when it was not in
 * flight. */
bool inbox_cursor_settle(struct inbox_cursor *c, int64_t id, bool retry);
bool inbox_cursor_in_flight(const struct inbox_cursor *c, int64_t id);

#endif
