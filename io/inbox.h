/* inbox.h — the PostgreSQL inbox consumer: rows other systems insert into table `inbox`
 * (io/sql/004_inbox.sql) are claimed and handed to the caller one by one, on an io/async.h
 * loop. Any number of consumers (cores, processes) share one inbox: each row is claimed by
 * one of them at a time (io/sql/007_inbox_claim.sql).
 *
 * One connection of its own, not in pipeline mode (LISTEN needs a plain session), opened with
 * PQconnectStartParams/PQconnectPoll and used with PQsendQueryParams only: nothing blocks.
 * On every connection it runs LISTEN brigade_inbox and then a catch-up: inbox_claim() takes
 * the oldest unconsumed rows nobody holds (FOR UPDATE SKIP LOCKED, a lease of lease_ms
 * under this session's backend pid), claim after claim while they return rows and there is
 * room. After that it waits: a notification (the insert trigger's, payload the row id)
 * starts the next claim, and so does a sweep every sweep_ms, which takes the rows of a
 * consumer that died (its session is gone) or whose lease ran out. Progress lives in the
 * database only: a row is done when its consumed_at is set, which the caller's store does in
 * the transaction that stores the row's message (io/sql/006_inbox_consume.sql).
 *
 * The caller reports each handed-out row's outcome with inbox_done:
 * - INBOX_CONSUMED: stored, and consumed_at set by that same transaction;
 * - INBOX_FAILED: it can never be processed (e.g. an empty text): this client sets
 *   consumed_at and `error` so it is not read again (kept for inspection);
 * - INBOX_RETRY: not stored this time (the database or the pipeline was unavailable): its
 *   claim is released (inbox_release()) so that any consumer takes it again; this one
 *   claims again after retry_delay_ms at the latest.
 * At most in_flight_max rows are out at once; more are claimed only as earlier ones settle.
 *
 * Connection loss: reconnection after a capped exponential backoff with jitter
 * (io/pg_backoff.h), then LISTEN and the catch-up again. Rows handed out stay out (their
 * outcome comes from elsewhere); their claims ended with the old session, so another
 * consumer may process them too (the store deduplicates by client id). A FAILED mark or a
 * release that was lost is simply redone when the row is claimed again. Every call is made on
 * the loop's thread; callbacks never run inside a call. */
#ifndef BRIGADE_IO_INBOX_H
#define BRIGADE_IO_INBOX_H

#include <stdbool.h>
#include <stdint.h>

#include "io/async.h"
#include "io/inbox_cursor.h" /* INBOX_IN_FLIGHT_MAX */

#define INBOX_CHANNEL   "brigade_inbox"
#define INBOX_ERROR_MAX 256 /* bytes of an error text kept, NUL included */

/* Defaults for a zeroed config field. */
#define INBOX_IN_FLIGHT_DEFAULT          64
#define INBOX_RETRY_DELAY_MS_DEFAULT     1000
#define INBOX_LEASE_MS_DEFAULT           60000
#define INBOX_SWEEP_MS_DEFAULT           1000
#define INBOX_CONNECT_TIMEOUT_MS_DEFAULT 5000
#define INBOX_BACKOFF_BASE_MS_DEFAULT    100
#define INBOX_BACKOFF_CAP_MS_DEFAULT     5000

/* One row, valid only during the call. `client_id` is the row's client_id, or
 * "inbox:<id>" when it has none (so a replay is recognised by the messages table's
 * UNIQUE(client_id)). */
struct inbox_row {
    int64_t id;
    const char *client_id;
    const char *customer; /* "" when none */
    const char *text;
};

/* Take a row: 0 (inbox_done will be called for it later, exactly once), or a negative errno
 * to refuse it now (it counts as INBOX_RETRY). */
typedef int (*inbox_row_fn)(void *ctx, const struct inbox_row *row);

/* The connection became usable (connected: LISTEN sent, the catch-up follows) or an
 * established one was lost (false; inbox_last_error says why). Once per change. */
typedef void (*inbox_state_fn)(void *ctx, bool connected);

enum inbox_outcome {
    INBOX_CONSUMED,
    INBOX_FAILED,
    INBOX_RETRY,
    INBOX_OUTCOME_MAX,
};

struct inbox_config {
    const char *uri;              /* copied */
    const char *dbname;           /* optional: replaces the URI's database (copied) */
    const char *application_name; /* optional (copied) */
    unsigned in_flight_max;       /* 1..INBOX_IN_FLIGHT_MAX; 0: default */
    /* 0: default */
    uint32_t retry_delay_ms, connect_timeout_ms, backoff_base_ms, backoff_cap_ms;
    /* A claimed row is not claimed by another consumer before this, unless this session
     * ends first; 0: default. */
    uint32_t lease_ms;
    /* While idle, claim this often (rows of consumers that died or stalled); 0: default. */
    uint32_t sweep_ms;
    uint64_t seed;       /* jitter */
    inbox_row_fn row_fn; /* required */
    void *row_ctx;
    inbox_state_fn state_fn; /* optional */
    void *state_ctx;
};

struct inbox_stats {
    uint64_t connects;
    uint64_t disconnects;
    uint64_t notifications; /* NOTIFY messages received */
    uint64_t fetches;       /* claims */
    uint64_t releases;      /* rows given back (INBOX_RETRY, or refused by row_fn) */
    uint64_t rows_handed;   /* rows given to row_fn and taken */
    uint64_t rows_refused;  /* rows row_fn refused */
    uint64_t outcomes[INBOX_OUTCOME_MAX];
    unsigned in_flight;
    bool connected;
};

struct inbox;

/* Creates the consumer and starts connecting. 0, -EINVAL (no uri or row_fn), -ENOMEM. */
int inbox_new(struct async_loop loop, const struct inbox_config *config, struct inbox **out);
/* Closes the connection and every watch and timer. Rows still out are forgotten (they stay
 * unconsumed unless their store commits). NULL: no-op. */
void inbox_free(struct inbox *ib);
/* Row `id`'s outcome (see above); `error` (FAILED) is kept on the row, cut to
 * INBOX_ERROR_MAX. An id not handed out is ignored. */
void inbox_done(struct inbox *ib, int64_t id, enum inbox_outcome outcome, const char *error);
void inbox_stats(const struct inbox *ib, struct inbox_stats *out);
/* Why the last attempt or connection ended ("" if none did). */
const char *inbox_last_error(const struct inbox *ib);

#endif
