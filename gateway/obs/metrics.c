/* metrics.c — per-core metric blocks and the Prometheus text rendering (see metrics.h). */
#define _GNU_SOURCE
#include "gateway/obs/metrics.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define METRICS_FATAL(msg)                                                                         \
    do {                                                                                           \
        fprintf(stderr, "%s:%d: fatal: %s\n", __FILE__, __LINE__, (msg));                          \
        abort();                                                                                   \
    } while (0)

static char metrics_routes[METRICS_ROUTES_MAX][METRICS_ROUTE_BYTES_MAX] = {"other"};
static unsigned metrics_route_count = 1;
static struct metrics_core *metrics_cores[METRICS_CORES_MAX];
static unsigned metrics_core_count;
static struct metrics_section {
    metrics_section_fn fn;
    void *user;
} metrics_sections[METRICS_SECTIONS_MAX];
static unsigned metrics_section_count;

/* Prometheus buckets of the request duration histogram, in seconds. */
static const double metrics_duration_buckets_s[] = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                    0.1,    0.25,  0.5,    1,     2.5,  5,     10};

unsigned metrics_route_register(const char *path)
{
    unsigned found = metrics_route_find(path, strlen(path));
    if (found != METRICS_ROUTE_OTHER)
        return found;
    if (metrics_route_count >= METRICS_ROUTES_MAX || strlen(path) >= METRICS_ROUTE_BYTES_MAX)
        METRICS_FATAL("too many or too long route labels");
    snprintf(metrics_routes[metrics_route_count], METRICS_ROUTE_BYTES_MAX, "%s", path);
    return metrics_route_count++;
}

unsigned metrics_route_find(const char *path, size_t path_len)
{
    for (unsigned i = 1; i < metrics_route_count; i++)
        if (strlen(metrics_routes[i]) == path_len && memcmp(metrics_routes[i], path, path_len) == 0)
            return i;
    return METRICS_ROUTE_OTHER;
}

void metrics_init(unsigned cores)
{
    if (cores == 0 || cores > METRICS_CORES_MAX)
        METRICS_FATAL("core count out of range");
    for (unsigned i = 0; i < cores; i++) {
        /* Page-aligned so no two cores' hot counters share a cache line. */
        metrics_cores[i] = aligned_alloc(4096, (sizeof(struct metrics_core) + 4095) & ~4095ul);
        if (!metrics_cores[i])
            METRICS_FATAL("out of memory");
        memset(metrics_cores[i], 0, sizeof(struct metrics_core));
        histogram_init(&metrics_cores[i]->duration_ns);
    }
    metrics_core_count = cores;
}

void metrics_free(void)
{
    for (unsigned i = 0; i < metrics_core_count; i++) {
        free(metrics_cores[i]);
        metrics_cores[i] = NULL;
    }
    metrics_core_count = 0;
    metrics_section_count = 0; /* their owners are freed with the run */
}

struct metrics_core *metrics_core(unsigned core)
{
    if (core >= metrics_core_count)
        METRICS_FATAL("core out of range");
    return metrics_cores[core];
}

void metrics_request(struct metrics_core *m, unsigned route, int status, uint64_t duration_ns)
{
    if (route >= METRICS_ROUTES_MAX)
        route = METRICS_ROUTE_OTHER;
    if (status < METRICS_STATUS_MIN || status >= METRICS_STATUS_MIN + METRICS_STATUS_SPAN)
        METRICS_FATAL("HTTP status out of range");
    uint64_t *slot = &m->requests[route][status - METRICS_STATUS_MIN];
    __atomic_store_n(slot, __atomic_load_n(slot, __ATOMIC_RELAXED) + 1, __ATOMIC_RELAXED);
    histogram_record(&m->duration_ns, duration_ns);
}

uint64_t metrics_counter_total(enum metrics_counter c)
{
    uint64_t sum = 0;
    for (unsigned i = 0; i < metrics_core_count; i++)
        sum += __atomic_load_n(&metrics_cores[i]->counters[c], __ATOMIC_RELAXED);
    return sum;
}

int64_t metrics_gauge_total(enum metrics_gauge g)
{
    int64_t sum = 0;
    for (unsigned i = 0; i < metrics_core_count; i++)
        sum += __atomic_load_n(&metrics_cores[i]->gauges[g], __ATOMIC_RELAXED);
    return sum;
}

struct metrics_text {
    char *buf;
    size_t len, cap;
};

static void mt_printf(struct metrics_text *t, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static void mt_printf(struct metrics_text *t, const char *fmt, ...)
{
    for (;;) {
        va_list ap;
        va_start(ap, fmt);
        int n = vsnprintf(t->buf + t->len, t->cap - t->len, fmt, ap);
        va_end(ap);
        if (n < 0)
            METRICS_FATAL("format error");
        if ((size_t)n < t->cap - t->len) {
            t->len += (size_t)n;
            return;
        }
        t->cap = t->cap * 2 + (size_t)n;
        t->buf = realloc(t->buf, t->cap);
        if (!t->buf)
            METRICS_FATAL("out of memory");
    }
}

struct metrics_desc {
    const char *name;
    const char *type;
    const char *help;
    int index;
    const char *label; /* extra label (kind="...") or NULL */
};

static const struct metrics_desc metrics_counter_descs[] = {
    {"brigade_connections_accepted_total", "counter", "Connections accepted.", METRICS_ACCEPTED,
     NULL},
    {"brigade_connections_rejected_total", "counter", "Connections answered 503: line full.",
     METRICS_REJECTED, NULL},
    {"brigade_connections_promoted_total", "counter", "Connections moved from line to service.",
     METRICS_PROMOTED, NULL},
    {"brigade_connections_closed_by_peer_midrequest_total", "counter",
     "Peer closed with a request unfinished.", METRICS_CLOSED_MIDREQUEST, NULL},
    {"brigade_http_received_bytes_total", "counter", "Bytes received.", METRICS_BYTES_IN, NULL},
    {"brigade_http_sent_bytes_total", "counter", "Bytes sent.", METRICS_BYTES_OUT, NULL},
    {"brigade_loop_iterations_total", "counter", "Event loop passes.", METRICS_LOOP_ITERATIONS,
     NULL},
    {"brigade_recv_enobufs_total", "counter", "Receives that found no provided buffer.",
     METRICS_ENOBUFS, NULL},
    {"brigade_sse_events_sent_total", "counter", "Events queued to stream clients.",
     METRICS_SSE_EVENTS_SENT, NULL},
    {"brigade_sse_events_dropped_total", "counter", "Events dropped for slow stream clients.",
     METRICS_SSE_EVENTS_DROPPED, NULL},
    {"brigade_connections_linger_cut_total", "counter",
     "Lingering closes ended early to keep file slots free for refusals.", METRICS_LINGER_CUT,
     NULL},
    {"brigade_accept_no_slot_total", "counter",
     "Accepts that found every file slot taken: the kernel closed that connection unanswered.",
     METRICS_ACCEPT_NO_SLOT, NULL},
};

static const struct metrics_desc metrics_gauge_descs[] = {
    {"brigade_connections_active", "gauge", "Connections being served.", METRICS_ACTIVE, NULL},
    {"brigade_connections_queued", "gauge", "Connections waiting in line.", METRICS_QUEUED, NULL},
    {"brigade_sse_clients", "gauge", "Open event streams.", METRICS_SSE_CLIENTS, NULL},
};

static const char *const metrics_timeout_kinds[] = {"header", "body", "idle", "send"};

static void metrics_render_simple(struct metrics_text *t)
{
    for (size_t i = 0; i < sizeof(metrics_counter_descs) / sizeof(metrics_counter_descs[0]); i++) {
        const struct metrics_desc *d = &metrics_counter_descs[i];
        mt_printf(t, "# HELP %s %s\n# TYPE %s %s\n%s %llu\n", d->name, d->help, d->name, d->type,
                  d->name,
                  (unsigned long long)metrics_counter_total((enum metrics_counter)d->index));
    }
    for (size_t i = 0; i < sizeof(metrics_gauge_descs) / sizeof(metrics_gauge_descs[0]); i++) {
        const struct metrics_desc *d = &metrics_gauge_descs[i];
        mt_printf(t, "# HELP %s %s\n# TYPE %s %s\n%s %lld\n", d->name, d->help, d->name, d->type,
                  d->name, (long long)metrics_gauge_total((enum metrics_gauge)d->index));
    }
    mt_printf(t, "# HELP brigade_timeouts_total Connections timed out, by kind.\n"
                 "# TYPE brigade_timeouts_total counter\n");
    for (int k = 0; k < 4; k++)
        mt_printf(t, "brigade_timeouts_total{kind=\"%s\"} %llu\n", metrics_timeout_kinds[k],
                  (unsigned long long)metrics_counter_total(METRICS_TIMEOUT_HEADER + k));
    uint64_t submits = metrics_counter_total(METRICS_SUBMITS);
    mt_printf(t,
              "# HELP brigade_loop_cqes_per_submit Completions handled per submit and wait.\n"
              "# TYPE brigade_loop_cqes_per_submit summary\n"
              "brigade_loop_cqes_per_submit_sum %llu\nbrigade_loop_cqes_per_submit_count %llu\n",
              (unsigned long long)metrics_counter_total(METRICS_CQES), (unsigned long long)submits);
}

static void metrics_render_requests(struct metrics_text *t)
{
    mt_printf(t, "# HELP brigade_http_requests_total Requests answered, by route and status.\n"
                 "# TYPE brigade_http_requests_total counter\n");
    for (unsigned r = 0; r < metrics_route_count; r++) {
        for (int s = 0; s < METRICS_STATUS_SPAN; s++) {
            uint64_t n = 0;
            for (unsigned c = 0; c < metrics_core_count; c++)
                n += __atomic_load_n(&metrics_cores[c]->requests[r][s], __ATOMIC_RELAXED);
            if (n)
                mt_printf(t, "brigade_http_requests_total{route=\"%s\",status=\"%d\"} %llu\n",
                          metrics_routes[r], s + METRICS_STATUS_MIN, (unsigned long long)n);
        }
    }
}

/* Histograms are read while their cores write them: a bucket may be one request ahead of
 * the count, which Prometheus tolerates for a scrape; no lock is worth taking for that. */
static void metrics_render_duration(struct metrics_text *t)
{
    struct histogram *h = malloc(sizeof(*h));
    if (!h)
        METRICS_FATAL("out of memory");
    histogram_init(h);
    for (unsigned c = 0; c < metrics_core_count; c++)
        histogram_merge(h, &metrics_cores[c]->duration_ns);
    const char *name = "brigade_http_request_duration_seconds";
    mt_printf(t,
              "# HELP %s Time from a complete request head to its response.\n"
              "# TYPE %s histogram\n",
              name, name);
    size_t nb = sizeof(metrics_duration_buckets_s) / sizeof(metrics_duration_buckets_s[0]);
    size_t bucket = 0;
    uint64_t cumulative = 0;
    for (size_t i = 0; i < nb; i++) {
        uint64_t edge_ns = (uint64_t)(metrics_duration_buckets_s[i] * 1e9);
        for (; bucket < HISTOGRAM_BUCKETS && histogram_bucket_upper(bucket) <= edge_ns; bucket++)
            cumulative += h->buckets[bucket];
        mt_printf(t, "%s_bucket{le=\"%g\"} %llu\n", name, metrics_duration_buckets_s[i],
                  (unsigned long long)cumulative);
    }
    mt_printf(t, "%s_bucket{le=\"+Inf\"} %llu\n%s_sum %.9f\n%s_count %llu\n", name,
              (unsigned long long)h->count, name, (double)h->sum / 1e9, name,
              (unsigned long long)h->count);
    free(h);
}

void metrics_section_add(metrics_section_fn fn, void *user)
{
    for (unsigned i = 0; i < metrics_section_count; i++)
        if (metrics_sections[i].fn == fn && metrics_sections[i].user == user)
            return;
    if (metrics_section_count == METRICS_SECTIONS_MAX)
        METRICS_FATAL("too many metrics sections");
    metrics_sections[metrics_section_count++] = (struct metrics_section){fn, user};
}

static void metrics_render_sections(struct metrics_text *t)
{
    for (unsigned i = 0; i < metrics_section_count; i++) {
        size_t n;
        char *text = metrics_sections[i].fn(metrics_sections[i].user, &n);
        mt_printf(t, "%.*s", (int)n, text);
        free(text);
    }
}

char *metrics_render(size_t *len)
{
    struct metrics_text t = {malloc(16384), 0, 16384};
    if (!t.buf)
        METRICS_FATAL("out of memory");
    metrics_render_requests(&t);
    metrics_render_duration(&t);
    metrics_render_simple(&t);
    metrics_render_sections(&t);
    *len = t.len;
    return t.buf;
}
