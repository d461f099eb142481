/* load_response.c — incremental HTTP/1.1 response parser (see load_response.h). */
#include "bench/load/load_response.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

void load_response_begin(struct load_response *r, bool head_request, char *body, size_t body_cap)
{
    memset(r, 0, sizeof(*r));
    r->state = LOAD_RESPONSE_STATE_HEAD;
    r->head_request = head_request;
    r->body = body;
    r->body_cap = body_cap;
}

const char *load_response_strerror(int code)
{
    switch (code) {
    case LOAD_RESPONSE_MORE:
        return "incomplete";
    case LOAD_RESPONSE_DONE:
        return "complete";
    case LOAD_RESPONSE_EBADHEAD:
        return "malformed status line or header";
    case LOAD_RESPONSE_ENOLENGTH:
        return "response without Content-Length or chunked encoding";
    case LOAD_RESPONSE_EBADCHUNK:
        return "malformed chunked encoding";
    default:
        return "unknown";
    }
}

/* Does the comma-separated header value contain token (case-insensitive)? */
static bool value_has_token(const char *v, size_t n, const char *token)
{
    size_t tn = strlen(token);
    for (size_t i = 0; i + tn <= n; i++)
        if (strncasecmp(v + i, token, tn) == 0)
            return true;
    return false;
}

static int parse_u64(const char *s, size_t n, int base, uint64_t *out)
{
    uint64_t v = 0;
    size_t i = 0;
    for (; i < n; i++) {
        int d;
        char c = s[i];
        if (c >= '0' && c <= '9')
            d = c - '0';
        else if (base == 16 && c >= 'a' && c <= 'f')
            d = c - 'a' + 10;
        else if (base == 16 && c >= 'A' && c <= 'F')
            d = c - 'A' + 10;
        else
            break;
        if (v > (UINT64_MAX - (uint64_t)d) / (uint64_t)base)
            return -1;
        v = v * (uint64_t)base + (uint64_t)d;
    }
    if (i == 0)
        return -1;
    *out = v;
    return (int)i;
}

struct head_info {
    bool chunked;
    bool has_length;
    bool keep_alive; /* explicit Connection: keep-alive (matters for HTTP/1.0) */
    uint64_t length;
};

static int parse_header_line(struct load_response *r, struct head_info *hi, const char *line,
                             size_t n)
{
    const char *colon = memchr(line, ':', n);
    if (!colon || colon == line)
        return LOAD_RESPONSE_EBADHEAD;
    size_t name_len = (size_t)(colon - line);
    const char *v = colon + 1;
    size_t vn = n - name_len - 1;
    while (vn && (*v == ' ' || *v == '\t'))
        v++, vn--;
    while (vn && (v[vn - 1] == ' ' || v[vn - 1] == '\t'))
        vn--;
    if (name_len == 14 && strncasecmp(line, "content-length", 14) == 0) {
        if (parse_u64(v, vn, 10, &hi->length) != (int)vn)
            return LOAD_RESPONSE_EBADHEAD;
        hi->has_length = true;
    } else if (name_len == 17 && strncasecmp(line, "transfer-encoding", 17) == 0) {
        hi->chunked = value_has_token(v, vn, "chunked");
    } else if (name_len == 10 && strncasecmp(line, "connection", 10) == 0) {
        if (value_has_token(v, vn, "close"))
            r->close = true;
        if (value_has_token(v, vn, "keep-alive"))
            hi->keep_alive = true;
    }
    return 0;
}

/* Parse a complete head [buf, buf+n) ending in CRLF CRLF; set up the body state. */
static int parse_head(struct load_response *r, const char *buf, size_t n)
{
    /* "HTTP/1.x SSS" at least */
    if (n < 12 || memcmp(buf, "HTTP/1.", 7) != 0 || buf[8] != ' ')
        return LOAD_RESPONSE_EBADHEAD;
    bool http10 = buf[7] == '0';
    uint64_t status;
    if (parse_u64(buf + 9, 3, 10, &status) != 3 || status < 100)
        return LOAD_RESPONSE_EBADHEAD;
    r->status = (int)status;
    struct head_info hi = {0};
    const char *p = memchr(buf, '\n', n);
    const char *end = buf + n;
    for (p = p + 1; p < end;) {
        const char *eol = memchr(p, '\n', (size_t)(end - p));
        size_t ln = (size_t)(eol - p);
        if (ln && p[ln - 1] == '\r')
            ln--;
        if (ln == 0)
            break;
        int rc = parse_header_line(r, &hi, p, ln);
        if (rc < 0)
            return rc;
        p = eol + 1;
    }
    if (http10 && !hi.keep_alive)
        r->close = true;
    if (status < 200)
        return 0; /* interim response: no body; the caller starts over */
    if (r->head_request || status == 204 || status == 304) {
        r->body_left = 0;
        r->state = LOAD_RESPONSE_STATE_BODY;
    } else if (hi.chunked) {
        r->state = LOAD_RESPONSE_STATE_CHUNK_SIZE;
    } else if (hi.has_length) {
        r->body_left = hi.length;
        r->state = LOAD_RESPONSE_STATE_BODY;
    } else {
        return LOAD_RESPONSE_ENOLENGTH;
    }
    return 0;
}

static void keep_body(struct load_response *r, const char *p, size_t n)
{
    if (!r->body)
        return;
    size_t room = r->body_cap - r->body_len;
    if (n > room) {
        r->body_truncated = true;
        n = room;
    }
    memcpy(r->body + r->body_len, p, n);
    r->body_len += n;
}

/* Find a CRLF-terminated line at buf; returns its length without CRLF, -1 if incomplete. */
static long find_line(const char *buf, size_t len)
{
    const char *nl = memchr(buf, '\n', len);
    if (!nl)
        return -1;
    long n = nl - buf;
    return (n > 0 && buf[n - 1] == '\r') ? n - 1 : n;
}

/* One step of the chunked states. Returns bytes used, or a negative result, or
 * LOAD_RESPONSE_DONE via *done. 0 bytes used with *done false means "need more". */
static long chunk_step(struct load_response *r, const char *buf, size_t len, bool *done)
{
    long ln;
    switch (r->state) {
    case LOAD_RESPONSE_STATE_CHUNK_SIZE:
        ln = find_line(buf, len);
        if (ln < 0)
            return len > LOAD_RESPONSE_LINE_BYTES_MAX ? LOAD_RESPONSE_EBADCHUNK : 0;
        if (parse_u64(buf, (size_t)ln, 16, &r->body_left) < 0)
            return LOAD_RESPONSE_EBADCHUNK;
        r->state = r->body_left ? LOAD_RESPONSE_STATE_CHUNK_DATA : LOAD_RESPONSE_STATE_TRAILERS;
        return (long)(memchr(buf, '\n', len) - (void *)buf) + 1;
    case LOAD_RESPONSE_STATE_CHUNK_DATA: {
        size_t take = len < r->body_left ? len : (size_t)r->body_left;
        keep_body(r, buf, take);
        r->body_left -= take;
        if (r->body_left == 0)
            r->state = LOAD_RESPONSE_STATE_CHUNK_CRLF;
        return (long)take;
    }
    case LOAD_RESPONSE_STATE_CHUNK_CRLF:
        ln = find_line(buf, len);
        if (ln < 0)
            return len >= 2 ? LOAD_RESPONSE_EBADCHUNK : 0;
        if (ln != 0)
            return LOAD_RESPONSE_EBADCHUNK;
        r->state = LOAD_RESPONSE_STATE_CHUNK_SIZE;
        return (long)(memchr(buf, '\n', len) - (void *)buf) + 1;
    case LOAD_RESPONSE_STATE_TRAILERS:
        ln = find_line(buf, len);
        if (ln < 0)
            return len > LOAD_RESPONSE_LINE_BYTES_MAX ? LOAD_RESPONSE_EBADCHUNK : 0;
        if (ln == 0)
            *done = true;
        return (long)(memchr(buf, '\n', len) - (void *)buf) + 1;
    default:
        fprintf(stderr, "%s:%d: bad chunk state %d\n", __FILE__, __LINE__, (int)r->state);
        abort();
    }
}

static int feed_head(struct load_response *r, const char *buf, size_t len, size_t *used)
{
    const char *end = NULL;
    for (const char *p = buf; (p = memchr(p, '\n', len - (size_t)(p - buf))) != NULL; p++) {
        /* A head ends at an empty line: "\n\r\n" or "\n\n". */
        size_t rest = len - (size_t)(p - buf) - 1;
        if (rest >= 1 && p[1] == '\n') {
            end = p + 2;
            break;
        }
        if (rest >= 2 && p[1] == '\r' && p[2] == '\n') {
            end = p + 3;
            break;
        }
    }
    if (!end)
        return LOAD_RESPONSE_MORE;
    int rc = parse_head(r, buf, (size_t)(end - buf));
    if (rc < 0)
        return rc;
    *used = (size_t)(end - buf);
    return 0;
}

int load_response_feed(struct load_response *r, const char *buf, size_t len, size_t *consumed)
{
    size_t off = 0;
    *consumed = 0;
    for (;;) {
        if (r->state == LOAD_RESPONSE_STATE_HEAD) {
            size_t used = 0;
            int rc = feed_head(r, buf + off, len - off, &used);
            if (rc < 0)
                return rc;
            if (used == 0)
                return LOAD_RESPONSE_MORE;
            off += used;
            *consumed = off;
            if (r->status < 200) { /* interim 1xx: the real response follows */
                load_response_begin(r, r->head_request, r->body, r->body_cap);
                continue;
            }
        } else if (r->state == LOAD_RESPONSE_STATE_BODY) {
            size_t take = len - off < r->body_left ? len - off : (size_t)r->body_left;
            keep_body(r, buf + off, take);
            r->body_left -= take;
            off += take;
            *consumed = off;
            if (r->body_left == 0)
                return LOAD_RESPONSE_DONE;
            return LOAD_RESPONSE_MORE;
        } else {
            bool done = false;
            long used = chunk_step(r, buf + off, len - off, &done);
            if (used < 0)
                return (int)used;
            off += (size_t)used;
            *consumed = off;
            if (done)
                return LOAD_RESPONSE_DONE;
            if (used == 0 && r->state != LOAD_RESPONSE_STATE_CHUNK_DATA)
                return LOAD_RESPONSE_MORE;
            if (off == len && r->state == LOAD_RESPONSE_STATE_CHUNK_DATA)
                return LOAD_RESPONSE_MORE;
        }
    }
}
