/* bench_http_parser.c — single-thread parser throughput on typical requests.
 *
 *   bench_http_parser [iterations]
 *
 * Prints requests/s and ns/request for a small GET (wrk-like), a POST with a JSON body,
 * and the same POST chunked; then the whole session path (feed, route, respond, output,
 * sent) for GET /healthz, one request per feed and 16 pipelined per feed. Not a test:
 * timings depend on the machine. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "gateway/http/http_parser.h"
#include "gateway/http/http_session.h"
#include "gateway/http/router.h"

#define BENCH_PIPELINE 16

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void run(const char *name, const char *request, long iterations)
{
    static struct http_request req;
    static char buf[4096];
    size_t n = strlen(request);
    struct http_parser p;
    http_parser_init(&p, &http_parser_limits_default);
    size_t checksum = 0;
    double t0 = now_s();
    for (long i = 0; i < iterations; i++) {
        memcpy(buf, request, n); /* chunked decoding is in place: start from a fresh copy */
        size_t len = n, consumed = 0;
        if (http_parser_execute(&p, buf, &len, &req, &consumed) != HTTP_PARSE_DONE) {
            fprintf(stderr, "%s: parse failed\n", name);
            exit(1);
        }
        checksum += consumed + req.header_count + req.body_len;
    }
    double dt = now_s() - t0;
    printf("%-22s %4zu bytes  %10.0f req/s  %6.1f ns/req  %7.1f MB/s  (check %zu)\n", name, n,
           (double)iterations / dt, dt * 1e9 / (double)iterations,
           (double)n * (double)iterations / dt / 1e6, checksum % 10);
}

static void run_session(const char *name, int pipelined, long iterations)
{
    static const char one[] = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n\r\n";
    static char wire[BENCH_PIPELINE * sizeof(one)], buf[sizeof(wire)];
    size_t n = 0;
    for (int i = 0; i < pipelined; i++, n += sizeof(one) - 1)
        memcpy(wire + n, one, sizeof(one) - 1);
    struct router *r = router_new();
    routes_basic_register(r);
    struct http_app app = router_app(r);
    struct http_context *ctx = http_context_new(&http_limits_default, &app);
    struct http_session s;
    http_session_init(&s, ctx, NULL);
    size_t out_bytes = 0;
    double t0 = now_s();
    for (long i = 0; i < iterations / pipelined; i++) {
        memcpy(buf, wire, n);
        http_session_feed(&s, buf, n);
        struct iovec iov[BENCH_PIPELINE];
        int k = http_session_output(&s, iov, BENCH_PIPELINE);
        size_t total = 0;
        for (int j = 0; j < k; j++)
            total += iov[j].iov_len;
        http_session_sent(&s, total);
        out_bytes += total;
    }
    double dt = now_s() - t0;
    long done = iterations / pipelined * pipelined;
    printf("%-22s %4d per feed  %10.0f req/s  %6.1f ns/req  (%zu bytes out)\n", name, pipelined,
           (double)done / dt, dt * 1e9 / (double)done, out_bytes / (size_t)done);
    http_session_free(&s);
    http_context_free(ctx);
    router_free(r);
}

int main(int argc, char **argv)
{
    long iterations = argc > 1 ? atol(argv[1]) : 2000000;
    run("GET (wrk-like)", "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n\r\n", iterations);
    run("GET (browser-like)",
        "GET /v1/menu?lang=en HTTP/1.1\r\nHost: localhost:8080\r\n"
        "User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0\r\n"
        "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n"
        "Accept-Language: en-US,en;q=0.5\r\nAccept-Encoding: gzip, deflate, br\r\n"
        "Connection: keep-alive\r\nCookie: session=0123456789abcdef0123456789abcdef\r\n"
        "Upgrade-Insecure-Requests: 1\r\nCache-Control: max-age=0\r\n\r\n",
        iterations);
    run("POST JSON",
        "POST /v1/messages HTTP/1.1\r\nHost: localhost:8080\r\n"
        "Content-Type: application/json\r\nContent-Length: 64\r\n\r\n"
        "{\"id\":\"m-1\",\"text\":\"two cheeseburgers and a large fries please\"}",
        iterations);
    run("POST JSON chunked",
        "POST /v1/messages HTTP/1.1\r\nHost: localhost:8080\r\n"
        "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
        "20\r\n{\"id\":\"m-1\",\"text\":\"two cheesebu\r\n"
        "20\r\nrgers and a large fries please\"}\r\n0\r\n\r\n",
        iterations);
    run_session("session GET /healthz", 1, iterations);
    run_session("session GET /healthz", BENCH_PIPELINE, iterations);
    return 0;
}
