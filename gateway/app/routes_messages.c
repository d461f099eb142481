/* routes_messages.c — POST /v1/messages, GET /v1/menu, GET /v1/stats (see messages.h and
 * docs/api.md). */
#define _GNU_SOURCE
#include "gateway/app/messages_internal.h"

#include "gateway/app/orders.h"

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
    MESSAGES_ID_NUMBER_BYTES = 32, /* "%.17g" of a double */
};
/* " at offset " and up to 20 digits after a json_strict message (json_strict_describe). */
_Static_assert((int)JSON_STRICT_MESSAGE_BYTES_MAX + 32 <= (int)MESSAGES_ERROR_MESSAGE_BYTES_MAX,
               "json_strict's messages are copied whole");

static const char messages_ndjson_type[] = "application/x-ndjson";

/* A NUL in either would cut the C string the pipeline gets ("one Falafel\u0000 Wrap no
 * onions" would lose its modifier), and an id must come back exactly as it was sent. */
static const struct json_strict_field messages_fields[] = {
    {"id", JSON_STRICT_NO_NUL | JSON_STRICT_INT53},
    {"text", JSON_STRICT_NO_NUL},
    {NULL, 0},
};

/* One message of a request body, checked; points into `json`, which it owns (a tree in the
 * core's arena: see json_arena.h). */
struct messages_input {
    cJSON *json;
    const char *id; /* NULL: none */
    size_t id_len;
    char id_number[MESSAGES_ID_NUMBER_BYTES];
    const char *text;
    size_t len;
    bool bad;
    enum messages_error error;
    char message[MESSAGES_ERROR_MESSAGE_BYTES_MAX];
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

/* The next message of body[*at..len) (NDJSON: the next non-blank line; otherwise the whole
 * body, also when empty) in *s, *n; false when none is left. */
static bool messages_next(const char *body, size_t len, bool ndjson, size_t *at, const char **s,
                          size_t *n)
{
    if (!ndjson) {
        if (*at > len) /* past the end: the one message was taken */
            return false;
        *s = body;
        *n = len;
        *at = len + 1;
        return true;
    }
    while (*at < len) {
        const char *line = body + *at;
        const char *nl = memchr(line, '\n', len - *at);
        size_t line_len = nl ? (size_t)(nl - line) : len - *at;
        *at += line_len + (nl ? 1 : 0);
        if (!messages_blank(line, line_len)) {
            *s = line;
            *n = line_len;
            return true;
        }
    }
    return false;
}

/* How many messages the body holds, or -E2BIG beyond MESSAGES_LINES_MAX. A scan for new
 * lines only: the messages are parsed when they run. */
static int messages_count(const char *body, size_t len, bool ndjson)
{
    size_t at = 0, n;
    const char *s;
    int count = 0;
    while (messages_next(body, len, ndjson, &at, &s, &n))
        if (++count > MESSAGES_LINES_MAX)
            return -E2BIG;
    return count;
}

/* The customer as stored (--pg): a string as is, an object as its JSON text; cut to what
 * fits at a character boundary. */
static void messages_copy_customer(const struct messages_input *in, struct messages_job *j)
{
    j->customer[0] = '\0';
    const cJSON *c = cJSON_GetObjectItemCaseSensitive(in->json, "customer");
    if (cJSON_IsString(c)) {
        size_t n = strlen(c->valuestring);
        if (n >= sizeof(j->customer)) {
            n = sizeof(j->customer) - 1;
            while (n > 0 && ((unsigned char)c->valuestring[n] & 0xC0) == 0x80)
                n--; /* not inside a UTF-8 sequence */
        }
        memcpy(j->customer, c->valuestring, n);
        j->customer[n] = '\0';
    } else if (cJSON_IsObject(c) &&
               !cJSON_PrintPreallocated((cJSON *)c, j->customer, sizeof(j->customer), false)) {
        j->customer[0] = '\0'; /* too large to keep: stored without it */
    }
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

    if (!in->id && rq->idempotency_key[0]) { /* the header names a single message */
        in->id = rq->idempotency_key;
        in->id_len = strlen(rq->idempotency_key);
    }
    messages_copy_customer(in, j);
    if (messages_offloads(mc, in->len)) {
        messages_offload(mc, rq, j, line, in->id, in->id_len, in->text, in->len);
        return 0;
    }
    int rc = messages_prepare(ma, j, in->id, in->id_len, in->text, in->len);
    messages_prepare_record(mc, j);
    if (rc != 0) {
        messages_job_release(mc, j);
        const char *message;
        enum messages_error e = messages_prepare_error(rc, &message);
        messages_bad(in, e, message);
        return (int)in->error + 1;
    }
    return messages_submit_prepared(mc, rq, j, line);
}

static int messages_http_status(enum messages_error e)
{
    return e == MESSAGES_ERROR_TEXT_TOO_LARGE ? 413 : 400;
}

void messages_refuse_line(struct messages_core *mc, struct messages_request *rq, uint32_t line,
                          const char *id, enum messages_error e, const char *message)
{
    mc->errors[e]++;
    messages_inbox_note(rq, INBOX_FAILED, message);
    if (rq->ndjson) {
        messages_output_error(mc, rq, line, id, e, message);
        return;
    }
    struct http_exchange *x = messages_request_exchange(mc, rq);
    if (x)
        http_exchange_error(x, messages_http_status(e), messages_error_code(e), message);
    rq->answered = true;
}

void messages_request_stop(struct messages_core *mc, struct messages_request *rq)
{
    messages_request_unreserve(mc, rq, rq->reserved);
    rq->parsed = rq->lines;
}

/* Parses, checks, prepares and submits the request's next message s[0..n); an error object
 * in its place when it cannot be analysed. */
static void messages_run_one(struct messages_core *mc, struct messages_request *rq, const char *s,
                             size_t n)
{
    uint32_t line = rq->parsed++;
    uint64_t t0 = messages_now_ns();
    struct messages_input in;
    json_arena_enter(&mc->arena);
    messages_parse_one(mc->app, s, n, &in);
    histogram_record(&mc->stages[MESSAGES_STAGE_PARSE], messages_now_ns() - t0);
    messages_request_unreserve(mc, rq, 1); /* its job is taken now, or never */
    int rc = in.bad ? (int)in.error + 1 : messages_submit(mc, rq, line, &in);
    if (rc == -EAGAIN) {
        rq->overloaded = true;
        messages_request_stop(mc, rq);
    } else if (rc > 0) {
        messages_refuse_line(mc, rq, line, in.id, in.error, in.message);
    }
    cJSON_Delete(in.json); /* in.id and in.text pointed into it: used up by now */
    json_arena_leave();
    uint64_t ns = messages_now_ns() - t0;
    messages_budget_learn(mc, n, ns);
    messages_budget_charge(mc, ns);
}

/* Runs up to `max` more of the request's messages from body[*at..len) while the pass's
 * budget lasts and the next one fits in it (messages_budget_fits). */
static void messages_run_some(struct messages_core *mc, struct messages_request *rq,
                              const char *body, size_t len, size_t *at, uint32_t max)
{
    for (uint32_t k = 0; k < max && rq->parsed < rq->lines && messages_budget_left(mc); k++) {
        if (!rq->inbox_id && !messages_request_exchange(mc, rq)) {
            messages_request_stop(mc, rq); /* nobody to answer: the rest is not worth running */
            break;
        }
        const char *s;
        size_t n, next = *at;
        bool more = messages_next(body, len, rq->ndjson, &next, &s, &n);
        MESSAGES_ASSERT(more); /* messages_count found as many */
        if (!messages_budget_fits(mc, n))
            break; /* it starts the next pass */
        *at = next;
        messages_run_one(mc, rq, s, n);
    }
}

/* The backlog and the waiting line: FIFO lists of requests linked through `next`. */
static void messages_list_push(struct messages_core *mc, uint32_t *head, uint32_t *tail,
                               struct messages_request *rq)
{
    uint32_t i = (uint32_t)(rq - mc->requests);
    rq->next = MESSAGES_NIL;
    if (*tail == MESSAGES_NIL)
        *head = i;
    else
        mc->requests[*tail].next = i;
    *tail = i;
}

static struct messages_request *messages_list_pop(struct messages_core *mc, uint32_t *head,
                                                  uint32_t *tail)
{
    MESSAGES_ASSERT(*head != MESSAGES_NIL);
    struct messages_request *rq = &mc->requests[*head];
    *head = rq->next;
    if (*head == MESSAGES_NIL)
        *tail = MESSAGES_NIL;
    rq->next = MESSAGES_NIL;
    return rq;
}

/* A request that cannot have its jobs: refused with 503 (the core's messages in flight are
 * at the engine, or kept for requests running: MESSAGES_JOBS_PER_CORE in all). */
static void messages_refuse_overloaded(struct messages_core *mc, struct messages_request *rq)
{
    rq->overloaded = true;
    rq->parsed = rq->lines;
    messages_request_try_finish(mc, rq);
}

/* Whether the core itself still works on messages before a waiting request: jobs kept for
 * running requests' lines, or lines at the offload threads. Both go on to the engine, whose
 * jobs come back; a request waits for those. With neither, only the engine holds the jobs:
 * the engine is the bottleneck, and a request that finds no room is refused (503). */
static bool messages_core_busy(const struct messages_core *mc)
{
    return mc->jobs_reserved > 0 || (mc->offload && offload_port_outstanding(mc->offload) > 0);
}

/* The waiting line, in order: a request whose jobs are now free joins the backlog; one that
 * still lacks them when no request holds a reservation any more waits for the engine alone,
 * like a request that finds the engine full on arrival: 503. */
static void messages_admit_waiting(struct messages_core *mc)
{
    while (mc->waiting_head != MESSAGES_NIL) {
        struct messages_request *rq = &mc->requests[mc->waiting_head];
        bool admitted = messages_request_reserve(mc, rq);
        if (!admitted && messages_core_busy(mc))
            return; /* the messages before it go to the engine, and their jobs come back */
        messages_list_pop(mc, &mc->waiting_head, &mc->waiting_tail);
        if (admitted)
            messages_list_push(mc, &mc->backlog_head, &mc->backlog_tail, rq);
        else
            messages_refuse_overloaded(mc, rq);
    }
}

/* One message of each running request in turn, so a large request does not hold back the
 * small ones behind it. */
void messages_backlog_run(struct messages_core *mc)
{
    messages_admit_waiting(mc);
    while (mc->backlog_head != MESSAGES_NIL && messages_budget_left(mc)) {
        struct messages_request *rq = messages_list_pop(mc, &mc->backlog_head, &mc->backlog_tail);
        messages_run_some(mc, rq, rq->body, rq->body_len, &rq->body_at, 1);
        if (rq->parsed < rq->lines)
            messages_list_push(mc, &mc->backlog_head, &mc->backlog_tail, rq);
        else if (messages_request_try_finish(mc, rq))
            messages_admit_waiting(mc); /* its reservations are gone */
    }
}

/* Keep the request's messages not run yet (body[at..len)) for messages_pass: the body lives
 * only during the handler call. False when the core keeps too much already: the request
 * then runs nothing more and gets 503 once its submitted messages are back. */
static bool messages_keep_body(struct messages_core *mc, struct messages_request *rq,
                               const char *body, size_t len, size_t at)
{
    size_t n = at < len ? len - at : 0;
    if (n > MESSAGES_KEPT_BODY_BYTES_MAX - mc->kept_body_bytes) {
        rq->overloaded = true;
        messages_request_stop(mc, rq);
        return false;
    }
    mc->kept_body_bytes += n;
    if (n > rq->body_cap) { /* grown while the core warms up, then kept with the slot */
        rq->body = realloc(rq->body, n);
        MESSAGES_ASSERT(rq->body != NULL);
        rq->body_cap = n;
    }
    if (n > 0)
        memcpy(rq->body, body + at, n);
    rq->body_len = n;
    rq->body_at = 0;
    return true;
}

bool messages_request_enqueue(struct messages_core *mc, struct messages_request *rq,
                              const char *body, size_t len)
{
    if (!messages_keep_body(mc, rq, body, len, 0)) {
        messages_request_try_finish(mc, rq);
        return false;
    }
    messages_list_push(mc, &mc->backlog_head, &mc->backlog_tail, rq);
    messages_pass_arm(mc);
    return true;
}

static bool messages_is_ndjson(const struct http_request *req)
{
    size_t n = sizeof(messages_ndjson_type) - 1;
    return req->content_type && req->content_type_len >= n &&
           strncasecmp(req->content_type, messages_ndjson_type, n) == 0;
}

static void messages_post(struct http_exchange *x, const struct http_request *req, void *core)
{
    struct messages_core *mc = ((const struct app_core *)core)->messages; /* NULL: no menu */
    if (!mc) {
        http_exchange_error(x, 503, "no_menu", "the server runs without a menu (--menu)");
        return;
    }
    const struct app_core *ac = core;
    if (ac->orders && !orders_core_connected(ac->orders)) {
        /* Nothing could be stored: refused before any work, the client retries. */
        char retry[48];
        snprintf(retry, sizeof(retry), "Retry-After: %d\r\n", ORDERS_RETRY_AFTER_S);
        static const char unavailable[] =
            "{\"error\":{\"code\":\"database_unavailable\",\"message\":\"no database "
            "connection: nothing is stored, retry\"}}";
        http_exchange_respond(x, 503, "application/json", unavailable, sizeof(unavailable) - 1,
                              retry);
        return;
    }
    const struct http_header *key = http_request_header(req, "idempotency-key");
    if (key && (key->value_len == 0 || key->value_len >= ORDER_ID_BYTES_MAX ||
                memchr(key->value, '\0', key->value_len))) {
        http_exchange_error(x, 400, "invalid_field", "Idempotency-Key must be 1 to 127 bytes");
        return;
    }
    uint64_t start_ns = messages_now_ns();
    const char *body = req->body ? req->body : "";
    size_t len = req->body_len;
    bool ndjson = messages_is_ndjson(req);
    int n = messages_count(body, len, ndjson);
    if (n == -E2BIG) {
        char message[MESSAGES_ERROR_MESSAGE_BYTES_MAX];
        snprintf(message, sizeof(message), "more than %d messages", MESSAGES_LINES_MAX);
        http_exchange_error(x, 413, "too_many_messages", message);
        return;
    }
    if (n == 0) {
        http_exchange_error(x, 400, "no_messages", "the body holds no message");
        return;
    }
    struct messages_request *rq = messages_request_take(mc, x, (uint32_t)n, ndjson, start_ns);
    if (!rq) {
        messages_respond_overloaded(x);
        return;
    }
    rq->idempotency_key[0] = '\0';
    if (key && !ndjson) { /* one key names one message: an NDJSON body's lines carry ids */
        memcpy(rq->idempotency_key, key->value, key->value_len);
        rq->idempotency_key[key->value_len] = '\0';
    }
    bool in_line = mc->waiting_head != MESSAGES_NIL; /* no overtaking the waiting line */
    if (!in_line && !messages_request_reserve(mc, rq)) {
        if (!messages_core_busy(mc)) { /* the engine holds the jobs: nothing else frees them */
            messages_refuse_overloaded(mc, rq);
            return;
        }
        in_line = true;
    }
    size_t at = 0;
    if (!in_line && mc->backlog_head == MESSAGES_NIL) /* else behind the running ones */
        messages_run_some(mc, rq, body, len, &at, MESSAGES_LINES_MAX);
    if (rq->parsed == rq->lines) {
        messages_request_try_finish(mc, rq);
        return;
    }
    /* The rest runs in later passes (messages_pass). */
    if (!messages_keep_body(mc, rq, body, len, at)) {
        messages_request_try_finish(mc, rq);
        return;
    }
    if (in_line)
        messages_list_push(mc, &mc->waiting_head, &mc->waiting_tail, rq);
    else
        messages_list_push(mc, &mc->backlog_head, &mc->backlog_tail, rq);
    messages_pass_arm(mc);
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
