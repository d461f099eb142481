/* load_config.c — command-line parsing and request building for brigade-load. */
#include "bench/load/load_config.h"

#include <errno.h>
#include <getopt.h>
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

static void usage(FILE *out)
{
    fprintf(out,
            "usage: brigade-load [OPTIONS] http://HOST:PORT[/PATH]\n"
            "\n"
            "load shape:\n"
            "  -t, --threads N          threads, each with its own io_uring (default: cores)\n"
            "  -c, --connections N      keep-alive connections in total (default 10)\n"
            "  -d, --duration T         measured time, e.g. 10s, 500ms, 2m (default 10s)\n"
            "      --warmup T           time before measuring, excluded (default 1s; 0 with\n"
            "                           --requests)\n"
            "  -n, --requests N         stop after N responses (no time limit unless -d)\n"
            "  -R, --rate R             open loop: R requests/s in total, latency measured\n"
            "                           from each request's intended send time\n"
            "      --burst LIST         open loop arrivals in bursts of these sizes (e.g. 1,2,8)\n"
            "                           at seeded exponential gaps; default: evenly spaced\n"
            "      --seed N             random seed for --burst (default 1)\n"
            "      --pipeline N         requests in flight per connection (default 1)\n"
            "      --timeout T          per request (default 5s)\n"
            "request:\n"
            "  -m, --method M           default GET, or POST with a body\n"
            "  -p, --path P             default: the URL's path, or /\n"
            "  -H, --header 'K: V'      extra header (repeatable)\n"
            "      --content-type T     default application/json when there is a body\n"
            "  -b, --body STRING        request body\n"
            "  -f, --body-file FILE     one body per line, replayed round-robin\n"
            "checks (failures count as errors):\n"
            "      --expect-status N    status must be N (default: any 2xx)\n"
            "      --expect-field K=V   JSON body field K (dotted path) must equal V\n"
            "      --expect-field-present K   JSON body field K must exist\n"
            "      --max-errors N       exit 0 with up to N errors (default 0), e.g. for\n"
            "                           open-loop runs that overload the server on purpose\n"
            "output:\n"
            "      --json FILE          write the report as JSON\n"
            "      --plot PREFIX        PREFIX-latency.png and PREFIX-percentiles.png (gnuplot)\n"
            "  -q, --quiet              no table on stdout\n"
            "\n"
            "exit status (after the table and --json/--plot are written):\n"
            "  0  every counted request succeeded (or no more than --max-errors errors)\n"
            "  1  more errors than --max-errors (connect, timeout, read, parse, status, check),\n"
            "     a thread gave up without a connection, a report file could not be written,\n"
            "     or io_uring could not be set up (then nothing is reported)\n"
            "  2  usage error\n");
}

/* "10", "10s", "250ms", "2m", "1.5" -> seconds; -1 if malformed. */
static double parse_time(const char *s)
{
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (errno || end == s || v < 0)
        return -1;
    if (*end == '\0' || strcmp(end, "s") == 0)
        return v;
    if (strcmp(end, "ms") == 0)
        return v / 1e3;
    if (strcmp(end, "us") == 0)
        return v / 1e6;
    if (strcmp(end, "m") == 0)
        return v * 60;
    if (strcmp(end, "h") == 0)
        return v * 3600;
    return -1;
}

static int parse_uint(const char *s, uint64_t lo, uint64_t hi, uint64_t *out)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || end == s || *end || v < lo || v > hi || s[0] == '-')
        return -1;
    *out = v;
    return 0;
}

static int parse_bursts(struct load_config *cfg, const char *list)
{
    char buf[256];
    if (strlen(list) >= sizeof(buf))
        return -1;
    strcpy(buf, list);
    cfg->burst_count = 0;
    for (char *save, *tok = strtok_r(buf, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
        uint64_t v;
        if (cfg->burst_count == LOAD_BURST_KINDS_MAX ||
            parse_uint(tok, 1, LOAD_BURST_SIZE_MAX, &v) < 0)
            return -1;
        cfg->bursts[cfg->burst_count++] = (unsigned)v;
    }
    return cfg->burst_count ? 0 : -1;
}

static int add_field_check(struct load_config *cfg, const char *arg, bool present)
{
    if (cfg->check_count == LOAD_FIELD_CHECKS_MAX)
        return -1;
    struct load_field_check *c = &cfg->checks[cfg->check_count];
    if (present) {
        c->kind = LOAD_EXPECT_PRESENT;
        c->field = arg;
    } else {
        const char *eq = strchr(arg, '=');
        if (!eq || eq == arg)
            return -1;
        char *field = strndup(arg, (size_t)(eq - arg));
        if (!field)
            abort();
        c->kind = LOAD_EXPECT_EQUALS;
        c->field = field;
        c->value = eq + 1;
    }
    cfg->check_count++;
    return 0;
}

/* Split http://host:port/path into cfg->host, cfg->port and (if no --path) cfg->path. */
static int parse_url(struct load_config *cfg, const char *url)
{
    if (strncmp(url, "http://", 7) != 0)
        return -1;
    const char *h = url + 7;
    const char *slash = strchr(h, '/');
    size_t hostport_len = slash ? (size_t)(slash - h) : strlen(h);
    const char *colon = memchr(h, ':', hostport_len);
    size_t host_len = colon ? (size_t)(colon - h) : hostport_len;
    if (host_len == 0 || host_len >= sizeof(cfg->host))
        return -1;
    memcpy(cfg->host, h, host_len);
    cfg->host[host_len] = '\0';
    size_t port_len = colon ? hostport_len - host_len - 1 : 2;
    if (port_len == 0 || port_len >= sizeof(cfg->port))
        return -1;
    if (colon)
        memcpy(cfg->port, colon + 1, port_len);
    else
        memcpy(cfg->port, "80", 2);
    cfg->port[port_len] = '\0';
    if (!cfg->path)
        cfg->path = slash ? slash : "/";
    return 0;
}

static int resolve(struct load_config *cfg)
{
    struct addrinfo hints = {.ai_family = AF_UNSPEC, .ai_socktype = SOCK_STREAM};
    struct addrinfo *res;
    int rc = getaddrinfo(cfg->host, cfg->port, &hints, &res);
    if (rc != 0) {
        fprintf(stderr, "brigade-load: %s:%s: %s\n", cfg->host, cfg->port, gai_strerror(rc));
        return -1;
    }
    memcpy(&cfg->addr, res->ai_addr, res->ai_addrlen);
    cfg->addr_len = res->ai_addrlen;
    freeaddrinfo(res);
    return 0;
}

static bool has_header(const struct load_config *cfg, const char *name)
{
    size_t n = strlen(name);
    for (unsigned i = 0; i < cfg->header_count; i++)
        if (strncasecmp(cfg->headers[i], name, n) == 0 && cfg->headers[i][n] == ':')
            return true;
    return false;
}

/* Build one request with the given body (NULL = none). Returns 0 or -1 if too large. */
static int build_request(struct load_config *cfg, const char *body, size_t body_len,
                         struct load_request *out)
{
    bool with_length = body || strcmp(cfg->method, "POST") == 0 ||
                       strcmp(cfg->method, "PUT") == 0 || strcmp(cfg->method, "PATCH") == 0;
    size_t cap = 1024 + strlen(cfg->path) + strlen(cfg->host) + body_len;
    for (unsigned i = 0; i < cfg->header_count; i++)
        cap += strlen(cfg->headers[i]) + 2;
    if (cap > LOAD_REQUEST_BYTES_MAX)
        return -1;
    char *buf = malloc(cap);
    if (!buf)
        abort();
    size_t n = (size_t)snprintf(buf, cap, "%s %s HTTP/1.1\r\n", cfg->method, cfg->path);
    if (!has_header(cfg, "Host"))
        n += (size_t)snprintf(buf + n, cap - n, "Host: %s:%s\r\n", cfg->host, cfg->port);
    for (unsigned i = 0; i < cfg->header_count; i++)
        n += (size_t)snprintf(buf + n, cap - n, "%s\r\n", cfg->headers[i]);
    if (body && !has_header(cfg, "Content-Type"))
        n += (size_t)snprintf(buf + n, cap - n, "Content-Type: %s\r\n",
                              cfg->content_type ? cfg->content_type : "application/json");
    if (with_length)
        n += (size_t)snprintf(buf + n, cap - n, "Content-Length: %zu\r\n", body_len);
    n += (size_t)snprintf(buf + n, cap - n, "\r\n");
    if (body_len)
        memcpy(buf + n, body, body_len);
    out->bytes = buf;
    out->len = n + body_len;
    if (out->len > cfg->request_len_max)
        cfg->request_len_max = out->len;
    return 0;
}

static int build_from_file(struct load_config *cfg)
{
    FILE *f = fopen(cfg->body_file, "r");
    if (!f) {
        fprintf(stderr, "brigade-load: %s: %s\n", cfg->body_file, strerror(errno));
        return 1;
    }
    size_t cap = 1024;
    cfg->requests_built = calloc(cap, sizeof(*cfg->requests_built));
    char *line = NULL;
    size_t line_cap = 0;
    ssize_t n;
    int rc = 0;
    while ((n = getline(&line, &line_cap, f)) >= 0) {
        while (n && (line[n - 1] == '\n' || line[n - 1] == '\r'))
            line[--n] = '\0';
        if (n == 0)
            continue;
        if (cfg->request_count == LOAD_BODIES_MAX)
            break;
        if (cfg->request_count == cap) {
            cap *= 2;
            cfg->requests_built = realloc(cfg->requests_built, cap * sizeof(struct load_request));
        }
        if (!cfg->requests_built)
            abort();
        if (build_request(cfg, line, (size_t)n, &cfg->requests_built[cfg->request_count]) < 0) {
            fprintf(stderr, "brigade-load: %s: a line is too long\n", cfg->body_file);
            rc = 1;
            break;
        }
        cfg->request_count++;
    }
    free(line);
    fclose(f);
    if (rc == 0 && cfg->request_count == 0) {
        fprintf(stderr, "brigade-load: %s: no bodies\n", cfg->body_file);
        rc = 1;
    }
    return rc;
}

static int build_requests(struct load_config *cfg)
{
    if (!cfg->method)
        cfg->method = (cfg->body || cfg->body_file) ? "POST" : "GET";
    cfg->head_request = strcmp(cfg->method, "HEAD") == 0;
    if (cfg->body_file)
        return build_from_file(cfg);
    cfg->requests_built = calloc(1, sizeof(*cfg->requests_built));
    if (!cfg->requests_built)
        abort();
    if (build_request(cfg, cfg->body, cfg->body ? strlen(cfg->body) : 0, &cfg->requests_built[0]) <
        0) {
        fprintf(stderr, "brigade-load: request too large\n");
        return 1;
    }
    cfg->request_count = 1;
    return 0;
}

enum {
    OPT_WARMUP = 256,
    OPT_BURST,
    OPT_SEED,
    OPT_PIPELINE,
    OPT_TIMEOUT,
    OPT_CONTENT_TYPE,
    OPT_EXPECT_STATUS,
    OPT_EXPECT_FIELD,
    OPT_EXPECT_PRESENT,
    OPT_MAX_ERRORS,
    OPT_JSON,
    OPT_PLOT,
};

static const struct option long_options[] = {
    {"threads", required_argument, 0, 't'},
    {"connections", required_argument, 0, 'c'},
    {"duration", required_argument, 0, 'd'},
    {"requests", required_argument, 0, 'n'},
    {"rate", required_argument, 0, 'R'},
    {"method", required_argument, 0, 'm'},
    {"path", required_argument, 0, 'p'},
    {"header", required_argument, 0, 'H'},
    {"body", required_argument, 0, 'b'},
    {"body-file", required_argument, 0, 'f'},
    {"quiet", no_argument, 0, 'q'},
    {"help", no_argument, 0, 'h'},
    {"warmup", required_argument, 0, OPT_WARMUP},
    {"burst", required_argument, 0, OPT_BURST},
    {"seed", required_argument, 0, OPT_SEED},
    {"pipeline", required_argument, 0, OPT_PIPELINE},
    {"timeout", required_argument, 0, OPT_TIMEOUT},
    {"content-type", required_argument, 0, OPT_CONTENT_TYPE},
    {"expect-status", required_argument, 0, OPT_EXPECT_STATUS},
    {"expect-field", required_argument, 0, OPT_EXPECT_FIELD},
    {"expect-field-present", required_argument, 0, OPT_EXPECT_PRESENT},
    {"max-errors", required_argument, 0, OPT_MAX_ERRORS},
    {"json", required_argument, 0, OPT_JSON},
    {"plot", required_argument, 0, OPT_PLOT},
    {0, 0, 0, 0},
};

/* Apply one option; returns 0 or -1 (bad value). */
static int apply_option(struct load_config *cfg, int opt, const char *arg, bool *warmup_set,
                        bool *duration_set)
{
    uint64_t v;
    switch (opt) {
    case 't':
        if (parse_uint(arg, 1, LOAD_THREADS_MAX, &v) < 0)
            return -1;
        cfg->threads = (unsigned)v;
        return 0;
    case 'c':
        if (parse_uint(arg, 1, LOAD_CONNECTIONS_MAX, &v) < 0)
            return -1;
        cfg->connections = (unsigned)v;
        return 0;
    case 'd':
        *duration_set = true;
        return (cfg->duration_s = parse_time(arg)) > 0 ? 0 : -1;
    case 'n':
        return parse_uint(arg, 1, UINT64_MAX / 2, &cfg->requests);
    case 'R':
        cfg->rate = strtod(arg, NULL);
        return cfg->rate > 0 ? 0 : -1;
    case 'm':
        cfg->method = arg;
        return 0;
    case 'p':
        cfg->path = arg;
        return arg[0] == '/' ? 0 : -1;
    case 'H':
        if (cfg->header_count == LOAD_HEADERS_MAX || !strchr(arg, ':'))
            return -1;
        cfg->headers[cfg->header_count++] = arg;
        return 0;
    case 'b':
        cfg->body = arg;
        return 0;
    case 'f':
        cfg->body_file = arg;
        return 0;
    case 'q':
        cfg->quiet = true;
        return 0;
    case OPT_WARMUP:
        *warmup_set = true;
        return (cfg->warmup_s = parse_time(arg)) >= 0 ? 0 : -1;
    case OPT_BURST:
        return parse_bursts(cfg, arg);
    case OPT_SEED:
        return parse_uint(arg, 0, UINT64_MAX, &cfg->seed);
    case OPT_PIPELINE:
        if (parse_uint(arg, 1, LOAD_PIPELINE_MAX, &v) < 0)
            return -1;
        cfg->pipeline = (unsigned)v;
        return 0;
    case OPT_TIMEOUT:
        return (cfg->timeout_s = parse_time(arg)) > 0 ? 0 : -1;
    case OPT_CONTENT_TYPE:
        cfg->content_type = arg;
        return 0;
    case OPT_EXPECT_STATUS:
        if (parse_uint(arg, 100, 999, &v) < 0)
            return -1;
        cfg->expect_status = (int)v;
        return 0;
    case OPT_EXPECT_FIELD:
        return add_field_check(cfg, arg, false);
    case OPT_EXPECT_PRESENT:
        return add_field_check(cfg, arg, true);
    case OPT_MAX_ERRORS:
        return parse_uint(arg, 0, UINT64_MAX, &cfg->max_errors);
    case OPT_JSON:
        cfg->json_path = arg;
        return 0;
    case OPT_PLOT:
        cfg->plot_prefix = arg;
        return 0;
    default:
        return -1;
    }
}

static void set_defaults(struct load_config *cfg)
{
    memset(cfg, 0, sizeof(*cfg));
    cfg->connections = 10;
    cfg->duration_s = 10;
    cfg->warmup_s = 1;
    cfg->timeout_s = 5;
    cfg->pipeline = 1;
    cfg->seed = 1;
}

int load_config_parse(struct load_config *cfg, int argc, char **argv)
{
    set_defaults(cfg);
    bool warmup_set = false, duration_set = false;
    int opt;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "t:c:d:n:R:m:p:H:b:f:qh", long_options, NULL)) != -1) {
        if (opt == 'h') {
            usage(stdout);
            return -1;
        }
        if (opt == '?' || apply_option(cfg, opt, optarg, &warmup_set, &duration_set) < 0) {
            if (opt != '?')
                fprintf(stderr, "brigade-load: bad option value '%s'\n", optarg ? optarg : "");
            usage(stderr);
            return 2;
        }
    }
    if (optind != argc - 1 || parse_url(cfg, argv[optind]) < 0) {
        fprintf(stderr, "brigade-load: expected one URL http://HOST:PORT[/PATH]\n");
        usage(stderr);
        return 2;
    }
    cfg->url = argv[optind];
    if (cfg->body && cfg->body_file) {
        fprintf(stderr, "brigade-load: --body and --body-file exclude each other\n");
        return 2;
    }
    if (cfg->requests && !duration_set)
        cfg->duration_s = 0;
    if (cfg->requests && warmup_set) {
        fprintf(stderr, "brigade-load: --warmup does not combine with --requests\n");
        return 2;
    }
    if (cfg->requests)
        cfg->warmup_s = 0; /* every one of the N responses is measured */
    if (cfg->threads == 0) {
        long cores = sysconf(_SC_NPROCESSORS_ONLN);
        cfg->threads = cores > 0 ? (unsigned)cores : 1;
    }
    if (cfg->threads > cfg->connections)
        cfg->threads = cfg->connections;
    if (resolve(cfg) < 0)
        return 1;
    return build_requests(cfg);
}

void load_config_free(struct load_config *cfg)
{
    for (size_t i = 0; i < cfg->request_count; i++)
        free(cfg->requests_built[i].bytes);
    free(cfg->requests_built);
    for (unsigned i = 0; i < cfg->check_count; i++)
        if (cfg->checks[i].kind == LOAD_EXPECT_EQUALS)
            free((char *)cfg->checks[i].field);
    cfg->requests_built = NULL;
    cfg->request_count = 0;
}
