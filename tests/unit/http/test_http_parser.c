/* test_http_parser.c — one test per protocol rule of gateway/http/http_parser.h, and every
 * request split at every byte boundary (and fed byte by byte) parses exactly as whole. */
#include "check.h"

#include "gateway/http/http_parser.h"

#define WORK_BYTES (64 * 1024)

/* A canonical text form of a parse result, so whole and split parses compare exactly. */
struct outcome {
    int result;
    int status; /* error status, 0 when none */
    char text[4096];
};

static void describe(struct outcome *o, const struct http_request *req, const char *rest,
                     size_t rest_len)
{
    int n = snprintf(o->text, sizeof(o->text),
                     "%d %.*s %.*s path=%.*s query=%.*s 1.%d ka=%d ec=%d ch=%d cl=%lld ct=%.*s",
                     o->result, (int)req->method_len, req->method_str, (int)req->target_len,
                     req->target, (int)req->path_len, req->path, (int)req->query_len,
                     req->query ? req->query : "", req->version_minor, req->keep_alive,
                     req->expect_continue, req->chunked, (long long)req->content_length,
                     (int)req->content_type_len, req->content_type ? req->content_type : "");
    for (size_t i = 0; i < req->header_count && n < (int)sizeof(o->text) - 200; i++)
        n += snprintf(o->text + n, sizeof(o->text) - (size_t)n, " [%.*s|%.*s]",
                      (int)req->headers[i].name_len, req->headers[i].name,
                      (int)req->headers[i].value_len, req->headers[i].value);
    snprintf(o->text + n, sizeof(o->text) - (size_t)n, " body=%.*s rest=%.*s",
             (int)(req->body_len < 300 ? req->body_len : 300), req->body ? req->body : "",
             (int)rest_len, rest);
}

/* Parse `in` delivered in pieces ending at cuts[0] < cuts[1] < ... < n (the last cut is n). */
static struct outcome parse_cuts(const char *in, size_t n, const size_t *cuts, size_t ncuts,
                                 const struct http_parser_limits *limits)
{
    static char work[WORK_BYTES];
    static struct http_request req;
    struct outcome o = {.result = HTTP_PARSE_PARTIAL};
    struct http_parser p;
    http_parser_init(&p, limits);
    size_t have = 0, taken = 0;
    for (size_t c = 0; c < ncuts; c++) {
        memcpy(work + have, in + taken, cuts[c] - taken);
        have += cuts[c] - taken;
        taken = cuts[c];
        size_t consumed = 0;
        o.result = http_parser_execute(&p, work, &have, &req, &consumed);
        if (o.result == HTTP_PARSE_ERROR) {
            o.status = http_parser_error(&p)->status;
            snprintf(o.text, sizeof(o.text), "error %d %s", o.status, http_parser_error(&p)->code);
            return o;
        }
        if (o.result == HTTP_PARSE_DONE) {
            /* the rest is what follows in this buffer plus what was never delivered */
            char rest[WORK_BYTES];
            size_t rest_len = have - consumed;
            memcpy(rest, work + consumed, rest_len);
            memcpy(rest + rest_len, in + taken, n - taken);
            describe(&o, &req, rest, rest_len + n - taken);
            return o;
        }
    }
    snprintf(o.text, sizeof(o.text), "partial");
    return o;
}

static struct outcome parse_whole(const char *in, const struct http_parser_limits *limits)
{
    size_t n = strlen(in);
    return parse_cuts(in, n, &n, 1, limits);
}

/* Whole == split at every boundary == one byte at a time. */
static void check_splits(const char *in, const struct http_parser_limits *limits)
{
    size_t n = strlen(in);
    struct outcome whole = parse_whole(in, limits);
    for (size_t k = 1; k < n; k++) {
        size_t cuts[2] = {k, n};
        struct outcome split = parse_cuts(in, n, cuts, 2, limits);
        if (strcmp(split.text, whole.text) != 0) {
            fprintf(stderr, "split at %zu of:\n%s\n", k, in);
            CHECK_STR_EQ(split.text, whole.text);
            return;
        }
    }
    static size_t cuts[WORK_BYTES];
    for (size_t k = 0; k < n; k++)
        cuts[k] = k + 1;
    struct outcome bytes = parse_cuts(in, n, cuts, n, limits);
    CHECK_STR_EQ(bytes.text, whole.text);
}

static const struct http_parser_limits *lim(void)
{
    return &http_parser_limits_default;
}

static int status_of(const char *in)
{
    struct outcome o = parse_whole(in, lim());
    return o.result == HTTP_PARSE_ERROR ? o.status : o.result == HTTP_PARSE_DONE ? 0 : -1;
}

static void test_simple_get(void)
{
    const char *in = "GET /v1/menu?lang=en&x=1 HTTP/1.1\r\nHost: a\r\nUser-Agent: t \r\n\r\n";
    struct outcome o = parse_whole(in, lim());
    CHECK_INT_EQ(o.result, HTTP_PARSE_DONE);
    CHECK_STR_EQ(o.text, "0 GET /v1/menu?lang=en&x=1 path=/v1/menu query=lang=en&x=1 1.1 ka=1 "
                         "ec=0 ch=0 cl=-1 ct= [Host|a] [User-Agent|t] body= rest=");
}

static void test_keep_alive_rules(void)
{
    CHECK(strstr(parse_whole("GET / HTTP/1.0\r\n\r\n", lim()).text, " ka=0 "));
    CHECK(strstr(parse_whole("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n", lim()).text,
                 " ka=1 "));
    CHECK(strstr(parse_whole("GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n", lim()).text,
                 " ka=0 "));
    CHECK(strstr(
        parse_whole("GET / HTTP/1.1\r\nHost: a\r\nConnection: keep-alive, Upgrade\r\n\r\n", lim())
            .text,
        " ka=1 "));
    CHECK(
        strstr(parse_whole("GET / HTTP/1.1\r\nHost: a\r\nConnection: x, CLOSE\r\n\r\n", lim()).text,
               " ka=0 "));
    /* a chunked HTTP/1.0 request closes the connection */
    CHECK(strstr(parse_whole("POST / HTTP/1.0\r\nConnection: keep-alive\r\nTransfer-Encoding: "
                             "chunked\r\n\r\n0\r\n\r\n",
                             lim())
                     .text,
                 " ka=0 "));
}

static void test_content_length_body(void)
{
    const char *in = "POST /v1/echo HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\n"
                     "Content-Length: 7\r\n\r\n{\"a\":1}GET / HTTP/1.1\r\n";
    struct outcome o = parse_whole(in, lim());
    CHECK(strstr(o.text, " cl=7 ct=application/json ") != NULL);
    CHECK(strstr(o.text, " body={\"a\":1} rest=GET / HTTP/1.1\r\n") != NULL);
    /* identical duplicates are accepted */
    CHECK_INT_EQ(status_of("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\n"
                           "Content-Length: 1\r\n\r\nx"),
                 0);
    CHECK_INT_EQ(status_of("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\n\r\n"), 0);
}

static void test_chunked_body(void)
{
    const char *in = "POST /c HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
                     "5;ext=1\r\nhello\r\n1A\r\nabcdefghijklmnopqrstuvwxyz\r\n"
                     "0\r\nX-Trailer: t\r\n\r\nNEXT";
    struct outcome o = parse_whole(in, lim());
    CHECK_INT_EQ(o.result, HTTP_PARSE_DONE);
    CHECK(strstr(o.text, " ch=1 cl=-1 ") != NULL);
    CHECK(strstr(o.text, " body=helloabcdefghijklmnopqrstuvwxyz rest=NEXT") != NULL);
    /* bare LF line endings inside the chunked framing too */
    o = parse_whole("POST / HTTP/1.1\nHost: a\nTransfer-Encoding: chunked\n\n3\nabc\n0\n\n", lim());
    CHECK(strstr(o.text, " body=abc rest=") != NULL);
    /* Transfer-Encoding values are case-insensitive lists */
    CHECK_INT_EQ(status_of("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: Chunked\r\n\r\n"
                           "0\r\n\r\n"),
                 0);
}

static void test_expect(void)
{
    CHECK(strstr(parse_whole("POST / HTTP/1.1\r\nHost: a\r\nExpect: 100-Continue\r\n"
                             "Content-Length: 1\r\n\r\nx",
                             lim())
                     .text,
                 " ec=1 "));
    CHECK_INT_EQ(status_of("POST / HTTP/1.1\r\nHost: a\r\nExpect: something\r\n\r\n"), 417);
    /* HTTP/1.0 clients cannot take a 100: the expectation is ignored */
    CHECK(strstr(parse_whole("POST / HTTP/1.0\r\nExpect: 100-continue\r\n\r\n", lim()).text,
                 " ec=0 "));
}

static void test_line_endings(void)
{
    /* bare LF is accepted (as nginx does) */
    struct outcome o = parse_whole("GET /lf HTTP/1.1\nHost: a\n\n", lim());
    CHECK(strstr(o.text, "0 GET /lf path=/lf") == o.text);
    /* leading empty lines are skipped */
    o = parse_whole("\r\n\r\nGET /x HTTP/1.1\r\nHost: a\r\n\r\n", lim());
    CHECK(strstr(o.text, "0 GET /x ") == o.text);
    /* a CR that is not followed by LF is a 400 */
    CHECK_INT_EQ(status_of("GET / HTTP/1.1\r\nHost: a\rb\r\n\r\n"), 400);
    CHECK_INT_EQ(status_of("GET / HTTP/1.1\r\r\nHost: a\r\n\r\n"), 400);
    CHECK_INT_EQ(status_of("GET / HTTP/1.1\r\nHost: a\r\n\r\r\n"), 400);
}

static void test_request_line_errors(void)
{
    CHECK_INT_EQ(status_of("G@T / HTTP/1.1\r\nHost: a\r\n\r\n"), 400);
    CHECK_INT_EQ(status_of("GET  / HTTP/1.1\r\nHost: a\r\n\r\n"), 400);
    CHECK_INT_EQ(status_of("GET /\r\nHost: a\r\n\r\n"), 400);
    CHECK_INT_EQ(status_of("GET / HTTP/1.1 \r\nHost: a\r\n\r\n"), 400);
    CHECK_INT_EQ(status_of("GET /a b HTTP/1.1\r\nHost: a\r\n\r\n"), 400);
    CHECK_INT_EQ(status_of("GET / HTTX/1.1\r\nHost: a\r\n\r\n"), 400);
    CHECK_INT_EQ(status_of("GET / HTTP/1.10\r\nHost: a\r\n\r\n"), 400);
    CHECK_INT_EQ(status_of("GET nopath HTTP/1.1\r\nHost: a\r\n\r\n"), 400);
    CHECK_INT_EQ(status_of("GET * HTTP/1.1\r\nHost: a\r\n\r\n"), 400);
    CHECK_INT_EQ(status_of("OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\n"), 0);
    CHECK_INT_EQ(status_of("GET /\x7f HTTP/1.1\r\nHost: a\r\n\r\n"), 400);
    CHECK_INT_EQ(status_of("GET /\xc3\xa9 HTTP/1.1\r\nHost: a\r\n\r\n"), 400);
    /* garbage fails before any line end arrives */
    struct http_parser p;
    struct http_request req;
    char tls[] = "\x16\x03\x01\x02";
    size_t len = 4, consumed = 0;
    http_parser_init(&p, lim());
    CHECK_INT_EQ(http_parser_execute(&p, tls, &len, &req, &consumed), HTTP_PARSE_ERROR);
    CHECK_INT_EQ(http_parser_error(&p)->status, 400);
    /* unknown but valid method tokens parse */
    struct outcome o = parse_whole("BREW /pot HTTP/1.1\r\nHost: a\r\n\r\n", lim());
    CHECK(strstr(o.text, "0 BREW /pot ") == o.text);
    /* absolute-form: the path comes from it */
    o = parse_whole("GET http://example.com:80/p/q?z=1 HTTP/1.1\r\nHost: a\r\n\r\n", lim());
    CHECK(strstr(o.text, " path=/p/q query=z=1 ") != NULL);
    o = parse_whole("GET https://example.com HTTP/1.1\r\nHost: a\r\n\r\n", lim());
    CHECK(strstr(o.text, " path=/ query= ") != NULL);
}

static void test_versions(void)
{
    CHECK_INT_EQ(status_of("GET / HTTP/2.0\r\nHost: a\r\n\r\n"), 505);
    CHECK_INT_EQ(status_of("GET / HTTP/1.2\r\nHost: a\r\n\r\n"), 505);
    CHECK_INT_EQ(status_of("GET / HTTP/0.9\r\n\r\n"), 505);
    CHECK_INT_EQ(status_of("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"), 505);
    CHECK_INT_EQ(status_of("GET / HTTP/1.0\r\n\r\n"), 0);
}

static void test_header_errors(void)
{
    CHECK_INT_EQ(status_of("GET / HTTP/1.1\r\n\r\n"), 400); /* no Host */
    CHECK_INT_EQ(status_of("GET / HTTP/1.1\r\nHost: a\r\nX-A: 1\r\n  folded\r\n\r\n"), 400);
    CHECK_INT_EQ(status_of("GET / HTTP/1.1\r\nHost: a\r\n\tfolded\r\n\r\n"), 400);
    CHECK_INT_EQ(status_of("GET / HTTP/1.1\r\nHost : a\r\n\r\n"), 400);
    CHECK_INT_EQ(status_of("GET / HTTP/1.1\r\nHost: a\r\nNoColon\r\n\r\n"), 400);
    CHECK_INT_EQ(status_of("GET / HTTP/1.1\r\nHost: a\r\n: empty\r\n\r\n"), 400);
    CHECK_INT_EQ(status_of("GET / HTTP/1.1\r\nHost: a\r\nX: a\x01z\r\n\r\n"), 400);
    CHECK_INT_EQ(status_of("GET / HTTP/1.1\r\nHost: a\r\nX: a\x7fz\r\n\r\n"), 400);
    /* NUL cannot go through strlen: build it by hand */
    char nul[] = "GET / HTTP/1.1\r\nHost: a\r\nX: a\0z\r\n\r\n";
    struct http_parser p;
    struct http_request req;
    size_t len = sizeof(nul) - 1, consumed = 0;
    http_parser_init(&p, lim());
    CHECK_INT_EQ(http_parser_execute(&p, nul, &len, &req, &consumed), HTTP_PARSE_ERROR);
    CHECK_INT_EQ(http_parser_error(&p)->status, 400);
    /* HTAB and obs-text are allowed in values */
    CHECK_INT_EQ(status_of("GET / HTTP/1.1\r\nHost: a\r\nX: a\tb\xc3\xa9\r\n\r\n"), 0);
}

/* The error's reason for a request that fails in one piece, or "" when it does not fail. */
static const char *reason_of(const char *in)
{
    static char buf[WORK_BYTES];
    struct http_parser p;
    struct http_request req;
    size_t len = strlen(in), consumed = 0;
    memcpy(buf, in, len);
    http_parser_init(&p, lim());
    if (http_parser_execute(&p, buf, &len, &req, &consumed) != HTTP_PARSE_ERROR)
        return "";
    return http_parser_error(&p)->reason;
}

/* RFC 9112 3.2: one Host, naming an authority; duplicates refused even when equal (nginx). */
static void test_host_rules(void)
{
    CHECK_INT_EQ(status_of("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n"), 400);
    CHECK_INT_EQ(status_of("GET / HTTP/1.1\r\nHost: a\r\nhost: a\r\n\r\n"), 400);
    CHECK_INT_EQ(status_of("GET / HTTP/1.0\r\nHost: a\r\nHost: a\r\n\r\n"), 400);
    CHECK_INT_EQ(status_of("GET / HTTP/1.1\r\nHost: a b\r\n\r\n"), 400);
    CHECK_INT_EQ(status_of("GET / HTTP/1.1\r\nHost: a\tb\r\n\r\n"), 400);
    CHECK_INT_EQ(status_of("GET / HTTP/1.1\r\nHost: a/b\r\n\r\n"), 400);
    CHECK_INT_EQ(status_of("GET / HTTP/1.1\r\nHost: /\r\n\r\n"), 400);
    CHECK_STR_EQ(reason_of("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n"),
                 "more than one Host header");
    CHECK_STR_EQ(reason_of("GET / HTTP/1.1\r\nHost: a/b\r\n\r\n"), "invalid Host header");
    /* Surrounding whitespace is not part of the value; ports, IPv6 literals, empty are fine. */
    CHECK_INT_EQ(status_of("GET / HTTP/1.1\r\nHost:  a:8080 \r\n\r\n"), 0);
    CHECK_INT_EQ(status_of("GET / HTTP/1.1\r\nHost: [::1]:80\r\n\r\n"), 0);
    CHECK_INT_EQ(status_of("GET / HTTP/1.1\r\nHost:\r\n\r\n"), 0);
    check_splits("GET / HTTP/1.1\r\nHost: a\r\nX: 1\r\nHost: a\r\n\r\n", lim());
}

static void test_framing_errors(void)
{
    CHECK_INT_EQ(status_of("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\n"
                           "Transfer-Encoding: chunked\r\n\r\n"),
                 400);
    CHECK_INT_EQ(status_of("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\n"
                           "Content-Length: 2\r\n\r\n"),
                 400);
    CHECK_INT_EQ(status_of("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1a\r\n\r\n"), 400);
    CHECK_INT_EQ(status_of("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: -1\r\n\r\n"), 400);
    CHECK_INT_EQ(status_of("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: \r\n\r\n"), 400);
    CHECK_INT_EQ(status_of("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1, 1\r\n\r\n"), 400);
    CHECK_INT_EQ(status_of("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip\r\n\r\n"), 501);
    CHECK_INT_EQ(
        status_of("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip, chunked\r\n\r\n"), 501);
    CHECK_INT_EQ(
        status_of("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked, gzip\r\n\r\n"), 400);
    CHECK_INT_EQ(status_of("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n"
                           "Transfer-Encoding: chunked\r\n\r\n"),
                 400);
    /* malformed chunks */
    const char *head = "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n";
    const char *bad[] = {"zz\r\n", "\r\n", "3\r\nabcX\r\n", "3\rX", "3 \x01\r\n", "-1\r\n"};
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        char in[256];
        snprintf(in, sizeof(in), "%s%s", head, bad[i]);
        CHECK_INT_EQ(status_of(in), 400);
    }
}

static void test_limits(void)
{
    struct http_parser_limits l = {
        .header_bytes_max = 256, .header_count_max = 4, .uri_bytes_max = 64, .body_bytes_max = 10};
    char in[2048];
    /* 414: request line over uri_bytes_max, also before its line end arrives */
    snprintf(in, sizeof(in), "GET /%070d HTTP/1.1\r\nHost: a\r\n\r\n", 0);
    CHECK_INT_EQ(parse_whole(in, &l).status, 414);
    snprintf(in, sizeof(in), "GET /%070d", 0);
    CHECK_INT_EQ(parse_whole(in, &l).status, 414);
    /* 431: too many fields; header section too large (complete or not) */
    CHECK_INT_EQ(
        parse_whole("GET / HTTP/1.1\r\nHost: a\r\nA: 1\r\nB: 1\r\nC: 1\r\nD: 1\r\n\r\n", &l).status,
        431);
    CHECK_INT_EQ(
        parse_whole("GET / HTTP/1.1\r\nHost: a\r\nA: 1\r\nB: 1\r\nC: 1\r\n\r\n", &l).result,
        HTTP_PARSE_DONE);
    snprintf(in, sizeof(in), "GET / HTTP/1.1\r\nHost: a\r\nX: %0250d\r\n\r\n", 0);
    CHECK_INT_EQ(parse_whole(in, &l).status, 431);
    snprintf(in, sizeof(in), "GET / HTTP/1.1\r\nHost: a\r\nX: %0250d", 0);
    CHECK_INT_EQ(parse_whole(in, &l).status, 431);
    /* 413: from Content-Length before any body byte; while de-chunking */
    CHECK_INT_EQ(parse_whole("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 11\r\n\r\n", &l).status,
                 413);
    CHECK_INT_EQ(parse_whole("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 99999999999999999999"
                             "\r\n\r\n",
                             &l)
                     .status,
                 413);
    CHECK_INT_EQ(
        parse_whole("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 10\r\n\r\n0123456789", &l)
            .result,
        HTTP_PARSE_DONE);
    CHECK_INT_EQ(parse_whole("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
                             "6\r\nabcdef\r\n5\r\n",
                             &l)
                     .status,
                 413);
    CHECK_INT_EQ(parse_whole("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
                             "6\r\nabcdef\r\n4\r\nabcd\r\n0\r\n\r\n",
                             &l)
                     .result,
                 HTTP_PARSE_DONE);
    /* trailers have their own count, bounded like the header fields */
    CHECK_INT_EQ(parse_whole("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n"
                             "A: 1\r\nB: 1\r\n\r\n0\r\nA: 1\r\nB: 1\r\nC: 1\r\nD: 1\r\n\r\n",
                             &l)
                     .result,
                 HTTP_PARSE_DONE);
    CHECK_INT_EQ(parse_whole("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
                             "0\r\nA: 1\r\nB: 1\r\nC: 1\r\nD: 1\r\nE: 1\r\n\r\n",
                             &l)
                     .status,
                 431);
}

static void test_header_lookup(void)
{
    static struct http_request req;
    struct http_parser p;
    char in[] = "GET / HTTP/1.1\r\nHost: a\r\nX-Token: abc\r\n\r\n";
    size_t len = strlen(in), consumed = 0;
    http_parser_init(&p, lim());
    CHECK_INT_EQ(http_parser_execute(&p, in, &len, &req, &consumed), HTTP_PARSE_DONE);
    CHECK_INT_EQ(consumed, strlen(in));
    const struct http_header *h = http_request_header(&req, "x-token");
    CHECK(h != NULL);
    if (h)
        CHECK_MEM_EQ(h->value, h->value_len, "abc", 3);
    CHECK(http_request_header(&req, "x-tok") == NULL);
    CHECK_STR_EQ(http_method_name(req.method), "GET");
}

/* Every request of the corpus parses identically whole, split in two at every byte, and
 * one byte at a time: valid ones, errors, chunked ones with trailers. */
static void test_every_split(void)
{
    static const char *const corpus[] = {
        "GET / HTTP/1.1\r\nHost: a\r\n\r\n",
        "GET /x?y=1 HTTP/1.0\r\nConnection: keep-alive\r\n\r\nGET /next HTTP/1.1\r\n",
        "\r\nGET / HTTP/1.1\nHost: a\nX-Long: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa \n\n",
        "POST /v1/echo HTTP/1.1\r\nHost: a\r\nContent-Type: application/json; charset=utf-8\r\n"
        "Content-Length: 13\r\nExpect: 100-continue\r\n\r\n{\"text\":\"hi\"}extra",
        "POST /c HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
        "5;name=value\r\nhello\r\n10\r\n0123456789abcdef\r\n1\r\n!\r\n0\r\nT: 1\r\nU: 2\r\n\r\nZ",
        "POST /c HTTP/1.1\nHost: a\nTransfer-Encoding: chunked\n\n3\nabc\n0\n\nGET",
        "G@T / HTTP/1.1\r\n\r\n",
        "GET / HTTP/2.0\r\n\r\n",
        "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: a\r\n folded\r\n\r\n",
        "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n",
        "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcX",
        "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFF\r\n",
        "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 4\r\n\r\nab",
    };
    for (size_t i = 0; i < sizeof(corpus) / sizeof(corpus[0]); i++)
        check_splits(corpus[i], lim());
    struct http_parser_limits l = {256, 4, 64, 10};
    check_splits("GET / HTTP/1.1\r\nHost: a\r\nA: 1\r\nB: 1\r\nC: 1\r\nD: 1\r\n\r\n", &l);
    check_splits("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
                 "6\r\nabcdef\r\n5\r\n",
                 &l);
}

int main(void)
{
    test_simple_get();
    test_keep_alive_rules();
    test_content_length_body();
    test_chunked_body();
    test_expect();
    test_line_endings();
    test_request_line_errors();
    test_versions();
    test_header_errors();
    test_host_rules();
    test_framing_errors();
    test_limits();
    test_header_lookup();
    test_every_split();
    return check_finish("test_http_parser");
}
