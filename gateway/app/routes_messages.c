/* routes_messages.c — POST /v1/messages, GET /v1/menu, GET /v1/stats (see messages.h and
 * docs/api.md). */
#define _GNU_SOURCE
#include "gateway/app/messages_internal.h"

#include "gateway/app/app.h"

#include <cJSON.h>
#include <errno.h>
#include <string.h>
#include <strings.h>

#include "gateway/http/http_session.h"
#include "gateway/http/json_strict.h"
#include "gateway/http/router.h"
#include "gateway/net/loop.h"
#include "gateway/obs/metrics.h"

enum {
    MESSAGES_ERROR_MESSAGE_MAX = 160,
    MESSAGES_ID_NUMBER_BYTES = 32, /* "%.17g" of a double */
};
/* " at offset " and up to 20 digits after a json_strict message (json_strict_describe). */
_Static_assert((int)JSON_STRICT_MESSAGE_BYTES_MAX + 32 <= (int)MESSAGES_ERROR_MESSAGE_MAX,
               "json_strict's messages are copied whole");

static const char messages_ndjson_type[] = "application/x-ndjson";

/* A NUL in either would cut the C string the pipeline gets ("one Falafel\u0000 Wrap no
 * onions" would lose its modifier), and an id must come back exactly as it was sent. */
static const struct json_strict_field messages_fields[] = {
    {"id", JSON_STRICT_NO_NUL | JSON_STRICT_INT53},
    {"text", JSON_STRICT_NO_NUL},
    {NULL, 0},
};

/* One message of a request body, checked; points into `json`, which it owns. */
struct messages_input {
    cJSON *json;
    const char *id; /* NULL: none */
    size_t id_len;
    char id_number[MESSAGES_ID_NUMBER_BYTES];
    const char *text;
    size_t len;
    bool bad;
    enum messages_error error;
    char message[MESSAGES_ERROR_MESSAGE_MAX];
};

static bool messages_bad(struct messages_input *in, enum messages_error e, const char *message)
{
    in->bad = true;
    in->error = e;
    snprintf(in->message, sizeof(in->message), "%s", message);
    return false;
}

static bool messages_bad_strict(struct messages_input *in, enum messages_error error,
                                const struct json_strict_error *e)
{
    in->bad = true;
    in->error = error;
    json_strict_describe(e, in->message, sizeof(in->message));
    return false;
}

/* The optional "id": a string, or a number written as `brigade analyze` writes it (an integer
 * within 2^53, json_strict_check_text made sure, so "%.17g" gives back its digits). */
static bool messages_check_id(struct messages_input *in, const cJSON *id)
{
    if (!id || cJSON_IsNull(id))
        return true;
    if (cJSON_IsNumber(id)) {
        snprintf(in->id_number, sizeof(in->id_number), "%.17g", id->valuedouble);
        in->id = in->id_number;
    } else if (cJSON_IsString(id)) {
        in->id = id->valuestring;
    } else {
        return messages_bad(in, MESSAGES_ERROR_INVALID_FIELD,
                            "field \"id\" must be a string or a number");
    }
    in->id_len = strlen(in->id);
    if (in->id_len >= ORDER_ID_BYTES_MAX) {
        in->id = NULL; /* not echoed back either */
        return messages_bad(in, MESSAGES_ERROR_INVALID_FIELD, "field \"id\" is too long");
    }
    return true;
}

/* The checks cJSON leaves out (json_strict.h), on the text s[0..n) it parsed into in->json.
 * False with in->bad set on a problem of the text itself; a broken field rule is left in
 * *field_error (kind JSON_STRICT_OK when none) for the caller to report in turn. */
static bool messages_check_strict(const char *s, size_t n, struct messages_input *in,
                                  struct json_strict_error *field_error)
{
    if (!json_strict_check_text(s, n, messages_fields, field_error) &&
        field_error->kind != JSON_STRICT_INVALID_FIELD) {
        bool utf8 = field_error->kind == JSON_STRICT_INVALID_UTF8;
        return messages_bad_strict(
            in, utf8 ? MESSAGES_ERROR_INVALID_UTF8 : MESSAGES_ERROR_INVALID_JSON, field_error);
    }
    struct json_strict_error e;
    if (!json_strict_check_keys(in->json, &e))
        return messages_bad_strict(in, MESSAGES_ERROR_INVALID_JSON, &e);
    return true;
}

/* Parses and checks one message; false with in->bad set when it cannot be analysed. */
static bool messages_parse_one(const struct messages_app *ma, const char *s, size_t n,
                               struct messages_input *in)
{
    memset(in, 0, sizeof(*in));
    const char *end = NULL;
    in->json = cJSON_ParseWithLengthOpts(s, n, &end, false);
    if (!in->json)
        return messages_bad(in, MESSAGES_ERROR_INVALID_JSON, "the message is not valid JSON");
    for (size_t at = (size_t)(end - s); at < n; at++)
        if (s[at] != ' ' && s[at] != '\t' && s[at] != '\r' && s[at] != '\n')
            return messages_bad(in, MESSAGES_ERROR_INVALID_JSON,
                                "unexpected data after the JSON value");
    struct json_strict_error field_error;
    if (!messages_check_strict(s, n, in, &field_error))
        return false;
    if (!cJSON_IsObject(in->json))
        return messages_bad(in, MESSAGES_ERROR_INVALID_JSON, "the message must be a JSON object");
    /* A broken field rule is reported after the id is read, so an error line can echo a
     * good id; a bad id is not echoed. */
    bool id_broken = field_error.field && strcmp(field_error.field, "id") == 0;
    if (!id_broken && !messages_check_id(in, cJSON_GetObjectItemCaseSensitive(in->json, "id")))
        return false;
    if (field_error.kind != JSON_STRICT_OK)
        return messages_bad_strict(in, MESSAGES_ERROR_INVALID_FIELD, &field_error);
    const cJSON *customer = cJSON_GetObjectItemCaseSensitive(in->json, "customer");
    if (customer && !cJSON_IsNull(customer) && !cJSON_IsString(customer) &&
        !cJSON_IsObject(customer))
        return messages_bad(in, MESSAGES_ERROR_INVALID_FIELD,
                            "field \"customer\" must be a string or an object");
    const cJSON *text = cJSON_GetObjectItemCaseSensitive(in->json, "text");
    if (!text)
        return messages_bad(in, MESSAGES_ERROR_INVALID_FIELD, "field \"text\" is required");
    if (!cJSON_IsString(text))
        return messages_bad(in, MESSAGES_ERROR_INVALID_FIELD, "field \"text\" must be a string");
    in->text = text->valuestring;
    in->len = strlen(in->text);
    if (in->len == 0)
        return messages_bad(in, MESSAGES_ERROR_EMPTY_TEXT, "field \"text\" is empty");
    if (in->len > ma->cfg.text_bytes_max) {
        snprintf(in->message, sizeof(in->message), "field \"text\" is %zu bytes; the limit is %llu",
                 in->len, (unsigned long long)ma->cfg.text_bytes_max);
        in->bad = true;
        in->error = MESSAGES_ERROR_TEXT_TOO_LARGE;
        return false;
    }
    return true;
}

static bool messages_blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
            return false;
    return true;
}

/* Splits the body into messages (NDJSON: one per non-blank line) and parses each, timing
 * the parse stage. Returns how many, or -E2BIG beyond MESSAGES_LINES_MAX. */
static int messages_parse_body(struct messages_core *mc, const struct http_request *req,
                               bool ndjson, struct messages_input *in)
{
    const char *body = req->body ? req->body : "";
    size_t len = req->body_len;
    int n = 0;
    for (size_t at = 0; at < len || (!ndjson && n == 0);) {
        const char *nl = ndjson ? memchr(body + at, '\n', len - at) : NULL;
        size_t line_len = nl ? (size_t)(nl - (body + at)) : len - at;
        if (!ndjson || !messages_blank(body + at, line_len)) {
            if (n == MESSAGES_LINES_MAX) {
                for (int i = 0; i < n; i++)
                    cJSON_Delete(in[i].json);
                return -E2BIG;
            }
            uint64_t t0 = messages_now_ns();
            messages_parse_one(mc->app, body + at, line_len, &in[n++]);
            histogram_record(&mc->stages[MESSAGES_STAGE_PARSE], messages_now_ns() - t0);
        }
        at += line_len + (nl ? 1 : 0);
    }
    return n;
}

/* Tokenizes the job's texts on the core into its ids (backends with a tokenizer). */
static void messages_tokenize(struct messages_core *mc, struct messages_job *j)
{
    const struct messages_app *ma = mc->app;
    uint64_t t0 = messages_now_ns();
    const struct order_work *w = j->work;
    size_t at = 0, cap = ma->ids_per_job;
    j->cu_seqlens[0] = 0;
    for (size_t k = 0; k < w->n_embed; k++) {
        /* Keep room for the specials of the texts after this one, so none is left empty. */
        size_t reserve = (w->n_embed - k - 1) * MESSAGES_TOKENS_SPECIALS;
        MESSAGES_ASSERT(cap - at > reserve);
        at += engine_tokenize(ma->engine, w->embed_texts[k], w->embed_lens[k], j->ids + at,
                              cap - at - reserve);
        j->cu_seqlens[k + 1] = (int32_t)at;
    }
    j->req = (struct embed_request){
        .n_seqs = w->n_embed, .ids = j->ids, .cu_seqlens = j->cu_seqlens, .user = j};
    histogram_record(&mc->stages[MESSAGES_STAGE_TOKENIZE], messages_now_ns() - t0);
}

/* Prepares and submits one checked message. Returns 0 (submitted), -EAGAIN (the engine
 * is full: the job is back), or > 0: the messages_error + 1 that stopped it (in->message
 * says why). */
static int messages_submit(struct messages_core *mc, struct messages_request *rq, uint32_t line,
                           struct messages_input *in)
{
    const struct messages_app *ma = mc->app;
    struct messages_job *j = messages_job_take(mc);
    MESSAGES_ASSERT(j != NULL); /* the caller checked there were enough */
    uint64_t t0 = messages_now_ns();
    int rc = order_prepare(ma->pipeline, in->id, in->id_len, in->text, in->len, j->work);
    histogram_record(&mc->stages[MESSAGES_STAGE_EXTRACT], messages_now_ns() - t0);
    if (rc != 0) {
        messages_job_release(mc, j);
        bool big = rc == -E2BIG;
        messages_bad(in, big ? MESSAGES_ERROR_TEXT_TOO_LARGE : MESSAGES_ERROR_EMPTY_TEXT,
                     big ? "field \"text\" is too long" : "field \"text\" is blank");
        return (int)in->error + 1;
    }
    if (ma->ids_per_job)
        messages_tokenize(mc, j);
    else
        j->req = (struct embed_request){.n_seqs = j->work->n_embed,
                                        .texts = j->work->embed_texts,
                                        .lens = j->work->embed_lens,
                                        .user = j};
    j->req.out = j->vectors;
    j->req.cq = &mc->cq;
    rc = engine_submit(ma->engine, &j->req);
    if (rc != 0) {
        MESSAGES_ASSERT(rc == -EAGAIN); /* anything else is a malformed request: a bug */
        messages_job_release(mc, j);
        return rc;
    }
    j->owner = rq;
    j->line = line;
    rq->pending++;
    return 0;
}

static int messages_http_status(enum messages_error e)
{
    return e == MESSAGES_ERROR_TEXT_TOO_LARGE ? 413 : 400;
}

static void messages_overloaded(struct http_exchange *x)
{
    char retry[64];
    snprintf(retry, sizeof(retry), "Retry-After: %d\r\n", MESSAGES_RETRY_AFTER_S);
    static const char body[] =
        "{\"error\":{\"code\":\"overloaded\",\"message\":\"too many messages in flight\"}}";
    http_exchange_respond(x, 503, "application/json", body, sizeof(body) - 1, retry);
}

/* Runs the checked messages: error objects in place, the rest to the engine. */
static void messages_run(struct loop *l, struct messages_core *mc, struct http_exchange *x,
                         struct messages_request *rq, struct messages_input *in)
{
    for (uint32_t i = 0; i < rq->lines && !rq->overloaded; i++) {
        int rc = in[i].bad ? (int)in[i].error + 1 : messages_submit(mc, rq, i, &in[i]);
        if (rc == -EAGAIN) {
            rq->overloaded = true;
        } else if (rc > 0 && !rq->ndjson) {
            mc->errors[rc - 1]++;
            http_exchange_error(x, messages_http_status(in[i].error),
                                messages_error_code(in[i].error), in[i].message);
            messages_request_free(rq);
            return;
        } else if (rc > 0) {
            mc->errors[rc - 1]++;
            messages_request_put_error(rq, i, in[i].id, in[i].error, in[i].message);
        }
    }
    if (rq->pending == 0 && rq->overloaded) {
        messages_overloaded(x);
        messages_request_free(rq);
    } else if (rq->pending == 0) {
        messages_request_finish(l, rq);
    }
}

static bool messages_is_ndjson(const struct http_request *req)
{
    size_t n = sizeof(messages_ndjson_type) - 1;
    return req->content_type && req->content_type_len >= n &&
           strncasecmp(req->content_type, messages_ndjson_type, n) == 0;
}

void *messages_inputs_new(void)
{
    void *inputs = calloc(MESSAGES_LINES_MAX, sizeof(struct messages_input));
    MESSAGES_ASSERT(inputs != NULL);
    return inputs;
}

static void messages_post(struct http_exchange *x, const struct http_request *req, void *core)
{
    const struct app_core *ac = core;
    struct messages_core *mc = ac->messages; /* created when the core started: NULL, no menu */
    if (!mc) {
        http_exchange_error(x, 503, "no_menu", "the server runs without a menu (--menu)");
        return;
    }
    struct loop *l = ac->loop;
    uint64_t start_ns = messages_now_ns();
    MESSAGES_ASSERT(mc->inputs != NULL); /* messages_inputs_new, when the core started */
    struct messages_input *in = mc->inputs;
    bool ndjson = messages_is_ndjson(req);
    int n = messages_parse_body(mc, req, ndjson, in);
    if (n <= 0) {
        char message[MESSAGES_ERROR_MESSAGE_MAX];
        snprintf(message, sizeof(message), "more than %d messages", MESSAGES_LINES_MAX);
        if (n == -E2BIG)
            http_exchange_error(x, 413, "too_many_messages", message);
        else
            http_exchange_error(x, 400, "no_messages", "the body holds no message");
        return;
    }
    uint32_t wanted = 0;
    for (int i = 0; i < n; i++)
        wanted += !in[i].bad;
    if (wanted > mc->free_count) {
        messages_overloaded(x);
    } else {
        struct messages_request *rq = calloc(1, sizeof(*rq));
        MESSAGES_ASSERT(rq != NULL);
        rq->out = calloc((size_t)n, sizeof(*rq->out));
        MESSAGES_ASSERT(rq->out != NULL);
        rq->lines = (uint32_t)n;
        rq->ndjson = ndjson;
        rq->start_ns = start_ns;
        rq->exchange = http_exchange_id(x);
        messages_run(l, mc, x, rq, in);
    }
    for (int i = 0; i < n; i++)
        cJSON_Delete(in[i].json);
}

static void messages_menu(struct http_exchange *x, const struct http_request *req, void *core)
{
    (void)req;
    const struct messages_app *ma = ((const struct app_core *)core)->app->messages;
    if (!ma->ready) {
        http_exchange_error(x, 503, "no_menu", "the server runs without a menu (--menu)");
        return;
    }
    http_exchange_respond(x, 200, "application/json", ma->menu_json, ma->menu_json_len, NULL);
}

static void messages_stats(struct http_exchange *x, const struct http_request *req, void *core)
{
    (void)req;
    const struct messages_app *ma = ((const struct app_core *)core)->app->messages;
    size_t len;
    char *body = messages_stats_json(ma, &len);
    http_exchange_respond(x, 200, "application/json", body, len, "Cache-Control: no-store\r\n");
    free(body);
}

void routes_messages_register(struct router *r, struct messages_app *ma)
{
    router_add(r, HTTP_METHOD_POST, "/v1/messages", messages_post,
               ROUTER_BODY_JSON | ROUTER_BODY_NDJSON);
    router_add(r, HTTP_METHOD_GET, "/v1/menu", messages_menu, 0);
    router_add(r, HTTP_METHOD_GET, "/v1/stats", messages_stats, 0);
    metrics_route_register("/v1/messages");
    metrics_route_register("/v1/menu");
    metrics_route_register("/v1/stats");
    metrics_section_add(messages_metrics_render, ma);
}
