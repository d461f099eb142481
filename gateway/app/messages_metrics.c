/* messages_metrics.c — the order pipeline's metrics: per-stage histograms and message
 * counters for /metrics, and the small JSON summary of GET /v1/stats (the dashboard's). */
#define _GNU_SOURCE
#include "gateway/app/messages_internal.h"

#include <stddef.h>

#include <stdarg.h>
#include <string.h>

/* Prometheus buckets of the stage histograms, in seconds: stages run from microseconds
 * (parse, match) to tens of milliseconds (a CPU forward pass). */
static const double messages_buckets_s[] = {0.00001, 0.000025, 0.00005, 0.0001, 0.00025,
                                            0.0005,  0.001,    0.0025,  0.005,  0.01,
                                            0.025,   0.05,     0.1,     0.25,   1};

static const char *const messages_stage_names[MESSAGES_STAGE_MAX] = {
    "parse", "extract", "tokenize", "queue", "embed", "match", "total",
};

static const char *const messages_error_codes[MESSAGES_ERROR_MAX] = {
    "invalid_json",   "invalid_field", "empty_text",           "invalid_utf8",
    "text_too_large", "embed_failed",  "database_unavailable", "not_stored",
};

const char *messages_stage_name(enum messages_stage s)
{
    MESSAGES_ASSERT(s < MESSAGES_STAGE_MAX);
    return messages_stage_names[s];
}

const char *messages_error_code(enum messages_error e)
{
    MESSAGES_ASSERT(e < MESSAGES_ERROR_MAX);
    return messages_error_codes[e];
}

struct messages_text {
    char *buf;
    size_t len, cap;
};

static void mtext_printf(struct messages_text *t, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static void mtext_printf(struct messages_text *t, const char *fmt, ...)
{
    for (;;) {
        va_list ap;
        va_start(ap, fmt);
        int n = vsnprintf(t->buf + t->len, t->cap - t->len, fmt, ap);
        va_end(ap);
        MESSAGES_ASSERT(n >= 0);
        if ((size_t)n < t->cap - t->len) {
            t->len += (size_t)n;
            return;
        }
        t->cap = t->cap * 2 + (size_t)n;
        t->buf = realloc(t->buf, t->cap);
        MESSAGES_ASSERT(t->buf != NULL);
    }
}

static struct messages_core *messages_core_at(const struct messages_app *ma, unsigned i)
{
    return atomic_load_explicit(&ma->cores[i], memory_order_acquire);
}

/* The stage's histogram summed over cores (per-batch stages: the engine's). */
static void messages_stage_merge(const struct messages_app *ma, enum messages_stage s,
                                 struct histogram *h)
{
    histogram_init(h);
    if (s == MESSAGES_STAGE_QUEUE || s == MESSAGES_STAGE_EMBED) {
        if (ma->batch_stages)
            histogram_merge(h, &ma->batch_stages[s]);
        return;
    }
    for (unsigned c = 0; c < MESSAGES_CORES_MAX; c++) {
        struct messages_core *mc = messages_core_at(ma, c);
        if (mc)
            histogram_merge(h, &mc->stages[s]);
    }
}

static void messages_render_stage(const struct messages_app *ma, struct messages_text *t,
                                  enum messages_stage s, struct histogram *h)
{
    const char *name = "brigade_stage_duration_seconds";
    const char *stage = messages_stage_names[s];
    messages_stage_merge(ma, s, h);
    size_t bucket = 0;
    uint64_t cumulative = 0;
    for (size_t i = 0; i < sizeof(messages_buckets_s) / sizeof(messages_buckets_s[0]); i++) {
        uint64_t edge_ns = (uint64_t)(messages_buckets_s[i] * 1e9 + 0.5);
        for (; bucket < HISTOGRAM_BUCKETS && histogram_bucket_upper(bucket) <= edge_ns; bucket++)
            cumulative += h->buckets[bucket];
        mtext_printf(t, "%s_bucket{stage=\"%s\",le=\"%g\"} %llu\n", name, stage,
                     messages_buckets_s[i], (unsigned long long)cumulative);
    }
    mtext_printf(t, "%s_bucket{stage=\"%s\",le=\"+Inf\"} %llu\n", name, stage,
                 (unsigned long long)h->count);
    mtext_printf(t, "%s_sum{stage=\"%s\"} %.9f\n%s_count{stage=\"%s\"} %llu\n", name, stage,
                 (double)h->sum / 1e9, name, stage, (unsigned long long)h->count);
}

static uint64_t messages_result_total(const struct messages_app *ma, int category, int status)
{
    uint64_t n = 0;
    for (unsigned c = 0; c < MESSAGES_CORES_MAX; c++) {
        struct messages_core *mc = messages_core_at(ma, c);
        if (mc)
            n += __atomic_load_n(&mc->results[category][status], __ATOMIC_RELAXED);
    }
    return n;
}

static uint64_t messages_error_total(const struct messages_app *ma, int e)
{
    uint64_t n = 0;
    for (unsigned c = 0; c < MESSAGES_CORES_MAX; c++) {
        struct messages_core *mc = messages_core_at(ma, c);
        if (mc)
            n += __atomic_load_n(&mc->errors[e], __ATOMIC_RELAXED);
    }
    return n;
}

/* A per-core counter summed over the cores (its offset in struct messages_core). */
static uint64_t messages_core_sum(const struct messages_app *ma, size_t offset)
{
    uint64_t n = 0;
    for (unsigned c = 0; c < MESSAGES_CORES_MAX; c++) {
        struct messages_core *mc = messages_core_at(ma, c);
        if (mc)
            n += __atomic_load_n((const uint64_t *)((const char *)mc + offset), __ATOMIC_RELAXED);
    }
    return n;
}

static uint64_t messages_deferred_passes_total(const struct messages_app *ma)
{
    return messages_core_sum(ma, offsetof(struct messages_core, deferred_passes));
}

/* Inbox rows by outcome (every core consumes the inbox; summed like the rest); false when no
 * core has an inbox. */
static bool messages_inbox_total(const struct messages_app *ma, uint64_t *out)
{
    bool any = false;
    for (unsigned c = 0; c < MESSAGES_CORES_MAX; c++) {
        struct messages_core *mc = messages_core_at(ma, c);
        if (!mc || !__atomic_load_n(&mc->inbox_fn, __ATOMIC_RELAXED))
            continue;
        any = true;
        for (int o = 0; o < INBOX_OUTCOME_MAX; o++)
            out[o] += __atomic_load_n(&mc->inbox[o], __ATOMIC_RELAXED);
    }
    return any;
}

static void messages_render_inbox(const struct messages_app *ma, struct messages_text *t)
{
    static const char *const names[INBOX_OUTCOME_MAX] = {
        [INBOX_CONSUMED] = "consumed", [INBOX_FAILED] = "failed", [INBOX_RETRY] = "retry"};
    uint64_t n[INBOX_OUTCOME_MAX] = {0};
    if (!messages_inbox_total(ma, n))
        return;
    mtext_printf(t, "# HELP brigade_inbox_messages_total Inbox rows run through the pipeline, by "
                    "outcome (consumed: stored with the row marked consumed in the same "
                    "transaction; failed: can never be processed; retry: read again later).\n"
                    "# TYPE brigade_inbox_messages_total counter\n");
    for (int o = 0; o < INBOX_OUTCOME_MAX; o++)
        mtext_printf(t, "brigade_inbox_messages_total{outcome=\"%s\"} %llu\n", names[o],
                     (unsigned long long)n[o]);
}

/* The engine's work after its cache: forward texts per message is
 * brigade_embed_forward_texts_total / brigade_embed_messages_total (since start: the menu's
 * own texts count too); every text is a hit, a shared one or a miss (the cache off: none). */
static void messages_render_cache(const struct messages_app *ma, struct messages_text *t)
{
    struct engine_stats st;
    engine_stats(ma->engine, &st);
    mtext_printf(
        t,
        "# HELP brigade_embed_forward_texts_total Texts the embedding backend ran (the rest "
        "came from the cache).\n"
        "# TYPE brigade_embed_forward_texts_total counter\n"
        "brigade_embed_forward_texts_total %llu\n"
        "# HELP brigade_embed_cache_hits_total Texts answered from the embedding cache.\n"
        "# TYPE brigade_embed_cache_hits_total counter\n"
        "brigade_embed_cache_hits_total %llu\n"
        "# HELP brigade_embed_cache_shared_total Texts that shared the forward pass of the same "
        "text in their batch.\n"
        "# TYPE brigade_embed_cache_shared_total counter\n"
        "brigade_embed_cache_shared_total %llu\n"
        "# HELP brigade_embed_cache_misses_total Texts the cache did not hold (run, then "
        "stored).\n"
        "# TYPE brigade_embed_cache_misses_total counter\n"
        "brigade_embed_cache_misses_total %llu\n"
        "# HELP brigade_embed_cache_evictions_total Vectors dropped to keep the cache's bounds.\n"
        "# TYPE brigade_embed_cache_evictions_total counter\n"
        "brigade_embed_cache_evictions_total %llu\n"
        "# HELP brigade_embed_cache_entries Vectors in the embedding cache.\n"
        "# TYPE brigade_embed_cache_entries gauge\n"
        "brigade_embed_cache_entries %llu\n"
        "# HELP brigade_embed_cache_bytes Memory the embedding cache holds.\n"
        "# TYPE brigade_embed_cache_bytes gauge\n"
        "brigade_embed_cache_bytes %llu\n"
        "# HELP brigade_embed_score_backend_total Scoring passes the backend's own scorer "
        "served (cuda: on the device).\n"
        "# TYPE brigade_embed_score_backend_total counter\n"
        "brigade_embed_score_backend_total %llu\n"
        "# HELP brigade_embed_score_fallbacks_total Scoring passes the backend's scorer failed, "
        "served by the host scorer.\n"
        "# TYPE brigade_embed_score_fallbacks_total counter\n"
        "brigade_embed_score_fallbacks_total %llu\n",
        (unsigned long long)st.sequences, (unsigned long long)st.cache_hits,
        (unsigned long long)st.cache_shared, (unsigned long long)st.cache_misses,
        (unsigned long long)st.cache_evictions, (unsigned long long)st.cache_entries,
        (unsigned long long)st.cache_bytes, (unsigned long long)st.score_backend,
        (unsigned long long)st.score_fallbacks);
}

static void messages_render_counters(const struct messages_app *ma, struct messages_text *t)
{
    mtext_printf(t, "# HELP brigade_messages_total Messages analysed, by category and status.\n"
                    "# TYPE brigade_messages_total counter\n");
    for (int c = 0; c < ORDER_CATEGORY_MAX; c++)
        for (int s = 0; s < ORDER_STATUS_MAX; s++) {
            uint64_t n = messages_result_total(ma, c, s);
            if (n)
                mtext_printf(t, "brigade_messages_total{category=\"%s\",status=\"%s\"} %llu\n",
                             order_category_name((enum order_category)c),
                             order_status_name((enum order_status)s), (unsigned long long)n);
        }
    mtext_printf(t, "# HELP brigade_message_errors_total Messages refused, by error code.\n"
                    "# TYPE brigade_message_errors_total counter\n");
    for (int e = 0; e < MESSAGES_ERROR_MAX; e++)
        mtext_printf(t, "brigade_message_errors_total{code=\"%s\"} %llu\n", messages_error_codes[e],
                     (unsigned long long)messages_error_total(ma, e));
    /* --backend cuda may run as cpu: asked for and running differ after a fallback. */
    mtext_printf(
        t,
        "# HELP brigade_embed_backend The embedding backend asked for and the one "
        "running.\n# TYPE brigade_embed_backend gauge\n"
        "brigade_embed_backend{requested=\"%s\",running=\"%s\"} 1\n"
        "# HELP brigade_embed_batches_failed_total Engine batches that failed (a cuda "
        "device error fails its batch; later ones run on the cpu).\n"
        "# TYPE brigade_embed_batches_failed_total counter\n"
        "brigade_embed_batches_failed_total %llu\n",
        ma->cfg.backend, engine_backend(ma->engine)->name,
        (unsigned long long)atomic_load_explicit(&ma->embed_batches_failed, memory_order_relaxed));
    mtext_printf(t,
                 "# HELP brigade_messages_deferred_passes_total Loop passes that left message "
                 "work to the next one (their budget was spent).\n"
                 "# TYPE brigade_messages_deferred_passes_total counter\n"
                 "brigade_messages_deferred_passes_total %llu\n",
                 (unsigned long long)messages_deferred_passes_total(ma));
    mtext_printf(t,
                 "# HELP brigade_messages_offloaded_total Messages whose text was understood on "
                 "an offload thread (--offload-bytes and longer), not on the serving core.\n"
                 "# TYPE brigade_messages_offloaded_total counter\n"
                 "brigade_messages_offloaded_total %llu\n",
                 (unsigned long long)messages_core_sum(
                     ma, offsetof(struct messages_core, offloaded_messages)));
    /* Texts per message is the engine's work per message (a forward pass each on a model
     * backend): divide by brigade_embed_messages_total. */
    mtext_printf(
        t,
        "# HELP brigade_embed_messages_total Messages sent to the embedding engine.\n"
        "# TYPE brigade_embed_messages_total counter\n"
        "brigade_embed_messages_total %llu\n"
        "# HELP brigade_embed_texts_total Texts (sequences) they were embedded as.\n"
        "# TYPE brigade_embed_texts_total counter\n"
        "brigade_embed_texts_total %llu\n"
        "# HELP brigade_embed_tokens_total Tokens of those texts (backends with a tokenizer).\n"
        "# TYPE brigade_embed_tokens_total counter\n"
        "brigade_embed_tokens_total %llu\n",
        (unsigned long long)messages_core_sum(ma,
                                              offsetof(struct messages_core, embedded_messages)),
        (unsigned long long)messages_core_sum(ma, offsetof(struct messages_core, embedded_texts)),
        (unsigned long long)messages_core_sum(ma, offsetof(struct messages_core, embedded_tokens)));
    messages_render_cache(ma, t);
    messages_render_inbox(ma, t);
}

char *messages_metrics_render(void *user, size_t *len)
{
    const struct messages_app *ma = user;
    struct messages_text t = {malloc(8192), 0, 8192};
    MESSAGES_ASSERT(t.buf != NULL);
    if (ma->ready) {
        struct histogram *h = malloc(sizeof(*h));
        MESSAGES_ASSERT(h != NULL);
        mtext_printf(&t, "# HELP brigade_stage_duration_seconds Time per message in each stage "
                         "(queue and embed: per engine batch).\n"
                         "# TYPE brigade_stage_duration_seconds histogram\n");
        for (int s = 0; s < MESSAGES_STAGE_MAX; s++)
            messages_render_stage(ma, &t, (enum messages_stage)s, h);
        free(h);
        messages_render_counters(ma, &t);
    }
    *len = t.len;
    return t.buf;
}

char *messages_stats_json(const struct messages_app *ma, size_t *len)
{
    struct messages_text t = {malloc(1024), 0, 1024};
    MESSAGES_ASSERT(t.buf != NULL);
    uint64_t by_category[ORDER_CATEGORY_MAX] = {0}, by_status[ORDER_STATUS_MAX] = {0}, all = 0;
    for (int c = 0; c < ORDER_CATEGORY_MAX; c++)
        for (int s = 0; s < ORDER_STATUS_MAX; s++) {
            uint64_t n = messages_result_total(ma, c, s);
            by_category[c] += n;
            by_status[s] += n;
            all += n;
        }
    uint64_t errors = 0;
    for (int e = 0; e < MESSAGES_ERROR_MAX; e++)
        errors += messages_error_total(ma, e);
    struct histogram *h = malloc(sizeof(*h));
    MESSAGES_ASSERT(h != NULL);
    messages_stage_merge(ma, MESSAGES_STAGE_TOTAL, h);
    mtext_printf(&t,
                 "{\"ready\":%s,\"backend\":\"%s\",\"menu_items\":%zu,\"messages\":%llu,"
                 "\"errors\":%llu,\"categories\":{",
                 ma->ready ? "true" : "false",
                 ma->ready ? engine_backend(ma->engine)->name : "none", ma->menu.count,
                 (unsigned long long)all, (unsigned long long)errors);
    for (int c = 0; c < ORDER_CATEGORY_MAX; c++)
        mtext_printf(&t, "%s\"%s\":%llu", c ? "," : "", order_category_name((enum order_category)c),
                     (unsigned long long)by_category[c]);
    mtext_printf(&t, "},\"statuses\":{");
    for (int s = 0; s < ORDER_STATUS_MAX; s++)
        mtext_printf(&t, "%s\"%s\":%llu", s ? "," : "", order_status_name((enum order_status)s),
                     (unsigned long long)by_status[s]);
    mtext_printf(&t, "},\"latency_ms\":{\"p50\":%.3f,\"p99\":%.3f,\"max\":%.3f}}",
                 (double)histogram_quantile(h, 0.5) / 1e6,
                 (double)histogram_quantile(h, 0.99) / 1e6, (double)h->max / 1e6);
    free(h);
    *len = t.len;
    return t.buf;
}
