/* admission.c — the waiting line of a core (see loop.h for the policy). */
#define _GNU_SOURCE
#include "gateway/net/loop_internal.h"

#include <poll.h>
#include <string.h>

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
};

static void admission_line_append(struct loop *l, struct conn *c)
{
    uint32_t idx = conn_index(l, c);
    c->prev = l->line_tail;
    c->next = LOOP_NIL;
    if (l->line_tail != LOOP_NIL)
        l->conns[l->line_tail].next = idx;
    else
        l->line_head = idx;
    l->line_tail = idx;
    l->queued++;
    metrics_gauge_add(l->m, METRICS_QUEUED, 1);
}

static void admission_line_unlink(struct loop *l, struct conn *c)
{
    LOOP_ASSERT(c->state == CONN_STATE_QUEUED);
    LOOP_ASSERT(l->queued > 0);
    if (c->prev != LOOP_NIL)
        l->conns[c->prev].next = c->next;
    else
        l->line_head = c->next;
    if (c->next != LOOP_NIL)
        l->conns[c->next].prev = c->prev;
    else
        l->line_tail = c->prev;
    c->prev = c->next = LOOP_NIL;
    l->queued--;
    metrics_gauge_add(l->m, METRICS_QUEUED, -1);
}

/* Tell every waiting event-stream client its position when it changed. */
static void admission_tell_positions(struct loop *l)
{
    uint32_t position = 1;
    for (uint32_t i = l->line_head; i != LOOP_NIL; i = l->conns[i].next, position++) {
        struct conn *c = &l->conns[i];
        if (!(c->flags & CONN_RAW) || c->position == position)
            continue;
        char ev[ADMISSION_EVENT_BYTES_MAX];
        int n = snprintf(ev, sizeof(ev), "event: queued\ndata: {\"position\":%u}\n\n", position);
        if (conn_raw_append(c, ev, (size_t)n))
            c->position = position;
        conn_mark_dirty(l, c);
    }
}

static void admission_read_stash(struct loop *l, struct conn *c)
{
    LOOP_ASSERT(c->stash_len < LOOP_STASH_BYTES);
    uring_prep_recv_into(&l->u, conn_index(l, c), c->stash + c->stash_len,
                         LOOP_STASH_BYTES - c->stash_len, conn_data(l, c, LOOP_OP_RECV_ONE));
    c->flags |= CONN_RECV_ARMED | CONN_RECV_ONE;
}

void admission_accept(struct loop *l, struct conn *c)
{
    if (l->active < l->active_max && l->line_head == LOOP_NIL) {
        conn_set_state(c, CONN_STATE_ACTIVE);
        l->active++;
        metrics_gauge_add(l->m, METRICS_ACTIVE, 1);
        conn_start(l, c);
        return;
    }
    /* Slots freed this pass are filled from the line at its end, so until then the line may
     * be full while a slot is free: counting both admits whom an immediate promotion would
     * have, and the line is back within queued_max once the pass promotes. */
    if (l->active + l->queued < l->active_max + l->queued_max) {
        conn_set_state(c, CONN_STATE_QUEUED);
        admission_line_append(l, c);
        c->stash = malloc(LOOP_STASH_BYTES);
        LOOP_ASSERT(c->stash != NULL);
        c->stash_len = c->stash_fed = 0;
        c->position = 0;
        admission_read_stash(l, c);
        return;
    }
    metrics_add(l->m, METRICS_REJECTED, 1);
    conn_final(l, c, &admission_503);
}

void admission_line_remove(struct loop *l, struct conn *c)
{
    admission_line_unlink(l, c);
    admission_tell_positions(l);
}

bool admission_promote_due(const struct loop *l)
{
    return !l->draining && l->active < l->active_max && l->line_head != LOOP_NIL;
}

/* Called once per loop pass (loop_after_pass), never from a close: a connection promoted
 * here may close at once, which only lowers `active` for this same loop to fill again. */
void admission_promote(struct loop *l)
{
    bool moved = false;
    while (admission_promote_due(l)) {
        struct conn *c = &l->conns[l->line_head];
        admission_line_unlink(l, c);
        moved = true;
        metrics_add(l->m, METRICS_PROMOTED, 1);
        conn_set_state(c, CONN_STATE_ACTIVE);
        l->active++;
        metrics_gauge_add(l->m, METRICS_ACTIVE, 1);
        if (c->flags & CONN_RAW) {
            /* An event stream: its headers went out while it waited. */
            if (!(c->flags & CONN_RECV_ONE)) {
                free(c->stash);
                c->stash = NULL;
            }
            loop_sse_open(l, c);
            conn_mark_dirty(l, c);
        } else {
            conn_start(l, c);
        }
    }
    if (moved)
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
        admission_tell_positions(l);
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
    /* Otherwise reading stops: the kernel's receive buffer holds the rest until promotion. */
}
