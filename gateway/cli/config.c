/* config.c — the flag table of `brigade serve` and its parsers (see config.h). */
#define _GNU_SOURCE
#include "gateway/cli/config.h"

#include "embed/embed_setup.h"
#include "embed/engine.h"
#include "gateway/app/messages.h"
#include "gateway/app/orders.h"
#include "gateway/http/http_parser.h"
#include "gateway/http/http_session.h"
#include "gateway/net/event_log.h"
#include "gateway/net/loop_group.h"
#include "gateway/net/offload.h"
#include "gateway/net/server.h"
#include "gateway/order/pipeline.h"

#include <arpa/inet.h>
#include <errno.h>
#include <math.h>
#include <sched.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

_Static_assert((int)CONFIG_TEXT_BYTES_LIMIT == (int)ORDER_TEXT_BYTES_MAX,
               "--max-text-bytes is bounded by what the pipeline accepts");
_Static_assert((int)CONFIG_BATCH_TOKENS_LIMIT == (int)ENGINE_BATCH_TOKENS_MAX,
               "batch token limits agree");
_Static_assert((int)CONFIG_BATCH_SEQUENCES_LIMIT == (int)ENGINE_BATCH_SEQUENCES_MAX,
               "batch sequence limits agree");
_Static_assert((int)CONFIG_BATCH_DEADLINE_US_LIMIT == (int)ENGINE_DEADLINE_US_MAX,
               "deadline limits agree");
_Static_assert((int)CONFIG_EMBED_CACHE_ENTRIES_LIMIT == (int)ENGINE_CACHE_ENTRIES_MAX,
               "the flag's range is the engine's");
_Static_assert((int)CONFIG_THREADS_MAX <= (int)LOOP_GROUP_CORES_MAX &&
                   (int)CONFIG_THREADS_MAX <= (int)MESSAGES_CORES_MAX,
               "every core --threads allows has its place in the loop group and the pipeline");
_Static_assert((int)CONFIG_HOST_BYTES_MAX == (int)SERVER_HOST_BYTES_MAX &&
                   (int)CONFIG_PATH_BYTES_MAX == (int)SERVER_PATH_BYTES_MAX &&
                   (int)CONFIG_PATH_BYTES_MAX == (int)MESSAGES_PATH_BYTES_MAX,
               "strings are copied to the modules' configurations whole");

enum config_kind {
    CONFIG_KIND_LISTEN,
    CONFIG_KIND_UINT,     /* unsigned integer stored as `unsigned` */
    CONFIG_KIND_COUNT,    /* unsigned integer stored as uint64_t */
    CONFIG_KIND_BYTES,    /* integer with optional k/m suffix (KiB, MiB) */
    CONFIG_KIND_DURATION, /* seconds (may be fractional) or with ms/s suffix */
    CONFIG_KIND_LEVEL,
    CONFIG_KIND_PATH,
    CONFIG_KIND_MAX,
};

struct config_option {
    const char *flag; /* without the leading "--" */
    const char *env;
    const char *fallback; /* default, in the flag's own syntax */
    enum config_kind kind;
    size_t offset;
    uint64_t min, max; /* inclusive; durations in ms */
    const char *help;
};

#define OFF(field) offsetof(struct config, field)
static const struct config_option config_options[] = {
    {"listen", "BRIGADE_LISTEN", "127.0.0.1:8080", CONFIG_KIND_LISTEN, 0, 0, 0,
     "address:port to listen on (port 0: any free port)"},
    {"threads", "BRIGADE_THREADS", "0", CONFIG_KIND_UINT, OFF(threads), 0, CONFIG_THREADS_MAX,
     "event-loop threads, one per core (0: online CPUs); not the engine's math"},
    {"compute-threads", "BRIGADE_COMPUTE_THREADS", "0", CONFIG_KIND_UINT, OFF(compute_threads), 0,
     CONFIG_COMPUTE_THREADS_MAX,
     "the embed engine's compute threads, cpu backend (0: as many as --threads)"},
    {"engine-cpus", "BRIGADE_ENGINE_CPUS", "auto", CONFIG_KIND_PATH, OFF(engine_cpus), 0, 0,
     "CPUs of the embed engine and its compute threads: auto (those no event-loop thread is "
     "pinned to; any when there are none), any, or a list such as 2-3,6"},
    {"engine-nice", "BRIGADE_ENGINE_NICE", "0", CONFIG_KIND_UINT, OFF(engine_nice), 0,
     THREAD_PLACE_NICE_MAX,
     "niceness the engine's threads add to the process's (more: a CPU shared with a loop goes "
     "mostly to the loop)"},
    {"offload-threads", "BRIGADE_OFFLOAD_THREADS", "1", CONFIG_KIND_UINT, OFF(offload_threads), 0,
     OFFLOAD_THREADS_MAX,
     "threads that understand long texts off the event loops, placed like the engine (0: none, "
     "every text on its loop)"},
    {"offload-bytes", "BRIGADE_OFFLOAD_BYTES", "512", CONFIG_KIND_BYTES, OFF(offload_bytes), 1,
     CONFIG_TEXT_BYTES_LIMIT, "texts of at least this size go to the offload threads"},
    {"max-connections", "BRIGADE_MAX_CONNECTIONS", "10000", CONFIG_KIND_UINT, OFF(max_connections),
     1, CONFIG_CONNECTIONS_MAX, "connections served at once (all cores)"},
    {"max-queued", "BRIGADE_MAX_QUEUED", "1024", CONFIG_KIND_UINT, OFF(max_queued), 0,
     CONFIG_QUEUED_MAX, "connections waiting in line beyond those; more get 503"},
    {"max-header-bytes", "BRIGADE_MAX_HEADER_BYTES", "8k", CONFIG_KIND_BYTES, OFF(header_bytes_max),
     256, HTTP_HEAD_BYTES_LIMIT, "request line + headers (431 beyond)"},
    {"max-header-count", "BRIGADE_MAX_HEADER_COUNT", "100", CONFIG_KIND_COUNT,
     OFF(header_count_max), 1, HTTP_HEADER_COUNT_CAPACITY,
     "header fields per request (431 beyond)"},
    {"max-body-bytes", "BRIGADE_MAX_BODY_BYTES", "1m", CONFIG_KIND_BYTES, OFF(body_bytes_max), 0,
     HTTP_PARSER_BYTES_LIMIT - 1, "request body (413 beyond)"},
    {"max-uri-bytes", "BRIGADE_MAX_URI_BYTES", "4k", CONFIG_KIND_BYTES, OFF(uri_bytes_max), 16,
     1 << 20, "request target (414 beyond)"},
    {"pipeline-depth", "BRIGADE_PIPELINE_DEPTH", "16", CONFIG_KIND_COUNT, OFF(pipeline_depth_max),
     1, HTTP_PIPELINE_DEPTH_LIMIT, "requests parsed ahead of their responses"},
    {"header-timeout", "BRIGADE_HEADER_TIMEOUT", "10s", CONFIG_KIND_DURATION,
     OFF(header_timeout_ms), 10, 3600000, "whole request head, from its first byte (408)"},
    {"idle-timeout", "BRIGADE_IDLE_TIMEOUT", "60s", CONFIG_KIND_DURATION, OFF(idle_timeout_ms), 10,
     86400000, "keep-alive wait for the next request"},
    {"body-timeout", "BRIGADE_BODY_TIMEOUT", "30s", CONFIG_KIND_DURATION, OFF(body_timeout_ms), 10,
     3600000, "whole request body, from the end of the head (408)"},
    {"send-timeout", "BRIGADE_SEND_TIMEOUT", "30s", CONFIG_KIND_DURATION, OFF(send_timeout_ms), 10,
     3600000, "no progress sending to a client that stopped reading"},
    {"shutdown-timeout", "BRIGADE_SHUTDOWN_TIMEOUT", "10s", CONFIG_KIND_DURATION,
     OFF(shutdown_timeout_ms), 0, 3600000, "finish in-flight requests after SIGTERM"},
    {"sse-heartbeat", "BRIGADE_SSE_HEARTBEAT", "15s", CONFIG_KIND_DURATION, OFF(sse_heartbeat_ms),
     100, 3600000, "comment line sent to idle event streams"},
    {"sse-log-events", "BRIGADE_SSE_LOG_EVENTS", "4096", CONFIG_KIND_COUNT, OFF(sse_log_events),
     EVENT_LOG_EVENTS_MIN, EVENT_LOG_EVENTS_LIMIT,
     "recent events kept for replay and resume (Last-Event-ID)"},
    {"sse-log-bytes", "BRIGADE_SSE_LOG_BYTES", "4m", CONFIG_KIND_BYTES, OFF(sse_log_bytes),
     EVENT_LOG_BYTES_MIN, CONFIG_SSE_LOG_BYTES_LIMIT, "bytes of recent events kept (one ring)"},
    {"sse-sndbuf", "BRIGADE_SSE_SNDBUF", "64k", CONFIG_KIND_BYTES, OFF(sse_sndbuf),
     CONFIG_SSE_SNDBUF_MIN, CONFIG_SSE_SNDBUF_MAX,
     "kernel send buffer of an event stream (SO_SNDBUF; the kernel doubles it)"},
    {"log-level", "BRIGADE_LOG_LEVEL", "info", CONFIG_KIND_LEVEL, OFF(log_level), 0, 0,
     "debug | info | warn | error"},
    {"log-file", "BRIGADE_LOG_FILE", "", CONFIG_KIND_PATH, OFF(log_file), 0, 0,
     "append logs here (reopened on SIGHUP)"},
    {"port-file", "BRIGADE_PORT_FILE", "", CONFIG_KIND_PATH, OFF(port_file), 0, 0,
     "write the bound port here once listening"},
    {"menu", "BRIGADE_MENU", "", CONFIG_KIND_PATH, OFF(menu), 0, 0,
     "menu CSV file, or db (PostgreSQL + memcached)"},
    {"model", "BRIGADE_MODEL", "", CONFIG_KIND_PATH, OFF(model_dir), 0, 0,
     "Hugging Face model directory (cuda and cpu backends)"},
    {"backend", "BRIGADE_BACKEND", "", CONFIG_KIND_PATH, OFF(backend), 0, 0,
     "lexical | cpu | cuda (falls back to cpu, logged, where no GPU can run it)"},
    {"cpu-precision", "BRIGADE_CPU_PRECISION", "", CONFIG_KIND_PATH, OFF(cpu_precision), 0, 0,
     "f32 | bf16 | f16: the cpu backend's dense-layer weights (float32 accumulation)"},
    {"cuda-device", "BRIGADE_CUDA_DEVICE", "0", CONFIG_KIND_UINT, OFF(cuda_device), 0, 255,
     "CUDA device ordinal for --backend cuda"},
    {"cuda-precision", "BRIGADE_CUDA_PRECISION", "bf16", CONFIG_KIND_PATH, OFF(cuda_precision), 0,
     0, "bf16 | fp16 | fp32: weights and activations on the GPU (float32 accumulation)"},
    {"understanding", "BRIGADE_UNDERSTANDING", "", CONFIG_KIND_PATH, OFF(understanding), 0, 0,
     "cues, modifiers and thresholds JSON"},
    {"pg", "BRIGADE_PG_URI", "", CONFIG_KIND_PATH, OFF(pg_uri), 0, 0,
     "PostgreSQL URI: every message and order is stored there (and the menu read, --menu db)"},
    {"pg-connections-per-core", "BRIGADE_PG_CONNECTIONS_PER_CORE", "1", CONFIG_KIND_UINT,
     OFF(pg_connections_per_core), 1, ORDER_STORE_CONNECTIONS_MAX,
     "PostgreSQL connections of each core (pipeline mode)"},
    {"pg-batch-messages", "BRIGADE_PG_BATCH_MESSAGES", "256", CONFIG_KIND_COUNT,
     OFF(pg_batch_messages_max), 1, 4096, "messages committed together at most (group commit)"},
    {"webhook-orders", "BRIGADE_WEBHOOK_ORDERS", "", CONFIG_KIND_PATH, OFF(webhook_orders), 0, 0,
     "webhook URL told of every order (Discord-compatible)"},
    {"webhook-inquiries", "BRIGADE_WEBHOOK_INQUIRIES", "", CONFIG_KIND_PATH, OFF(webhook_inquiries),
     0, 0, "webhook URL told of every inquiry"},
    {"webhook-other", "BRIGADE_WEBHOOK_OTHER", "", CONFIG_KIND_PATH, OFF(webhook_other), 0, 0,
     "webhook URL told of every other message"},
    {"webhook-max-attempts", "BRIGADE_WEBHOOK_MAX_ATTEMPTS", "15", CONFIG_KIND_COUNT,
     OFF(webhook_max_attempts), 1, NOTIFIER_ATTEMPTS_MAX, "attempts before a notification fails"},
    {"webhook-backoff", "BRIGADE_WEBHOOK_BACKOFF", "1s", CONFIG_KIND_DURATION,
     OFF(webhook_backoff_ms), 1, 3600000, "delay before the first retry"},
    {"webhook-backoff-max", "BRIGADE_WEBHOOK_BACKOFF_MAX", "900s", CONFIG_KIND_DURATION,
     OFF(webhook_backoff_max_ms), 1, NOTIFIER_BACKOFF_MS_MAX, "cap of the doubling delay"},
    {"webhook-timeout", "BRIGADE_WEBHOOK_TIMEOUT", "10s", CONFIG_KIND_DURATION,
     OFF(webhook_timeout_ms), 10, 600000, "one webhook request, connecting included"},
    {"webhook-connections", "BRIGADE_WEBHOOK_CONNECTIONS", "2", CONFIG_KIND_COUNT,
     OFF(webhook_connections), 1, NOTIFIER_HOST_CONNECTIONS_MAX, "connections per webhook host"},
    {"webhook-in-flight", "BRIGADE_WEBHOOK_IN_FLIGHT", "64", CONFIG_KIND_COUNT,
     OFF(webhook_in_flight), 1, NOTIFIER_IN_FLIGHT_MAX, "notifications being delivered at once"},
    {"webhook-lease", "BRIGADE_WEBHOOK_LEASE", "60s", CONFIG_KIND_DURATION, OFF(webhook_lease_ms),
     100, 86400000, "a claimed notification is not claimed again before this (at least once)"},
    {"webhook-poll", "BRIGADE_WEBHOOK_POLL", "1s", CONFIG_KIND_DURATION, OFF(webhook_poll_ms), 10,
     3600000, "how often the outbox is looked at for due retries"},
    {"inbox", "BRIGADE_INBOX", "off", CONFIG_KIND_PATH, OFF(inbox), 0, 0,
     "on | off: every core runs rows of table inbox through the pipeline (needs --pg, --menu)"},
    {"inbox-lease", "BRIGADE_INBOX_LEASE", "60s", CONFIG_KIND_DURATION, OFF(inbox_lease_ms), 100,
     86400000, "a claimed inbox row is not claimed by another consumer before this"},
    {"memcached", "BRIGADE_MEMCACHED", "", CONFIG_KIND_PATH, OFF(memcached), 0, 0,
     "memcached servers host:port[,...] tried first with --menu db"},
    {"max-text-bytes", "BRIGADE_MAX_TEXT_BYTES", "2048", CONFIG_KIND_BYTES, OFF(text_bytes_max), 1,
     CONFIG_TEXT_BYTES_LIMIT, "message text (413 beyond)"},
    {"max-batch-tokens", "BRIGADE_MAX_BATCH_TOKENS", "8192", CONFIG_KIND_COUNT,
     OFF(batch_tokens_max), 1, CONFIG_BATCH_TOKENS_LIMIT, "tokens per embedding batch"},
    {"max-batch-sequences", "BRIGADE_MAX_BATCH_SEQUENCES", "256", CONFIG_KIND_COUNT,
     OFF(batch_sequences_max), 1, CONFIG_BATCH_SEQUENCES_LIMIT, "texts per embedding batch"},
    {"batch-deadline-us", "BRIGADE_BATCH_DEADLINE_US", "2000", CONFIG_KIND_COUNT,
     OFF(batch_deadline_us), 0, CONFIG_BATCH_DEADLINE_US_LIMIT,
     "longest a text waits for company in a batch (microseconds)"},
    {"embed-cache-entries", "BRIGADE_EMBED_CACHE_ENTRIES", "65536", CONFIG_KIND_COUNT,
     OFF(embed_cache_entries), 0, CONFIG_EMBED_CACHE_ENTRIES_LIMIT,
     "vectors the embedding cache keeps (0: no cache)"},
    {"embed-cache-bytes", "BRIGADE_EMBED_CACHE_BYTES", "64m", CONFIG_KIND_BYTES,
     OFF(embed_cache_bytes), 0, ENGINE_CACHE_BYTES_MAX,
     "memory the embedding cache may hold (0: no cache)"},
};
#undef OFF
enum { CONFIG_OPTION_COUNT = sizeof(config_options) / sizeof(config_options[0]) };

/* What --help prints as the default of flags whose fallback is empty (or decided later, by
 * config_finish_pipeline): the behaviour that empty stands for, not "(none)". */
static const struct {
    const char *flag;
    const char *shown;
} config_shown_defaults[] = {
    {"log-file", "stderr"},
    {"port-file", "not written"},
    {"menu", "no menu: POST /v1/messages answers 503 no_menu"},
    {"model", "no model: the lexical backend, no weights"},
    {"backend", "cpu with --model, else lexical"},
    {"cpu-precision", "bf16 where the CPU has AVX512-BF16, else f32"},
    {"understanding", "built in"},
    {"pg", "none: nothing is stored"},
    {"webhook-orders", "none: not delivered"},
    {"webhook-inquiries", "none: not delivered"},
    {"webhook-other", "none: not delivered"},
    {"memcached", "none: --menu db reads PostgreSQL alone"},
};

static int config_parse_listen(struct config *c, const char *v)
{
    const char *colon = strrchr(v, ':');
    if (!colon || colon == v)
        return -EINVAL;
    size_t host_len = (size_t)(colon - v);
    const char *host = v;
    if (v[0] == '[') { /* [v6]:port */
        if (host_len < 2 || v[host_len - 1] != ']')
            return -EINVAL;
        host++;
        host_len -= 2;
    }
    if (host_len >= sizeof(c->listen_host))
        return -EINVAL;
    char buf[CONFIG_HOST_BYTES_MAX];
    memcpy(buf, host, host_len);
    buf[host_len] = '\0';
    unsigned char addr[16];
    if (inet_pton(AF_INET, buf, addr) != 1 && inet_pton(AF_INET6, buf, addr) != 1)
        return -EINVAL;
    char *end;
    errno = 0;
    unsigned long port = strtoul(colon + 1, &end, 10);
    if (errno || end == colon + 1 || *end || port > 65535)
        return -EINVAL;
    memcpy(c->listen_host, buf, host_len + 1);
    c->listen_port = (uint16_t)port;
    return 0;
}

static int config_parse_number(const char *v, enum config_kind kind, uint64_t *out)
{
    char *end;
    errno = 0;
    double d = strtod(v, &end);
    if (errno || end == v || !isfinite(d) || d < 0 || v[0] == '-' || v[0] == '+')
        return -EINVAL;
    double scale = 1;
    if (kind == CONFIG_KIND_DURATION) {
        scale = 1000; /* plain numbers are seconds */
        if (strcmp(end, "ms") == 0)
            scale = 1;
        else if (strcmp(end, "s") != 0 && *end)
            return -EINVAL;
    } else if (kind == CONFIG_KIND_BYTES && (strcmp(end, "k") == 0 || strcmp(end, "K") == 0)) {
        scale = 1024;
    } else if (kind == CONFIG_KIND_BYTES && (strcmp(end, "m") == 0 || strcmp(end, "M") == 0)) {
        scale = 1024 * 1024;
    } else if (*end) {
        return -EINVAL;
    }
    double value = d * scale;
    if (value > 1e15 || (kind != CONFIG_KIND_DURATION && value != floor(value)))
        return -EINVAL;
    *out = (uint64_t)llround(value);
    return 0;
}

static int config_set(struct config *c, const struct config_option *o, const char *v)
{
    char *field = (char *)c + o->offset;
    uint64_t n;
    switch (o->kind) {
    case CONFIG_KIND_LISTEN:
        return config_parse_listen(c, v);
    case CONFIG_KIND_LEVEL:
        return log_level_parse(v, (enum log_level *)(void *)field);
    case CONFIG_KIND_PATH:
        if (strlen(v) >= CONFIG_PATH_BYTES_MAX)
            return -EINVAL;
        memcpy(field, v, strlen(v) + 1);
        return 0;
    case CONFIG_KIND_UINT:
    case CONFIG_KIND_COUNT:
    case CONFIG_KIND_BYTES:
    case CONFIG_KIND_DURATION:
        if (config_parse_number(v, o->kind, &n) < 0 || n < o->min || n > o->max)
            return -EINVAL;
        if (o->kind == CONFIG_KIND_UINT)
            *(unsigned *)(void *)field = (unsigned)n;
        else
            *(uint64_t *)(void *)field = n;
        return 0;
    case CONFIG_KIND_MAX:
        break;
    }
    return -EINVAL;
}

static void config_reason(const struct config_option *o, const char *v, const char *source,
                          char *err, size_t err_len)
{
    if (o->kind == CONFIG_KIND_UINT || o->kind == CONFIG_KIND_COUNT || o->kind == CONFIG_KIND_BYTES)
        snprintf(err, err_len, "invalid %s '%s' for --%s: expected %s from %llu to %llu", source, v,
                 o->flag, o->kind == CONFIG_KIND_BYTES ? "bytes (suffix k or m)" : "a number",
                 (unsigned long long)o->min, (unsigned long long)o->max);
    else if (o->kind == CONFIG_KIND_DURATION)
        snprintf(err, err_len,
                 "invalid %s '%s' for --%s: expected a duration (e.g. 10s, 500ms) from %llums "
                 "to %llums",
                 source, v, o->flag, (unsigned long long)o->min, (unsigned long long)o->max);
    else
        snprintf(err, err_len, "invalid %s '%s' for --%s (%s)", source, v, o->flag, o->help);
}

static const struct config_option *config_find(const char *flag, size_t len)
{
    for (size_t i = 0; i < CONFIG_OPTION_COUNT; i++)
        if (strlen(config_options[i].flag) == len &&
            strncmp(config_options[i].flag, flag, len) == 0)
            return &config_options[i];
    return NULL;
}

/* Defaults, then the environment: both checked like flags so a bad BRIGADE_* is reported. */
static int config_defaults_env(struct config *c, char *err, size_t err_len)
{
    memset(c, 0, sizeof(*c));
    for (size_t i = 0; i < CONFIG_OPTION_COUNT; i++) {
        const struct config_option *o = &config_options[i];
        if (config_set(c, o, o->fallback) < 0) {
            snprintf(err, err_len, "broken default for --%s", o->flag);
            return -EINVAL;
        }
        const char *env = getenv(o->env);
        if (env && config_set(c, o, env) < 0) {
            config_reason(o, env, o->env, err, err_len);
            return -EINVAL;
        }
    }
    return 0;
}

/* The backend follows the model unless named; a model without the cpu backend (or the
 * reverse) is a usage error rather than a silent choice. */
static int config_finish_pipeline(struct config *c, char *err, size_t err_len)
{
    if (!c->backend[0])
        snprintf(c->backend, sizeof(c->backend), "%s", c->model_dir[0] ? "cpu" : "lexical");
    bool weights = strcmp(c->backend, "cpu") == 0 || strcmp(c->backend, "cuda") == 0;
    if (!weights && strcmp(c->backend, "lexical") != 0) {
        snprintf(err, err_len, "invalid value '%.64s' for --backend: lexical, cpu or cuda",
                 c->backend);
        return -EINVAL;
    }
    if (weights != (c->model_dir[0] != '\0')) {
        snprintf(err, err_len, "--backend cpu|cuda needs --model DIR; lexical takes none");
        return -EINVAL;
    }
    if (strcmp(c->cuda_precision, "bf16") != 0 && strcmp(c->cuda_precision, "fp16") != 0 &&
        strcmp(c->cuda_precision, "fp32") != 0) {
        snprintf(err, err_len, "invalid value '%.64s' for --cuda-precision: bf16, fp16 or fp32",
                 c->cuda_precision);
        return -EINVAL;
    }
    enum linear_dtype cpu_precision;
    if (c->cpu_precision[0] && embed_setup_cpu_precision(c->cpu_precision, &cpu_precision) != 0) {
        snprintf(err, err_len, "invalid value '%.64s' for --cpu-precision: f32, bf16 or f16",
                 c->cpu_precision);
        return -EINVAL;
    }
    if (strcmp(c->menu, "db") == 0 && !c->pg_uri[0] && !c->memcached[0]) {
        snprintf(err, err_len, "--menu db needs --pg URI or --memcached HOSTS");
        return -EINVAL;
    }
    /* Notifications are delivered from the outbox table: without a database there is none. */
    if ((c->webhook_orders[0] || c->webhook_inquiries[0] || c->webhook_other[0]) && !c->pg_uri[0]) {
        snprintf(err, err_len, "--webhook-* needs --pg URI (notifications leave from its outbox)");
        return -EINVAL;
    }
    if (strcmp(c->inbox, "on") != 0 && strcmp(c->inbox, "off") != 0) {
        snprintf(err, err_len, "invalid value '%.64s' for --inbox: on or off", c->inbox);
        return -EINVAL;
    }
    /* Rows are consumed by the transaction that stores their message: no store, no inbox. */
    if (strcmp(c->inbox, "on") == 0 && (!c->pg_uri[0] || !c->menu[0])) {
        snprintf(err, err_len, "--inbox on needs --pg URI and --menu (rows run the pipeline)");
        return -EINVAL;
    }
    return 0;
}

static int config_finish(struct config *c, char *err, size_t err_len)
{
    if (c->threads == 0) {
        long cpus = sysconf(_SC_NPROCESSORS_ONLN);
        c->threads =
            cpus < 1 ? 1 : (cpus > CONFIG_THREADS_MAX ? CONFIG_THREADS_MAX : (unsigned)cpus);
    }
    /* --threads 1 means one core: the engine's math then stays on one thread too. */
    if (c->compute_threads == 0)
        c->compute_threads =
            c->threads < CONFIG_COMPUTE_THREADS_MAX ? c->threads : CONFIG_COMPUTE_THREADS_MAX;
    struct thread_place check;
    memset(&check, 0, sizeof(check));
    if (strcmp(c->engine_cpus, "auto") != 0 && strcmp(c->engine_cpus, "any") != 0 &&
        thread_place_parse_cpus(&check, c->engine_cpus) < 0) {
        snprintf(err, err_len, "invalid value '%.64s' for --engine-cpus: auto, any or a CPU list",
                 c->engine_cpus);
        return -EINVAL;
    }
    if (c->uri_bytes_max >= c->header_bytes_max) {
        snprintf(err, err_len, "--max-uri-bytes must be below --max-header-bytes");
        return -EINVAL;
    }
    return config_finish_pipeline(c, err, err_len);
}

int config_parse(struct config *c, int argc, char **argv, FILE *out, char *err, size_t err_len)
{
    if (config_defaults_env(c, err, err_len) < 0)
        return -EINVAL;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            config_usage(out);
            return 1;
        }
        if (strncmp(a, "--", 2) != 0) {
            snprintf(err, err_len, "unexpected argument '%s'", a);
            return -EINVAL;
        }
        const char *name = a + 2, *eq = strchr(name, '=');
        size_t len = eq ? (size_t)(eq - name) : strlen(name);
        const struct config_option *o = config_find(name, len);
        if (!o) {
            snprintf(err, err_len, "unknown flag '%.*s' (see brigade serve --help)", (int)len + 2,
                     a);
            return -EINVAL;
        }
        const char *v = eq ? eq + 1 : (i + 1 < argc ? argv[++i] : NULL);
        if (!v) {
            snprintf(err, err_len, "--%s needs a value", o->flag);
            return -EINVAL;
        }
        if (config_set(c, o, v) < 0) {
            config_reason(o, v, "value", err, err_len);
            return -EINVAL;
        }
    }
    return config_finish(c, err, err_len);
}

static const char *config_shown_default(const struct config_option *o)
{
    if (o->fallback[0])
        return o->fallback;
    for (size_t i = 0; i < sizeof(config_shown_defaults) / sizeof(config_shown_defaults[0]); i++)
        if (strcmp(config_shown_defaults[i].flag, o->flag) == 0)
            return config_shown_defaults[i].shown;
    abort(); /* an empty fallback without its description: a table bug */
}

void config_usage(FILE *out)
{
    fprintf(out,
            "usage: brigade serve [--FLAG VALUE | --FLAG=VALUE]...\n\n"
            "Serve HTTP/1.1 on one io_uring loop per core. Flags win over the\n"
            "environment; durations take s or ms (plain numbers are seconds), sizes k or m.\n\n");
    for (size_t i = 0; i < CONFIG_OPTION_COUNT; i++) {
        const struct config_option *o = &config_options[i];
        fprintf(out, "  --%-19s %s\n  %-21s default: %s, env: %s\n", o->flag, o->help, "",
                config_shown_default(o), o->env);
    }
}

void config_server(const struct config *c, struct server_config *out)
{
    memset(out, 0, sizeof(*out));
    memcpy(out->listen_host, c->listen_host, sizeof(out->listen_host));
    out->listen_port = c->listen_port;
    memcpy(out->port_file, c->port_file, sizeof(out->port_file));
}

void config_loop(const struct config *c, struct loop_config *out)
{
    memset(out, 0, sizeof(*out));
    out->cores = c->threads;
    out->max_connections = c->max_connections;
    out->max_queued = c->max_queued;
    out->header_timeout_ms = c->header_timeout_ms;
    out->idle_timeout_ms = c->idle_timeout_ms;
    out->body_timeout_ms = c->body_timeout_ms;
    out->send_timeout_ms = c->send_timeout_ms;
    out->shutdown_timeout_ms = c->shutdown_timeout_ms;
    out->sse_heartbeat_ms = c->sse_heartbeat_ms;
    out->sse_log_events = (uint32_t)c->sse_log_events; /* flag ranges: event_log.h bounds */
    out->sse_log_bytes = (size_t)c->sse_log_bytes;
    out->sse_sndbuf = (int)c->sse_sndbuf;
    /* Each bounded by its flag's range, which fits 32 bits. */
    out->http.parser =
        (struct http_parser_limits){(uint32_t)c->header_bytes_max, (uint32_t)c->header_count_max,
                                    (uint32_t)c->uri_bytes_max, (uint32_t)c->body_bytes_max};
    out->http.pipeline_depth_max = (uint32_t)c->pipeline_depth_max;
}

/* --engine-cpus auto: the CPUs this process may run on that no event-loop thread is pinned
 * to (server_core_cpu), so a loop's pass never waits behind the engine's math; none left
 * (--threads as many as the CPUs): anywhere, and --engine-nice alone keeps the loops first. */
static void config_engine_place(const struct config *c, struct thread_place *out)
{
    memset(out, 0, sizeof(*out));
    out->nice = (int)c->engine_nice;
    if (strcmp(c->engine_cpus, "any") == 0)
        return;
    if (strcmp(c->engine_cpus, "auto") != 0) {
        int rc = thread_place_parse_cpus(out, c->engine_cpus);
        (void)rc; /* config_finish accepted it */
        return;
    }
    cpu_set_t allowed;
    if (sched_getaffinity(0, sizeof(allowed), &allowed) != 0)
        return;
    for (unsigned i = 0; i < c->threads; i++)
        CPU_CLR((int)server_core_cpu(i), &allowed);
    for (unsigned cpu = 0; cpu < THREAD_PLACE_CPUS_MAX; cpu++)
        if (CPU_ISSET(cpu, &allowed))
            thread_place_add_cpu(out, cpu);
}

void config_messages(const struct config *c, struct messages_config *out)
{
    memset(out, 0, sizeof(*out));
    out->cores = c->threads;
    memcpy(out->menu, c->menu, sizeof(out->menu));
    memcpy(out->model_dir, c->model_dir, sizeof(out->model_dir));
    memcpy(out->backend, c->backend, sizeof(out->backend));
    out->compute_threads = c->compute_threads;
    config_engine_place(c, &out->engine_place);
    out->cuda_device = c->cuda_device;
    memcpy(out->cuda_precision, c->cuda_precision, sizeof(out->cuda_precision));
    memcpy(out->cpu_precision, c->cpu_precision, sizeof(out->cpu_precision));
    memcpy(out->understanding, c->understanding, sizeof(out->understanding));
    memcpy(out->pg_uri, c->pg_uri, sizeof(out->pg_uri));
    memcpy(out->memcached, c->memcached, sizeof(out->memcached));
    out->text_bytes_max = c->text_bytes_max;
    out->batch_tokens_max = c->batch_tokens_max;
    out->batch_sequences_max = c->batch_sequences_max;
    out->batch_deadline_us = c->batch_deadline_us;
    out->embed_cache_entries = c->embed_cache_entries;
    out->embed_cache_bytes = c->embed_cache_bytes;
    out->offload_threads = c->offload_threads;
    out->offload_bytes = c->offload_bytes;
}

void config_orders(const struct config *c, struct orders_config *out)
{
    memset(out, 0, sizeof(*out));
    out->cores = c->threads;
    memcpy(out->pg_uri, c->pg_uri, sizeof(out->pg_uri));
    out->connections_per_core = c->pg_connections_per_core;
    out->batch_messages_max = (unsigned)c->pg_batch_messages_max;
    memcpy(out->webhook[NOTIFIER_CHANNEL_ORDERS], c->webhook_orders, sizeof(c->webhook_orders));
    memcpy(out->webhook[NOTIFIER_CHANNEL_INQUIRIES], c->webhook_inquiries,
           sizeof(c->webhook_inquiries));
    memcpy(out->webhook[NOTIFIER_CHANNEL_OTHER], c->webhook_other, sizeof(c->webhook_other));
    /* Each bounded by its flag's range, which fits 32 bits. */
    out->max_attempts = (uint32_t)c->webhook_max_attempts;
    out->backoff_base_ms = (uint32_t)c->webhook_backoff_ms;
    out->backoff_max_ms = (uint32_t)c->webhook_backoff_max_ms;
    out->timeout_ms = (uint32_t)c->webhook_timeout_ms;
    out->host_connections = (uint32_t)c->webhook_connections;
    out->in_flight = (uint32_t)c->webhook_in_flight;
    out->poll_ms = (uint32_t)c->webhook_poll_ms;
    out->lease_ms = (uint32_t)c->webhook_lease_ms;
    out->inbox = strcmp(c->inbox, "on") == 0;
    out->inbox_lease_ms = (uint32_t)c->inbox_lease_ms;
}
