/* load_response.h — incremental HTTP/1.1 response parser for brigade-load.
 *
 * Fed with whatever recv() returned; consumes the status line and headers only once the whole
 * header block is present (so the caller keeps unconsumed bytes and appends the next read),
 * and consumes body bytes as they come (Content-Length or chunked), so a body never has to
 * fit in the receive buffer. Optionally keeps a copy of the body (de-chunked) for checks.
 * Responses without a length (read-until-close) are rejected: a keep-alive benchmark cannot
 * tell where they end. */
#ifndef BRIGADE_BENCH_LOAD_RESPONSE_H
#define BRIGADE_BENCH_LOAD_RESPONSE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum {
    LOAD_RESPONSE_LINE_BYTES_MAX = 1024, /* a chunk-size or trailer line longer than this is bad */
    LOAD_RESPONSE_STATUS_MAX = 999,
};

enum load_response_state {
    LOAD_RESPONSE_STATE_HEAD,
    LOAD_RESPONSE_STATE_BODY,
    LOAD_RESPONSE_STATE_CHUNK_SIZE,
    LOAD_RESPONSE_STATE_CHUNK_DATA,
    LOAD_RESPONSE_STATE_CHUNK_CRLF,
    LOAD_RESPONSE_STATE_TRAILERS,
    LOAD_RESPONSE_STATE_MAX,
};

struct load_response {
    enum load_response_state state;
    int status;         /* valid once the head is parsed */
    bool close;         /* the server will close after this response */
    bool head_request;  /* the request was HEAD: no body whatever the headers say */
    uint64_t body_left; /* bytes left in the body or current chunk */
    char *body;         /* caller-owned copy buffer, NULL = don't keep the body */
    size_t body_cap;
    size_t body_len;
    bool body_truncated; /* the body was longer than body_cap */
};

/* Results of load_response_feed(). Errors are negative. */
enum {
    LOAD_RESPONSE_MORE = 0,       /* all given bytes that can be used now were consumed */
    LOAD_RESPONSE_DONE = 1,       /* one whole response was consumed; call begin() for the next */
    LOAD_RESPONSE_EBADHEAD = -1,  /* malformed status line or header */
    LOAD_RESPONSE_ENOLENGTH = -2, /* neither Content-Length nor chunked */
    LOAD_RESPONSE_EBADCHUNK = -3, /* malformed chunked framing */
};

/* Prepare for the next response. body/body_cap: where to keep a copy of the body (NULL, 0 for
 * none); the buffer stays owned by the caller. */
void load_response_begin(struct load_response *r, bool head_request, char *body, size_t body_cap);

/* Consume bytes from buf[0..len). *consumed is set to the bytes used (always set). Returns
 * LOAD_RESPONSE_DONE when a response ended (bytes after it are not consumed),
 * LOAD_RESPONSE_MORE when more input is needed (an incomplete head or chunk line is left
 * unconsumed: the caller keeps it and appends), or a negative LOAD_RESPONSE_E* on bad input
 * (the connection can not be resynchronised). A 1xx interim response is skipped. */
int load_response_feed(struct load_response *r, const char *buf, size_t len, size_t *consumed);

/* Static text for a result code. */
const char *load_response_strerror(int code);

#endif
