/* load_worker.h — brigade-load's engine: threads, each with its own io_uring and its share of
 * the connections, driving closed-loop or open-loop traffic and counting what came back. */
#ifndef BRIGADE_BENCH_LOAD_WORKER_H
#define BRIGADE_BENCH_LOAD_WORKER_H

#include "bench/load/load_config.h"
#include "gateway/obs/histogram.h"

#include <pthread.h>
#include <stdint.h>

enum load_error {
    LOAD_ERROR_CONNECT, /* connect() failed (not tied to a request) */
    LOAD_ERROR_TIMEOUT, /* no response within --timeout; the connection is reopened */
    LOAD_ERROR_READ,    /* send/recv failed or the peer closed with requests in flight */
    LOAD_ERROR_PARSE,   /* malformed or unsolicited response */
    LOAD_ERROR_STATUS,  /* status not the expected one */
    LOAD_ERROR_CHECK,   /* --expect-field failed */
    LOAD_ERROR_MAX,
};

enum {
    LOAD_STATUS_CODES = 1000,
    LOAD_TIMELINE_SECONDS_MAX = 3600, /* per-second latency is kept for the first hour */
};

/* What one thread (or, merged, the whole run) measured inside the measurement window. */
struct load_stats {
    uint64_t responses; /* complete responses, any status (all are in the histogram) */
    uint64_t ok;        /* responses that passed the status and body checks */
    uint64_t errors[LOAD_ERROR_MAX];
    uint64_t status_counts[LOAD_STATUS_CODES];
    uint64_t bytes_sent;
    uint64_t bytes_received;
    uint64_t unfinished; /* requests sent or due, with no answer when the run ended */
    uint64_t gave_up;    /* threads that stopped early for want of any connection */
    struct histogram latency;
};

/* Per-second histograms of the whole run, filled by the threads as seconds pass. */
struct load_timeline {
    pthread_mutex_t lock;
    struct histogram *seconds[LOAD_TIMELINE_SECONDS_MAX]; /* NULL: nothing that second */
    size_t count;                                         /* 1 + last second with data */
};

struct load_result {
    struct load_stats total;
    struct load_timeline timeline;
    double elapsed_s; /* length of the measurement window actually used */
};

/* Run the load described by cfg; fills *result (caller-allocated; free its timeline with
 * load_result_free). Returns 0, or -errno if a ring or thread could not be set up. */
int load_run(const struct load_config *cfg, struct load_result *result);

void load_result_free(struct load_result *result);

void load_stats_init(struct load_stats *s);
/* dst += src */
void load_stats_merge(struct load_stats *dst, const struct load_stats *src);
/* Sum of s->errors over every kind. */
uint64_t load_stats_error_total(const struct load_stats *s);
/* Static name of an error kind ("connect", "timeout", ...). */
const char *load_error_name(enum load_error e);

#endif
