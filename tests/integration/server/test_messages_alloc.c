/* test_messages_alloc — POST /v1/messages allocates nothing per message once warm.
 *
 * The real thing in one process: `brigade serve`'s own command (cmd_serve: configuration,
 * the message pipeline with the lexical backend and the sample menu, one core's loop) on a
 * thread, driven over a real socket from the main thread and stopped by SIGTERM as the
 * binary is. Every allocation of the process, on any thread (the core, the engine, the test
 * itself), is counted by an interposed allocator. After a warm-up, the same requests are
 * sent again many times and the count must not move:
 *   - one message (200, its result),
 *   - an NDJSON body whose lines come back in order around an error line,
 *   - one message with a bad field and one that is not JSON (400s),
 * each answer checked, so a request that silently failed cannot pass for a cheap one. The
 * single message's text is understood on the offload thread (gateway/net/offload.h), the
 * NDJSON lines' on the core. A failure prints the call stacks of the first allocations it
 * counted (tests/alloc_count.h counts them, on every thread).
 *
 * One library allocates per message it reads: libcld2, the language detection, news its
 * scanning buffers on each call (about five allocations; alloc_count counts operator new
 * apart). order_prepare (gateway/order/language.c) asks it only about texts whose function
 * words could make them another language, so these English messages must not call it at all:
 * both counts stay at 0. What one order_work allocates for long messages of long words,
 * whichever job of the pool takes them, is tests/unit/order/test_order_work_alloc.c's. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <sys/socket.h>
#include <unistd.h>

#include "alloc_count.h"
#include "check.h"

/* gateway/cli/cmd_serve.c: `brigade serve`, argv[0] "serve"; returns when a SIGTERM was
 * served. */
int cmd_serve(int argc, char **argv);

enum {
    WARMUP_ROUNDS = 20,
    MEASURED_ROUNDS = 100,
    RESPONSE_BYTES_MAX = 1 << 20,
    START_TRIES = 600, /* x 10 ms */
};

struct served {
    char port_file[64];
    char menu[4096];
    pthread_t thread;
    bool running;
    int rc;
};

static void *serve_main(void *arg)
{
    struct served *s = arg;
    /* --offload-bytes 28: ONE_BODY's text (29 bytes) and the warm-up batch's are understood
     * on the offload thread, the NDJSON lines' (26) on the core: both paths are counted. */
    char *argv[] = {"serve",     "--listen",    "127.0.0.1:0", "--port-file",     s->port_file,
                    "--backend", "lexical",     "--menu",      s->menu,           "--threads",
                    "1",         "--log-level", "warn",        "--offload-bytes", "28"};
    s->rc = cmd_serve((int)(sizeof(argv) / sizeof(argv[0])), argv);
    return NULL;
}

static int start(struct served *s, const char *menu)
{
    snprintf(s->port_file, sizeof(s->port_file), "/tmp/brigade-alloc-%d.port", (int)getpid());
    snprintf(s->menu, sizeof(s->menu), "%s", menu);
    unlink(s->port_file);
    if (pthread_create(&s->thread, NULL, serve_main, s) != 0)
        return -1;
    s->running = true;
    for (int i = 0; i < START_TRIES; i++) {
        FILE *f = fopen(s->port_file, "r");
        int port = 0;
        if (f && fscanf(f, "%d", &port) == 1 && port > 0) {
            fclose(f);
            return port;
        }
        if (f)
            fclose(f);
        usleep(10000);
    }
    return -1;
}

static int connect_to(int port)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in sa = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (fd < 0 || connect(fd, (struct sockaddr *)&sa, sizeof(sa)) != 0)
        return -1;
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
    return fd;
}

/* One answer: status and body (NUL-terminated in `buf`), read by Content-Length. */
struct answer {
    int status;
    const char *body;
    size_t body_len;
    char buf[RESPONSE_BYTES_MAX];
};

static bool exchange(int fd, const char *request, struct answer *a)
{
    size_t len = strlen(request);
    for (size_t sent = 0; sent < len;) {
        ssize_t k = send(fd, request + sent, len - sent, MSG_NOSIGNAL);
        if (k <= 0)
            return false;
        sent += (size_t)k;
    }
    size_t have = 0;
    for (;;) {
        ssize_t k = recv(fd, a->buf + have, sizeof(a->buf) - 1 - have, 0);
        if (k <= 0)
            return false;
        have += (size_t)k;
        a->buf[have] = '\0';
        const char *end = strstr(a->buf, "\r\n\r\n");
        const char *cl = strcasestr(a->buf, "\r\nContent-Length: ");
        if (!end || !cl)
            continue;
        size_t body_len = strtoul(cl + 18, NULL, 10);
        size_t head_len = (size_t)(end + 4 - a->buf);
        if (have < head_len + body_len)
            continue;
        a->status = atoi(a->buf + 9);
        a->body = a->buf + head_len;
        a->body_len = body_len;
        return have == head_len + body_len;
    }
}

#define POST_HEAD "POST /v1/messages HTTP/1.1\r\nHost: t\r\n"
#define ONE_BODY  "{\"id\": \"a1\", \"text\": \"2 Cheddar Cheeseburger please\"}"
#define NDJSON_BODY                                                                                \
    "{\"id\": \"n1\", \"text\": \"one Falafel Wrap no onions\"}\n"                                 \
    "{\"id\": \"n2\", \"text\": [1]}\n"                                                            \
    "not json\n"                                                                                   \
    "{\"id\": \"n4\", \"text\": \"do you have vegan options?\"}\n"
#define FIELD_BODY  "{\"id\": \"b1\", \"text\": 5}"
#define BROKEN_BODY "{\"text\": \"unfinished"
/* Lines answered out of order, whatever the timing: the first is understood on the offload
 * thread, whose answer comes back to the core only after the pass that parsed the others, so
 * the refused lines and the core's answers after it wait in the request slot's stage buffer.
 * The measured NDJSON body stages less than this (when a pass ends between its lines, rarely
 * and only on a loaded machine), so the stage is grown by the warm-up, not while measuring. */
#define STAGED_BODY                                                                                \
    "{\"id\": \"s1\", \"text\": \"one Falafel Wrap no onions and a Mango Smoothie\"}\n"            \
    "{\"id\": \"s2\", \"text\": [1]}\n"                                                            \
    "not json\n"                                                                                   \
    "{\"id\": \"s4\", \"text\": 5}\n"                                                              \
    "{\"id\": \"s5\", \"text\": \"one Falafel Wrap no onions\"}\n"                                 \
    "{\"id\": \"s6\", \"text\": \"do you have vegan options?\"}\n"

enum { MEASURED_REQUESTS = 4, STAGED_REQUEST = 4, STAGED_LINES = 6 };
static char requests[MEASURED_REQUESTS + 1][1024];

/* A warm-up batch large enough to outlast any pass's budget (MESSAGES_PASS_BUDGET_NS), so
 * the request slot's kept body and stage buffers grow now: on a loaded machine any of the
 * measured requests may also be spread over passes, and must find them grown. */
enum {
    BIG_LINES = 64,
    BIG_TEXT_BYTES = 1800,
};
static char big_request[BIG_LINES * (BIG_TEXT_BYTES + 64) + 256];

static void build_big_request(void)
{
    static char body[BIG_LINES * (BIG_TEXT_BYTES + 64)];
    static const char phrase[] = "one Falafel Wrap no onions and a Mango Smoothie, ";
    size_t n = 0;
    for (int i = 0; i < BIG_LINES; i++) {
        n += (size_t)sprintf(body + n, "{\"id\": \"w%d\", \"text\": \"", i);
        for (size_t k = 0; k + sizeof(phrase) < BIG_TEXT_BYTES; k += sizeof(phrase) - 1)
            n += (size_t)sprintf(body + n, "%s", phrase);
        n += (size_t)sprintf(body + n, "thanks\"}\n");
    }
    snprintf(big_request, sizeof(big_request),
             POST_HEAD "Content-Type: application/x-ndjson\r\nContent-Length: %zu\r\n\r\n%s", n,
             body);
}

static void build_requests(void)
{
    snprintf(requests[0], sizeof(requests[0]),
             POST_HEAD "Content-Type: application/json\r\nContent-Length: %zu\r\n\r\n" ONE_BODY,
             strlen(ONE_BODY));
    snprintf(requests[1], sizeof(requests[1]),
             POST_HEAD
             "Content-Type: application/x-ndjson\r\nContent-Length: %zu\r\n\r\n" NDJSON_BODY,
             strlen(NDJSON_BODY));
    snprintf(requests[2], sizeof(requests[2]),
             POST_HEAD "Content-Type: application/json\r\nContent-Length: %zu\r\n\r\n" FIELD_BODY,
             strlen(FIELD_BODY));
    snprintf(requests[3], sizeof(requests[3]),
             POST_HEAD "Content-Type: application/json\r\nContent-Length: %zu\r\n\r\n" BROKEN_BODY,
             strlen(BROKEN_BODY));
    snprintf(requests[STAGED_REQUEST], sizeof(requests[STAGED_REQUEST]),
             POST_HEAD
             "Content-Type: application/x-ndjson\r\nContent-Length: %zu\r\n\r\n" STAGED_BODY,
             strlen(STAGED_BODY));
}

static size_t count_lines(const char *s, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += s[i] == '\n';
    return k;
}

/* Sends request `i` and checks its answer; false (and a CHECK failure) when it is wrong. */
static bool round_one(int fd, int i, struct answer *a)
{
    if (!exchange(fd, requests[i], a)) {
        CHECK(!"exchange failed");
        return false;
    }
    int failures = check_failures;
    if (i == 0) {
        CHECK_INT_EQ(a->status, 200);
        CHECK(strstr(a->body, "\"id\": \"a1\", \"category\": \"order\", \"status\": \"accepted\""));
    } else if (i == 1) {
        CHECK_INT_EQ(a->status, 200);
        CHECK_INT_EQ(count_lines(a->body, a->body_len), 4);
        const char *n1 = strstr(a->body, "\"id\": \"n1\""), *n2 = strstr(a->body, "\"id\": \"n2\"");
        const char *n3 = strstr(a->body, "{\"id\": null, \"error\": {\"code\": \"invalid_json\"");
        const char *n4 = strstr(a->body, "\"id\": \"n4\"");
        CHECK(n1 && n2 && n3 && n4 && n1 < n2 && n2 < n3 && n3 < n4); /* request order */
        CHECK(strstr(a->body, "{\"id\": \"n2\", \"error\": {\"code\": \"invalid_field\""));
    } else if (i == STAGED_REQUEST) {
        CHECK_INT_EQ(a->status, 200);
        CHECK_INT_EQ(count_lines(a->body, a->body_len), STAGED_LINES);
        const char *s1 = strstr(a->body, "\"id\": \"s1\""), *s6 = strstr(a->body, "\"id\": \"s6\"");
        CHECK(s1 && s6 && s1 < s6 && strstr(a->body, "\"code\": \"invalid_json\""));
    } else {
        CHECK_INT_EQ(a->status, 400);
        CHECK(strstr(a->body, i == 2 ? "invalid_field" : "invalid_json"));
    }
    return check_failures == failures;
}

static void run_rounds(int fd, int rounds, struct answer *a)
{
    for (int r = 0; r < rounds; r++)
        for (int i = 0; i < MEASURED_REQUESTS; i++)
            if (!round_one(fd, i, a))
                return;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: test_messages_alloc MENU.csv\n");
        return 2;
    }
    signal(SIGPIPE, SIG_IGN);
    /* The message path alone: the services' variables the test runner exports would add
     * PostgreSQL writes (--pg), whose own allocations are not this test's subject. */
    unsetenv("BRIGADE_PG_URI");
    unsetenv("BRIGADE_MEMCACHED");
    CHECK(alloc_count_start());
    static struct served s;
    static struct answer a;
    int port = start(&s, argv[1]);
    CHECK(port > 0);
    int fd = port > 0 ? connect_to(port) : -1;
    CHECK(fd >= 0);
    if (fd >= 0) {
        build_requests();
        build_big_request();
        static struct answer big;
        CHECK(exchange(fd, big_request, &big));
        CHECK_INT_EQ(big.status, 200);
        CHECK_INT_EQ(count_lines(big.body, big.body_len), BIG_LINES);
        for (int r = 0; r < WARMUP_ROUNDS; r++)
            round_one(fd, STAGED_REQUEST, &a);
        run_rounds(fd, WARMUP_ROUNDS, &a);
        alloc_trace_start();
        unsigned long long before = alloc_count_now();
        unsigned long long cxx_before = alloc_count_cxx();
        run_rounds(fd, MEASURED_ROUNDS, &a);
        unsigned long long during = alloc_count_now() - before;
        alloc_trace_stop();
        unsigned long long cxx = alloc_count_cxx() - cxx_before;
        /* 4 requests, 7 messages a round (3 of them reach order_prepare), all English: zero
         * allocations, and cld2 never asked. */
        fprintf(stderr,
                "after warm-up, %d rounds (%d messages, %d analysed): %llu allocations; "
                "libcld2's operator new: %llu (%.1f per analysed message)\n",
                MEASURED_ROUNDS, MEASURED_ROUNDS * 7, MEASURED_ROUNDS * 3, during, cxx,
                (double)cxx / (MEASURED_ROUNDS * 3));
        if (during != 0)
            alloc_traces_print();
        CHECK_INT_EQ(during, 0);
        CHECK_INT_EQ(cxx, 0);

        close(fd);
    }
    if (s.running) {
        kill(getpid(), SIGTERM); /* server_run's own shutdown path */
        pthread_join(s.thread, NULL);
        CHECK_INT_EQ(s.rc, 0);
    }
    unlink(s.port_file);
    return check_failures ? 1 : 0;
}
