/* messages_internal.h — what messages.c (the app, per-core state, completions),
 * routes_messages.c (the handlers) and messages_metrics.c (rendering) share. Not for use
 * outside them. */
#ifndef BRIGADE_GATEWAY_MESSAGES_INTERNAL_H
#define BRIGADE_GATEWAY_MESSAGES_INTERNAL_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "embed/engine.h"
#include "gateway/app/json_arena.h"
#include "gateway/app/messages.h"
#include "gateway/net/offload.h"
#include "gateway/obs/histogram.h"
#include "gateway/app/store_record.h"
#include "gateway/order/pipeline.h"
#include "kernels/assert.h"

#define MESSAGES_ASSERT(cond) BRIGADE_ASSERT(cond)

/* Stages timed per message on its core (parse .. match, total) or per engine batch (queue,
 * embed: the engine thread is their only writer). */
enum messages_stage {
    MESSAGES_STAGE_PARSE,    /* JSON parse and field checks */
    MESSAGES_STAGE_EXTRACT,  /* order_prepare */
    MESSAGES_STAGE_TOKENIZE, /* on the core; only backends with a tokenizer */
    MESSAGES_STAGE_QUEUE,    /* per batch: oldest request's wait in the engine queue */
    MESSAGES_STAGE_EMBED,    /* per batch: the backend's forward pass */
    MESSAGES_STAGE_MATCH,    /* order_finish + result JSON */
    MESSAGES_STAGE_TOTAL,    /* handler entry to the message's result */
    MESSAGES_STAGE_MAX,
};

/* Why a message got no result (the error object's code, counted in /metrics). */
enum messages_error {
    MESSAGES_ERROR_INVALID_JSON,
    MESSAGES_ERROR_INVALID_FIELD,
    MESSAGES_ERROR_EMPTY_TEXT,
    MESSAGES_ERROR_INVALID_UTF8,
    MESSAGES_ERROR_TEXT_TOO_LARGE,
    MESSAGES_ERROR_EMBED_FAILED,
    MESSAGES_ERROR_DATABASE_UNAVAILABLE, /* --pg: no connection, or it broke mid-commit (503) */
    MESSAGES_ERROR_NOT_STORED,           /* --pg: the database refused this message (500) */
    MESSAGES_ERROR_MAX,
};

enum {
    MESSAGES_TOKENS_SPECIALS = 4, /* ids kept per text for [CLS]/[SEP] or <s></s>, with room */
    MESSAGES_REQUESTS_PER_CORE = MESSAGES_JOBS_PER_CORE, /* requests in flight per core */
    MESSAGES_NIL = UINT32_MAX,
    MESSAGES_CUSTOMER_BYTES_MAX = 256, /* the customer field as stored (longer: cut) */
    MESSAGES_ORDER_ID_ROOM = 40,       /* `, "order_id": N` spliced into a stored result */
    /* Work a core does for messages per loop pass (parse and order_prepare of new messages,
     * order_finish of returned ones) before it yields to the rest of the loop: one more
     * message may overrun it, so a pass is bounded by this plus one message. */
    MESSAGES_PASS_BUDGET_NS = 500 * 1000,
    /* A message expected to need more than what is left of the budget starts only while the
     * pass has spent at most this: a long text (a 4 KB one is about 2 ms) then opens a pass
     * instead of running on top of a spent budget, so a pass holds the budget or about one
     * long message, not their sum. */
    MESSAGES_PASS_LONG_START_NS = MESSAGES_PASS_BUDGET_NS / 4,
    MESSAGES_ERROR_MESSAGE_BYTES_MAX = 160, /* an error object's message, NUL included */
    MESSAGES_ERROR_LINE_BYTES_MAX = 2048,   /* an error line (id and message escaped) */
    MESSAGES_JSON_ARENA_BYTES = 64 * 1024,  /* one message's cJSON tree, per core */
    /* Bodies kept for later passes, per core: a request that would go past it is answered
     * 503 (its messages already submitted first), so waiting requests cannot pin memory
     * without bound. */
    MESSAGES_KEPT_BODY_BYTES_MAX = 64 * 1024 * 1024,
    /* A request slot keeps its body and stage buffers up to this size for the next request;
     * larger ones (a big batch's) shrink back to it when the request is done. */
    MESSAGES_SLOT_BUFFER_KEPT_BYTES = 128 * 1024,
};
_Static_assert(MESSAGES_REQUESTS_PER_CORE < MESSAGES_NIL, "request indexes fit");

struct http_exchange;
struct loop;
struct messages_request;

/* One message in flight; lives in its core's job table. */
struct messages_job {
    struct embed_request req; /* req.user points back here */
    struct messages_core *core;
    struct order_work *work; /* created on first use, kept */
    float *vectors;          /* ORDER_EMBED_TEXTS_MAX rows of the engine's dim */
    int32_t *ids;            /* tokenizer backends: ids of every text, back to back */
    int32_t cu_seqlens[ORDER_EMBED_TEXTS_MAX + 1];
    struct messages_request *owner;
    /* --pg: the result JSON kept while its rows are committed (allocated at first use, with
     * room for the order id), and the customer as given */
    char *stored;
    size_t stored_len;
    uint8_t category, status; /* of the stored result, for the counters */
    char customer[MESSAGES_CUSTOMER_BYTES_MAX];
    uint32_t line;      /* index of the message in its request */
    uint32_t next_free; /* free list, or the list of jobs that needed no embedding */
    /* A long text is prepared on an offload worker (messages_prepare.c): its id and text
     * are copied here (the text buffer allocated at the job's first offload, then kept),
     * and the worker leaves its outcome and timings for the core to record. */
    struct offload_task task;
    char *text;
    size_t text_len;
    char id[ORDER_ID_BYTES_MAX];
    bool has_id;
    int prepare_rc;
    uint64_t prepare_ns, tokenize_ns; /* tokenize_ns 0: not tokenized */
};

/* A line's output that completed ahead of its turn, kept in its request's stage buffer until
 * the lines before it are written (len 0: none). */
struct messages_line {
    uint32_t off, len;
};

/* One POST /v1/messages, in its core's request table (sized at start-up). Its messages run
 * in request order, a few per loop pass (see messages_pass); their outputs go straight into
 * the response body (http_exchange_reserve) when every line before them is written, or to
 * the stage buffer until then, so the response lists them in request order. */
struct messages_request {
    uint64_t exchange; /* http_exchange_id */
    uint64_t start_ns;
    uint32_t lines;    /* messages in the body */
    uint32_t parsed;   /* messages run so far: the next one to parse */
    uint32_t pending;  /* at the engine */
    uint32_t written;  /* outputs in the response so far (the order index) */
    uint32_t reserved; /* jobs kept for the messages not run yet */
    uint32_t next;     /* the free list or the backlog (MESSAGES_NIL ends both) */
    bool in_use;
    bool ndjson;
    bool overloaded; /* a submit was refused: answer 503 once the submitted ones are back */
    bool answered;   /* a single message got its error answer already */
    bool gone;       /* the connection went away: outputs are dropped */
    /* > 0: an inbox row (no exchange: outputs are dropped); its outcome so far (RETRY until
     * stored or found unprocessable) goes to the core's inbox_fn when the request ends. */
    int64_t inbox_id;
    enum inbox_outcome inbox_outcome;
    char inbox_error[MESSAGES_ERROR_MESSAGE_BYTES_MAX];
    /* A single message's Idempotency-Key header: its id when the body gives none. */
    char idempotency_key[ORDER_ID_BYTES_MAX];
    struct messages_line *out; /* [MESSAGES_LINES_MAX] */
    char *stage;               /* outputs that completed ahead of their turn */
    size_t stage_len, stage_cap;
    char *body; /* the messages not run yet, copied when the request spans passes */
    size_t body_len, body_cap, body_at;
};

struct messages_core {
    struct messages_app *app;
    struct orders_core *orders;   /* NULL without --pg: results are answered at once */
    struct store_record record;   /* scratch: the finished message as rows */
    struct loop *loop;            /* the core it belongs to */
    struct offload_port *offload; /* NULL: every message is prepared on the core */
    bool stopping;                /* the loop ended: returning offloaded jobs are dropped */
    struct embed_cq cq;
    int eventfd;
    struct messages_job *jobs;
    uint32_t free_head, free_count;
    /* jobs whose message needed no embedding (n_embed 0), finished in the next pass without
     * the engine, FIFO through next_free */
    uint32_t unembedded_head, unembedded_tail;
    uint32_t jobs_reserved;            /* of free_count: kept for requests' messages not run yet */
    size_t kept_body_bytes;            /* bodies of requests in the backlog or waiting line */
    struct messages_request *requests; /* [MESSAGES_REQUESTS_PER_CORE] */
    uint32_t request_free;
    uint32_t backlog_head, backlog_tail; /* requests with messages left to run, FIFO */
    uint32_t waiting_head, waiting_tail; /* requests waiting for jobs to reserve, FIFO */
    uint64_t budget_pass;                /* the loop pass budget_used_ns is for (its time) */
    uint64_t budget_used_ns;             /* message work done in that pass */
    /* starting a message (parse, prepare, submit): ns per KiB of its line, recent average */
    uint64_t start_ns_per_kib;
    bool pass_armed;         /* messages_pass runs in the next pass */
    struct json_arena arena; /* cJSON trees of the message being parsed */
    /* Written by this core only; /metrics and /v1/stats read them from any core (relaxed,
     * like gateway/obs/metrics.h: a scrape may be a message behind). */
    struct histogram stages[MESSAGES_STAGE_MAX];
    uint64_t results[ORDER_CATEGORY_MAX][ORDER_STATUS_MAX];
    uint64_t errors[MESSAGES_ERROR_MAX];
    uint64_t deferred_passes;          /* passes that left message work to the next one */
    uint64_t embedded_messages;        /* messages prepared for the engine (with 0 texts too) */
    uint64_t embedded_texts;           /* their texts (sequences) submitted */
    uint64_t embedded_tokens;          /* their tokens (backends with a tokenizer) */
    uint64_t offloaded_messages;       /* prepared on an offload worker */
    uint64_t inbox[INBOX_OUTCOME_MAX]; /* inbox rows by outcome */
    messages_inbox_fn inbox_fn;        /* NULL: no inbox on this core */
    void *inbox_ctx;
    struct order_result result; /* scratch for order_finish */
    char json[ORDER_RESULT_JSON_MAX + 1];
};

struct messages_app {
    struct messages_config cfg;
    struct sse_hub *hub; /* results are published here */
    bool ready;          /* a pipeline was built */
    struct menu menu;
    const char *menu_source; /* "csv", "memcached", "postgresql" */
    struct order_understanding *understanding;
    struct model *model;
    struct engine *engine;
    struct order_pipeline *pipeline;
    struct offload_pool *offload; /* NULL: --offload-threads 0 */
    size_t dim;
    size_t ids_per_job; /* 0: the backend reads texts */
    char *menu_json;
    size_t menu_json_len;
    atomic_bool serving;                   /* batches before this are start-up work: not timed */
    struct histogram *batch_stages;        /* [QUEUE], [EMBED] used: written by the engine thread */
    _Atomic uint64_t embed_batches_failed; /* engine batches with a non-zero status */
    /* Set by each core's start hook; read by /metrics and /v1/stats on any core. */
    _Atomic(struct messages_core *) cores[MESSAGES_CORES_MAX];
};

uint64_t messages_now_ns(void);
const char *messages_error_code(enum messages_error e);
const char *messages_stage_name(enum messages_stage s);

/* A free job, or NULL when all MESSAGES_JOBS_PER_CORE are in flight. */
struct messages_job *messages_job_take(struct messages_core *mc);
void messages_job_release(struct messages_core *mc, struct messages_job *j);
/* Charge `ns` of work to this loop pass's budget; true while some of it is left. */
bool messages_budget_charge(struct messages_core *mc, uint64_t ns);
bool messages_budget_left(struct messages_core *mc);
/* May a message whose line has `bytes` start in this pass (MESSAGES_PASS_LONG_START_NS)?
 * When not, the rest of the pass's budget is spent: the message opens the next pass. */
bool messages_budget_fits(struct messages_core *mc, size_t bytes);
/* Learn what starting a message (parse, prepare, submit) of `bytes` cost: `ns`. */
void messages_budget_learn(struct messages_core *mc, size_t bytes, uint64_t ns);
/* Make messages_pass run in the next loop pass (idempotent). */
void messages_pass_arm(struct messages_core *mc);
/* A job or a reservation was given back: the waiting line's first may fit now, so the next
 * pass looks (messages_admit_waiting). Nothing when nobody waits. */
void messages_waiting_recheck(struct messages_core *mc);

/* A job whose message needs no embedding: finished like one the engine returned, in the
 * next pass (never inline: its request may still be parsing its next lines). */
void messages_finish_unembedded(struct messages_core *mc, struct messages_job *j);

/* messages_requests.c: the request table and the ordered output. */
void messages_requests_init(struct messages_core *mc);
void messages_requests_free(struct messages_core *mc);
/* A free request with `lines` messages for exchange `x`, or NULL when the table is full. */
struct messages_request *messages_request_take(struct messages_core *mc, struct http_exchange *x,
                                               uint32_t lines, bool ndjson, uint64_t start_ns);
/* Keep a job for each of the request's messages; false when fewer are free (neither at the
 * engine nor kept for other requests). */
bool messages_request_reserve(struct messages_core *mc, struct messages_request *rq);
/* Line `line`'s output: room for n bytes (the output, its NUL or new line included) at the
 * place it goes (the response, or the stage buffer when earlier lines are not written yet, or
 * mc->json when the output is dropped), then messages_output_commit with the bytes used. */
char *messages_output_reserve(struct messages_core *mc, struct messages_request *rq, uint32_t line,
                              size_t n);
void messages_output_commit(struct messages_core *mc, struct messages_request *rq, uint32_t line,
                            size_t used);
/* Line `line`'s {"id": ..., "error": {"code": ..., "message": ...}}, with no allocation. */
void messages_output_error(struct messages_core *mc, struct messages_request *rq, uint32_t line,
                           const char *id, enum messages_error e, const char *message);
/* 503 overloaded with Retry-After. */
void messages_respond_overloaded(struct http_exchange *x);
/* An inbox request's outcome as far as known (see struct messages_request). */
void messages_inbox_note(struct messages_request *rq, enum inbox_outcome outcome,
                         const char *error);
/* s as a JSON string (quotes included) at out, which has room for 6 * strlen(s) + 2 bytes;
 * returns the end. */
char *messages_json_string(char *out, const char *s);
/* routes_messages.c: a request whose body is kept joins the backlog (runs in later passes);
 * false when the core keeps too many bodies already (the request is then finished). */
bool messages_request_enqueue(struct messages_core *mc, struct messages_request *rq,
                              const char *body, size_t len);

/* One job reservation of the request is no longer needed (its message ran or never will). */
void messages_request_unreserve(struct messages_core *mc, struct messages_request *rq, uint32_t n);
/* Answer the request if all its messages are done (run, back from the engine, written),
 * then give its slot back. Returns true when it did. */
bool messages_request_try_finish(struct messages_core *mc, struct messages_request *rq);
/* The request's exchange, or NULL (and the request marked gone) when its connection left. */
struct http_exchange *messages_request_exchange(struct messages_core *mc,
                                                struct messages_request *rq);

/* routes_messages.c: admit the waiting requests that now have jobs (or refuse those that
 * never will), then run the backlog's messages while this pass's budget lasts. */
void messages_backlog_run(struct messages_core *mc);

/* messages_prepare.c: a checked message on its way to the engine. */
/* Prepare job j for the engine: order_prepare, then tokenize (backends with a tokenizer)
 * and its embed request. Thread-safe (an offload worker calls it); it writes j alone and
 * leaves its timings in j. Returns 0, -E2BIG (too long) or another negative (blank). */
int messages_prepare(const struct messages_app *ma, struct messages_job *j, const char *id,
                     size_t id_len, const char *text, size_t len);
/* Records a prepared job's timings in the core's stage histograms. */
void messages_prepare_record(struct messages_core *mc, const struct messages_job *j);
/* Submits a prepared job as line `line` of rq (counted in rq->pending). Returns 0, or -EAGAIN
 * when the engine is full (the job is then released). */
int messages_submit_prepared(struct messages_core *mc, struct messages_request *rq,
                             struct messages_job *j, uint32_t line);
/* Whether a text of `len` bytes is prepared on an offload worker. */
bool messages_offloads(const struct messages_core *mc, size_t len);
/* Hands job j (customer copied) with its id and text to an offload worker as line `line` of
 * rq, counted in rq->pending; the core submits or refuses it when it comes back. */
void messages_offload(struct messages_core *mc, struct messages_request *rq, struct messages_job *j,
                      uint32_t line, const char *id, size_t id_len, const char *text, size_t len);
/* order_prepare's failure rc as the error code and message answered for it. */
enum messages_error messages_prepare_error(int rc, const char **message);

/* routes_messages.c: a message that cannot be analysed gets its error object (an error line
 * of an NDJSON request, or the request's answer); counted. */
void messages_refuse_line(struct messages_core *mc, struct messages_request *rq, uint32_t line,
                          const char *id, enum messages_error e, const char *message);
/* The request runs no more messages (overloaded, or its connection left). */
void messages_request_stop(struct messages_core *mc, struct messages_request *rq);

/* messages_store.c (--pg): a finished message is stored before it is answered. */
/* Submit job j's finished result (in mc->result, its JSON in j->stored); false when the
 * store refused it at once (the line is then answered with the error). On true the job
 * stays held, and counted in rq->pending, until messages_on_stored. */
bool messages_store(struct messages_core *mc, struct messages_request *rq, struct messages_job *j);
/* The store's outcome for a job (an orders_done_fn; ctx is the messages_core). */
void messages_on_stored(void *ctx, uint64_t tag, const struct order_store_outcome *o);
/* A result into its line, counted and published to event streams (both paths). */
void messages_put_result(struct messages_core *mc, struct messages_request *rq, uint32_t line,
                         const char *json, size_t len, enum order_category category,
                         enum order_status status);

/* messages_metrics.c: `user` is the struct messages_app (a metrics section). */
char *messages_metrics_render(void *user, size_t *len);
/* GET /v1/stats body (malloc'd). */
char *messages_stats_json(const struct messages_app *ma, size_t *len);

#endif
