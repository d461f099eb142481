/* test_load_response.c — the brigade-load response parser on whole, split and bad input. */
#include "bench/load/load_response.h"
#include "check.h"

static char body[64];

/* Feed text in pieces of `step` bytes (the way recv may deliver it), keeping unconsumed bytes
 * like the real receive buffer does. Returns the number of complete responses; the last
 * response's status and body are left in *r; a parse error returns its (negative) code. */
static int feed_split(struct load_response *r, const char *text, size_t step, bool head)
{
    char buf[4096];
    size_t have = 0, pos = 0, total = strlen(text);
    int done = 0;
    load_response_begin(r, head, body, sizeof(body));
    while (pos < total || have) {
        size_t take = total - pos < step ? total - pos : step;
        memcpy(buf + have, text + pos, take);
        have += take;
        pos += take;
        size_t off = 0;
        for (;;) {
            size_t used;
            int rc = load_response_feed(r, buf + off, have - off, &used);
            off += used;
            if (rc < 0)
                return rc;
            if (rc == LOAD_RESPONSE_MORE)
                break;
            done++;
            if (pos == total && off == have)
                break; /* keep the last response intact for the caller */
            load_response_begin(r, head, body, sizeof(body));
        }
        memmove(buf, buf + off, have - off);
        have -= off;
        if (take == 0)
            break; /* input exhausted with an incomplete response */
    }
    return done;
}

static const char two_responses[] = "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello"
                                    "HTTP/1.1 201 Created\r\ncontent-length:3\r\n\r\nabc";
static const char chunked[] = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                              "4\r\n{\"a\"\r\n3;ext=1\r\n:1}\r\n0\r\nX-Trailer: y\r\n\r\n";

static void test_every_split(void)
{
    struct load_response r;
    for (size_t step = 1; step <= sizeof(two_responses); step++) {
        CHECK_INT_EQ(feed_split(&r, two_responses, step, false), 2);
        CHECK_INT_EQ(r.status, 201);
        CHECK_MEM_EQ(r.body, r.body_len, "abc", 3);
    }
    for (size_t step = 1; step <= sizeof(chunked); step++) {
        CHECK_INT_EQ(feed_split(&r, chunked, step, false), 1);
        CHECK_INT_EQ(r.status, 200);
        CHECK_MEM_EQ(r.body, r.body_len, "{\"a\":1}", 7);
        CHECK(!r.close);
    }
}

static void test_special_statuses(void)
{
    struct load_response r;
    /* 100 Continue is skipped; the 200 after it is the response. */
    CHECK_INT_EQ(feed_split(&r,
                            "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\n"
                            "Content-Length: 2\r\n\r\nok",
                            7, false),
                 1);
    CHECK_INT_EQ(r.status, 200);
    /* HEAD and 204 have no body whatever Content-Length says. */
    CHECK_INT_EQ(feed_split(&r, "HTTP/1.1 200 OK\r\nContent-Length: 99\r\n\r\n", 100, true), 1);
    CHECK_INT_EQ(feed_split(&r, "HTTP/1.1 204 No Content\r\nContent-Length: 9\r\n\r\n", 100, false),
                 1);
    CHECK_INT_EQ(r.body_len, 0);
    /* Connection: close, and HTTP/1.0 without keep-alive, mean the server will close. */
    CHECK_INT_EQ(feed_split(&r,
                            "HTTP/1.1 503 Busy\r\nConnection: close\r\nContent-Length: 0"
                            "\r\n\r\n",
                            100, false),
                 1);
    CHECK(r.close);
    CHECK_INT_EQ(r.status, 503);
    CHECK_INT_EQ(feed_split(&r, "HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n", 100, false), 1);
    CHECK(r.close);
    CHECK_INT_EQ(feed_split(&r,
                            "HTTP/1.0 200 OK\r\nConnection: keep-alive\r\n"
                            "Content-Length: 0\r\n\r\n",
                            100, false),
                 1);
    CHECK(!r.close);
}

static void test_body_truncation(void)
{
    struct load_response r;
    char text[256];
    snprintf(text, sizeof(text), "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n%0100d", 7);
    CHECK_INT_EQ(feed_split(&r, text, 13, false), 1);
    CHECK(r.body_truncated);
    CHECK_INT_EQ(r.body_len, sizeof(body));
}

static void test_errors(void)
{
    struct load_response r;
    CHECK_INT_EQ(feed_split(&r, "HTTP/1.1 200 OK\r\n\r\n", 100, false), LOAD_RESPONSE_ENOLENGTH);
    CHECK_INT_EQ(feed_split(&r, "HTTX/1.1 200 OK\r\nContent-Length: 0\r\n\r\n", 100, false),
                 LOAD_RESPONSE_EBADHEAD);
    CHECK_INT_EQ(feed_split(&r, "HTTP/1.1 2x0 OK\r\nContent-Length: 0\r\n\r\n", 100, false),
                 LOAD_RESPONSE_EBADHEAD);
    CHECK_INT_EQ(feed_split(&r, "HTTP/1.1 200 OK\r\nContent-Length: 1x\r\n\r\n", 100, false),
                 LOAD_RESPONSE_EBADHEAD);
    CHECK_INT_EQ(feed_split(&r, "HTTP/1.1 200 OK\r\nno colon here\r\n\r\n", 100, false),
                 LOAD_RESPONSE_EBADHEAD);
    CHECK_INT_EQ(
        feed_split(&r, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", 100, false),
        LOAD_RESPONSE_EBADCHUNK);
    CHECK_INT_EQ(feed_split(&r,
                            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                            "1\r\nabc\r\n",
                            100, false),
                 LOAD_RESPONSE_EBADCHUNK);
    /* Incomplete input is not an error: zero responses, more wanted. */
    CHECK_INT_EQ(feed_split(&r, "HTTP/1.1 200 OK\r\nContent-Le", 5, false), 0);
    CHECK_STR_EQ(load_response_strerror(LOAD_RESPONSE_EBADCHUNK), "malformed chunked encoding");
}

int main(void)
{
    test_every_split();
    test_special_statuses();
    test_body_truncation();
    test_errors();
    return check_finish("test_load_response");
}
