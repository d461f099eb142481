/* order_store.c — group commit of messages over pipeline connections (see order_store.h).
 *
 * Batches live in a fixed table of slots allocated at creation (no allocation per message):
 * FREE → OPEN (taking submissions) → SEALED (full, or flushed; waiting for a connection with
 * room) → IN_FLIGHT (sent as one store_messages() call + Sync) → FREE once its outcomes have
 * been reported. */
#include "io/order_store.h"

#include "io/order_json.h"
#include "io/order_store_internal.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kernels/assert.h"

#define ORDER_STORE_ASSERT(cond)     BRIGADE_ASSERT(cond)
#define ORDER_STORE_REQUESTS_DEFAULT 64
#define ORDER_STORE_BATCH_BYTES_MIN  1024 /* smaller cannot hold a realistic message */

const struct pg_pipeline_statement order_store_statements[ORDER_STORE_SQL_MAX] = {
    [ORDER_STORE_SQL_STORE] = {"brigade_store",
                               "SELECT r_idx, r_message_id, r_order_id, r_notification_id,"
                               " r_duplicate, r_result::text, r_sqlstate, r_error"
                               " FROM store_messages($1::jsonb, $2::integer)",
                               2},
    [ORDER_STORE_SQL_CLAIM] = {"brigade_outbox_claim",
                               "WITH due AS (SELECT id FROM notifications"
                               " WHERE delivered_at IS NULL AND failed_at IS NULL"
                               " AND next_attempt_at <= now()"
                               " ORDER BY next_attempt_at, id LIMIT $1::integer"
                               " FOR UPDATE SKIP LOCKED),"
                               " claimed AS (UPDATE notifications n"
                               " SET attempts = n.attempts + 1,"
                               " next_attempt_at = now() + $2::integer * interval '1 millisecond'"
                               " FROM due WHERE n.id = due.id"
                               " RETURNING n.id, n.channel, n.payload, n.attempts)"
                               " SELECT id, channel, payload::text, attempts FROM claimed"
                               " ORDER BY id",
                               2},
    [ORDER_STORE_SQL_DELIVERED] = {"brigade_outbox_delivered",
                                   "UPDATE notifications SET delivered_at = now(),"
                                   " last_error = NULL"
                                   " WHERE id = $1::bigint AND delivered_at IS NULL",
                                   1},
    [ORDER_STORE_SQL_RETRY] =
        {"brigade_outbox_retry",
         "UPDATE notifications"
         " SET next_attempt_at = now() + $2::integer * interval '1 millisecond',"
         " last_error = $3::text WHERE id = $1::bigint"
         " AND delivered_at IS NULL AND failed_at IS NULL",
         3},
    [ORDER_STORE_SQL_FAILED] = {"brigade_outbox_failed",
                                "UPDATE notifications SET failed_at = now(), last_error = $2::text"
                                " WHERE id = $1::bigint AND delivered_at IS NULL"
                                " AND failed_at IS NULL",
                                2},
    /* Reads the partial index of undelivered rows only: cheap however large the table. */
    [ORDER_STORE_SQL_BACKLOG] = {"brigade_outbox_backlog",
                                 "SELECT count(*), coalesce((extract(epoch FROM now()"
                                 " - min(created_at)) * 1000)::bigint, 0) FROM notifications"
                                 " WHERE delivered_at IS NULL AND failed_at IS NULL",
                                 0},
    [ORDER_STORE_SQL_ORDER_GET] = {"brigade_order_get", "SELECT order_json($1::bigint)::text", 1},
    [ORDER_STORE_SQL_ORDER_LIST] = {"brigade_order_list",
                                    "SELECT orders_since_json($1::bigint, $2::integer)::text", 2},
};

enum order_batch_state {
    ORDER_BATCH_FREE,
    ORDER_BATCH_OPEN,
    ORDER_BATCH_SEALED,
    ORDER_BATCH_IN_FLIGHT,
    ORDER_BATCH_STATE_MAX,
};

struct order_batch {
    struct order_store *store;
    enum order_batch_state state;
    unsigned count; /* messages */
    size_t len;     /* bytes of buf used: "[" + messages joined by "," */
    char *buf;      /* batch_bytes_max + 2 ("]" and NUL) */
    uint64_t *tags; /* batch_messages_max */
    bool *reported; /* batch_messages_max: outcome already given */
    uint64_t seq;   /* sealing order: sealed batches go FIFO */
    unsigned conn;  /* IN_FLIGHT: which connection */
};

struct order_conn {
    struct order_store *store;
    unsigned index;
    struct pg_pipeline *pipe;
    bool up;
    unsigned batches; /* in flight on this connection */
};

struct order_store {
    struct async_loop loop;
    struct order_store_config config;
    struct order_conn conns[ORDER_STORE_CONNECTIONS_MAX];
    struct order_batch *batches;
    unsigned batch_count;
    struct order_batch *open; /* NULL: none open */
    uint64_t seal_seq;
    unsigned connections_up;
    char lease[16]; /* outbox_lease_ms as text, the batch statement's second parameter */
    struct order_store_stats stats;
    bool freeing;
};

static const char *const order_store_status_names[ORDER_STORE_STATUS_MAX] = {
    [ORDER_STORE_STORED] = "stored",
    [ORDER_STORE_DUPLICATE] = "duplicate",
    [ORDER_STORE_REJECTED] = "rejected",
    [ORDER_STORE_BATCH_FAILED] = "batch_failed",
    [ORDER_STORE_CONNECTION_LOST] = "connection_lost",
    [ORDER_STORE_NOT_CONNECTED] = "not_connected",
    [ORDER_STORE_CLOSED] = "closed",
};

const char *order_store_status_name(enum order_store_status status)
{
    ORDER_STORE_ASSERT(status < ORDER_STORE_STATUS_MAX);
    return order_store_status_names[status];
}

static void order_report(struct order_batch *b, unsigned i, const struct order_store_outcome *o)
{
    struct order_store *s = b->store;
    ORDER_STORE_ASSERT(i < b->count);
    ORDER_STORE_ASSERT(!b->reported[i]);
    b->reported[i] = true;
    switch (o->status) {
    case ORDER_STORE_STORED:
        s->stats.messages_stored++;
        break;
    case ORDER_STORE_DUPLICATE:
        s->stats.messages_duplicate++;
        break;
    case ORDER_STORE_REJECTED:
        s->stats.messages_rejected++;
        break;
    default:
        s->stats.messages_failed++;
        break;
    }
    s->config.done_fn(s->config.done_ctx, b->tags[i], o);
}

/* Every message not yet reported gets `status`; then the slot is free again. */
static void order_batch_finish(struct order_batch *b, enum order_store_status status,
                               const char *sqlstate, const char *error)
{
    struct order_store_outcome o = {.status = status, .sqlstate = sqlstate, .error = error};
    for (unsigned i = 0; i < b->count; i++)
        if (!b->reported[i])
            order_report(b, i, &o);
    if (b->store->open == b)
        b->store->open = NULL;
    b->state = ORDER_BATCH_FREE;
    b->count = 0;
    b->len = 0;
}

static int64_t order_cell_id(const PGresult *res, int row, int col)
{
    return PQgetisnull(res, row, col) ? 0 : strtoll(PQgetvalue(res, row, col), NULL, 10);
}

/* One store_messages() row → that message's outcome. */
static void order_batch_row(struct order_batch *b, const PGresult *res, int row)
{
    long idx = strtol(PQgetvalue(res, row, 0), NULL, 10);
    if (idx < 0 || (unsigned long)idx >= b->count || b->reported[idx])
        return; /* not a row of this batch: its message is failed by order_batch_finish */
    struct order_store_outcome o = {
        .message_id = order_cell_id(res, row, 1),
        .order_id = order_cell_id(res, row, 2),
        .notification_id = order_cell_id(res, row, 3),
        .sqlstate = "",
        .error = "",
    };
    if (!PQgetisnull(res, row, 7)) {
        o.status = ORDER_STORE_REJECTED;
        o.sqlstate = PQgetvalue(res, row, 6);
        o.error = PQgetvalue(res, row, 7);
    } else if (strcmp(PQgetvalue(res, row, 4), "t") == 0) {
        o.status = ORDER_STORE_DUPLICATE;
        o.result_json = PQgetisnull(res, row, 5) ? NULL : PQgetvalue(res, row, 5);
    } else {
        o.status = ORDER_STORE_STORED;
    }
    order_report(b, (unsigned)idx, &o);
}

static void order_send_sealed(struct order_store *s);

static void order_batch_done(void *ctx, const struct pg_pipeline_result *r)
{
    struct order_batch *b = ctx;
    struct order_store *s = b->store;
    ORDER_STORE_ASSERT(b->state == ORDER_BATCH_IN_FLIGHT);
    ORDER_STORE_ASSERT(s->conns[b->conn].batches > 0);
    s->conns[b->conn].batches--;
    s->stats.batches_in_flight--;
    if (r->status == PG_PIPELINE_OK) {
        s->stats.batches_committed++;
        const PGresult *res = r->results[0];
        for (int row = 0; row < PQntuples(res); row++)
            order_batch_row(b, res, row);
        order_batch_finish(b, ORDER_STORE_BATCH_FAILED, "", "store_messages: no row for it");
    } else if (r->status == PG_PIPELINE_STATEMENT_FAILED) {
        order_batch_finish(b, ORDER_STORE_BATCH_FAILED, r->sqlstate, r->error);
    } else if (r->status == PG_PIPELINE_CONNECTION_LOST) {
        order_batch_finish(b, ORDER_STORE_CONNECTION_LOST, "", r->error);
    } else {
        order_batch_finish(b, ORDER_STORE_CLOSED, "", r->error);
    }
    if (!s->freeing)
        order_send_sealed(s);
}

/* The connected connection with room for one more batch and the fewest in flight. */
static struct order_conn *order_pick_batch_conn(struct order_store *s)
{
    struct order_conn *best = NULL;
    for (unsigned i = 0; i < s->config.connections; i++) {
        struct order_conn *c = &s->conns[i];
        if (!c->up || !pg_pipeline_connected(c->pipe) ||
            c->batches >= s->config.batches_per_connection)
            continue;
        if (!best || c->batches < best->batches)
            best = c;
    }
    return best;
}

struct pg_pipeline *order_store_pick(struct order_store *s, int *refusal)
{
    struct order_conn *best = NULL;
    *refusal = -ENOTCONN;
    for (unsigned i = 0; i < s->config.connections; i++) {
        struct order_conn *c = &s->conns[i];
        if (!c->up || !pg_pipeline_connected(c->pipe))
            continue;
        *refusal = -ENOBUFS;
        unsigned n = pg_pipeline_in_flight(c->pipe);
        if (n - c->batches >= s->config.requests_per_connection) /* batches keep their room */
            continue;
        if (!best || n < pg_pipeline_in_flight(best->pipe))
            best = c;
    }
    return best ? best->pipe : NULL;
}

static bool order_batch_send(struct order_store *s, struct order_batch *b, struct order_conn *c)
{
    b->buf[b->len] = ']';
    b->buf[b->len + 1] = '\0';
    const char *values[] = {b->buf, s->lease};
    struct pg_pipeline_query q = {ORDER_STORE_SQL_STORE, values, 2};
    b->state = ORDER_BATCH_IN_FLIGHT;
    b->conn = c->index;
    int rc = pg_pipeline_send(c->pipe, &q, 1, order_batch_done, b);
    if (rc < 0) {
        b->state = ORDER_BATCH_SEALED;
        return false;
    }
    c->batches++;
    s->stats.batches_sent++;
    s->stats.batches_in_flight++;
    return true;
}

/* The sealed batch sealed first, or NULL. */
static struct order_batch *order_oldest_sealed(struct order_store *s)
{
    struct order_batch *oldest = NULL;
    for (unsigned i = 0; i < s->batch_count; i++) {
        struct order_batch *b = &s->batches[i];
        if (b->state == ORDER_BATCH_SEALED && (!oldest || b->seq < oldest->seq))
            oldest = b;
    }
    return oldest;
}

static void order_seal(struct order_store *s, struct order_batch *b);

/* Sends the sealed batches, oldest first, then the open one, while connections have room.
 * An open batch that finds none stays open and keeps filling: under load (a slow WAL flush)
 * the batches grow instead of the slots running out and submissions being refused. */
static void order_send_sealed(struct order_store *s)
{
    for (;;) {
        struct order_batch *b = order_oldest_sealed(s);
        struct order_conn *c = order_pick_batch_conn(s);
        if (!b && c && s->open && s->open->count > 0) {
            b = s->open;
            order_seal(s, b);
        }
        if (!b || !c || !order_batch_send(s, b, c))
            return;
    }
}

static void order_seal(struct order_store *s, struct order_batch *b)
{
    ORDER_STORE_ASSERT(b->state == ORDER_BATCH_OPEN);
    b->state = ORDER_BATCH_SEALED;
    b->seq = s->seal_seq++;
    if (s->open == b)
        s->open = NULL;
}

static struct order_batch *order_open_batch(struct order_store *s)
{
    if (s->open)
        return s->open;
    for (unsigned i = 0; i < s->batch_count; i++) {
        struct order_batch *b = &s->batches[i];
        if (b->state != ORDER_BATCH_FREE)
            continue;
        b->state = ORDER_BATCH_OPEN;
        b->count = 0;
        b->buf[0] = '[';
        b->len = 1;
        s->open = b;
        return b;
    }
    return NULL;
}

/* Appends to the open batch; a full one is sealed and the next slot opened. */
static int order_append(struct order_store *s, const struct order_store_message *m, uint64_t tag)
{
    for (int tries = 0; tries < 2; tries++) {
        struct order_batch *b = order_open_batch(s);
        if (!b)
            return -ENOBUFS;
        size_t len = b->len;
        if (b->count > 0)
            b->buf[len++] = ',';
        if (b->count < s->config.batch_messages_max &&
            order_json_encode(m, b->buf, &len, s->config.batch_bytes_max) == 0) {
            b->len = len;
            b->tags[b->count] = tag;
            b->reported[b->count] = false;
            b->count++;
            if (b->count == s->config.batch_messages_max)
                order_seal(s, b);
            return 0;
        }
        if (b->count == 0)
            return -EMSGSIZE; /* alone in an empty batch and still too large */
        order_seal(s, b);
    }
    return -EMSGSIZE;
}

int order_store_submit(struct order_store *s, const struct order_store_message *m, uint64_t tag)
{
    ORDER_STORE_ASSERT(!s->freeing);
    int rc = order_json_check(m);
    if (rc < 0)
        return rc;
    if (s->connections_up == 0)
        return -ENOTCONN;
    return order_append(s, m, tag);
}

void order_store_flush(struct order_store *s)
{
    if (s->connections_up == 0) {
        if (s->open && s->open->count > 0)
            order_seal(s, s->open);
        struct order_batch *b;
        while ((b = order_oldest_sealed(s)))
            order_batch_finish(b, ORDER_STORE_NOT_CONNECTED, "",
                               "not connected to PostgreSQL: nothing was sent");
        return;
    }
    order_send_sealed(s);
}

static void order_conn_state(void *ctx, bool connected)
{
    struct order_conn *c = ctx;
    struct order_store *s = c->store;
    if (c->up == connected)
        return;
    c->up = connected;
    bool was_up = s->connections_up > 0;
    if (connected)
        s->connections_up++;
    else
        s->connections_up--;
    s->stats.connections_up = s->connections_up;
    if (connected)
        order_send_sealed(s);
    if (was_up != (s->connections_up > 0) && s->config.state_fn)
        s->config.state_fn(s->config.state_ctx, s->connections_up > 0);
}

static int order_config_defaults(struct order_store_config *c)
{
    if (!c->uri || !c->done_fn || c->connections > ORDER_STORE_CONNECTIONS_MAX)
        return -EINVAL;
    if (!c->connections)
        c->connections = 1;
    if (!c->batch_messages_max)
        c->batch_messages_max = ORDER_STORE_BATCH_MESSAGES_DEFAULT;
    if (!c->batch_bytes_max)
        c->batch_bytes_max = ORDER_STORE_BATCH_BYTES_DEFAULT;
    if (!c->batches_per_connection)
        c->batches_per_connection = ORDER_STORE_BATCHES_PER_CONNECTION_DEFAULT;
    if (!c->requests_per_connection)
        c->requests_per_connection = ORDER_STORE_REQUESTS_DEFAULT;
    if (!c->outbox_lease_ms)
        c->outbox_lease_ms = ORDER_STORE_OUTBOX_LEASE_MS_DEFAULT;
    if (c->batch_bytes_max < ORDER_STORE_BATCH_BYTES_MIN ||
        c->batches_per_connection + c->requests_per_connection > PG_PIPELINE_IN_FLIGHT_MAX)
        return -EINVAL;
    return 0;
}

static int order_alloc_batches(struct order_store *s)
{
    /* Twice the slots that can be in flight: submissions keep filling while every
     * connection is busy, and back-pressure starts only when those are full too. */
    s->batch_count = 2 * s->config.connections * s->config.batches_per_connection;
    s->batches = calloc(s->batch_count, sizeof(*s->batches));
    if (!s->batches)
        return -ENOMEM;
    for (unsigned i = 0; i < s->batch_count; i++) {
        struct order_batch *b = &s->batches[i];
        b->store = s;
        b->buf = malloc(s->config.batch_bytes_max + 2);
        b->tags = calloc(s->config.batch_messages_max, sizeof(*b->tags));
        b->reported = calloc(s->config.batch_messages_max, sizeof(*b->reported));
        if (!b->buf || !b->tags || !b->reported)
            return -ENOMEM;
    }
    return 0;
}

static int order_open_connections(struct order_store *s)
{
    const struct order_store_config *c = &s->config;
    for (unsigned i = 0; i < c->connections; i++) {
        struct order_conn *conn = &s->conns[i];
        conn->store = s;
        conn->index = i;
        struct pg_pipeline_config pc = {
            .uri = c->uri,
            .dbname = c->dbname,
            .application_name = c->application_name,
            .statements = order_store_statements,
            .statement_count = ORDER_STORE_SQL_MAX,
            .in_flight_max = c->batches_per_connection + c->requests_per_connection,
            .connect_timeout_ms = c->connect_timeout_ms,
            .request_timeout_ms = c->request_timeout_ms,
            .backoff_base_ms = c->backoff_base_ms,
            .backoff_cap_ms = c->backoff_cap_ms,
            .seed = c->seed * 0x100000001b3ULL + i + 1,
            .state_fn = order_conn_state,
            .state_ctx = conn,
        };
        int rc = pg_pipeline_new(s->loop, &pc, &conn->pipe);
        if (rc < 0)
            return rc;
    }
    return 0;
}

int order_store_new(struct async_loop loop, const struct order_store_config *config,
                    struct order_store **out)
{
    struct order_store *s = calloc(1, sizeof(*s));
    if (!s)
        return -ENOMEM;
    s->loop = loop;
    s->config = *config;
    int rc = order_config_defaults(&s->config);
    if (rc == 0)
        rc = order_alloc_batches(s);
    if (rc == 0) {
        snprintf(s->lease, sizeof(s->lease), "%u", (unsigned)s->config.outbox_lease_ms);
        rc = order_open_connections(s);
    }
    if (rc < 0) {
        order_store_free(s);
        return rc;
    }
    /* The pipelines copied the URI strings; the caller's need not outlive this call. */
    s->config.uri = s->config.dbname = s->config.application_name = NULL;
    *out = s;
    return 0;
}

void order_store_free(struct order_store *s)
{
    if (!s)
        return;
    s->freeing = true;
    for (unsigned i = 0; i < s->batch_count && s->batches; i++) {
        struct order_batch *b = &s->batches[i];
        if (b->buf && (b->state == ORDER_BATCH_OPEN || b->state == ORDER_BATCH_SEALED))
            order_batch_finish(b, ORDER_STORE_CLOSED, "", "closed: the store was freed");
    }
    /* In-flight batches and requests complete with CLOSED from here. */
    for (unsigned i = 0; i < ORDER_STORE_CONNECTIONS_MAX; i++)
        pg_pipeline_free(s->conns[i].pipe);
    for (unsigned i = 0; i < s->batch_count && s->batches; i++) {
        free(s->batches[i].buf);
        free(s->batches[i].tags);
        free(s->batches[i].reported);
    }
    free(s->batches);
    free(s);
}

bool order_store_connected(const struct order_store *s)
{
    return s->connections_up > 0;
}

void order_store_stats(const struct order_store *s, struct order_store_stats *out)
{
    *out = s->stats;
}

const char *order_store_last_error(const struct order_store *s)
{
    for (unsigned i = 0; i < s->config.connections; i++) {
        const char *e = s->conns[i].pipe ? pg_pipeline_last_error(s->conns[i].pipe) : "";
        if (e[0])
            return e;
    }
    return "";
}

struct pg_pipeline *order_store_connection(struct order_store *s, unsigned i)
{
    ORDER_STORE_ASSERT(i < s->config.connections);
    return s->conns[i].pipe;
}
