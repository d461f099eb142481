/* messages.h — the order pipeline served over HTTP: POST /v1/messages, GET /v1/menu,
 * GET /v1/stats, per-stage histograms in /metrics, results published as SSE `result` events.
 *
 * Built once before the cores start (messages_init) and shared read-only by every core: the
 * menu, the embed engine (one per process), the order pipeline. Each core lazily gets its own
 * completion queue, eventfd (watched through its ring with loop_async), a fixed table of
 * MESSAGES_JOBS_PER_CORE jobs (one per message in flight), a fixed table of requests and a
 * JSON arena (json_arena.h).
 *
 * A message's life on its core: the handler counts the body's messages, takes a request
 * and keeps jobs for them (or puts the request in line for jobs), and returns with the
 * exchange held. Within a budget of work per loop pass (messages_internal.h), the handler,
 * the completion callback and a callback re-armed for the next pass parse and check the
 * messages, runs order_prepare (and, on a backend with a
 * tokenizer, tokenizes) and submits their texts to the engine; and for the messages the
 * engine returned, runs order_finish and writes the result JSON straight into the response,
 * counts it, publishes it to the event streams (when any is open) and, once every message
 * of the request is done, answers the exchange (or drops the result when the connection is
 * gone). docs/api.md has the wire formats and every error. */
#ifndef BRIGADE_GATEWAY_MESSAGES_H
#define BRIGADE_GATEWAY_MESSAGES_H

#include "gateway/cli/config.h"

struct router;

enum {
    MESSAGES_JOBS_PER_CORE = 512, /* messages in flight per core (power of two: cq size) */
    MESSAGES_LINES_MAX = 256,     /* messages in one NDJSON request (413 beyond) */
    MESSAGES_RETRY_AFTER_S = 1,   /* Retry-After of a 503 when the core or engine is full */
};
_Static_assert((MESSAGES_JOBS_PER_CORE & (MESSAGES_JOBS_PER_CORE - 1)) == 0,
               "the completion queue's capacity is a power of two");
_Static_assert(MESSAGES_LINES_MAX <= MESSAGES_JOBS_PER_CORE,
               "one request's messages fit in one core's job table");

/* Loads the menu (cfg->menu: a CSV path, or "db" for memcached/PostgreSQL through
 * menu_source_read), the understanding and the model, starts the engine and builds the
 * pipeline. Returns 0 (also when cfg->menu is empty: the endpoints then answer 503 no_menu),
 * or 1 after logging why. Before server_run, on the main thread. */
int messages_init(const struct config *cfg);
/* After server_run returned (every core stopped): stops the engine, drops what it still
 * finished, frees everything. Safe when messages_init failed or was not called. */
void messages_free(void);

/* Adds POST /v1/messages, GET /v1/menu and GET /v1/stats, and the stage histograms and
 * message counters to /metrics. Start-up only. */
void routes_messages_register(struct router *r);

#endif
