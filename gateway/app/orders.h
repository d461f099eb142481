/* orders.h — durable messages and kitchen notifications for the served pipeline: each core's
 * PostgreSQL connections (io/order_store.h, group commit in pipeline mode) and, on core 0,
 * the outbox delivery to webhooks (io/notifier.h over libcurl's multi-socket API), all on the
 * cores' rings through io/async.h.
 *
 * A finished message is submitted to its core's store (orders_submit); the store commits
 * everything submitted in one loop pass as one transaction, and the caller's done function
 * gets each message's outcome: only then is the client answered (with the order id), so an
 * acknowledged order is on disk. Every message is stored (`messages`); an accepted order also
 * gets `orders` + `order_items`, an inquiry `enquiries`, and a category with a webhook an
 * outbox row (`notifications`) written in the same transaction.
 *
 * Delivery: after a commit that wrote outbox rows, the core pokes core 0 (an eventfd); core 0
 * claims due rows (FOR UPDATE SKIP LOCKED, with a lease, so any number of instances deliver
 * without duplicates), hands them to the notifier and writes each outcome back (delivered,
 * retry at, failed). It also looks every --webhook-poll for rows whose retry came due, and at
 * start-up for rows a previous process left: delivery is at least once.
 *
 * Off (orders_init gives NULL) without --pg: nothing is stored, nothing is notified. */
#ifndef BRIGADE_GATEWAY_ORDERS_H
#define BRIGADE_GATEWAY_ORDERS_H

#include <stdbool.h>
#include <stdint.h>

#include "io/notifier.h"
#include "io/order_store.h"

enum {
    ORDERS_PATH_BYTES_MAX = 4096,
    ORDERS_RETRY_AFTER_S = 1, /* Retry-After of a 503 while the database is unreachable */
};

struct orders_config {
    unsigned cores;
    char pg_uri[ORDERS_PATH_BYTES_MAX]; /* empty: off */
    unsigned connections_per_core;
    unsigned batch_messages_max;
    char webhook[NOTIFIER_CHANNEL_MAX][ORDERS_PATH_BYTES_MAX]; /* empty: not delivered */
    uint32_t max_attempts, backoff_base_ms, backoff_max_ms, timeout_ms;
    uint32_t host_connections, in_flight;
    uint32_t poll_ms;  /* the outbox is looked at this often for due retries */
    uint32_t lease_ms; /* a claimed row is not claimed again (anywhere) before this */
    bool inbox;        /* --inbox: every core consumes the inbox table (gateway/app/inbox_feed.h) */
    uint32_t inbox_lease_ms; /* --inbox-lease: an inbox row's claim lasts this long at most */
};

struct loop;
struct orders_app;
struct orders_core;

/* Process-wide: applies the migrations (blocking, start-up only) and keeps the settings.
 * Returns 0 with *out NULL when cfg->pg_uri is empty (off), 0 with *out set, or 1 after
 * logging why (the database is unreachable or the migrations failed). Main thread, before
 * the cores start. */
int orders_init(struct orders_app **out, const struct orders_config *cfg);
/* After every core stopped. NULL: nothing. */
void orders_free(struct orders_app *oa);

/* What the store said of one submitted message (io/order_store.h's outcome). */
typedef void (*orders_done_fn)(void *ctx, uint64_t tag, const struct order_store_outcome *o);

/* On core `l`'s thread before it serves: its store (connecting in the background) and, on
 * core 0, the notifier. */
struct orders_core *orders_core_start(struct orders_app *oa, struct loop *l, unsigned core);
/* Who gets every submitted message's outcome (the pipeline's core, set as it starts). */
void orders_core_on_done(struct orders_core *oc, orders_done_fn done, void *ctx);
/* On the same thread after the loop ended: messages still in flight complete as CLOSED. */
void orders_core_stop(struct orders_core *oc);

/* Submit one finished message (see order_store_submit for the refusals: -ENOTCONN means the
 * database is unreachable, answer 503 at once). The batch is committed at the end of this
 * loop pass. */
int orders_submit(struct orders_core *oc, const struct order_store_message *m, uint64_t tag);
/* Whether webhooks take messages of this outbox channel ("orders", ...). */
bool orders_notifies(const struct orders_app *oa, const char *channel);
/* The same, from a core's state. */
bool orders_core_notifies(const struct orders_core *oc, const char *channel);
/* This core has a database connection (new messages can be stored). */
bool orders_core_connected(const struct orders_core *oc);
/* The database URI when --inbox is on, else NULL. */
const char *orders_inbox_uri(const struct orders_app *oa);
/* --inbox-lease in milliseconds (0: the inbox's default). */
uint32_t orders_inbox_lease_ms(const struct orders_app *oa);
/* Every core has one: /readyz. Any thread. */
bool orders_ready(const struct orders_app *oa);
/* The core's store, for the read-back endpoints (routes_orders.c). */
struct order_store *orders_core_store(struct orders_core *oc);

#endif
