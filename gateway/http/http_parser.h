/* http_parser.h — an incremental, zero-copy HTTP/1.1 request parser.
 *
 * In the spirit of picohttpparser: the parsed request is pointers and lengths into the
 * caller's buffer, nothing is copied. Unlike picohttpparser it is resumable: the parser
 * remembers how far it has looked, so feeding a request one byte at a time costs the same
 * as feeding it whole (each byte is examined a bounded number of times, never rescanned
 * per chunk).
 *
 * Protocol decisions (RFC 9112 unless said otherwise):
 * - Request line: `METHOD SP request-target SP HTTP/x.y`, single spaces. Methods are any
 *   token; the common ones are recognised into enum http_method. Targets are origin-form
 *   ("/path?query"), "*" (OPTIONS only) or absolute-form ("http://host/path", the path is
 *   taken from it). Bytes outside 0x21..0x7E in the target are rejected.
 * - Versions HTTP/1.0 and HTTP/1.1 are served; any other well-formed version (including
 *   the HTTP/2 connection preface "PRI * HTTP/2.0") is answered 505.
 * - Line endings: CRLF, and bare LF is accepted as nginx does (RFC 9112 2.2 allows it);
 *   a CR not followed by LF is a 400. Empty lines before the request line are skipped.
 * - HTTP/1.1 requests must carry Host (400 otherwise), as RFC 9112 3.2 requires; any
 *   request with two Host fields (equal or not, as nginx does) or a Host holding SP, HTAB
 *   or '/' is a 400.
 * - obs-fold (a header line starting with SP or HTAB) is a 400, as nginx does.
 * - Header values may hold HTAB, visible ASCII and obs-text (0x80..0xFF); NUL and other
 *   control bytes are a 400. Whitespace between a field name and ':' is a 400.
 * - Bodies: Content-Length, or Transfer-Encoding whose final coding is chunked. Both
 *   together: 400. A coding other than chunked: 501. Chunk extensions are ignored,
 *   trailers are accepted (bounded by header_bytes_max) and ignored. Chunked bodies are
 *   decoded in place: the decoded body is contiguous right after the head.
 * - Keep-alive: HTTP/1.1 defaults to keep-alive unless `Connection: close`; HTTP/1.0
 *   defaults to close unless `Connection: keep-alive`. A chunked HTTP/1.0 request closes.
 * - `Expect: 100-continue` sets expect_continue; any other expectation is a 417.
 *
 * Errors carry their status, a stable machine code and a short reason (static strings):
 *   400 bad_request            malformed request line, header, Content-Length, chunk, ...
 *   413 payload_too_large      Content-Length or decoded chunked body > body_bytes_max
 *   414 uri_too_long           request line > uri_bytes_max
 *   417 expectation_failed     Expect other than 100-continue
 *   431 header_too_large       head > header_bytes_max, or > header_count_max fields
 *   501 not_implemented        Transfer-Encoding other than chunked
 *   505 version_not_supported  HTTP version other than 1.0 / 1.1
 */
#ifndef BRIGADE_GATEWAY_HTTP_PARSER_H
#define BRIGADE_GATEWAY_HTTP_PARSER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "kernels/assert.h"

/* Broken invariant: abort with file:line (stays on in release builds). */
#define HTTP_ASSERT(cond) BRIGADE_ASSERT(cond)

/* Capacity of struct http_request's header array; header_count_max must not exceed it. */
#define HTTP_HEADER_COUNT_CAPACITY 128
/* A chunk-size line (size, extensions) longer than this is a 400. */
#define HTTP_CHUNK_LINE_BYTES_MAX 1024
/* Offsets are 32-bit: no limit may reach this. */
#define HTTP_PARSER_BYTES_LIMIT (1u << 30)
/* Head sizes are counted in 16 bits: header_bytes_max may not exceed this. */
#define HTTP_HEAD_BYTES_LIMIT 65535u
/* Longest method token. */
#define HTTP_METHOD_BYTES_MAX 32

enum http_method {
    HTTP_METHOD_OTHER, /* a valid token that is none of the below: see req->method_str */
    HTTP_METHOD_GET,
    HTTP_METHOD_HEAD,
    HTTP_METHOD_POST,
    HTTP_METHOD_PUT,
    HTTP_METHOD_DELETE,
    HTTP_METHOD_OPTIONS,
    HTTP_METHOD_PATCH,
    HTTP_METHOD_MAX,
};

/* "GET", ... for a known method, "OTHER" for HTTP_METHOD_OTHER. */
const char *http_method_name(enum http_method method);

struct http_header {
    const char *name;  /* as sent (case preserved); not NUL-terminated */
    const char *value; /* leading and trailing whitespace removed */
    uint32_t name_len;
    uint32_t value_len;
};

/* A parsed request. Every pointer points into the buffer given to http_parser_execute and
 * is valid only while that buffer is unchanged. Nothing is NUL-terminated. */
struct http_request {
    enum http_method method;
    const char *method_str;
    size_t method_len;
    const char *target; /* request-target as sent */
    size_t target_len;
    const char *path; /* target up to '?' (the path part of an absolute-form target) */
    size_t path_len;
    const char *query; /* after '?', NULL when the target has no '?' */
    size_t query_len;
    int version_minor; /* 0 or 1: HTTP/1.0 or HTTP/1.1 */
    bool keep_alive;   /* the connection may carry another request after this one */
    bool expect_continue;
    bool chunked;
    int64_t content_length;   /* -1 when the request had no Content-Length */
    const char *content_type; /* value of Content-Type, NULL when absent */
    size_t content_type_len;
    char *body; /* decoded body (chunked: de-chunked in place); NULL when empty */
    size_t body_len;
    size_t header_count;
    struct http_header headers[HTTP_HEADER_COUNT_CAPACITY];
};

/* The first header named `name` (ASCII case-insensitive), or NULL. */
const struct http_header *http_request_header(const struct http_request *req, const char *name);

struct http_parser_limits {
    uint32_t header_bytes_max; /* request line + headers + the blank line, and trailers */
    uint32_t header_count_max; /* <= HTTP_HEADER_COUNT_CAPACITY */
    uint32_t uri_bytes_max;    /* request line, without its line ending */
    uint32_t body_bytes_max;   /* decoded body */
};

/* The defaults `brigade serve` uses: 8 KiB head, 100 fields, 4 KiB request line, 1 MiB body. */
extern const struct http_parser_limits http_parser_limits_default;

struct http_error {
    int status;         /* 400, 413, 414, 417, 431, 501 or 505 */
    const char *code;   /* machine code, e.g. "header_too_large" */
    const char *reason; /* one short sentence for the JSON error's message */
};

enum http_parse_result {
    HTTP_PARSE_ERROR = -1,  /* parser->error says why; the connection must close */
    HTTP_PARSE_DONE = 0,    /* a whole request; *req filled, *consumed set */
    HTTP_PARSE_PARTIAL = 1, /* need more bytes; progress is remembered */
};

/* Where the parser is inside the current request. */
enum http_parser_state {
    HTTP_PARSER_HEAD, /* nothing yet, or part of the head */
    HTTP_PARSER_BODY_LENGTH,
    HTTP_PARSER_CHUNK_SIZE,
    HTTP_PARSER_CHUNK_EXT,
    HTTP_PARSER_CHUNK_SIZE_LF,
    HTTP_PARSER_CHUNK_DATA,
    HTTP_PARSER_CHUNK_DATA_CR,
    HTTP_PARSER_CHUNK_DATA_LF,
    HTTP_PARSER_TRAILER,
    HTTP_PARSER_ERROR,
    HTTP_PARSER_STATE_MAX,
};

/* Parser state: 64 bytes, no pointers into the buffer (offsets only), so the caller may
 * move or grow its buffer between calls. Fields are private; use the functions below. */
struct http_parser {
    const struct http_parser_limits *limits;
    const struct http_error *error;
    uint64_t chunk_remaining; /* bytes left in the current chunk */
    uint32_t scan;            /* bytes already examined */
    uint32_t line_start;      /* offset of the line being scanned */
    uint32_t head_len;        /* offset just past the head's blank line; 0 while unknown */
    uint32_t body_out;        /* chunked: end of the decoded body so far */
    uint32_t content_length;
    uint32_t target_off;
    uint16_t target_len;
    uint16_t fields; /* header (or trailer) lines seen */
    uint16_t aux;    /* bytes of the current chunk-size line, or of the trailers */
    uint8_t state;   /* enum http_parser_state */
    uint8_t method_len;
    uint8_t method;
    uint8_t version_minor;
    uint8_t flags;
};

/* Prepare `p` for the first request of a connection. `limits` must outlive the parser and
 * respect HTTP_HEADER_COUNT_CAPACITY, HTTP_HEAD_BYTES_LIMIT, HTTP_PARSER_BYTES_LIMIT and
 * uri_bytes_max < header_bytes_max (asserted). */
void http_parser_init(struct http_parser *p, const struct http_parser_limits *limits);

/* Parse the request that starts at buf[0]. `*len` is how many bytes buf holds: the bytes
 * given in earlier PARTIAL calls (same content, possibly moved) plus any new ones.
 * Returns:
 *  HTTP_PARSE_DONE: *req is filled (pointers into buf), *consumed is how many bytes of buf
 *    the request took (the next request starts at buf + *consumed). The parser is reset
 *    for that next request.
 *  HTTP_PARSE_PARTIAL: more bytes are needed. While de-chunking, the parser drops chunk
 *    framing it has consumed: *len may shrink, and buf[0..*len) is what must be kept.
 *  HTTP_PARSE_ERROR: http_parser_error(p) says why; the parser stays failed.
 * `buf` is written only to decode chunked bodies in place. */
enum http_parse_result http_parser_execute(struct http_parser *p, char *buf, size_t *len,
                                           struct http_request *req, size_t *consumed);

/* The error after HTTP_PARSE_ERROR (NULL before). Static storage. */
const struct http_error *http_parser_error(const struct http_parser *p);

/* True once the head is complete and the body is still incomplete. */
bool http_parser_in_body(const struct http_parser *p);

/* True when the head is complete and asked for 100-continue. */
bool http_parser_expects_continue(const struct http_parser *p);

/* True when bytes of the current request have been seen (part of a head or a body). */
bool http_parser_started(const struct http_parser *p);

/* While the body is incomplete (http_parser_in_body): fill *req from the head alone, the
 * request line and fields, with no body; `buf` as for http_parser_execute. For decisions
 * taken before the body arrives (whether to invite it with 100 Continue). */
void http_parser_head(const struct http_parser *p, char *buf, struct http_request *req);

/* How many bytes buf must hold to complete the current request: known for a
 * Content-Length body (head + body); otherwise the bytes held plus one. A bound for the
 * caller's buffer growth (growing past it is wasted while this request lasts). */
size_t http_parser_bytes_wanted(const struct http_parser *p, size_t len);

#endif
