/* config.h — `brigade serve` settings: defaults, BRIGADE_* environment variables, flags.
 *
 * Precedence: flag > environment > default. Every setting is validated at start-up against a
 * named range; a bad value is a usage error (exit 2) with a message naming the flag. */
#ifndef BRIGADE_GATEWAY_CONFIG_H
#define BRIGADE_GATEWAY_CONFIG_H

#include <stdint.h>
#include <stdio.h>

#include "gateway/obs/log.h"

enum {
    CONFIG_THREADS_MAX = 256,
    CONFIG_COMPUTE_THREADS_MAX = 64, /* = embed/pool.h's POOL_THREADS_MAX */
    CONFIG_CONNECTIONS_MAX = 1000000,
    CONFIG_QUEUED_MAX = 1000000,
    CONFIG_PATH_BYTES_MAX = 4096,
    CONFIG_HOST_BYTES_MAX = 64,
    CONFIG_MESSAGE_BYTES_MAX = 512,
    CONFIG_TEXT_BYTES_LIMIT = 4096,         /* --max-text-bytes ceiling: the order pipeline's own */
    CONFIG_BATCH_TOKENS_LIMIT = 1 << 20,    /* = ENGINE_BATCH_TOKENS_MAX */
    CONFIG_BATCH_SEQUENCES_LIMIT = 1 << 16, /* = ENGINE_BATCH_SEQUENCES_MAX */
    CONFIG_BATCH_DEADLINE_US_LIMIT = 1000000,
    CONFIG_EMBED_CACHE_ENTRIES_LIMIT = 1 << 24, /* = ENGINE_CACHE_ENTRIES_MAX */
    CONFIG_SSE_LOG_BYTES_LIMIT = 1 << 30,
    CONFIG_SSE_SNDBUF_MIN = 4096,
    CONFIG_SSE_SNDBUF_MAX = 64 << 20,
};

struct config {
    char listen_host[CONFIG_HOST_BYTES_MAX]; /* numeric IPv4 or IPv6 address */
    uint16_t listen_port;                    /* 0: the kernel picks (see port_file) */
    unsigned threads;                        /* cores serving; 0 before config_finish */
    unsigned compute_threads;                /* engine math; 0 before config_finish */
    char engine_cpus[CONFIG_PATH_BYTES_MAX]; /* "auto", "any" or a CPU list */
    unsigned engine_nice;                    /* added to the engine threads' niceness */
    unsigned offload_threads;                /* understanding of long texts off the loops */
    uint64_t offload_bytes;                  /* from this text size */
    unsigned max_connections;                /* active, summed over cores */
    unsigned max_queued;                     /* waiting line, summed over cores */
    uint64_t header_bytes_max;
    uint64_t header_count_max;
    uint64_t body_bytes_max;
    uint64_t uri_bytes_max;
    uint64_t pipeline_depth_max;
    uint64_t header_timeout_ms;
    uint64_t idle_timeout_ms;
    uint64_t body_timeout_ms;
    uint64_t send_timeout_ms;
    uint64_t shutdown_timeout_ms;
    uint64_t sse_heartbeat_ms;
    uint64_t sse_log_events; /* the event log's bounds (gateway/net/event_log.h) */
    uint64_t sse_log_bytes;
    uint64_t sse_sndbuf; /* SO_SNDBUF of event-stream sockets */
    enum log_level log_level;
    char log_file[CONFIG_PATH_BYTES_MAX];  /* empty: stderr */
    char port_file[CONFIG_PATH_BYTES_MAX]; /* empty: none */
    /* The order pipeline (gateway/app/messages.h). */
    char menu[CONFIG_PATH_BYTES_MAX];           /* CSV path, "db", or empty: no pipeline */
    char model_dir[CONFIG_PATH_BYTES_MAX];      /* empty: no model */
    char backend[CONFIG_PATH_BYTES_MAX];        /* "lexical", "cpu" or "cuda" after config_finish */
    unsigned cuda_device;                       /* --cuda-device */
    char cuda_precision[CONFIG_PATH_BYTES_MAX]; /* "bf16", "fp16" or "fp32" */
    char cpu_precision[CONFIG_PATH_BYTES_MAX];  /* "f32", "bf16", "f16"; "": the CPU's native */
    char understanding[CONFIG_PATH_BYTES_MAX];  /* empty: the built-in one */
    char pg_uri[CONFIG_PATH_BYTES_MAX];         /* --menu db: PostgreSQL */
    char memcached[CONFIG_PATH_BYTES_MAX];      /* --menu db: memcached servers */
    uint64_t text_bytes_max;
    uint64_t batch_tokens_max;
    uint64_t batch_sequences_max;
    uint64_t batch_deadline_us;
    uint64_t embed_cache_entries; /* 0 with embed_cache_bytes 0 or not: no cache */
    uint64_t embed_cache_bytes;
    /* Durable orders and notifications (gateway/app/orders.h): on with --pg. */
    unsigned pg_connections_per_core;
    uint64_t pg_batch_messages_max;
    char webhook_orders[CONFIG_PATH_BYTES_MAX]; /* empty: the channel is not delivered */
    char webhook_inquiries[CONFIG_PATH_BYTES_MAX];
    char webhook_other[CONFIG_PATH_BYTES_MAX];
    uint64_t webhook_max_attempts;
    uint64_t webhook_backoff_ms;
    uint64_t webhook_backoff_max_ms;
    uint64_t webhook_timeout_ms;
    uint64_t webhook_connections;
    uint64_t webhook_in_flight;
    uint64_t webhook_poll_ms;
    char inbox[CONFIG_PATH_BYTES_MAX]; /* "on" | "off" */
    uint64_t webhook_lease_ms;
    uint64_t inbox_lease_ms;
};

/* Fill `c` from defaults, the environment, then argv (argv[0] is "serve"). Returns 0 on
 * success, 1 when --help was printed to `out` (the caller exits 0), or -EINVAL with a one-line
 * reason in `err` (the caller prints it and exits 2). */
int config_parse(struct config *c, int argc, char **argv, FILE *out, char *err, size_t err_len);

/* Print every flag with its default and environment variable. */
void config_usage(FILE *out);

/* Each module's own configuration, from a parsed `c` (after config_parse succeeded). */
struct server_config;
struct loop_config;
struct messages_config;
struct orders_config;
void config_server(const struct config *c, struct server_config *out);
void config_loop(const struct config *c, struct loop_config *out);
void config_messages(const struct config *c, struct messages_config *out);
void config_orders(const struct config *c, struct orders_config *out);

#endif
