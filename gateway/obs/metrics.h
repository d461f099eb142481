/* metrics.h — per-core counters, summed when /metrics is read.
 *
 * Each core owns one struct metrics_core and is its only writer; readers on other cores load
 * the same 64-bit words with relaxed atomics, so the request path takes no lock and shares no
 * cache line with another core. Totals are exact once the writers are quiet (tests rely on
 * that) and otherwise a consistent-enough snapshot, as in any Prometheus exporter. */
#ifndef BRIGADE_GATEWAY_METRICS_H
#define BRIGADE_GATEWAY_METRICS_H

#include <stddef.h>
#include <stdint.h>

#include "gateway/obs/histogram.h"

enum metrics_counter {
    METRICS_ACCEPTED,          /* connections accepted (served, queued or rejected) */
    METRICS_REJECTED,          /* answered 503 because the line was full */
    METRICS_PROMOTED,          /* moved from the line to an active slot */
    METRICS_CLOSED_MIDREQUEST, /* peer closed with a request partly received or unanswered */
    METRICS_BYTES_IN,
    METRICS_BYTES_OUT,
    METRICS_LOOP_ITERATIONS,
    METRICS_SUBMITS,        /* submit_and_wait calls */
    METRICS_CQES,           /* completions handled */
    METRICS_TIMEOUT_HEADER, /* order of the four timeouts matches enum timer_kind */
    METRICS_TIMEOUT_BODY,
    METRICS_TIMEOUT_IDLE,
    METRICS_TIMEOUT_SEND,
    METRICS_ENOBUFS,         /* multishot recv ran out of provided buffers (re-armed) */
    METRICS_SSE_EVENTS_SENT, /* events queued to a client */
    METRICS_SSE_EVENTS_DROPPED,
    METRICS_LINGER_CUT,     /* lingering closes ended early to keep file slots for refusals */
    METRICS_ACCEPT_NO_SLOT, /* accepts that found every file slot taken (-ENFILE) */
    METRICS_COUNTER_MAX,
};

enum metrics_gauge {
    METRICS_ACTIVE,
    METRICS_QUEUED,
    METRICS_SSE_CLIENTS,
    METRICS_GAUGE_MAX,
};

enum {
    METRICS_ROUTES_MAX = 32, /* registered route labels; others count as "other" */
    METRICS_ROUTE_OTHER = 0, /* index of the "other" label */
    METRICS_STATUS_MIN = 100,
    METRICS_STATUS_SPAN = 500, /* statuses 100..599 */
    METRICS_ROUTE_BYTES_MAX = 64,
    METRICS_CORES_MAX = 256,
    METRICS_SECTIONS_MAX = 8, /* other modules' renderers (metrics_section_add) */
};

struct metrics_core {
    uint64_t counters[METRICS_COUNTER_MAX];
    int64_t gauges[METRICS_GAUGE_MAX];
    uint64_t requests[METRICS_ROUTES_MAX][METRICS_STATUS_SPAN];
    struct histogram duration_ns; /* request duration: head received -> response queued */
};

/* Register a route label (e.g. "/healthz") before the cores start. Returns its index, the
 * existing index when already registered; aborts beyond METRICS_ROUTES_MAX. Not thread-safe:
 * start-up only. */
unsigned metrics_route_register(const char *path);
/* The index of an exact registered path, or METRICS_ROUTE_OTHER. */
unsigned metrics_route_find(const char *path, size_t path_len);

/* Allocate the per-core blocks (zeroed) for `cores` cores. */
void metrics_init(unsigned cores);
void metrics_free(void);
struct metrics_core *metrics_core(unsigned core);

static inline void metrics_add(struct metrics_core *m, enum metrics_counter c, uint64_t n)
{
    /* Single writer: load + store is enough, the atomics only keep readers' loads whole. */
    uint64_t v = __atomic_load_n(&m->counters[c], __ATOMIC_RELAXED);
    __atomic_store_n(&m->counters[c], v + n, __ATOMIC_RELAXED);
}
static inline void metrics_gauge_add(struct metrics_core *m, enum metrics_gauge g, int64_t d)
{
    int64_t v = __atomic_load_n(&m->gauges[g], __ATOMIC_RELAXED);
    __atomic_store_n(&m->gauges[g], v + d, __ATOMIC_RELAXED);
}
/* Count one answered request. */
void metrics_request(struct metrics_core *m, unsigned route, int status, uint64_t duration_ns);

/* Sum of a counter / gauge over all cores. */
uint64_t metrics_counter_total(enum metrics_counter c);
int64_t metrics_gauge_total(enum metrics_gauge g);

/* Another module's metrics: returns a malloc'd text in the exposition format (whole lines,
 * "# HELP"/"# TYPE" included) and its length in *len; called on the thread that renders, with
 * the `user` given to metrics_section_add. */
typedef char *(*metrics_section_fn)(void *user, size_t *len);
/* Append `fn(user)`'s text to every metrics_render from now on. Start-up only (not
 * thread-safe); adding the same pair again is a no-op; aborts beyond METRICS_SECTIONS_MAX. */
void metrics_section_add(metrics_section_fn fn, void *user);

/* Render every metric in the Prometheus text exposition format 0.0.4 into a malloc'd,
 * NUL-terminated string (caller frees); *len gets its length. Aborts when out of memory. */
char *metrics_render(size_t *len);

#endif
