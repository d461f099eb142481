/* http_session.c — one connection: input buffering, pipelining, output order, phases.
 *
 * Input: bytes are parsed where the loop received them; only the unfinished tail of a
 * request (or requests waiting behind a full pipeline) is copied into the session's own
 * buffer, a pooled block that goes back to the pool as soon as it is empty. So an idle
 * keep-alive connection holds no buffer at all.
 *
 * Output: the exchange queue is in request order; http_session_output walks it from the
 * front and stops at the first exchange whose handler has not answered, which is what
 * keeps pipelined responses in order when a later one completes first. */
#include "gateway/http/http_internal.h"

#include <errno.h>
#include <string.h>

static const char continue_line[] = "HTTP/1.1 100 Continue\r\n\r\n";
#define CONTINUE_BYTES (sizeof(continue_line) - 1)

static const char *const phase_names[HTTP_PHASE_MAX] = {
    [HTTP_PHASE_IDLE] = "idle",           [HTTP_PHASE_HEAD] = "head",
    [HTTP_PHASE_BODY] = "body",           [HTTP_PHASE_BUSY] = "busy",
    [HTTP_PHASE_STREAMING] = "streaming", [HTTP_PHASE_CLOSED] = "closed",
};

const char *http_phase_name(enum http_phase phase)
{
    HTTP_ASSERT(phase < HTTP_PHASE_MAX);
    return phase_names[phase];
}

void http_session_init(struct http_session *s, struct http_context *ctx, void *user)
{
    memset(s, 0, sizeof(*s));
    s->ctx = ctx;
    s->user = user;
    http_parser_init(&s->parser, &ctx->limits.parser);
}

static void input_release(struct http_session *s)
{
    if (s->in != NULL) {
        if (s->flags & HTTP_SESSION_IN_HEAP)
            free(s->in);
        else
            http_pool_put(&s->ctx->in_pool, s->in);
    }
    s->in = NULL;
    s->in_len = 0;
    s->in_cap = 0;
    s->flags &= (uint16_t)~HTTP_SESSION_IN_HEAP;
}

/* Make the input buffer hold at least `need` bytes, keeping what it holds. Growth is
 * geometric but never past what the current request can still use: a head announcing a
 * 1 MiB body gets memory as the body arrives, not up front, so slow clients cannot make
 * the server reserve body_bytes_max each for nothing. */
static void input_reserve(struct http_session *s, size_t need)
{
    if (need <= s->in_cap)
        return;
    HTTP_ASSERT(need < 2 * (size_t)HTTP_PARSER_BYTES_LIMIT);
    char *in;
    size_t cap;
    bool heap = need > HTTP_INPUT_BLOCK_BYTES;
    if (!heap) {
        in = http_pool_get(&s->ctx->in_pool);
        cap = HTTP_INPUT_BLOCK_BYTES;
    } else {
        size_t wanted = http_parser_bytes_wanted(&s->parser, s->in_len);
        cap = need < 2 * (size_t)s->in_cap ? 2 * (size_t)s->in_cap : need;
        if (wanted >= need && wanted < cap)
            cap = wanted;
        in = malloc(cap);
        HTTP_ASSERT(in != NULL);
    }
    uint32_t len = s->in_len;
    if (len > 0)
        memcpy(in, s->in, len);
    input_release(s);
    s->in = in;
    s->in_len = len;
    s->in_cap = (uint32_t)cap;
    s->flags |= heap ? HTTP_SESSION_IN_HEAP : 0;
}

static void enqueue(struct http_session *s, struct http_exchange *x)
{
    if (s->queue_tail != NULL)
        s->queue_tail->next = x;
    else
        s->queue_head = x;
    s->queue_tail = x;
    s->queue_count++;
}

static void dequeue_front(struct http_session *s)
{
    struct http_exchange *x = s->queue_head;
    HTTP_ASSERT(x != NULL);
    HTTP_ASSERT(s->queue_count > 0);
    s->queue_head = x->next;
    if (s->queue_head == NULL)
        s->queue_tail = NULL;
    s->queue_count--;
    http_exchange_release(s->ctx, x);
}

/* The start of the request being completed: when its head completed, if that was in an
 * earlier call (its body came later), else now. Resets the head's time for the next one. */
static uint64_t request_start(struct http_session *s)
{
    uint64_t start = s->head_ns != 0 ? s->head_ns : http_context_start_ns(s->ctx);
    s->head_ns = 0;
    return start;
}

static void protocol_error(struct http_session *s, const struct http_error *error)
{
    struct http_exchange *x =
        http_exchange_new(s->ctx, s, NULL, http_route_invalid, request_start(s));
    enqueue(s, x);
    s->ctx->counters.parse_errors++;
    s->flags |= HTTP_SESSION_CLOSING;
    s->flags &= (uint16_t)~HTTP_SESSION_CONTINUE_WANTED;
    http_exchange_protocol_error(x, error);
}

static void dispatch(struct http_session *s, const struct http_request *req)
{
    struct http_context *ctx = s->ctx;
    struct http_exchange *x =
        http_exchange_new(ctx, s, req, http_route_unmatched, request_start(s));
    enqueue(s, x);
    ctx->counters.requests++;
    if (s->flags & HTTP_SESSION_DRAINING)
        x->keep_alive = false; /* the response must say that nothing follows it */
    if (!x->keep_alive)
        s->flags |= HTTP_SESSION_CLOSING;
    if (ctx->app.dispatch != NULL)
        ctx->app.dispatch(ctx->app.router, x, req, ctx->core);
    else
        http_exchange_error(x, 404, "not_found", "no routes");
}

/* The head asked for 100 Continue and the body is still to come: send it, unless the
 * router would refuse the request anyway (404, 405, 415). Then the refusal goes out now,
 * with Connection: close, and the body is never invited (RFC 9110 10.1.1). */
static void invite_body(struct http_session *s, char *request)
{
    struct http_context *ctx = s->ctx;
    if (ctx->app.accepts == NULL) {
        s->flags |= HTTP_SESSION_CONTINUE_WANTED;
        return;
    }
    http_parser_head(&s->parser, request, &ctx->request);
    if (ctx->app.accepts(ctx->app.router, &ctx->request)) {
        s->flags |= HTTP_SESSION_CONTINUE_WANTED;
        return;
    }
    ctx->request.keep_alive = false; /* its body is not read: the connection cannot go on */
    dispatch(s, &ctx->request);
}

/* Parse and dispatch requests from buf[0..*len) while the session may. Returns the bytes
 * consumed by complete requests; *len shrinks when the chunked decoder dropped framing. */
static size_t pump(struct http_session *s, char *buf, size_t *len)
{
    struct http_context *ctx = s->ctx;
    size_t off = 0;
    while (off < *len && s->queue_count < ctx->limits.pipeline_depth_max &&
           !(s->flags & (HTTP_SESSION_CLOSING | HTTP_SESSION_CLOSED))) {
        size_t rest = *len - off, consumed = 0;
        enum http_parse_result r =
            http_parser_execute(&s->parser, buf + off, &rest, &ctx->request, &consumed);
        if (r == HTTP_PARSE_PARTIAL) {
            *len = off + rest;
            /* The head is complete and the body is still to come: its time is the start. */
            if (s->head_ns == 0 && http_parser_in_body(&s->parser))
                s->head_ns = http_context_start_ns(ctx);
            if (http_parser_expects_continue(&s->parser) &&
                !(s->flags & (HTTP_SESSION_CONTINUE_DONE | HTTP_SESSION_CONTINUE_SENDING |
                              HTTP_SESSION_CONTINUE_WANTED)))
                invite_body(s, buf + off);
            break;
        }
        if (r == HTTP_PARSE_ERROR) {
            protocol_error(s, http_parser_error(&s->parser));
            break;
        }
        HTTP_ASSERT(consumed > 0 && consumed <= rest);
        off += consumed;
        s->flags &= (uint16_t) ~(HTTP_SESSION_CONTINUE_WANTED | HTTP_SESSION_CONTINUE_DONE);
        dispatch(s, &ctx->request);
    }
    return off;
}

/* After input ran out with the peer gone: whatever is left can never complete. */
static void settle_eof(struct http_session *s)
{
    if (!(s->flags & HTTP_SESSION_EOF))
        return;
    if (s->in_len == 0 || http_parser_started(&s->parser) || (s->flags & HTTP_SESSION_CLOSING)) {
        s->flags |= HTTP_SESSION_CLOSING;
        s->flags &= (uint16_t)~HTTP_SESSION_CONTINUE_WANTED;
        input_release(s);
    }
}

/* Parse what the input buffer holds, then keep only the unconsumed tail. */
static void input_pump(struct http_session *s)
{
    size_t len = s->in_len;
    size_t used = pump(s, s->in, &len);
    HTTP_ASSERT(used <= len);
    if (used > 0 && used < len)
        memmove(s->in, s->in + used, len - used);
    s->in_len = (uint32_t)(len - used);
    if (s->in_len == 0 || (s->flags & HTTP_SESSION_CLOSING))
        input_release(s);
    settle_eof(s);
}

int http_session_feed(struct http_session *s, char *data, size_t len)
{
    HTTP_ASSERT(s->ctx != NULL);
    HTTP_ASSERT(s->depth == 0);
    s->ctx->counters.bytes_in += len;
    if (s->flags & HTTP_SESSION_STREAMING)
        return 0;
    if (s->flags & (HTTP_SESSION_CLOSING | HTTP_SESSION_CLOSED | HTTP_SESSION_EOF))
        return -EPIPE;
    s->depth++;
    if (s->in_len == 0) {
        size_t n = len;
        size_t used = pump(s, data, &n);
        if (used < n && !(s->flags & HTTP_SESSION_CLOSING)) {
            size_t rest = n - used;
            input_reserve(s, rest);
            memcpy(s->in, data + used, rest);
            s->in_len = (uint32_t)rest;
        }
    } else {
        input_reserve(s, (size_t)s->in_len + len);
        memcpy(s->in + s->in_len, data, len);
        s->in_len += (uint32_t)len;
        input_pump(s);
    }
    s->depth--;
    return 0;
}

void http_session_eof(struct http_session *s)
{
    if (s->flags & HTTP_SESSION_STREAMING) {
        /* the subscriber left; answers to requests before the stream are still owed: they
         * and the stream's head go out first, then the connection closes */
        if (s->queue_count <= 1)
            s->flags |= HTTP_SESSION_CLOSED;
        else
            s->flags |= HTTP_SESSION_STREAM_END | HTTP_SESSION_EOF;
        return;
    }
    s->flags |= HTTP_SESSION_EOF;
    settle_eof(s);
}

/* RFC 9112 9.6: the response after which the server closes carries Connection: close, and
 * only that one: a close on an earlier response would tell the client to drop the later
 * ones. So the last exchange is marked, the request being received if there is one (at
 * its dispatch), else the newest still unanswered. One already answered keeps its head: it
 * was written (and is being sent) with keep-alive. */
void http_session_shutdown(struct http_session *s)
{
    s->flags |= HTTP_SESSION_DRAINING;
    enum http_phase phase = http_session_phase(s);
    if (phase == HTTP_PHASE_HEAD || phase == HTTP_PHASE_BODY)
        return; /* let the request in progress arrive; its dispatch closes */
    s->flags |= HTTP_SESSION_CLOSING;
    s->flags &= (uint16_t)~HTTP_SESSION_CONTINUE_WANTED;
    input_release(s);
    if (s->flags & HTTP_SESSION_STREAMING)
        http_session_stream_end(s);
    else if (s->queue_tail != NULL && s->queue_tail->state == HTTP_EXCHANGE_PENDING)
        s->queue_tail->keep_alive = false;
}

void http_session_free(struct http_session *s)
{
    HTTP_ASSERT(s->depth == 0);
    if (s->ctx == NULL)
        return;
    while (s->queue_head != NULL) {
        if (s->queue_head->state == HTTP_EXCHANGE_PENDING)
            s->ctx->counters.exchanges_cancelled++;
        dequeue_front(s);
    }
    input_release(s);
    s->flags = HTTP_SESSION_CLOSED;
    s->ctx = NULL;
}

void http_session_woken(struct http_session *s)
{
    if (s->depth == 0 && s->ctx->wake != NULL)
        s->ctx->wake(s, s->user);
}

int http_session_output(struct http_session *s, struct iovec *iov, int iov_max)
{
    int n = 0;
    if (s->flags & HTTP_SESSION_CLOSED)
        return 0;
    if ((s->flags & HTTP_SESSION_CONTINUE_WANTED) && s->queue_count == 0) {
        s->flags &= (uint16_t)~HTTP_SESSION_CONTINUE_WANTED;
        s->flags |= HTTP_SESSION_CONTINUE_SENDING;
        s->continue_off = 0;
    }
    if ((s->flags & HTTP_SESSION_CONTINUE_SENDING) && n < iov_max)
        iov[n++] = (struct iovec){(char *)continue_line + s->continue_off,
                                  CONTINUE_BYTES - s->continue_off};
    for (struct http_exchange *x = s->queue_head; x != NULL && n < iov_max; x = x->next) {
        if (x->state == HTTP_EXCHANGE_PENDING)
            break;
        if (x->sent < x->out_len)
            iov[n++] = (struct iovec){x->out + x->sent, x->out_len - x->sent};
        size_t body_sent = x->sent > x->out_len ? x->sent - x->out_len : 0;
        if (body_sent < x->body_len && n < iov_max)
            iov[n++] = (struct iovec){x->body + body_sent, x->body_len - body_sent};
        if (x->state == HTTP_EXCHANGE_STREAMING)
            break;
    }
    if (n > 0)
        s->flags |= HTTP_SESSION_OUT_IN_FLIGHT;
    return n;
}

bool http_session_has_output(const struct http_session *s)
{
    if (s->flags & HTTP_SESSION_CLOSED)
        return false;
    if (s->flags & HTTP_SESSION_CONTINUE_SENDING)
        return true;
    if ((s->flags & HTTP_SESSION_CONTINUE_WANTED) && s->queue_count == 0)
        return true;
    const struct http_exchange *x = s->queue_head;
    return x != NULL && x->state != HTTP_EXCHANGE_PENDING && x->sent < x->out_len + x->body_len;
}

/* Retire the front exchanges that are completely sent. */
static void retire_sent(struct http_session *s)
{
    while (s->queue_head != NULL) {
        struct http_exchange *x = s->queue_head;
        if (x->sent < x->out_len + x->body_len)
            return;
        if (x->state == HTTP_EXCHANGE_STREAMING && !(s->flags & HTTP_SESSION_STREAM_END))
            return;
        if (x->state == HTTP_EXCHANGE_PENDING)
            return;
        dequeue_front(s);
    }
}

void http_session_sent(struct http_session *s, size_t bytes)
{
    HTTP_ASSERT(s->depth == 0);
    s->ctx->counters.bytes_out += bytes;
    s->flags &= (uint16_t)~HTTP_SESSION_OUT_IN_FLIGHT;
    if (s->flags & HTTP_SESSION_CONTINUE_SENDING) {
        size_t k = CONTINUE_BYTES - s->continue_off;
        k = bytes < k ? bytes : k;
        s->continue_off = (uint8_t)(s->continue_off + k);
        bytes -= k;
        if (s->continue_off == CONTINUE_BYTES)
            s->flags = (uint16_t)((s->flags & ~HTTP_SESSION_CONTINUE_SENDING) |
                                  HTTP_SESSION_CONTINUE_DONE);
    }
    for (struct http_exchange *x = s->queue_head; bytes > 0; x = x->next) {
        HTTP_ASSERT(x != NULL);
        HTTP_ASSERT(x->state != HTTP_EXCHANGE_PENDING);
        size_t left = x->out_len + x->body_len - x->sent;
        size_t k = bytes < left ? bytes : left;
        x->sent += k;
        bytes -= k;
    }
    retire_sent(s);
    if (s->queue_tail != NULL && s->queue_tail->state == HTTP_EXCHANGE_STREAMING)
        http_exchange_stream_compact(s->queue_tail);
    /* Requests that waited behind a full pipeline: parse them now. */
    if (s->in_len > 0 && !http_parser_started(&s->parser) &&
        s->queue_count < s->ctx->limits.pipeline_depth_max) {
        s->depth++;
        input_pump(s);
        s->depth--;
    }
}

enum http_phase http_session_phase(const struct http_session *s)
{
    if (s->flags & HTTP_SESSION_CLOSED)
        return HTTP_PHASE_CLOSED;
    if ((s->flags & HTTP_SESSION_CLOSING) && s->queue_count == 0 &&
        !(s->flags & HTTP_SESSION_CONTINUE_SENDING))
        return HTTP_PHASE_CLOSED;
    if (s->flags & HTTP_SESSION_STREAMING)
        return HTTP_PHASE_STREAMING;
    if (s->queue_count > 0 || (s->flags & HTTP_SESSION_CONTINUE_SENDING))
        return HTTP_PHASE_BUSY;
    if (http_parser_in_body(&s->parser))
        return HTTP_PHASE_BODY;
    return s->in_len > 0 ? HTTP_PHASE_HEAD : HTTP_PHASE_IDLE;
}

bool http_session_wants_read(const struct http_session *s)
{
    if (s->flags & HTTP_SESSION_CLOSED)
        return false;
    if (s->flags & HTTP_SESSION_STREAMING)
        return true;
    if (s->flags & (HTTP_SESSION_CLOSING | HTTP_SESSION_EOF))
        return false;
    return s->queue_count < s->ctx->limits.pipeline_depth_max;
}

int http_session_stream_write(struct http_session *s, const void *data, size_t len)
{
    if ((s->flags & (HTTP_SESSION_CLOSED | HTTP_SESSION_STREAM_END)) ||
        !(s->flags & HTTP_SESSION_STREAMING))
        return -EPIPE;
    struct http_exchange *x = s->queue_tail;
    HTTP_ASSERT(x != NULL && x->state == HTTP_EXCHANGE_STREAMING);
    int r = http_exchange_stream_append(x, data, len);
    if (r == 0)
        http_session_woken(s);
    return r;
}

void http_session_stream_end(struct http_session *s)
{
    if (!(s->flags & HTTP_SESSION_STREAMING) || (s->flags & HTTP_SESSION_STREAM_END))
        return;
    s->flags |= HTTP_SESSION_STREAM_END;
    retire_sent(s);
    http_session_woken(s);
}
