/* messages.h — the order pipeline served over HTTP: POST /v1/messages, GET /v1/menu,
 * GET /v1/stats, per-stage histograms in /metrics, results published as SSE `result` events.
 *
 * Built once before the cores start (messages_init, an object the serve command owns) and
 * shared read-only by every core: the menu, the embed engine (one per process), the order
 * pipeline. Each core gets its own completion queue, eventfd (watched through its ring with
 * loop_async), a fixed table of MESSAGES_JOBS_PER_CORE jobs (one per message in flight), a
 * fixed table of requests and a JSON arena (json_arena.h) when its loop starts
 * (messages_core_start, from the app's core_start hook).
 *
 * A message's life on its core: the handler counts the body's messages, takes a request
 * and keeps jobs for them (or puts the request in line for jobs), and returns with the
 * exchange held. Within a budget of work per loop pass (messages_internal.h), the handler,
 * the completion callback and a callback re-armed for the next pass parse and check the
 * messages, run order_prepare (and, on a backend with a tokenizer, tokenize) and submit
 * their texts to the engine; and for the messages the engine returned, run order_finish,
 * write the result JSON straight into the response, count it, publish it to the event
 * streams (when any is open) and, once every message of the request is done, answer the
 * exchange (or drop the result when the connection is gone). docs/api.md has the wire
 * formats and every error. */
#ifndef BRIGADE_GATEWAY_MESSAGES_H
#define BRIGADE_GATEWAY_MESSAGES_H

#include <stdint.h>

#include "embed/thread_place.h"
#include "io/inbox.h"

struct loop;
struct messages_app;
struct messages_core;
struct orders_core;
struct router;
struct sse_hub;

enum {
    MESSAGES_CORES_MAX = 256,
    MESSAGES_PATH_BYTES_MAX = 4096,
    MESSAGES_JOBS_PER_CORE = 512, /* messages in flight per core (power of two: cq size) */
    MESSAGES_LINES_MAX = 256,     /* messages in one NDJSON request (413 beyond) */
    MESSAGES_RETRY_AFTER_S = 1,   /* Retry-After of a 503 when the core or engine is full */
};
_Static_assert((MESSAGES_JOBS_PER_CORE & (MESSAGES_JOBS_PER_CORE - 1)) == 0,
               "the completion queue's capacity is a power of two");
_Static_assert(MESSAGES_LINES_MAX <= MESSAGES_JOBS_PER_CORE,
               "one request's messages fit in one core's job table");

/* The pipeline's settings (flags of `brigade serve`, docs/operations.md). */
struct messages_config {
    unsigned cores;                          /* serving cores: sizes the engine's queue */
    char menu[MESSAGES_PATH_BYTES_MAX];      /* CSV path, "db", or empty: no pipeline */
    char model_dir[MESSAGES_PATH_BYTES_MAX]; /* empty: no model */
    char backend[MESSAGES_PATH_BYTES_MAX];   /* "lexical", "cpu" or "cuda" */
    unsigned compute_threads;                /* the cpu backend's math threads */
    struct thread_place engine_place;        /* the engine thread's and its pool's */
    unsigned cuda_device;
    char cuda_precision[MESSAGES_PATH_BYTES_MAX]; /* "bf16", "fp16" or "fp32" */
    char cpu_precision[MESSAGES_PATH_BYTES_MAX];  /* "f32", "bf16", "f16"; "": native */
    char understanding[MESSAGES_PATH_BYTES_MAX];  /* empty: the built-in one */
    char pg_uri[MESSAGES_PATH_BYTES_MAX];         /* --menu db: PostgreSQL */
    char memcached[MESSAGES_PATH_BYTES_MAX];      /* --menu db: memcached servers */
    uint64_t text_bytes_max;
    uint64_t batch_tokens_max;
    uint64_t batch_sequences_max;
    uint64_t batch_deadline_us;
    uint64_t embed_cache_entries; /* the engine's embedding cache bounds (0: off) */
    uint64_t embed_cache_bytes;
    /* Texts of at least offload_bytes are understood on one of offload_threads workers
     * (placed like the engine) instead of on the serving core; 0 threads: all on the core. */
    unsigned offload_threads;
    uint64_t offload_bytes;
};

/* Loads the menu (cfg->menu: a CSV path, or "db" for memcached/PostgreSQL through
 * menu_source_read), the understanding and the model, starts the engine and builds the
 * pipeline; results are published on `hub`. `cfg` is copied. Returns 0 with *out set (also
 * when cfg->menu is empty: the endpoints then answer 503 no_menu), or 1 after logging why
 * (*out NULL). Before the cores start, on the main thread. */
int messages_init(struct messages_app **out, const struct messages_config *cfg,
                  struct sse_hub *hub);
/* After every core stopped: stops the engine, drops what it still finished, frees
 * everything. NULL: nothing. */
void messages_free(struct messages_app *ma);

/* On core `l`'s thread, before it serves: the core's state (job table, completion queue,
 * its eventfd watched by the loop), or NULL when the pipeline is off. With `orders` (--pg)
 * every finished message is stored before it is answered (gateway/app/orders.h). */
struct messages_core *messages_core_start(struct messages_app *ma, struct loop *l,
                                          struct orders_core *orders);
/* On the same thread after the core's loop ended: waits for the messages the engine still
 * holds for this core and drops their results. The state stays readable (/metrics on other
 * cores) until messages_free. */
void messages_core_stop(struct messages_app *ma, struct messages_core *mc);

/* Inbox rows (gateway/app/inbox_feed.c, --inbox): a row runs through the same pipeline as a
 * POST /v1/messages body {"id": client_id, "customer": customer, "text": text}, without an
 * exchange, and its rows are stored with `inbox_id` so the same transaction consumes the
 * row (io/order_store.h). `fn` gets each row's outcome once, on the core's thread, never
 * inside messages_submit_inbox: INBOX_CONSUMED (stored, or stored before under its client
 * id), INBOX_FAILED (it can never be: `error` says why; nothing was stored) or INBOX_RETRY
 * (not stored now: the database or the pipeline was unavailable). */
typedef void (*messages_inbox_fn)(void *ctx, int64_t inbox_id, enum inbox_outcome outcome,
                                  const char *error);
void messages_core_on_inbox(struct messages_core *mc, messages_inbox_fn fn, void *ctx);
/* Queues row `inbox_id` for the core's next pass. 0 (fn will be called once), or without
 * calling it: -ENOTCONN (the core has no database connection), -EBUSY (no request slot or
 * job free now: try again later), -EINVAL (no store on this core, or no text). */
int messages_submit_inbox(struct messages_core *mc, int64_t inbox_id, const char *client_id,
                          const char *customer, const char *text);

/* Adds POST /v1/messages, GET /v1/menu and GET /v1/stats, and the stage histograms and
 * message counters to /metrics. Start-up only. The handlers reach the app through their
 * core's state (gateway/app/app.h). */
void routes_messages_register(struct router *r, struct messages_app *ma);

#endif
