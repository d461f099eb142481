/* sse.c — the event hub: stream counts, pending flags and wake-ups around the shared event
 * log (see sse.h). */
#include "gateway/net/sse.h"

#include <errno.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "kernels/assert.h"

#define SSE_ASSERT(cond) BRIGADE_ASSERT(cond)

enum {
    SSE_DECIMAL_DIGITS_MAX = 19, /* fits in uint64_t whatever the digits */
};

/* One per core, on its own cache line: other cores set `pending` and read `streams`. */
struct sse_hub_core {
    _Alignas(64) atomic_uint streams;
    atomic_bool pending;
    void *ctx;
};

struct sse_hub {
    struct event_log *log;
    unsigned cores;
    sse_notify_fn notify;
    _Alignas(64) atomic_uint streams; /* all cores: read by every publish */
    struct sse_hub_core core[];
};

struct sse_hub *sse_hub_new(unsigned cores, uint32_t log_events, size_t log_bytes,
                            sse_notify_fn notify)
{
    SSE_ASSERT(cores > 0 && cores <= SSE_CORES_MAX);
    SSE_ASSERT(notify != NULL);
    size_t size = sizeof(struct sse_hub) + cores * sizeof(struct sse_hub_core);
    struct sse_hub *hub = aligned_alloc(64, (size + 63) & ~(size_t)63);
    SSE_ASSERT(hub != NULL);
    memset(hub, 0, size);
    hub->log = event_log_new(log_events, log_bytes);
    hub->cores = cores;
    hub->notify = notify;
    atomic_init(&hub->streams, 0);
    for (unsigned i = 0; i < cores; i++) {
        atomic_init(&hub->core[i].streams, 0);
        atomic_init(&hub->core[i].pending, false);
    }
    return hub;
}

void sse_hub_free(struct sse_hub *hub)
{
    if (!hub)
        return;
    SSE_ASSERT(atomic_load(&hub->streams) == 0); /* every stream was closed by its loop */
    event_log_free(hub->log);
    free(hub);
}

void sse_hub_attach(struct sse_hub *hub, unsigned core, void *core_ctx)
{
    SSE_ASSERT(core < hub->cores);
    hub->core[core].ctx = core_ctx;
}

/* The fence pairs with the publisher's (store-load on both sides): either a publish sees
 * this stream and wakes its core, or the stream's first read of the log, which comes after
 * this, sees the event. */
void sse_hub_subscribe(struct sse_hub *hub, unsigned core)
{
    SSE_ASSERT(core < hub->cores);
    atomic_fetch_add(&hub->core[core].streams, 1);
    atomic_fetch_add(&hub->streams, 1);
    atomic_thread_fence(memory_order_seq_cst);
}

void sse_hub_unsubscribe(struct sse_hub *hub, unsigned core)
{
    SSE_ASSERT(core < hub->cores);
    SSE_ASSERT(atomic_load_explicit(&hub->core[core].streams, memory_order_relaxed) > 0);
    atomic_fetch_sub(&hub->core[core].streams, 1);
    atomic_fetch_sub(&hub->streams, 1);
}

bool sse_hub_wanted(const struct sse_hub *hub)
{
    return atomic_load_explicit(&hub->streams, memory_order_relaxed) > 0;
}

unsigned sse_hub_streams(const struct sse_hub *hub)
{
    return atomic_load_explicit(&hub->streams, memory_order_relaxed);
}

int64_t sse_hub_publish(struct sse_hub *hub, unsigned core, const char *event, const char *data,
                        size_t data_len)
{
    SSE_ASSERT(core < hub->cores);
    if (!sse_hub_wanted(hub))
        return 0;
    int64_t seq = event_log_append(hub->log, event, data, data_len);
    if (seq < 0)
        return seq;
    atomic_thread_fence(memory_order_seq_cst); /* see sse_hub_subscribe */
    for (unsigned to = 0; to < hub->cores; to++) {
        struct sse_hub_core *c = &hub->core[to];
        if (atomic_load_explicit(&c->streams, memory_order_relaxed) == 0)
            continue;
        /* Wake only on the clear -> set edge: one wake-up covers every event appended until
         * the core takes the flag. Always the exchange, never a plain load first: the core's
         * take must read from this publisher's write (acq_rel on both) to be sure to see the
         * log's new end, also when the flag was already set by an earlier publish. */
        if (atomic_exchange_explicit(&c->pending, true, memory_order_acq_rel))
            continue;
        if (to != core) /* this core looks at its own flag at the end of its pass */
            hub->notify(hub->core[core].ctx, to);
    }
    return seq;
}

bool sse_hub_take_pending(struct sse_hub *hub, unsigned core)
{
    SSE_ASSERT(core < hub->cores);
    struct sse_hub_core *c = &hub->core[core];
    /* A plain load first (this runs every pass): if it reads clear while a publisher sets
     * the flag, that publisher made the clear -> set edge and wakes this core. */
    if (!atomic_load_explicit(&c->pending, memory_order_relaxed))
        return false;
    return atomic_exchange_explicit(&c->pending, false, memory_order_acq_rel);
}

struct event_log *sse_hub_log(struct sse_hub *hub)
{
    return hub->log;
}

/* A decimal integer of at most SSE_DECIMAL_DIGITS_MAX digits, nothing else. */
static int sse_parse_decimal(const char *s, size_t len, uint64_t *out)
{
    if (len == 0 || len > SSE_DECIMAL_DIGITS_MAX)
        return -EINVAL;
    uint64_t v = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -EINVAL;
        v = v * 10 + (uint64_t)(s[i] - '0');
    }
    *out = v;
    return 0;
}

/* The value of `replay` in a query string (NULL when absent). */
static const char *sse_query_replay(const char *query, size_t len, size_t *value_len)
{
    static const char key[] = "replay=";
    const char *p = query, *end = query + len;
    while (p < end) {
        const char *amp = memchr(p, '&', (size_t)(end - p));
        const char *stop = amp ? amp : end;
        if ((size_t)(stop - p) >= sizeof(key) - 1 && memcmp(p, key, sizeof(key) - 1) == 0) {
            *value_len = (size_t)(stop - p) - (sizeof(key) - 1);
            return p + sizeof(key) - 1;
        }
        p = stop + 1;
    }
    return NULL;
}

int sse_start_parse(const char *query, size_t query_len, const char *last_id, size_t last_id_len,
                    struct sse_start *out)
{
    *out = (struct sse_start){.kind = SSE_START_NOW};
    size_t value_len = 0;
    const char *value = query ? sse_query_replay(query, query_len, &value_len) : NULL;
    if (value) {
        uint64_t k;
        if (sse_parse_decimal(value, value_len, &k) < 0 || k > SSE_REPLAY_MAX)
            return -EINVAL;
        *out = (struct sse_start){.kind = SSE_START_REPLAY, .value = k};
    }
    uint64_t id;
    if (last_id && sse_parse_decimal(last_id, last_id_len, &id) == 0)
        *out = (struct sse_start){.kind = SSE_START_AFTER, .value = id};
    return 0;
}

/* The value of header `name` (lower case, with its colon) in a raw head, trimmed. */
static const char *sse_head_header(const char *head, size_t len, const char *name,
                                   size_t *value_len)
{
    size_t name_len = strlen(name);
    const char *end = head + len;
    for (const char *p = memchr(head, '\n', len); p; p = memchr(p, '\n', (size_t)(end - p))) {
        p++; /* the start of a header line */
        if ((size_t)(end - p) < name_len || strncasecmp(p, name, name_len) != 0)
            continue;
        const char *v = p + name_len, *line_end = memchr(v, '\n', (size_t)(end - v));
        if (!line_end)
            return NULL; /* cut short: the value may be incomplete */
        while (v < line_end && (*v == ' ' || *v == '\t'))
            v++;
        const char *e = line_end;
        while (e > v && (e[-1] == '\r' || e[-1] == ' ' || e[-1] == '\t'))
            e--;
        *value_len = (size_t)(e - v);
        return v;
    }
    return NULL;
}

void sse_start_parse_head(const char *head, size_t len, struct sse_start *out)
{
    *out = (struct sse_start){.kind = SSE_START_NOW};
    const char *line_end = memchr(head, '\n', len);
    const char *target = line_end ? memchr(head, ' ', (size_t)(line_end - head)) : NULL;
    if (!target)
        return;
    target++;
    const char *target_end = memchr(target, ' ', (size_t)(line_end - target));
    if (!target_end)
        return;
    const char *q = memchr(target, '?', (size_t)(target_end - target));
    size_t id_len = 0;
    const char *id = sse_head_header(head, len, "last-event-id:", &id_len);
    if (sse_start_parse(q ? q + 1 : NULL, q ? (size_t)(target_end - q - 1) : 0, id, id_len, out) <
        0)
        *out = (struct sse_start){.kind = SSE_START_NOW};
}

uint64_t sse_start_cursor(const struct sse_hub *hub, const struct sse_start *start,
                          uint64_t *missed)
{
    *missed = 0;
    uint64_t next = event_log_next_seq(hub->log);
    uint64_t oldest = event_log_oldest_seq(hub->log);
    switch (start->kind) {
    case SSE_START_AFTER:
        if (start->value < next)
            return start->value + 1; /* an evicted one: the first copy reports the gap */
        *missed = UINT64_MAX;
        return oldest;
    case SSE_START_REPLAY: {
        uint64_t back = next - oldest < start->value ? next - oldest : start->value;
        return next - back;
    }
    case SSE_START_NOW:
    case SSE_START_KIND_MAX:
        break;
    }
    return next;
}

size_t sse_hub_metrics(const struct sse_hub *hub, char *out, size_t cap)
{
    struct event_log_stats st;
    event_log_stats(hub->log, &st);
    int n = snprintf(out, cap,
                     "# HELP brigade_sse_log_events Events in the event log.\n"
                     "# TYPE brigade_sse_log_events gauge\n"
                     "brigade_sse_log_events %llu\n"
                     "# HELP brigade_sse_log_bytes Bytes of events in the event log.\n"
                     "# TYPE brigade_sse_log_bytes gauge\n"
                     "brigade_sse_log_bytes %llu\n"
                     "# HELP brigade_sse_log_capacity_bytes Size of the event log's ring.\n"
                     "# TYPE brigade_sse_log_capacity_bytes gauge\n"
                     "brigade_sse_log_capacity_bytes %llu\n"
                     "# HELP brigade_sse_log_appended_total Events appended to the event log.\n"
                     "# TYPE brigade_sse_log_appended_total counter\n"
                     "brigade_sse_log_appended_total %llu\n",
                     (unsigned long long)st.events, (unsigned long long)st.bytes,
                     (unsigned long long)st.capacity, (unsigned long long)st.appended);
    SSE_ASSERT(n > 0);
    return (size_t)n < cap ? (size_t)n : cap - 1;
}
