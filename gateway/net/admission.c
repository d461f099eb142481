/* admission.c — a core's side of the server's one waiting line (see loop.h for the policy,
 * waiting_line.h for the line itself): admit, stash, grant, start, tell positions. */
#define _GNU_SOURCE
#include "gateway/net/loop_internal.h"

#include <errno.h>
#include <poll.h>
#include <string.h>

#include "gateway/obs/log.h"

/* Answer when the line is full. */
static const struct conn_canned admission_503 = {
    .status = 503,
    .code = "overloaded",
    .message = "too many connections, retry",
    .extra_headers = "Retry-After: 1\r\n",
};

static const char admission_sse_route[] = "GET /v1/events";

enum {
    ADMISSION_EVENT_BYTES_MAX = 96,
    ADMISSION_GRANTS_PER_TAKE = 64, /* grants taken per lock: bounded stack, many rounds */
    ADMISSION_TELL_WORDS = WAITING_LINE_CORES_MAX / 64,
};

static void admission_read_stash(struct loop *l, struct conn *c)
{
    LOOP_ASSERT(c->stash_len < LOOP_STASH_BYTES);
    uring_prep_recv_into(&l->u, conn_index(l, c), c->stash + c->stash_len,
                         LOOP_STASH_BYTES - c->stash_len, conn_data(l, c, LOOP_OP_RECV_ONE));
    c->flags |= CONN_RECV_ARMED | CONN_RECV_ONE;
}

static void admission_serve(struct loop *l, struct conn *c)
{
    conn_set_state(c, CONN_STATE_ACTIVE);
    l->active++;
    metrics_gauge_add(l->m, METRICS_ACTIVE, 1);
}

void admission_accept(struct loop *l, struct conn *c)
{
    uint32_t ticket = WAITING_LINE_NIL;
    enum waiting_line_verdict v =
        waiting_line_admit(&l->group->line, l->core, conn_index(l, c), c->gen, &ticket);
    if (v == WAITING_LINE_SERVE) {
        admission_serve(l, c);
        conn_start(l, c);
        return;
    }
    if (v == WAITING_LINE_WAIT) {
        conn_set_state(c, CONN_STATE_QUEUED);
        c->ticket = ticket;
        l->queued++;
        metrics_gauge_add(l->m, METRICS_QUEUED, 1);
        c->stash = loop_stash_take(l);
        c->stash_len = c->stash_fed = 0;
        c->position = 0;
        admission_read_stash(l, c);
        return;
    }
    metrics_add(l->m, METRICS_REJECTED, 1);
    conn_final(l, c, &admission_503);
}

/* The connection leaves the waiting state on this core (started or closed). */
static void admission_unqueue(struct loop *l, struct conn *c)
{
    LOOP_ASSERT(c->state == CONN_STATE_QUEUED);
    LOOP_ASSERT(l->queued > 0);
    l->queued--;
    metrics_gauge_add(l->m, METRICS_QUEUED, -1);
    if (c->flags & CONN_RAW) {
        LOOP_ASSERT(l->queued_streams > 0);
        l->queued_streams--;
    }
    c->ticket = WAITING_LINE_NIL;
}

void admission_line_remove(struct loop *l, struct conn *c)
{
    waiting_line_leave(&l->group->line, c->ticket);
    admission_unqueue(l, c);
    l->line_left = true;
}

/* A connection granted a slot (by any core): serve it. */
static void admission_start(struct loop *l, struct conn *c)
{
    admission_unqueue(l, c);
    metrics_add(l->m, METRICS_PROMOTED, 1);
    admission_serve(l, c);
    if (c->flags & CONN_RAW) {
        /* An event stream: its headers went out while it waited. */
        if (!(c->flags & CONN_RECV_ONE)) {
            loop_stash_give(l, c->stash);
            c->stash = NULL;
        }
        loop_sse_open(l, c);
        conn_mark_dirty(l, c);
    } else {
        conn_start(l, c);
    }
}

static void admission_take_grants(struct loop *l)
{
    struct waiting_line_grant grants[ADMISSION_GRANTS_PER_TAKE];
    uint32_t n;
    do {
        n = waiting_line_take_grants(&l->group->line, l->core, grants, ADMISSION_GRANTS_PER_TAKE);
        for (uint32_t i = 0; i < n; i++) {
            LOOP_ASSERT(grants[i].slot < l->slots);
            struct conn *c = &l->conns[grants[i].slot];
            /* A waiter that closes gives its ticket back at once (admission_line_remove), on
             * this same thread: a grant taken here always names a live waiting connection. */
            LOOP_ASSERT(c->state == CONN_STATE_QUEUED);
            LOOP_ASSERT(c->gen == grants[i].gen);
            admission_start(l, c);
        }
    } while (n == ADMISSION_GRANTS_PER_TAKE);
}

/* Wake every core named in `tell` through its ring. */
static void admission_tell(struct loop *l, const uint64_t *tell)
{
    for (unsigned w = 0; w < ADMISSION_TELL_WORDS; w++) {
        for (uint64_t bits = tell[w]; bits; bits &= bits - 1) {
            unsigned to = w * 64 + (unsigned)__builtin_ctzll(bits);
            struct loop *target = l->group->loops[to];
            if (!target)
                continue; /* failed to start: the server is stopping */
            uring_prep_msg(&l->u, target->u.ring.ring_fd, 0,
                           uring_data_pack(LOOP_OP_LINE, l->core, 0),
                           uring_data_pack(LOOP_OP_LINE_SENT, to, 0));
        }
    }
}

void admission_on_line_news(struct loop *l)
{
    l->line_news = true;
}

/* A message that did not arrive (the target's completion queue was full) would leave a
 * grant untaken until the target's next wake-up: wake it through its eventfd instead. */
void admission_on_line_sent(struct loop *l, uint32_t to, int res)
{
    if (res >= 0 || to >= l->group->cores || !l->group->loops[to])
        return;
    log_debug("line message failed: waking through the eventfd", "to=%u error=\"%s\"", to,
              strerror(-res));
    loop_wake(l->group->loops[to]);
}

struct admission_positions {
    struct loop *l;
};

static void admission_tell_position(void *user, uint32_t slot, uint32_t gen, uint32_t position)
{
    struct loop *l = ((struct admission_positions *)user)->l;
    LOOP_ASSERT(slot < l->slots);
    struct conn *c = &l->conns[slot];
    LOOP_ASSERT(c->state == CONN_STATE_QUEUED && c->gen == gen);
    if (c->position == position)
        return;
    char ev[ADMISSION_EVENT_BYTES_MAX];
    int n = snprintf(ev, sizeof(ev), "event: queued\ndata: {\"position\":%u}\n\n", position);
    if (conn_raw_append(c, ev, (size_t)n))
        c->position = position;
    conn_mark_dirty(l, c);
}

/* Tell this core's waiting event-stream clients their place in the whole line, when it
 * moved since they were last told. */
static void admission_tell_positions(struct loop *l)
{
    if (l->queued_streams == 0)
        return;
    unsigned version = atomic_load_explicit(&l->group->line.version, memory_order_relaxed);
    if (version == l->line_version && !l->positions_due)
        return;
    l->line_version = version;
    l->positions_due = false;
    struct admission_positions p = {l};
    waiting_line_positions(&l->group->line, l->core, admission_tell_position, &p);
}

bool admission_promote_due(const struct loop *l)
{
    if (l->draining)
        return false;
    return l->line_news || l->line_left || waiting_line_grant_due(&l->group->line);
}

/* Called once per loop pass (loop_after_pass), never from a close: a connection started
 * here may close at once, which only frees a slot for the next pass to grant. */
void admission_promote(struct loop *l)
{
    struct waiting_line *line = &l->group->line;
    uint64_t tell[ADMISSION_TELL_WORDS] = {0};
    bool mine = l->line_news;
    l->line_news = false;
    if (!l->draining && waiting_line_grant_due(line) && waiting_line_grant(line, l->core, tell))
        mine = true; /* some grants may be ours */
    if (l->line_left)
        waiting_line_stream_cores(line, l->core, tell);
    l->line_left = false;
    admission_tell(l, tell);
    if (mine && !l->draining)
        admission_take_grants(l);
    admission_tell_positions(l);
}

static bool admission_head_complete(const struct conn *c)
{
    return memmem(c->stash, c->stash_len, "\r\n\r\n", 4) ||
           memmem(c->stash, c->stash_len, "\n\n", 2);
}

void admission_on_stash(struct loop *l, struct conn *c)
{
    size_t route_len = sizeof(admission_sse_route) - 1;
    if (!(c->flags & CONN_RAW) && c->stash_len > route_len &&
        memcmp(c->stash, admission_sse_route, route_len) == 0 &&
        (c->stash[route_len] == ' ' || c->stash[route_len] == '?')) {
        loop_sse_buffer_new(c);
        c->flags |= CONN_RAW;
        /* Where it starts in the event log: from what of its head the stash holds (normally
         * all of it; a Last-Event-ID that arrives later is not seen: it starts at promotion). */
        sse_start_parse_head(c->stash, c->stash_len, &c->sse_from);
        /* Server and Date like every other response: the HTTP layer writes the head. */
        c->raw_len =
            (uint32_t)http_context_stream_head(l->http, c->raw, c->raw_cap, "text/event-stream");
        waiting_line_mark_stream(&l->group->line, c->ticket);
        l->queued_streams++;
        l->positions_due = true; /* told at the end of this pass */
    }
    if (c->flags & CONN_RAW) {
        /* An event stream never gives its input to a session: keep reading (discarding) so
         * a client that leaves the line is noticed at once. */
        c->stash_len = 0;
        admission_read_stash(l, c);
    } else if (!admission_head_complete(c) && c->stash_len < LOOP_STASH_BYTES) {
        admission_read_stash(l, c);
    } else {
        /* Stop reading (the kernel keeps the rest until promotion) but notice a hang-up, so
         * the line moves up when a waiting client gives up. */
        uring_prep_poll_fixed(&l->u, conn_index(l, c), POLLRDHUP, conn_data(l, c, LOOP_OP_POLL));
        c->flags |= CONN_POLL_ARMED;
    }
}
