/* order_store.h — durable message writes with group commit, the outbox operations and the
 * order read-back, over pipeline-mode PostgreSQL connections (io/pg_pipeline.h).
 *
 * Group commit: order_store_submit() encodes a message into the open batch (the caller's
 * memory is not kept); order_store_flush(), called by the owner once per loop pass, sends
 * every batch with messages as ONE statement, store_messages($batch, $lease) from migration
 * 005_order_store, followed by a Sync: one transaction, one COMMIT, one WAL flush for the
 * whole batch (synchronous_commit stays on: a STORED outcome means the rows are on disk).
 * Inside, each message is its own subtransaction, so one bad message fails alone. Several
 * batches are in flight per connection; a batch goes to the connected connection with the
 * fewest in flight.
 *
 * Every call is made on the loop's thread; callbacks run on it, never inside the call that
 * submitted the work. Migrations (005 at least) must be applied before connecting: the
 * statements are prepared on connect, and a failed prepare counts as a failed attempt. */
#ifndef BRIGADE_IO_ORDER_STORE_H
#define BRIGADE_IO_ORDER_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "io/async.h"
#include "io/pg_pipeline.h"

#define ORDER_STORE_CONNECTIONS_MAX 64
#define ORDER_STORE_ITEMS_MAX       256  /* items of one order */
#define ORDER_STORE_MODIFIERS_MAX   32   /* modifiers of one item */
#define ORDER_STORE_CLAIM_MAX       1000 /* outbox rows per claim */
#define ORDER_STORE_LIST_MAX        500  /* orders per list page */

/* Defaults for a zeroed config field. */
#define ORDER_STORE_BATCH_MESSAGES_DEFAULT         256
#define ORDER_STORE_BATCH_BYTES_DEFAULT            (1u << 20)
#define ORDER_STORE_BATCHES_PER_CONNECTION_DEFAULT 4
#define ORDER_STORE_OUTBOX_LEASE_MS_DEFAULT        30000

enum order_store_category {
    ORDER_STORE_ORDER,
    ORDER_STORE_INQUIRY,
    ORDER_STORE_OTHER,
    ORDER_STORE_CATEGORY_MAX,
};

struct order_store_item {
    const char *menu_key; /* menu_items.key; unknown keys fail the message alone */
    int qty;              /* > 0 */
    const char *const *modifiers;
    unsigned modifier_count; /* <= ORDER_STORE_MODIFIERS_MAX */
    int unit_price_cents;    /* >= 0, copied from the menu at order time */
};

/* One message as the gateway finished it. Strings are UTF-8 and only read during submit. */
struct order_store_message {
    const char *client_id; /* NULL: not deduplicated */
    const char *customer;  /* NULL: "" */
    const char *text;      /* required */
    enum order_store_category category;
    /* messages.status: accepted, rejected, review, answered, logged. Only an accepted order
     * gets an `orders` row (items, total, order id). */
    const char *status;
    const char *result_json; /* required: a JSON object (the reply the client gets) */
    /* orders */
    int total_cents;
    const struct order_store_item *items;
    unsigned item_count;
    /* inquiries (question NULL: the text) */
    const char *question;
    const char *answer;
    /* NULL: no notification; else also insert an outbox row on this channel ("orders",
     * "inquiries", "other") whose payload is the result with "order_id" (orders), "customer"
     * and "text" added: what the notifier formats. */
    const char *outbox_channel;
    /* > 0: the message is inbox row `inbox_id` (io/inbox.h): the same transaction marks the
     * row consumed (migration 006_inbox_consume), so the row is consumed exactly when the
     * message's rows are stored, or are found stored under its client id. 0: none. */
    int64_t inbox_id;
};

/* How one submitted message ended. */
enum order_store_status {
    /* Committed: the rows are on disk. message_id (and order_id for an order,
     * notification_id when a channel was given) are set; result_json is NULL (the caller
     * has it; the stored copy carries "order_id" in addition). */
    ORDER_STORE_STORED = 0,
    /* Committed earlier under the same client id (a retry): nothing new was created;
     * message_id/order_id are the ORIGINAL ones, result_json the stored result. */
    ORDER_STORE_DUPLICATE,
    /* This message alone was refused by the database (unknown menu key, a constraint, a
     * result that is not a JSON object): error and sqlstate say why; nothing of it is
     * stored, its batch neighbours are. Retrying the same message fails the same way. */
    ORDER_STORE_REJECTED,
    /* The whole batch statement failed (e.g. the migration is missing, the server ran out
     * of something): nothing of the batch is stored; error/sqlstate from the server. */
    ORDER_STORE_BATCH_FAILED,
    /* The connection broke with the batch in flight: outcome UNKNOWN (the COMMIT may have
     * landed). A retry with the same client id is safe and tells which. */
    ORDER_STORE_CONNECTION_LOST,
    /* The batch was never sent (no connection at flush time): nothing is stored. */
    ORDER_STORE_NOT_CONNECTED,
    /* order_store_free ran first: outcome unknown if the batch had been sent. */
    ORDER_STORE_CLOSED,
    ORDER_STORE_STATUS_MAX,
};

/* "stored", "duplicate", "rejected", "batch_failed", "connection_lost", "not_connected",
 * "closed". */
const char *order_store_status_name(enum order_store_status status);

struct order_store_outcome {
    enum order_store_status status;
    int64_t message_id;      /* 0 when none */
    int64_t order_id;        /* 0 when none */
    int64_t notification_id; /* 0 when none */
    const char *result_json; /* DUPLICATE: the stored result; else NULL */
    const char *sqlstate;    /* REJECTED / BATCH_FAILED: the code; else "" */
    const char *error;       /* "" when STORED or DUPLICATE */
};

/* One call per submitted message, with the caller's tag. Strings are valid only during the
 * call. The callback may submit more and call the outbox/read operations. */
typedef void (*order_store_done_fn)(void *ctx, uint64_t tag, const struct order_store_outcome *o);

/* The store became usable (at least one connection up: true) or lost its last connection
 * (false) — what /readyz reports. */
typedef void (*order_store_state_fn)(void *ctx, bool connected);

struct order_store_config {
    const char *uri;                  /* copied */
    const char *dbname;               /* optional: replaces the URI's database */
    const char *application_name;     /* optional */
    unsigned connections;             /* 1..ORDER_STORE_CONNECTIONS_MAX; 0: 1 */
    unsigned batch_messages_max;      /* messages per batch; 0: default */
    size_t batch_bytes_max;           /* encoded bytes per batch; 0: default */
    unsigned batches_per_connection;  /* batches in flight per connection; 0: default */
    unsigned requests_per_connection; /* outbox and read requests in flight; 0: 64 */
    uint32_t outbox_lease_ms;         /* a fresh notification is due after this; 0: default */
    /* 0: pg_pipeline's defaults (request_timeout_ms: see pg_pipeline_config) */
    uint32_t connect_timeout_ms, request_timeout_ms, backoff_base_ms, backoff_cap_ms;
    uint64_t seed;
    order_store_done_fn done_fn; /* required */
    void *done_ctx;
    order_store_state_fn state_fn; /* optional */
    void *state_ctx;
};

struct order_store_stats {
    uint64_t batches_sent;
    uint64_t batches_committed;
    uint64_t messages_stored;
    uint64_t messages_duplicate;
    uint64_t messages_rejected;
    uint64_t messages_failed; /* batch failed, lost, not connected, closed */
    unsigned connections_up;
    unsigned batches_in_flight;
};

struct order_store;

/* Creates the store and starts connecting every connection. 0, -EINVAL, or -ENOMEM. */
int order_store_new(struct async_loop loop, const struct order_store_config *config,
                    struct order_store **out);

/* Every submitted or in-flight message completes with ORDER_STORE_CLOSED, every pending
 * outbox/read request with its CLOSED status; then the connections close. NULL: no-op. */
void order_store_free(struct order_store *s);

/* Encodes `m` into the open batch. Returns 0 (done_fn will be called exactly once with
 * `tag`), or without calling it: -ENOTCONN (no connection is up: refuse fast), -ENOBUFS
 * (every batch slot is full or in flight: back-pressure), -EMSGSIZE (the message alone is
 * larger than batch_bytes_max), -EINVAL (missing text/status/result, unknown category, an
 * item without key, qty <= 0, a negative price, too many items or modifiers), -EILSEQ (a
 * string that is not UTF-8). */
int order_store_submit(struct order_store *s, const struct order_store_message *m, uint64_t tag);

/* Sends every batch holding messages (the open one included) on a connection with room.
 * When none has room the open batch stays open and keeps taking submissions (up to the
 * batch bounds), and goes as soon as a batch in flight completes: under load the batches
 * grow rather than the slots run out. With no connection up, what was submitted completes
 * with ORDER_STORE_NOT_CONNECTED. */
void order_store_flush(struct order_store *s);

bool order_store_connected(const struct order_store *s);
void order_store_stats(const struct order_store *s, struct order_store_stats *out);
/* Why the last connection attempt or connection ended ("" if none did). */
const char *order_store_last_error(const struct order_store *s);
/* The pipeline client of connection `i` (< connections), for tests and metrics. */
struct pg_pipeline *order_store_connection(struct order_store *s, unsigned i);

/* Outbox and read requests: each completes through its callback with the pipeline status
 * (PG_PIPELINE_OK, _STATEMENT_FAILED, _CONNECTION_LOST, _CLOSED) and an error text ("" when
 * OK). They return 0 (the callback will run once), -ENOTCONN, -ENOBUFS (too many requests in
 * flight on every connection) or -EINVAL (bad argument). */

struct order_store_notification {
    int64_t id;
    const char *channel;
    const char *payload; /* JSON text */
    int attempts;        /* including this claim */
};

typedef void (*order_store_claim_fn)(void *ctx, enum pg_pipeline_status status, const char *error,
                                     const struct order_store_notification *rows, unsigned count);
/* Claims up to `limit` (1..ORDER_STORE_CLAIM_MAX) undelivered, unfailed rows whose
 * next_attempt_at has passed, oldest due first, skipping rows another transaction holds
 * (FOR UPDATE SKIP LOCKED): attempts + 1, next_attempt_at = now() + lease_ms. Rows come back
 * in id order. */
int order_store_claim(struct order_store *s, unsigned limit, uint32_t lease_ms,
                      order_store_claim_fn fn, void *ctx);

/* `updated`: whether the row was changed (false: no such row, or already delivered / failed). */
typedef void (*order_store_mark_fn)(void *ctx, enum pg_pipeline_status status, const char *error,
                                    bool updated);
/* delivered_at = now(), last_error cleared. */
int order_store_mark_delivered(struct order_store *s, int64_t id, order_store_mark_fn fn,
                               void *ctx);
/* next_attempt_at = now() + delay_ms, last_error = error (a row not delivered nor failed). */
int order_store_mark_retry(struct order_store *s, int64_t id, uint32_t delay_ms, const char *error,
                           order_store_mark_fn fn, void *ctx);
/* failed_at = now(), last_error = error: given up, kept for inspection, never claimed again. */
int order_store_mark_failed(struct order_store *s, int64_t id, const char *error,
                            order_store_mark_fn fn, void *ctx);

/* `pending`: notifications neither delivered nor failed (anywhere: every instance's);
 * `oldest_ms`: the age of the oldest of them (0 when none). */
typedef void (*order_store_backlog_fn)(void *ctx, enum pg_pipeline_status status, const char *error,
                                       uint64_t pending, uint64_t oldest_ms);
/* The outbox's backlog, for /metrics. */
int order_store_outbox_backlog(struct order_store *s, order_store_backlog_fn fn, void *ctx);

/* `json`: the response body built by PostgreSQL (shapes in docs/api.md), NULL when the
 * order does not exist or the status is not OK; valid only during the call. */
typedef void (*order_store_json_fn)(void *ctx, enum pg_pipeline_status status, const char *error,
                                    const char *json, size_t len);
/* One order: GET /v1/orders/{id}. */
int order_store_get_order(struct order_store *s, int64_t order_id, order_store_json_fn fn,
                          void *ctx);
/* Orders with id > since_id, oldest first, at most `limit` (1..ORDER_STORE_LIST_MAX):
 * GET /v1/orders?since=ID&limit=N. */
int order_store_list_orders(struct order_store *s, int64_t since_id, unsigned limit,
                            order_store_json_fn fn, void *ctx);

#endif
