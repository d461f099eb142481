/* load_config.h — brigade-load's command line: options, the target address and the
 * pre-built request bytes every connection replays. */
#ifndef BRIGADE_BENCH_LOAD_CONFIG_H
#define BRIGADE_BENCH_LOAD_CONFIG_H

#include <netinet/in.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/socket.h>

enum {
    LOAD_THREADS_MAX = 256,
    LOAD_CONNECTIONS_MAX = 100000,
    LOAD_PIPELINE_MAX = 256,
    LOAD_BURST_KINDS_MAX = 8,
    LOAD_BURST_SIZE_MAX = 1024,
    LOAD_HEADERS_MAX = 32,
    LOAD_FIELD_CHECKS_MAX = 8,
    LOAD_BODIES_MAX = 1000000,            /* lines read from --body-file */
    LOAD_REQUEST_BYTES_MAX = 1024 * 1024, /* one request, head and body */
    LOAD_RECV_BUFFER_BYTES = 16 * 1024,
    LOAD_CHECK_BODY_BYTES_MAX = 256 * 1024, /* bodies kept for --expect-field */
};

enum load_expect_kind {
    LOAD_EXPECT_EQUALS,  /* field=value */
    LOAD_EXPECT_PRESENT, /* field exists */
    LOAD_EXPECT_MAX,
};

struct load_field_check {
    enum load_expect_kind kind;
    const char *field; /* top-level name, or a dotted path such as "error.code" */
    const char *value; /* LOAD_EXPECT_EQUALS: compared with a string, number or bool field */
};

struct load_request {
    char *bytes; /* owned; the whole request, head and body */
    size_t len;
};

struct load_config {
    /* target */
    char host[256];
    char port[16];
    struct sockaddr_storage addr;
    socklen_t addr_len;
    const char *url;
    const char *path;
    const char *method;
    const char *content_type;
    const char *headers[LOAD_HEADERS_MAX];
    unsigned header_count;
    const char *body;
    const char *body_file;
    /* load shape */
    unsigned threads;
    unsigned connections;
    unsigned pipeline;
    double rate; /* requests per second in total; 0 = closed loop */
    unsigned bursts[LOAD_BURST_KINDS_MAX];
    unsigned burst_count; /* 0 = evenly spaced arrivals (no --burst) */
    uint64_t seed;
    double duration_s; /* 0 with --requests = no time limit */
    double warmup_s;
    double timeout_s;
    uint64_t requests; /* 0 = run for duration_s */
    /* checks */
    int expect_status; /* 0 = any 2xx */
    struct load_field_check checks[LOAD_FIELD_CHECKS_MAX];
    unsigned check_count;
    uint64_t max_errors; /* errors tolerated before the exit status says failure (default 0) */
    /* output */
    const char *json_path;
    const char *plot_prefix;
    bool quiet;
    /* built by load_config_parse */
    struct load_request *requests_built;
    size_t request_count;
    size_t request_len_max;
    bool head_request;
};

/* Parse argv into cfg (resolving the host and building the requests). Returns 0, or 2 on a
 * usage error (message printed), or 1 on a runtime failure such as an unreadable body file.
 * --help prints the usage and returns -1 (caller exits 0). */
int load_config_parse(struct load_config *cfg, int argc, char **argv);

/* Free what load_config_parse allocated. */
void load_config_free(struct load_config *cfg);

#endif
