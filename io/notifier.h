/* notifier.h — delivers outbox rows (io/sql/003_notifications.sql) to Discord-compatible
 * webhooks: the delivery policy over io/webhook.h.
 *
 * Whoever claims rows from PostgreSQL hands each one to notifier_submit and, for every row
 * accepted, later receives exactly one outcome: delivered; retry after N ms (429 with its
 * Retry-After honoured, 408, 5xx, timeouts and connection errors with capped exponential
 * backoff and jitter); or failed for good (another 4xx, a redirect, an unusable URL, or the
 * attempts used up), with the error text to keep in the row. The notifier keeps no row state
 * beyond the outcome: attempts and next_attempt_at live in the table.
 *
 * Hosts: the rows of one webhook host are posted at most max_host_connections at a time, in
 * the order submitted; the rest wait in the notifier. A 429 pauses the host until its
 * Retry-After (Discord's fractional retry_after in the body when larger), and a 2xx that says
 * X-RateLimit-Remaining: 0 pauses it for X-RateLimit-Reset-After, so a rate-limited webhook
 * is not hammered; rows submitted meanwhile are held and posted when the pause ends.
 *
 * Threading and re-entrancy: one loop, one thread; every call on the loop's thread. The
 * outcome callback runs on the loop's thread, never inside notifier_submit, after the row's
 * slot is free: it may call notifier_submit (a retry, the next row), not notifier_free.
 *
 * URLs are secrets (a Discord webhook URL holds its token): no error text or counter ever
 * holds one. */
#ifndef BRIGADE_IO_NOTIFIER_H
#define BRIGADE_IO_NOTIFIER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "io/async.h"

#define NOTIFIER_IN_FLIGHT_MAX        1024
#define NOTIFIER_ATTEMPTS_MAX         1000
#define NOTIFIER_BACKOFF_MS_MAX       (24u * 3600 * 1000) /* a cap above a day is a mistake */
#define NOTIFIER_ERROR_MAX            512                 /* bytes of an outcome's error text */
#define NOTIFIER_HOST_CONNECTIONS_MAX 64

/* Defaults (notifier_config_defaults). */
#define NOTIFIER_ATTEMPTS_DEFAULT         15
#define NOTIFIER_BACKOFF_BASE_MS_DEFAULT  1000
#define NOTIFIER_BACKOFF_MAX_MS_DEFAULT   (15u * 60 * 1000)
#define NOTIFIER_IN_FLIGHT_DEFAULT        64
#define NOTIFIER_HOST_CONNECTIONS_DEFAULT 2
#define NOTIFIER_TIMEOUT_MS_DEFAULT       10000

enum notifier_channel {
    NOTIFIER_CHANNEL_ORDERS,    /* "orders" */
    NOTIFIER_CHANNEL_INQUIRIES, /* "inquiries" */
    NOTIFIER_CHANNEL_OTHER,     /* "other" */
    NOTIFIER_CHANNEL_MAX,
};

/* "orders", "inquiries", "other". */
const char *notifier_channel_name(enum notifier_channel c);
/* The channel of a name as stored in notifications.channel. 0 or -EINVAL. */
int notifier_channel_parse(const char *name, enum notifier_channel *out);

struct notifier_config {
    const char *url[NOTIFIER_CHANNEL_MAX]; /* http(s) URL; NULL or "": channel not delivered */
    uint32_t max_attempts;                 /* attempts per row before it fails, 1..ATTEMPTS_MAX */
    uint32_t backoff_base_ms;              /* delay before the first retry (before jitter) */
    uint32_t backoff_max_ms;               /* cap of the doubling delay */
    uint32_t max_in_flight;                /* rows accepted and not answered, 1..IN_FLIGHT_MAX */
    uint32_t max_host_connections;         /* per webhook host, 1..HOST_CONNECTIONS_MAX */
    uint32_t timeout_ms;                   /* per request, connecting included */
    uint64_t seed;                         /* of the jitter; 0: from the clock */
};

/* Fills every field with its default; URLs NULL. */
void notifier_config_defaults(struct notifier_config *c);

/* One outbox row as claimed. The notifier copies what it needs during notifier_submit. */
struct notifier_row {
    int64_t id;
    const char *channel; /* notifications.channel */
    const char *payload; /* notifications.payload as JSON text */
    size_t payload_len;
    int32_t attempts; /* notifications.attempts: attempts already made */
};

enum notifier_outcome_kind {
    NOTIFIER_DELIVERED, /* set delivered_at */
    NOTIFIER_RETRY,     /* set attempts, next_attempt_at = now + retry_after_ms, last_error */
    NOTIFIER_FAILED,    /* set attempts, last_error; never retried (kept for inspection) */
    NOTIFIER_OUTCOME_MAX,
};

struct notifier_outcome {
    int64_t id;
    enum notifier_outcome_kind kind;
    int32_t attempts;        /* the row's attempts now: one more than submitted, except after a
                              * 429 (the server did not look at the message) */
    uint64_t retry_after_ms; /* RETRY: the earliest next attempt, from now */
    long http_status;        /* 0 when no response arrived */
    const char *error;       /* why (RETRY, FAILED); "" when delivered; valid in the callback */
};

typedef void (*notifier_outcome_fn)(void *ctx, const struct notifier_outcome *o);

/* Counters for /metrics. The notifier is their only writer (relaxed atomic stores); a reader
 * on another thread loads each field with __atomic_load_n(&field, __ATOMIC_RELAXED). */
struct notifier_counters {
    uint64_t posted;          /* HTTP requests sent */
    uint64_t delivered;       /* rows answered DELIVERED */
    uint64_t retried;         /* rows answered RETRY */
    uint64_t failed;          /* rows answered FAILED */
    uint64_t rate_limited;    /* 429 responses */
    uint64_t in_flight;       /* gauge: rows accepted and not answered yet */
    uint64_t held;            /* gauge: of those, waiting for their host (paused or busy) */
    uint64_t last_latency_us; /* the last completed request's time, connecting included */
};

struct notifier;

/* A notifier on `loop`. Returns 0 and *out; -EINVAL for a bad setting or a URL that is not
 * http(s) (err names the setting or the channel, never the URL); -ENOMEM when libcurl cannot
 * be set up. webhook_global_init must have run once in the process. */
int notifier_new(struct async_loop loop, const struct notifier_config *cfg, notifier_outcome_fn fn,
                 void *ctx, struct notifier **out, char *err, size_t err_size);

/* Stops at once: rows in flight get no outcome (they stay claimed in the table and are
 * delivered again, at least once, by whoever claims them next). Not from the callback. */
void notifier_free(struct notifier *n);

/* Whether rows of `channel` (a notifications.channel value) are delivered: a known channel
 * with a URL. The claimer claims only those. */
bool notifier_delivers(const struct notifier *n, const char *channel);

/* Takes one row. 0: accepted, one outcome follows later. Refused, no outcome:
 * -EAGAIN  max_in_flight rows are in flight (submit it again after an outcome);
 * -ENOENT  its channel has no URL (leave the row pending);
 * -EINVAL  it can never be delivered: unknown channel, payload not a JSON object or too
 *          large, attempts already >= max_attempts (err says which: mark the row failed). */
int notifier_submit(struct notifier *n, const struct notifier_row *row, char *err, size_t err_size);

/* Rows accepted and not answered yet. */
unsigned notifier_in_flight(const struct notifier *n);

const struct notifier_counters *notifier_counters(const struct notifier *n);

/* ---- the policy as pure functions (exposed for tests) ---- */

enum notifier_verdict {
    NOTIFIER_VERDICT_DELIVERED,    /* 2xx */
    NOTIFIER_VERDICT_RATE_LIMITED, /* 429 */
    NOTIFIER_VERDICT_TRANSIENT,    /* 408, 5xx, timeouts, connection and transfer errors */
    NOTIFIER_VERDICT_PERMANENT,    /* other 4xx, 1xx/3xx, a URL curl cannot use */
    NOTIFIER_VERDICT_MAX,
};

/* What an HTTP status (0 when none) and a curl code (0: a response arrived) mean for a row. */
enum notifier_verdict notifier_classify(long http_status, int curl_code);

/* The delay before the next attempt after `attempts` attempts (>= 1): base_ms doubled per
 * attempt after the first, capped at max_ms, then jittered into [d/2, d] by `random` (any 64
 * bits; uniform random bits give a uniform delay), so many rows failing together spread out. */
uint64_t notifier_backoff_ms(uint32_t base_ms, uint32_t max_ms, uint32_t attempts, uint64_t random);

#endif
