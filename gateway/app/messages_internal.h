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
#include "gateway/app/messages.h"
#include "gateway/obs/histogram.h"
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
    MESSAGES_ERROR_MAX,
};

enum {
    MESSAGES_TOKENS_SPECIALS = 4, /* ids kept per text for [CLS]/[SEP] or <s></s>, with room */
};

struct loop;
struct messages_request;

/* One message in flight; lives in its core's job table. */
struct messages_job {
    struct embed_request req; /* req.user points back here */
    struct order_work *work;  /* created on first use, kept */
    float *vectors;           /* ORDER_EMBED_TEXTS_MAX rows of the engine's dim */
    int32_t *ids;             /* tokenizer backends: ids of every text, back to back */
    int32_t cu_seqlens[ORDER_EMBED_TEXTS_MAX + 1];
    struct messages_request *owner;
    uint32_t line;      /* index of the message in its request */
    uint32_t next_free; /* free list */
};

struct messages_line {
    uint32_t off, len; /* result or error object in the request's buffer */
};

/* One POST /v1/messages: its messages' outputs, collected as they complete. */
struct messages_request {
    uint64_t exchange; /* http_exchange_id */
    uint64_t start_ns;
    uint32_t lines, pending;
    bool ndjson;
    bool overloaded; /* a submit was refused: answer 503 once the submitted ones are back */
    struct messages_line *out;
    char *buf;
    size_t len, cap;
};

struct messages_core {
    struct messages_app *app;
    struct loop *loop; /* the core it belongs to */
    struct embed_cq cq;
    int eventfd;
    struct messages_job *jobs;
    uint32_t free_head, free_count;
    /* Written by this core only; /metrics and /v1/stats read them from any core (relaxed,
     * like gateway/obs/metrics.h: a scrape may be a message behind). */
    struct histogram stages[MESSAGES_STAGE_MAX];
    uint64_t results[ORDER_CATEGORY_MAX][ORDER_STATUS_MAX];
    uint64_t errors[MESSAGES_ERROR_MAX];
    void *inputs;               /* routes_messages.c: one request's parsed messages */
    struct order_result result; /* scratch for order_finish */
    char json[ORDER_RESULT_JSON_MAX];
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
/* Append bytes as line `line`'s output. */
void messages_request_put(struct messages_request *rq, uint32_t line, const char *s, size_t n);
/* Answer the request (every message done) and free it. */
void messages_request_finish(struct loop *l, struct messages_request *rq);
void messages_request_free(struct messages_request *rq);
/* Append {"id": ..., "error": {"code": ..., "message": ...}} as line `line`. */
void messages_request_put_error(struct messages_request *rq, uint32_t line, const char *id,
                                enum messages_error e, const char *message);

/* routes_messages.c: room for one request's parsed messages (a core's `inputs`, made when
 * the core starts: no allocation per request). */
void *messages_inputs_new(void);

/* messages_metrics.c: `user` is the struct messages_app (a metrics section). */
char *messages_metrics_render(void *user, size_t *len);
/* GET /v1/stats body (malloc'd). */
char *messages_stats_json(const struct messages_app *ma, size_t *len);

#endif
