/* pg_pipeline.h — one PostgreSQL connection in pipeline mode, driven by an io/async.h loop.
 *
 * Nothing here blocks: the connection is opened with PQconnectStartParams/PQconnectPoll
 * (the socket watched for what PQconnectPoll asks), then put in non-blocking pipeline mode,
 * and the statements named in the config are prepared once per connection (PQsendPrepare).
 * The socket is always watched for input; output is watched only while PQflush has bytes
 * left. A request is one or more prepared statements followed by PQpipelineSync; many
 * requests are in flight at once and complete in the order they were sent (FIFO).
 *
 * Pipeline semantics the caller should know: after a statement fails, the server skips every
 * statement up to the request's Sync (their results are PGRES_PIPELINE_ABORTED), and an
 * explicit transaction in the request is rolled back. Requests after that Sync run normally.
 *
 * Connection loss (socket error, EOF, the server terminating the backend): every request in
 * flight completes with PG_PIPELINE_CONNECTION_LOST, the state callback reports
 * "disconnected", and a reconnection is tried after a capped exponential backoff with jitter
 * (a timer on the loop). While disconnected, pg_pipeline_send refuses at once (-ENOTCONN).
 * A request left unanswered for request_timeout_ms is treated the same way (the connection is
 * dropped: its requests' outcome is unknown).
 *
 * Every call is made on the loop's thread. Callbacks run on it, never inside pg_pipeline_send. */
#ifndef BRIGADE_IO_PG_PIPELINE_H
#define BRIGADE_IO_PG_PIPELINE_H

#include <libpq-fe.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "io/async.h"

#define PG_PIPELINE_STATEMENTS_MAX    16   /* prepared statements per connection */
#define PG_PIPELINE_REQUEST_STMTS_MAX 4    /* statements in one request */
#define PG_PIPELINE_PARAMS_MAX        8    /* parameters of one statement */
#define PG_PIPELINE_IN_FLIGHT_MAX     4096 /* upper bound on config.in_flight_max */
#define PG_PIPELINE_ERROR_MAX         512  /* bytes of an error text, NUL included */

/* Defaults for a zeroed config field. */
#define PG_PIPELINE_IN_FLIGHT_DEFAULT          64
#define PG_PIPELINE_CONNECT_TIMEOUT_MS_DEFAULT 5000
#define PG_PIPELINE_REQUEST_TIMEOUT_MS_DEFAULT 30000
#define PG_PIPELINE_BACKOFF_BASE_MS_DEFAULT    100
#define PG_PIPELINE_BACKOFF_CAP_MS_DEFAULT     5000

/* How a request ended. */
enum pg_pipeline_status {
    /* Every statement succeeded; results[i] is statement i's PGresult (COMMAND_OK or
     * TUPLES_OK). If the request was a transaction, it committed. */
    PG_PIPELINE_OK = 0,
    /* The server refused a statement: `error` is its message with [SQLSTATE], `sqlstate` the
     * code, `failed_index` which statement. Later statements of the request were skipped and
     * a transaction in the request rolled back: nothing of it is stored. The connection stays
     * up. */
    PG_PIPELINE_STATEMENT_FAILED,
    /* The connection broke while the request was in flight. Its outcome is UNKNOWN: a COMMIT
     * may or may not have reached the disk before the break. Retry only what is idempotent
     * (e.g. a message with a client id). `error` says why the connection ended. */
    PG_PIPELINE_CONNECTION_LOST,
    /* pg_pipeline_free was called with the request in flight (outcome unknown, as above). */
    PG_PIPELINE_CLOSED,
    PG_PIPELINE_STATUS_MAX,
};

/* "ok", "statement_failed", "connection_lost", "closed". */
const char *pg_pipeline_status_name(enum pg_pipeline_status status);

/* A statement prepared on every new connection; requests name it by its index in
 * config.statements. `param_count` parameters, types inferred by the server (cast in the
 * SQL: "$1::bigint"). */
struct pg_pipeline_statement {
    const char *name;
    const char *sql;
    int param_count;
};

/* One statement of a request: text-format parameters (NULL value = SQL NULL), copied into
 * libpq's output buffer by pg_pipeline_send, so they need not outlive the call. */
struct pg_pipeline_query {
    unsigned statement; /* index into config.statements */
    const char *const *values;
    int value_count; /* must equal the statement's param_count */
};

struct pg_pipeline_result {
    enum pg_pipeline_status status;
    PGresult *const *results; /* status OK: one per statement; otherwise as far as received */
    unsigned result_count;
    int failed_index;     /* STATEMENT_FAILED: which statement; else -1 */
    const char *sqlstate; /* STATEMENT_FAILED: the code ("23505"); else "" */
    const char *error;    /* "" when OK */
};

/* Called once per request. The results are the pipeline's and are cleared when the callback
 * returns (copy what you keep). The callback may call pg_pipeline_send, but not
 * pg_pipeline_free. */
typedef void (*pg_pipeline_done_fn)(void *ctx, const struct pg_pipeline_result *result);

/* The connection became usable (connected and every statement prepared: true) or was lost
 * (false). Called on the loop, once per change. */
typedef void (*pg_pipeline_state_fn)(void *ctx, bool connected);

struct pg_pipeline_config {
    const char *uri;              /* postgresql:// URI or key=value string (copied) */
    const char *dbname;           /* optional: replaces the URI's database (copied) */
    const char *application_name; /* optional: shown in pg_stat_activity (copied) */
    const struct pg_pipeline_statement *statements; /* kept by reference: must outlive */
    unsigned statement_count;                       /* 1..PG_PIPELINE_STATEMENTS_MAX */
    unsigned in_flight_max;                         /* requests in flight at once; 0: default */
    uint32_t connect_timeout_ms;                    /* one attempt, connect + prepare; 0: default */
    /* The oldest request unanswered this long (a hung server; a statement waiting on a lock
     * that long) drops the connection: its requests complete as CONNECTION_LOST. 0: default */
    uint32_t request_timeout_ms;
    uint32_t backoff_base_ms;      /* first reconnection delay ceiling; 0: default */
    uint32_t backoff_cap_ms;       /* largest delay ceiling; 0: default */
    uint64_t seed;                 /* jitter seed (e.g. core number ^ pid) */
    pg_pipeline_state_fn state_fn; /* optional */
    void *state_ctx;
};

/* Counters since pg_pipeline_new (for /metrics and tests). */
struct pg_pipeline_stats {
    uint64_t connect_attempts;
    uint64_t connects;         /* attempts that reached "connected" */
    uint64_t connect_failures; /* attempts that failed before "connected" */
    uint64_t disconnects;      /* established connections lost */
    uint64_t requests_sent;
    uint64_t requests_ok;
    uint64_t requests_failed; /* STATEMENT_FAILED */
    uint64_t requests_lost;   /* CONNECTION_LOST */
    uint32_t last_backoff_ms; /* the delay chosen after the last failure */
};

struct pg_pipeline;

/* Creates the client and starts connecting at once (the first attempt runs on the loop; a
 * failure schedules the next by backoff). Returns 0 and *out, -EINVAL for a bad config, or
 * -ENOMEM. */
int pg_pipeline_new(struct async_loop loop, const struct pg_pipeline_config *config,
                    struct pg_pipeline **out);

/* Completes every request still in flight with PG_PIPELINE_CLOSED, closes the connection and
 * removes its watches and timers. NULL is a no-op. */
void pg_pipeline_free(struct pg_pipeline *p);

/* Sends one request: `count` statements then a Sync. Returns 0 (fn will be called exactly
 * once), -ENOTCONN (not connected now: refused, fn is never called), -ENOBUFS (in_flight_max
 * requests already in flight), -EINVAL (bad statement index, parameter count or count), or
 * -EIO (libpq refused to queue it: the connection is being dropped, fn is never called). */
int pg_pipeline_send(struct pg_pipeline *p, const struct pg_pipeline_query *queries, unsigned count,
                     pg_pipeline_done_fn fn, void *ctx);

bool pg_pipeline_connected(const struct pg_pipeline *p);
unsigned pg_pipeline_in_flight(const struct pg_pipeline *p);
unsigned pg_pipeline_in_flight_max(const struct pg_pipeline *p);
/* Why the last attempt or connection ended ("" if none has). */
const char *pg_pipeline_last_error(const struct pg_pipeline *p);
/* The server process id of the current connection (0 when disconnected). */
int pg_pipeline_backend_pid(const struct pg_pipeline *p);
void pg_pipeline_stats(const struct pg_pipeline *p, struct pg_pipeline_stats *out);

#endif
