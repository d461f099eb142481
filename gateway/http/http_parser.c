/* http_parser.c — incremental HTTP/1.1 request parsing (see http_parser.h for the rules).
 *
 * The head is found with memchr('\n') from where the previous call stopped; the request
 * line is validated as soon as its line ends (so garbage fails early) and the header
 * fields once the blank line arrives, in one pass that also fills the caller's header
 * array. Chunked bodies run through a byte state machine that moves chunk data down over
 * the framing, so the decoded body ends up contiguous right after the head.
 *
 * The parser keeps offsets, not the field array, so that an idle or slow connection costs
 * 64 bytes here: when a body completes in a later call than its head, the (already
 * validated) fields are split once more into the caller's array. That is one extra pass
 * over the head for such requests, never one per chunk. */
#include "gateway/http/http_parser.h"

#include <string.h>

enum {
    FLAG_REQUEST_LINE = 1 << 0, /* request line seen and valid */
    FLAG_CHUNKED = 1 << 1,
    FLAG_KEEP_ALIVE = 1 << 2,
    FLAG_EXPECT = 1 << 3,
    FLAG_HAS_LENGTH = 1 << 4,
};

/* " HTTP/1.1": what follows the request-target on a request line. */
#define HTTP_VERSION_SUFFIX_BYTES 9

const struct http_parser_limits http_parser_limits_default = {
    .header_bytes_max = 8192,
    .header_count_max = 100,
    .uri_bytes_max = 4096,
    .body_bytes_max = 1024 * 1024,
};

#define HTTP_ERROR(name, st, c, r)                                                                 \
    static const struct http_error name = {.status = st, .code = c, .reason = r}

HTTP_ERROR(err_bad_request_line, 400, "bad_request", "malformed request line");
HTTP_ERROR(err_bad_method, 400, "bad_request", "invalid method token");
HTTP_ERROR(err_bad_target, 400, "bad_request", "invalid request target");
HTTP_ERROR(err_bad_version, 400, "bad_request", "malformed HTTP version");
HTTP_ERROR(err_bad_line_end, 400, "bad_request", "CR not followed by LF");
HTTP_ERROR(err_bad_header, 400, "bad_request", "malformed header field");
HTTP_ERROR(err_bad_header_value, 400, "bad_request", "control character in header value");
HTTP_ERROR(err_obs_fold, 400, "bad_request", "obsolete header line folding");
HTTP_ERROR(err_no_host, 400, "bad_request", "HTTP/1.1 request without Host");
HTTP_ERROR(err_dup_host, 400, "bad_request", "more than one Host header");
HTTP_ERROR(err_bad_host, 400, "bad_request", "invalid Host header");
HTTP_ERROR(err_bad_length, 400, "bad_request", "invalid Content-Length");
HTTP_ERROR(err_length_and_chunked, 400, "bad_request", "both Content-Length and Transfer-Encoding");
HTTP_ERROR(err_bad_coding, 400, "bad_request", "chunked is not the final transfer coding");
HTTP_ERROR(err_bad_chunk, 400, "bad_request", "malformed chunked body");
HTTP_ERROR(err_body_too_large, 413, "payload_too_large", "request body too large");
HTTP_ERROR(err_uri_too_long, 414, "uri_too_long", "request line too long");
HTTP_ERROR(err_expectation, 417, "expectation_failed", "only 100-continue is supported");
HTTP_ERROR(err_head_too_large, 431, "header_too_large", "request header section too large");
HTTP_ERROR(err_too_many_headers, 431, "header_too_large", "too many header fields");
HTTP_ERROR(err_coding, 501, "not_implemented", "transfer coding not supported");
HTTP_ERROR(err_version, 505, "version_not_supported", "only HTTP/1.0 and HTTP/1.1 are served");

/* tchar (RFC 9110 5.6.2): field names and methods. */
static const uint8_t tchar_table[256] = {
    ['!'] = 1, ['#'] = 1, ['$'] = 1, ['%'] = 1, ['&'] = 1, ['\''] = 1, ['*'] = 1, ['+'] = 1,
    ['-'] = 1, ['.'] = 1, ['^'] = 1, ['_'] = 1, ['`'] = 1, ['|'] = 1,  ['~'] = 1, ['0'] = 1,
    ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1,  ['7'] = 1, ['8'] = 1,
    ['9'] = 1, ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1,  ['F'] = 1, ['G'] = 1,
    ['H'] = 1, ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1,  ['N'] = 1, ['O'] = 1,
    ['P'] = 1, ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1,  ['V'] = 1, ['W'] = 1,
    ['X'] = 1, ['Y'] = 1, ['Z'] = 1, ['a'] = 1, ['b'] = 1, ['c'] = 1,  ['d'] = 1, ['e'] = 1,
    ['f'] = 1, ['g'] = 1, ['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1,  ['l'] = 1, ['m'] = 1,
    ['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1, ['s'] = 1,  ['t'] = 1, ['u'] = 1,
    ['v'] = 1, ['w'] = 1, ['x'] = 1, ['y'] = 1, ['z'] = 1,
};

static const char *const method_names[HTTP_METHOD_MAX] = {
    [HTTP_METHOD_OTHER] = "OTHER",     [HTTP_METHOD_GET] = "GET",
    [HTTP_METHOD_HEAD] = "HEAD",       [HTTP_METHOD_POST] = "POST",
    [HTTP_METHOD_PUT] = "PUT",         [HTTP_METHOD_DELETE] = "DELETE",
    [HTTP_METHOD_OPTIONS] = "OPTIONS", [HTTP_METHOD_PATCH] = "PATCH",
};

const char *http_method_name(enum http_method method)
{
    HTTP_ASSERT(method < HTTP_METHOD_MAX);
    return method_names[method];
}

static bool is_tchar(unsigned char c)
{
    return tchar_table[c] != 0;
}

static unsigned char lower(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') ? (unsigned char)(c | 0x20) : c;
}

/* ASCII case-insensitive equality of s[0..n) with the lowercase literal `lit`. */
static bool equals_lower(const char *s, size_t n, const char *lit)
{
    size_t i = 0;
    for (; i < n && lit[i]; i++)
        if (lower((unsigned char)s[i]) != (unsigned char)lit[i])
            return false;
    return i == n && lit[i] == '\0';
}

static bool is_ows(char c)
{
    return c == ' ' || c == '\t';
}

const struct http_header *http_request_header(const struct http_request *req, const char *name)
{
    size_t n = strlen(name);
    for (size_t i = 0; i < req->header_count; i++) {
        const struct http_header *h = &req->headers[i];
        if (h->name_len != n)
            continue;
        size_t j = 0;
        while (j < n && lower((unsigned char)h->name[j]) == lower((unsigned char)name[j]))
            j++;
        if (j == n)
            return h;
    }
    return NULL;
}

static void parser_reset(struct http_parser *p)
{
    const struct http_parser_limits *limits = p->limits;
    memset(p, 0, sizeof(*p));
    p->limits = limits;
    p->state = HTTP_PARSER_HEAD;
}

void http_parser_init(struct http_parser *p, const struct http_parser_limits *limits)
{
    HTTP_ASSERT(limits->header_count_max >= 1);
    HTTP_ASSERT(limits->header_count_max <= HTTP_HEADER_COUNT_CAPACITY);
    HTTP_ASSERT(limits->header_bytes_max <= HTTP_HEAD_BYTES_LIMIT);
    HTTP_ASSERT(limits->uri_bytes_max < limits->header_bytes_max);
    HTTP_ASSERT(limits->body_bytes_max <= HTTP_PARSER_BYTES_LIMIT);
    p->limits = limits;
    parser_reset(p);
}

static enum http_parse_result fail(struct http_parser *p, const struct http_error *error)
{
    p->state = HTTP_PARSER_ERROR;
    p->error = error;
    return HTTP_PARSE_ERROR;
}

const struct http_error *http_parser_error(const struct http_parser *p)
{
    return p->error;
}

bool http_parser_in_body(const struct http_parser *p)
{
    return p->state != HTTP_PARSER_HEAD && p->state != HTTP_PARSER_ERROR;
}

bool http_parser_expects_continue(const struct http_parser *p)
{
    return http_parser_in_body(p) && (p->flags & FLAG_EXPECT);
}

bool http_parser_started(const struct http_parser *p)
{
    return p->scan > 0 || p->state != HTTP_PARSER_HEAD;
}

size_t http_parser_bytes_wanted(const struct http_parser *p, size_t len)
{
    if (p->state == HTTP_PARSER_BODY_LENGTH)
        return (size_t)p->head_len + p->content_length;
    return len + 1;
}

static enum http_method method_lookup(const char *m, size_t n)
{
    for (int i = HTTP_METHOD_GET; i < HTTP_METHOD_MAX; i++)
        if (strlen(method_names[i]) == n && memcmp(method_names[i], m, n) == 0)
            return (enum http_method)i;
    return HTTP_METHOD_OTHER;
}

/* Validate "HTTP/d.d" (exactly 8 bytes). Returns NULL or the error. */
static const struct http_error *parse_version(struct http_parser *p, const char *v, size_t n)
{
    if (n != HTTP_VERSION_SUFFIX_BYTES - 1 || memcmp(v, "HTTP/", 5) != 0)
        return &err_bad_version;
    if (v[5] < '0' || v[5] > '9' || v[6] != '.' || v[7] < '0' || v[7] > '9')
        return &err_bad_version;
    if (v[5] != '1' || v[7] > '1')
        return &err_version;
    p->version_minor = (uint8_t)(v[7] - '0');
    return NULL;
}

/* Validate the request line buf[off..off+n) (line ending removed) and remember its parts
 * as offsets. */
static enum http_parse_result parse_request_line(struct http_parser *p, const char *buf,
                                                 uint32_t off, uint32_t n)
{
    const char *line = buf + off;
    uint32_t m = 0;
    while (m < n && is_tchar((unsigned char)line[m]))
        m++;
    if (m == 0 || m > HTTP_METHOD_BYTES_MAX || m == n || line[m] != ' ')
        return fail(p, m == n ? &err_bad_request_line : &err_bad_method);
    uint32_t t = m + 1, e = t;
    while (e < n && line[e] > 0x20 && line[e] < 0x7f)
        e++;
    if (e == t || e == n || line[e] != ' ')
        return fail(p, e == n ? &err_bad_request_line : &err_bad_target);
    const struct http_error *error = parse_version(p, line + e + 1, n - e - 1);
    if (error)
        return fail(p, error);
    p->method_len = (uint8_t)m;
    p->method = (uint8_t)method_lookup(line, m);
    if (line[t] == '*' && (e - t != 1 || p->method != HTTP_METHOD_OPTIONS))
        return fail(p, &err_bad_target);
    if (line[t] != '/' && line[t] != '*' && !(e - t > 7 && equals_lower(line + t, 7, "http://")) &&
        !(e - t > 8 && equals_lower(line + t, 8, "https://")))
        return fail(p, &err_bad_target);
    p->target_off = off + t;
    p->target_len = (uint16_t)(e - t);
    p->flags |= FLAG_REQUEST_LINE;
    return HTTP_PARSE_PARTIAL;
}

/* A request line still without its LF: fail early on what can never become valid. The
 * method is at most HTTP_METHOD_BYTES_MAX bytes, so this rescan is bounded. */
static enum http_parse_result check_partial_request_line(struct http_parser *p, const char *buf,
                                                         uint32_t len)
{
    uint32_t n = len - p->line_start;
    if (n > p->limits->uri_bytes_max + 1)
        return fail(p, &err_uri_too_long);
    const char *line = buf + p->line_start;
    for (uint32_t i = 0; i < n && i <= HTTP_METHOD_BYTES_MAX; i++) {
        if (line[i] == ' ')
            return HTTP_PARSE_PARTIAL;
        if (!is_tchar((unsigned char)line[i]) && !(line[i] == '\r' && i == 0))
            return fail(p, &err_bad_method);
    }
    return n > HTTP_METHOD_BYTES_MAX ? fail(p, &err_bad_method) : HTTP_PARSE_PARTIAL;
}

/* The next whole line from p->scan: true with *end at its '\n', *n its length without the
 * line end ("\r\n" or a bare "\n") and p->scan past it; false, with p->scan at len, while
 * the line's '\n' has not arrived. Lines start at p->line_start. */
static bool next_line(struct http_parser *p, const char *buf, uint32_t len, uint32_t *end,
                      uint32_t *n)
{
    const char *lf = memchr(buf + p->scan, '\n', len - p->scan);
    if (lf == NULL) {
        p->scan = len;
        return false;
    }
    *end = (uint32_t)(lf - buf);
    p->scan = *end + 1;
    *n = *end - p->line_start;
    if (*n > 0 && buf[*end - 1] == '\r')
        (*n)--;
    return true;
}

/* Look for the end of the head from where the last call stopped. Returns HTTP_PARSE_DONE
 * when the blank line is found (p->head_len set), PARTIAL or ERROR. */
static enum http_parse_result scan_head(struct http_parser *p, const char *buf, uint32_t len)
{
    const struct http_parser_limits *limits = p->limits;
    uint32_t end, n;
    while (p->scan < len && next_line(p, buf, len, &end, &n)) {
        if (p->scan > limits->header_bytes_max)
            return fail(p, &err_head_too_large);
        if (!(p->flags & FLAG_REQUEST_LINE)) {
            /* RFC 9112 2.2: empty lines before the request line are ignored. */
            if (n > 0) {
                if (n > limits->uri_bytes_max)
                    return fail(p, &err_uri_too_long);
                if (parse_request_line(p, buf, p->line_start, n) == HTTP_PARSE_ERROR)
                    return HTTP_PARSE_ERROR;
            }
        } else if (n == 0) {
            p->head_len = p->scan;
            return HTTP_PARSE_DONE;
        } else if (++p->fields > limits->header_count_max) {
            return fail(p, &err_too_many_headers);
        } else if (buf[p->line_start] == '\r') {
            return fail(p, &err_bad_line_end); /* "\r\r\n" must not hang as a field */
        }
        p->line_start = p->scan;
    }
    if (len > limits->header_bytes_max)
        return fail(p, &err_head_too_large);
    if (!(p->flags & FLAG_REQUEST_LINE))
        return check_partial_request_line(p, buf, len);
    return HTTP_PARSE_PARTIAL;
}

/* What the framing-relevant fields said, gathered over all header lines. */
struct field_summary {
    uint64_t length;
    const struct http_error *error; /* first syntax error */
    bool has_length;
    bool has_host;
    bool te_seen;
    bool te_chunked; /* chunked seen (must be the last coding) */
    bool te_other;   /* a coding other than chunked */
    bool conn_close;
    bool conn_keep_alive;
    bool expect_continue;
    bool expect_other;
};

/* Next element of a comma-separated list in [*s, end): OWS trimmed, empty ones skipped.
 * Returns false at the end. */
static bool list_next(const char **s, const char *end, const char **tok, size_t *tok_len)
{
    const char *c = *s;
    while (c < end && (*c == ',' || is_ows(*c)))
        c++;
    if (c == end)
        return false;
    const char *t = c;
    while (c < end && *c != ',')
        c++;
    const char *e = c;
    while (e > t && is_ows(e[-1]))
        e--;
    *tok = t;
    *tok_len = (size_t)(e - t);
    *s = c;
    return true;
}

static void summarise_length(struct field_summary *f, const char *v, size_t n)
{
    uint64_t value = 0;
    if (n == 0)
        f->error = f->error ? f->error : &err_bad_length;
    for (size_t i = 0; i < n; i++) {
        if (v[i] < '0' || v[i] > '9') {
            f->error = f->error ? f->error : &err_bad_length;
            return;
        }
        /* Saturate: any value this large is a 413 anyway. */
        value = value > (UINT64_MAX - 9) / 10 ? UINT64_MAX : value * 10 + (uint64_t)(v[i] - '0');
    }
    if (f->has_length && f->length != value)
        f->error = f->error ? f->error : &err_bad_length;
    f->has_length = true;
    f->length = value;
}

/* RFC 9112 3.2: a request with more than one Host, or an invalid one, is a 400. A second
 * Host is refused even when equal to the first, as nginx does: a proxy in front may have
 * picked the other one. A space or a slash can never be in an authority, and would let a
 * Host like "a/b" or "a b" reach logs and routing as if it named one host. */
static void summarise_host(struct field_summary *f, const char *v, size_t n)
{
    if (f->has_host)
        f->error = f->error ? f->error : &err_dup_host;
    f->has_host = true;
    for (size_t i = 0; i < n; i++)
        if (v[i] == ' ' || v[i] == '\t' || v[i] == '/')
            f->error = f->error ? f->error : &err_bad_host;
}

static void summarise_field(struct field_summary *f, const char *name, size_t name_len,
                            const char *v, size_t n)
{
    const char *tok, *end = v + n;
    size_t tok_len;
    switch (name_len) {
    case 4:
        if (equals_lower(name, name_len, "host"))
            summarise_host(f, v, n);
        break;
    case 6:
        if (equals_lower(name, name_len, "expect")) {
            if (equals_lower(v, n, "100-continue"))
                f->expect_continue = true;
            else
                f->expect_other = true;
        }
        break;
    case 10:
        if (!equals_lower(name, name_len, "connection"))
            break;
        while (list_next(&v, end, &tok, &tok_len)) {
            f->conn_close |= equals_lower(tok, tok_len, "close");
            f->conn_keep_alive |= equals_lower(tok, tok_len, "keep-alive");
        }
        break;
    case 14:
        if (equals_lower(name, name_len, "content-length"))
            summarise_length(f, v, n);
        break;
    case 17:
        if (!equals_lower(name, name_len, "transfer-encoding"))
            break;
        f->te_seen = true;
        while (list_next(&v, end, &tok, &tok_len)) {
            if (f->te_chunked) /* anything after chunked, even chunked again */
                f->error = f->error ? f->error : &err_bad_coding;
            if (equals_lower(tok, tok_len, "chunked"))
                f->te_chunked = true;
            else
                f->te_other = true;
        }
        break;
    }
}

/* Split one header line buf[a..e) (line ending removed) into name and value. */
static const struct http_error *split_field(const char *buf, uint32_t a, uint32_t e,
                                            struct http_header *h)
{
    const char *line = buf + a;
    uint32_t n = e - a, c = 0;
    if (is_ows(line[0]))
        return &err_obs_fold;
    while (c < n && is_tchar((unsigned char)line[c]))
        c++;
    if (c == 0 || c == n || line[c] != ':')
        return &err_bad_header;
    uint32_t vs = c + 1, ve = n;
    while (vs < ve && is_ows(line[vs]))
        vs++;
    while (ve > vs && is_ows(line[ve - 1]))
        ve--;
    for (uint32_t i = vs; i < ve; i++) {
        unsigned char ch = (unsigned char)line[i];
        if ((ch < 0x20 && ch != '\t') || ch == 0x7f)
            return &err_bad_header_value;
    }
    h->name = line;
    h->name_len = c;
    h->value = line + vs;
    h->value_len = ve - vs;
    return NULL;
}

/* Offset of the first header line: the request line is method SP target " HTTP/x.y". */
static uint32_t fields_start(const struct http_parser *p, const char *buf)
{
    uint32_t pos = p->target_off + p->target_len + HTTP_VERSION_SUFFIX_BYTES;
    return pos + (buf[pos] == '\r') + 1;
}

/* Split every header line of the (complete) head into req->headers and summarise them. */
static void parse_fields(const struct http_parser *p, const char *buf, struct http_request *req,
                         struct field_summary *f)
{
    uint32_t pos = fields_start(p, buf);
    memset(f, 0, sizeof(*f));
    req->header_count = 0;
    for (;;) {
        const char *lf = memchr(buf + pos, '\n', p->head_len - pos);
        HTTP_ASSERT(lf != NULL);
        uint32_t e = (uint32_t)(lf - buf);
        uint32_t next = e + 1;
        if (e > pos && buf[e - 1] == '\r')
            e--;
        if (e == pos)
            return;
        HTTP_ASSERT(req->header_count < HTTP_HEADER_COUNT_CAPACITY);
        struct http_header *h = &req->headers[req->header_count++];
        const struct http_error *error = split_field(buf, pos, e, h);
        if (error != NULL) {
            f->error = f->error ? f->error : error;
            return;
        }
        summarise_field(f, h->name, h->name_len, h->value, h->value_len);
        pos = next;
    }
}

/* The head is complete: check the fields and choose how the body is framed. */
static enum http_parse_result finish_head(struct http_parser *p, const char *buf,
                                          struct http_request *req)
{
    struct field_summary f;
    parse_fields(p, buf, req, &f);
    if (f.error != NULL)
        return fail(p, f.error);
    if (p->version_minor == 1 && !f.has_host)
        return fail(p, &err_no_host);
    if (f.te_seen && f.has_length)
        return fail(p, &err_length_and_chunked);
    if (f.te_seen && (!f.te_chunked || f.te_other))
        return fail(p, f.te_chunked || f.te_other ? &err_coding : &err_bad_coding);
    if (f.has_length && f.length > p->limits->body_bytes_max)
        return fail(p, &err_body_too_large);
    bool expect = p->version_minor == 1 && f.expect_continue;
    if (p->version_minor == 1 && f.expect_other)
        return fail(p, &err_expectation);
    bool keep_alive = p->version_minor == 1 ? !f.conn_close : f.conn_keep_alive && !f.conn_close;
    if (f.te_seen && p->version_minor == 0)
        keep_alive = false; /* RFC 9112 6.1: a chunked HTTP/1.0 request ends the connection */
    p->flags |= (keep_alive ? FLAG_KEEP_ALIVE : 0) | (expect ? FLAG_EXPECT : 0);
    if (f.te_seen) {
        p->flags |= FLAG_CHUNKED;
        p->state = HTTP_PARSER_CHUNK_SIZE;
        p->body_out = p->head_len;
        p->scan = p->head_len;
        p->aux = 0;
    } else if (f.has_length && f.length > 0) {
        p->flags |= FLAG_HAS_LENGTH;
        p->content_length = (uint32_t)f.length;
        p->state = HTTP_PARSER_BODY_LENGTH;
    } else {
        p->flags |= f.has_length ? FLAG_HAS_LENGTH : 0;
    }
    return HTTP_PARSE_PARTIAL;
}

static int hex_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c = (char)lower((unsigned char)c);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* One byte of a chunk-size line: hex digits, then optional extensions (ignored), then
 * CRLF or LF. */
static enum http_parse_result chunk_size_byte(struct http_parser *p, char c)
{
    if (++p->aux > HTTP_CHUNK_LINE_BYTES_MAX)
        return fail(p, &err_bad_chunk);
    int v = hex_value(c);
    if (p->state == HTTP_PARSER_CHUNK_SIZE && v >= 0) {
        uint64_t decoded = p->body_out - p->head_len;
        p->chunk_remaining = p->chunk_remaining * 16 + (uint64_t)v;
        if (p->chunk_remaining > p->limits->body_bytes_max - decoded)
            return fail(p, &err_body_too_large);
        return HTTP_PARSE_PARTIAL;
    }
    if (p->state == HTTP_PARSER_CHUNK_SIZE && p->aux == 1)
        return fail(p, &err_bad_chunk); /* no digits */
    if (p->state == HTTP_PARSER_CHUNK_SIZE_LF && c != '\n')
        return fail(p, &err_bad_line_end);
    if (c == '\r') {
        p->state = HTTP_PARSER_CHUNK_SIZE_LF;
    } else if (c == '\n') {
        p->aux = 0;
        p->state = p->chunk_remaining ? HTTP_PARSER_CHUNK_DATA : HTTP_PARSER_TRAILER;
    } else if (p->state == HTTP_PARSER_CHUNK_SIZE && c != ';' && !is_ows(c)) {
        return fail(p, &err_bad_chunk);
    } else if ((unsigned char)c < 0x20 && c != '\t') {
        return fail(p, &err_bad_chunk);
    } else {
        p->state = HTTP_PARSER_CHUNK_EXT;
    }
    if (p->state == HTTP_PARSER_TRAILER) {
        p->line_start = p->scan + 1;
        p->fields = 0; /* trailers get their own field count (and byte count, aux) */
    }
    return HTTP_PARSE_PARTIAL;
}

/* Trailer lines after the last chunk, until the blank line. Returns DONE at its end. */
static enum http_parse_result scan_trailers(struct http_parser *p, const char *buf, uint32_t len)
{
    uint32_t end, n;
    while (p->scan < len && next_line(p, buf, len, &end, &n)) {
        if (n == 0)
            return HTTP_PARSE_DONE;
        if (++p->fields > p->limits->header_count_max)
            return fail(p, &err_too_many_headers);
        if ((uint32_t)p->aux + (end + 1 - p->line_start) > p->limits->header_bytes_max)
            return fail(p, &err_head_too_large);
        p->aux = (uint16_t)(p->aux + (end + 1 - p->line_start));
        p->line_start = p->scan;
    }
    if ((uint32_t)p->aux + (len - p->line_start) > p->limits->header_bytes_max)
        return fail(p, &err_head_too_large);
    return HTTP_PARSE_PARTIAL;
}

/* Run the chunked decoder over buf[scan..len). Returns DONE after the last trailer line. */
static enum http_parse_result decode_chunks(struct http_parser *p, char *buf, uint32_t len)
{
    while (p->scan < len) {
        char c = buf[p->scan];
        switch (p->state) {
        case HTTP_PARSER_CHUNK_SIZE:
        case HTTP_PARSER_CHUNK_EXT:
        case HTTP_PARSER_CHUNK_SIZE_LF:
            if (chunk_size_byte(p, c) == HTTP_PARSE_ERROR)
                return HTTP_PARSE_ERROR;
            p->scan++;
            break;
        case HTTP_PARSER_CHUNK_DATA: {
            uint32_t n = len - p->scan;
            if (n > p->chunk_remaining)
                n = (uint32_t)p->chunk_remaining;
            memmove(buf + p->body_out, buf + p->scan, n);
            p->body_out += n;
            p->scan += n;
            p->chunk_remaining -= n;
            if (p->chunk_remaining == 0)
                p->state = HTTP_PARSER_CHUNK_DATA_CR;
            break;
        }
        case HTTP_PARSER_CHUNK_DATA_CR:
        case HTTP_PARSER_CHUNK_DATA_LF:
            if (c == '\r' && p->state == HTTP_PARSER_CHUNK_DATA_CR) {
                p->state = HTTP_PARSER_CHUNK_DATA_LF;
            } else if (c == '\n') {
                p->state = HTTP_PARSER_CHUNK_SIZE;
            } else {
                return fail(p, &err_bad_chunk);
            }
            p->scan++;
            break;
        case HTTP_PARSER_TRAILER:
            return scan_trailers(p, buf, len);
        default:
            HTTP_ASSERT(!"chunk decoder in a non-chunk state");
        }
    }
    return HTTP_PARSE_PARTIAL;
}

/* Drop the framing bytes between the decoded body and what is still to be examined. */
static uint32_t compact_chunked(struct http_parser *p, char *buf, uint32_t len)
{
    uint32_t keep = p->state == HTTP_PARSER_TRAILER ? p->line_start : p->scan;
    HTTP_ASSERT(keep >= p->body_out);
    HTTP_ASSERT(keep <= len);
    uint32_t gap = keep - p->body_out;
    if (gap == 0)
        return len;
    memmove(buf + p->body_out, buf + keep, len - keep);
    p->scan -= gap;
    if (p->state == HTTP_PARSER_TRAILER)
        p->line_start -= gap;
    return len - gap;
}

/* Path and query of the target; for absolute-form the scheme and authority are skipped. */
static void split_target(struct http_request *req)
{
    const char *t = req->target, *end = t + req->target_len;
    if (t[0] != '/' && t[0] != '*') {
        t = memchr(t, ':', req->target_len) + 3; /* "http://" or "https://", checked */
        while (t < end && *t != '/' && *t != '?')
            t++;
    }
    const char *q = t < end ? memchr(t, '?', (size_t)(end - t)) : NULL;
    req->path = t < end && *t != '?' ? t : "/";
    req->path_len = t < end && *t != '?' ? (size_t)((q ? q : end) - t) : 1;
    req->query = q ? q + 1 : NULL;
    req->query_len = q ? (size_t)(end - q - 1) : 0;
}

static void fill_request(const struct http_parser *p, char *buf, struct http_request *req)
{
    req->method = (enum http_method)p->method;
    req->method_str = buf + p->target_off - 1 - p->method_len;
    req->method_len = p->method_len;
    req->target = buf + p->target_off;
    req->target_len = p->target_len;
    split_target(req);
    req->version_minor = p->version_minor;
    req->keep_alive = (p->flags & FLAG_KEEP_ALIVE) != 0;
    req->expect_continue = (p->flags & FLAG_EXPECT) != 0;
    req->chunked = (p->flags & FLAG_CHUNKED) != 0;
    req->content_length = (p->flags & FLAG_HAS_LENGTH) ? (int64_t)p->content_length : -1;
    const struct http_header *ct = http_request_header(req, "content-type");
    req->content_type = ct ? ct->value : NULL;
    req->content_type_len = ct ? ct->value_len : 0;
    uint32_t body_end = req->chunked ? p->body_out : p->head_len + p->content_length;
    req->body = body_end > p->head_len ? buf + p->head_len : NULL;
    req->body_len = body_end - p->head_len;
}

void http_parser_head(const struct http_parser *p, char *buf, struct http_request *req)
{
    HTTP_ASSERT(http_parser_in_body(p));
    struct field_summary f;
    parse_fields(p, buf, req, &f);
    fill_request(p, buf, req);
    req->body = NULL;
    req->body_len = 0;
}

enum http_parse_result http_parser_execute(struct http_parser *p, char *buf, size_t *len,
                                           struct http_request *req, size_t *consumed)
{
    HTTP_ASSERT(*len < 2 * (size_t)HTTP_PARSER_BYTES_LIMIT);
    HTTP_ASSERT(p->state < HTTP_PARSER_STATE_MAX);
    uint32_t n = (uint32_t)*len;
    bool fields_parsed = false;
    enum http_parse_result r;
    if (p->state == HTTP_PARSER_ERROR)
        return HTTP_PARSE_ERROR;
    if (p->state == HTTP_PARSER_HEAD) {
        r = scan_head(p, buf, n);
        if (r != HTTP_PARSE_DONE)
            return r;
        if (finish_head(p, buf, req) == HTTP_PARSE_ERROR)
            return HTTP_PARSE_ERROR;
        fields_parsed = true;
    }
    if (p->state == HTTP_PARSER_BODY_LENGTH) {
        if (n - p->head_len < p->content_length)
            return HTTP_PARSE_PARTIAL;
        *consumed = p->head_len + p->content_length;
    } else if (p->state != HTTP_PARSER_HEAD) {
        r = decode_chunks(p, buf, n);
        if (r == HTTP_PARSE_PARTIAL)
            *len = compact_chunked(p, buf, n);
        if (r != HTTP_PARSE_DONE)
            return r;
        *consumed = p->scan;
    } else {
        *consumed = p->head_len;
    }
    if (!fields_parsed) {
        struct field_summary f;
        parse_fields(p, buf, req, &f); /* validated before: only re-splits the fields */
    }
    fill_request(p, buf, req);
    parser_reset(p);
    return HTTP_PARSE_DONE;
}
