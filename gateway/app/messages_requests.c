/* messages_requests.c — a core's table of POST /v1/messages requests and their output in
 * request order (see struct messages_request).
 *
 * The table is sized at start-up (MESSAGES_REQUESTS_PER_CORE requests, each with room for
 * MESSAGES_LINES_MAX line records) and its buffers are kept from one request to the next,
 * so a request costs no allocation once the core has seen one of its size. An output is
 * written once where it belongs: into the response body when every line before it is
 * written (the common case: one message, or lines coming back in order), else into the
 * request's stage buffer, copied to the response when its turn comes. */
#include "gateway/app/messages_internal.h"

#include <string.h>

#include "gateway/http/http_session.h"
#include "gateway/net/loop.h"

static const char messages_ndjson_type[] = "application/x-ndjson";

void messages_requests_init(struct messages_core *mc)
{
    mc->requests = calloc(MESSAGES_REQUESTS_PER_CORE, sizeof(*mc->requests));
    MESSAGES_ASSERT(mc->requests != NULL);
    for (uint32_t i = 0; i < MESSAGES_REQUESTS_PER_CORE; i++) {
        struct messages_request *rq = &mc->requests[i];
        rq->out = calloc(MESSAGES_LINES_MAX, sizeof(*rq->out));
        MESSAGES_ASSERT(rq->out != NULL);
        rq->next = i + 1 < MESSAGES_REQUESTS_PER_CORE ? i + 1 : MESSAGES_NIL;
    }
    mc->request_free = 0;
    mc->backlog_head = mc->backlog_tail = MESSAGES_NIL;
    mc->waiting_head = mc->waiting_tail = MESSAGES_NIL;
}

void messages_requests_free(struct messages_core *mc)
{
    for (uint32_t i = 0; mc->requests && i < MESSAGES_REQUESTS_PER_CORE; i++) {
        free(mc->requests[i].out);
        free(mc->requests[i].stage);
        free(mc->requests[i].body);
    }
    free(mc->requests);
    mc->requests = NULL;
}

struct messages_request *messages_request_take(struct messages_core *mc, struct http_exchange *x,
                                               uint32_t lines, bool ndjson, uint64_t start_ns)
{
    MESSAGES_ASSERT(lines >= 1 && lines <= MESSAGES_LINES_MAX);
    if (mc->request_free == MESSAGES_NIL)
        return NULL;
    struct messages_request *rq = &mc->requests[mc->request_free];
    MESSAGES_ASSERT(!rq->in_use);
    mc->request_free = rq->next;
    rq->next = MESSAGES_NIL;
    rq->in_use = true;
    rq->exchange = x ? http_exchange_id(x) : 0;
    rq->inbox_id = 0;
    rq->inbox_outcome = INBOX_RETRY;
    rq->inbox_error[0] = '\0';
    rq->start_ns = start_ns;
    rq->lines = lines;
    rq->parsed = rq->pending = rq->written = rq->reserved = 0;
    rq->ndjson = ndjson;
    rq->overloaded = rq->answered = rq->gone = false;
    rq->stage_len = rq->body_len = rq->body_at = 0;
    memset(rq->out, 0, sizeof(*rq->out) * lines);
    return rq;
}

bool messages_request_reserve(struct messages_core *mc, struct messages_request *rq)
{
    MESSAGES_ASSERT(rq->reserved == 0 && rq->parsed == 0);
    MESSAGES_ASSERT(mc->jobs_reserved <= mc->free_count);
    if (rq->lines > mc->free_count - mc->jobs_reserved)
        return false;
    rq->reserved = rq->lines;
    mc->jobs_reserved += rq->lines;
    return true;
}

void messages_request_unreserve(struct messages_core *mc, struct messages_request *rq, uint32_t n)
{
    MESSAGES_ASSERT(n <= rq->reserved);
    MESSAGES_ASSERT(n <= mc->jobs_reserved);
    rq->reserved -= n;
    mc->jobs_reserved -= n;
    if (n > 0)
        messages_waiting_recheck(mc);
}

struct http_exchange *messages_request_exchange(struct messages_core *mc,
                                                struct messages_request *rq)
{
    if (rq->gone || rq->inbox_id)
        return NULL;
    struct http_exchange *x = http_exchange_find(loop_http_context(mc->loop), rq->exchange);
    if (!x)
        rq->gone = true; /* the connection went away while the engine worked */
    return x;
}

/* Where line `line`'s output goes: the response when it is next in order. */
static bool messages_output_direct(struct messages_request *rq, uint32_t line)
{
    return line == rq->written;
}

static bool messages_output_dropped(struct messages_core *mc, struct messages_request *rq)
{
    return rq->answered || rq->overloaded || !messages_request_exchange(mc, rq);
}

static char *messages_stage_reserve(struct messages_request *rq, size_t n)
{
    if (rq->stage_len + n > rq->stage_cap) {
        /* Grown while the core warms up, then kept with the request slot. */
        size_t cap = (rq->stage_len + n) * 2;
        rq->stage = realloc(rq->stage, cap);
        MESSAGES_ASSERT(rq->stage != NULL);
        rq->stage_cap = cap;
    }
    return rq->stage + rq->stage_len;
}

char *messages_output_reserve(struct messages_core *mc, struct messages_request *rq, uint32_t line,
                              size_t n)
{
    MESSAGES_ASSERT(line < rq->lines);
    if (messages_output_dropped(mc, rq)) {
        MESSAGES_ASSERT(n <= sizeof(mc->json));
        return mc->json;
    }
    if (messages_output_direct(rq, line))
        return http_exchange_reserve(messages_request_exchange(mc, rq), n);
    return messages_stage_reserve(rq, n);
}

/* Copy the staged outputs that are now next in order into the response. */
static void messages_output_flush(struct messages_core *mc, struct messages_request *rq)
{
    struct http_exchange *x = messages_request_exchange(mc, rq);
    while (x && rq->written < rq->lines && rq->out[rq->written].len > 0) {
        const struct messages_line *o = &rq->out[rq->written];
        memcpy(http_exchange_reserve(x, o->len), rq->stage + o->off, o->len);
        http_exchange_commit(x, o->len);
        rq->written++;
    }
}

void messages_output_commit(struct messages_core *mc, struct messages_request *rq, uint32_t line,
                            size_t used)
{
    MESSAGES_ASSERT(used > 0);
    if (messages_output_dropped(mc, rq))
        return;
    if (messages_output_direct(rq, line)) {
        http_exchange_commit(messages_request_exchange(mc, rq), used);
        rq->written++;
        messages_output_flush(mc, rq);
        return;
    }
    MESSAGES_ASSERT(rq->stage_len + used <= rq->stage_cap);
    rq->out[line] = (struct messages_line){(uint32_t)rq->stage_len, (uint32_t)used};
    rq->stage_len += used;
}

/* s as a JSON string the way cJSON_PrintUnformatted writes it (so error lines compare equal
 * with `brigade analyze`'s): quote, backslash and the control characters with a short form
 * escaped as such, other bytes below 0x20 as \u00xx, everything else as is. Returns the end.
 * `out` has room for 6 bytes per byte of s plus 2. */
char *messages_json_string(char *out, const char *s)
{
    static const char hex[] = "0123456789abcdef";
    *out++ = '"';
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        const char *esc = c == '"'    ? "\\\""
                          : c == '\\' ? "\\\\"
                          : c == '\b' ? "\\b"
                          : c == '\f' ? "\\f"
                          : c == '\n' ? "\\n"
                          : c == '\r' ? "\\r"
                          : c == '\t' ? "\\t"
                                      : NULL;
        if (esc) {
            *out++ = esc[0];
            *out++ = esc[1];
        } else if (c < 0x20) {
            memcpy(out, "\\u00", 4);
            out[4] = hex[c >> 4];
            out[5] = hex[c & 15];
            out += 6;
        } else {
            *out++ = (char)c;
        }
    }
    *out++ = '"';
    return out;
}

static char *messages_put(char *out, const char *s)
{
    size_t n = strlen(s);
    memcpy(out, s, n);
    return out + n;
}

_Static_assert(6 * (ORDER_ID_BYTES_MAX + MESSAGES_ERROR_MESSAGE_BYTES_MAX) + 96 <=
                   MESSAGES_ERROR_LINE_BYTES_MAX,
               "any error line fits");

void messages_output_error(struct messages_core *mc, struct messages_request *rq, uint32_t line,
                           const char *id, enum messages_error e, const char *message)
{
    MESSAGES_ASSERT(!id || strlen(id) < ORDER_ID_BYTES_MAX);
    MESSAGES_ASSERT(strlen(message) < MESSAGES_ERROR_MESSAGE_BYTES_MAX);
    char *start = messages_output_reserve(mc, rq, line, MESSAGES_ERROR_LINE_BYTES_MAX);
    /* The spacing of `brigade analyze`'s error lines: both tools' outputs compare equal. */
    char *p = messages_put(start, "{\"id\": ");
    p = id ? messages_json_string(p, id) : messages_put(p, "null");
    p = messages_put(p, ", \"error\": {\"code\": \"");
    p = messages_put(p, messages_error_code(e));
    p = messages_put(p, "\", \"message\": ");
    p = messages_json_string(p, message);
    p = messages_put(p, "}}\n");
    MESSAGES_ASSERT((size_t)(p - start) <= MESSAGES_ERROR_LINE_BYTES_MAX);
    messages_output_commit(mc, rq, line, (size_t)(p - start));
}

void messages_respond_overloaded(struct http_exchange *x)
{
    char retry[64];
    snprintf(retry, sizeof(retry), "Retry-After: %d\r\n", MESSAGES_RETRY_AFTER_S);
    static const char body[] =
        "{\"error\":{\"code\":\"overloaded\",\"message\":\"too many messages in flight\"}}";
    http_exchange_respond(x, 503, "application/json", body, sizeof(body) - 1, retry);
}

void messages_inbox_note(struct messages_request *rq, enum inbox_outcome outcome, const char *error)
{
    if (!rq->inbox_id)
        return;
    rq->inbox_outcome = outcome;
    snprintf(rq->inbox_error, sizeof(rq->inbox_error), "%s", error);
}

/* A buffer of the slot back to MESSAGES_SLOT_BUFFER_KEPT_BYTES when a large request grew it:
 * one reallocation per such request, and what a slot keeps stays bounded. */
static void messages_buffer_trim(char **buf, size_t *cap)
{
    if (*cap <= MESSAGES_SLOT_BUFFER_KEPT_BYTES)
        return;
    *buf = realloc(*buf, MESSAGES_SLOT_BUFFER_KEPT_BYTES);
    MESSAGES_ASSERT(*buf != NULL);
    *cap = MESSAGES_SLOT_BUFFER_KEPT_BYTES;
}

static void messages_request_release(struct messages_core *mc, struct messages_request *rq)
{
    MESSAGES_ASSERT(rq->in_use);
    messages_request_unreserve(mc, rq, rq->reserved);
    MESSAGES_ASSERT(mc->kept_body_bytes >= rq->body_len);
    mc->kept_body_bytes -= rq->body_len;
    rq->body_len = 0;
    messages_buffer_trim(&rq->body, &rq->body_cap);
    messages_buffer_trim(&rq->stage, &rq->stage_cap);
    rq->in_use = false;
    uint32_t i = (uint32_t)(rq - mc->requests);
    rq->next = mc->request_free;
    mc->request_free = i;
}

bool messages_request_try_finish(struct messages_core *mc, struct messages_request *rq)
{
    if (rq->parsed < rq->lines || rq->pending > 0)
        return false;
    struct http_exchange *x = rq->answered ? NULL : messages_request_exchange(mc, rq);
    if (rq->inbox_id) {
        uint64_t *c = &mc->inbox[rq->inbox_outcome];
        __atomic_store_n(c, *c + 1, __ATOMIC_RELAXED);
        if (mc->inbox_fn) /* NULL once the feed stopped: the row stays as it is */
            mc->inbox_fn(mc->inbox_ctx, rq->inbox_id, rq->inbox_outcome, rq->inbox_error);
    } else if (!x) {
        /* Answered already, or nobody is left to answer. */
    } else if (rq->overloaded) {
        messages_respond_overloaded(x);
    } else {
        MESSAGES_ASSERT(rq->written == rq->lines);
        http_exchange_respond_committed(
            x, 200, rq->ndjson ? messages_ndjson_type : "application/json", NULL);
    }
    messages_request_release(mc, rq);
    return true;
}
