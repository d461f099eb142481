/* waiting_line.c — the server's one admission line (see waiting_line.h). */
#include "gateway/net/waiting_line.h"

#include <stdlib.h>
#include <string.h>

#include "kernels/assert.h"

#define LINE_ASSERT(cond) BRIGADE_ASSERT(cond)

static void line_tell(uint64_t *tell, unsigned core)
{
    tell[core / 64] |= (uint64_t)1 << (core % 64);
}

void waiting_line_init(struct waiting_line *w, unsigned cores, uint32_t active_max,
                       uint32_t queued_max)
{
    LINE_ASSERT(cores > 0);
    LINE_ASSERT(cores <= WAITING_LINE_CORES_MAX);
    memset(w, 0, sizeof(*w));
    pthread_mutex_init(&w->lock, NULL);
    w->cores = cores;
    w->active_max = active_max;
    w->queued_max = queued_max;
    atomic_init(&w->active, 0);
    atomic_init(&w->queued, 0);
    atomic_init(&w->version, 0);
    w->capacity = active_max + queued_max;
    w->tickets = calloc(w->capacity ? w->capacity : 1, sizeof(*w->tickets));
    LINE_ASSERT(w->tickets != NULL);
    for (uint32_t i = 0; i < w->capacity; i++)
        w->tickets[i].next = i + 1 < w->capacity ? i + 1 : WAITING_LINE_NIL;
    w->free_head = w->capacity ? 0 : WAITING_LINE_NIL;
    w->head = w->tail = WAITING_LINE_NIL;
    for (unsigned c = 0; c < WAITING_LINE_CORES_MAX; c++)
        w->granted_head[c] = WAITING_LINE_NIL;
}

void waiting_line_free(struct waiting_line *w)
{
    LINE_ASSERT(atomic_load(&w->queued) == 0);
    pthread_mutex_destroy(&w->lock);
    free(w->tickets);
    w->tickets = NULL;
}

static uint32_t line_load(_Atomic uint32_t *v)
{
    return atomic_load_explicit(v, memory_order_relaxed);
}

static void line_add(_Atomic uint32_t *v, int32_t delta)
{
    atomic_store_explicit(v, (uint32_t)((int64_t)line_load(v) + delta), memory_order_relaxed);
}

enum waiting_line_verdict waiting_line_admit(struct waiting_line *w, unsigned core, uint32_t slot,
                                             uint32_t gen, uint32_t *ticket)
{
    LINE_ASSERT(core < w->cores);
    pthread_mutex_lock(&w->lock);
    uint32_t active = line_load(&w->active), queued = line_load(&w->queued);
    enum waiting_line_verdict v = WAITING_LINE_REFUSE;
    if (active < w->active_max && w->head == WAITING_LINE_NIL) {
        line_add(&w->active, 1);
        v = WAITING_LINE_SERVE;
    } else if (active + queued < w->active_max + w->queued_max) {
        uint32_t t = w->free_head;
        LINE_ASSERT(t != WAITING_LINE_NIL); /* every ticket in use is counted: one is free */
        struct waiting_line_ticket *k = &w->tickets[t];
        w->free_head = k->next;
        *k = (struct waiting_line_ticket){
            core, slot, gen, w->tail, WAITING_LINE_NIL, WAITING_LINE_TICKET_WAITING, false};
        if (w->tail != WAITING_LINE_NIL)
            w->tickets[w->tail].next = t;
        else
            w->head = t;
        w->tail = t;
        line_add(&w->queued, 1);
        *ticket = t;
        v = WAITING_LINE_WAIT;
    }
    pthread_mutex_unlock(&w->lock);
    return v;
}

void waiting_line_end_served(struct waiting_line *w)
{
    pthread_mutex_lock(&w->lock);
    LINE_ASSERT(line_load(&w->active) > 0);
    line_add(&w->active, -1);
    pthread_mutex_unlock(&w->lock);
}

static void line_unlink(struct waiting_line *w, uint32_t t)
{
    struct waiting_line_ticket *k = &w->tickets[t];
    if (k->prev != WAITING_LINE_NIL)
        w->tickets[k->prev].next = k->next;
    else
        w->head = k->next;
    if (k->next != WAITING_LINE_NIL)
        w->tickets[k->next].prev = k->prev;
    else
        w->tail = k->prev;
    LINE_ASSERT(line_load(&w->queued) > 0);
    line_add(&w->queued, -1);
    if (k->stream)
        w->streams[k->core]--;
    k->stream = false;
    atomic_fetch_add_explicit(&w->version, 1, memory_order_relaxed);
}

static void line_granted_unlink(struct waiting_line *w, uint32_t t)
{
    struct waiting_line_ticket *k = &w->tickets[t];
    if (k->prev != WAITING_LINE_NIL)
        w->tickets[k->prev].next = k->next;
    else
        w->granted_head[k->core] = k->next;
    if (k->next != WAITING_LINE_NIL)
        w->tickets[k->next].prev = k->prev;
    w->granted_count[k->core]--;
}

static void line_ticket_free(struct waiting_line *w, uint32_t t)
{
    struct waiting_line_ticket *k = &w->tickets[t];
    k->state = WAITING_LINE_TICKET_FREE;
    k->prev = WAITING_LINE_NIL;
    k->next = w->free_head;
    w->free_head = t;
}

void waiting_line_leave(struct waiting_line *w, uint32_t ticket)
{
    LINE_ASSERT(ticket < w->capacity);
    pthread_mutex_lock(&w->lock);
    struct waiting_line_ticket *k = &w->tickets[ticket];
    if (k->state == WAITING_LINE_TICKET_WAITING) {
        line_unlink(w, ticket);
    } else {
        LINE_ASSERT(k->state == WAITING_LINE_TICKET_GRANTED);
        line_granted_unlink(w, ticket);
        LINE_ASSERT(line_load(&w->active) > 0);
        line_add(&w->active, -1); /* the slot it was granted is free again */
    }
    line_ticket_free(w, ticket);
    pthread_mutex_unlock(&w->lock);
}

void waiting_line_mark_stream(struct waiting_line *w, uint32_t ticket)
{
    LINE_ASSERT(ticket < w->capacity);
    pthread_mutex_lock(&w->lock);
    struct waiting_line_ticket *k = &w->tickets[ticket];
    if (k->state == WAITING_LINE_TICKET_WAITING && !k->stream) {
        k->stream = true;
        w->streams[k->core]++;
    }
    pthread_mutex_unlock(&w->lock);
}

bool waiting_line_grant_due(struct waiting_line *w)
{
    return line_load(&w->active) < w->active_max && line_load(&w->queued) > 0;
}

static void line_streams_locked(struct waiting_line *w, unsigned core, uint64_t *tell)
{
    for (unsigned c = 0; c < w->cores; c++)
        if (c != core && w->streams[c] > 0)
            line_tell(tell, c);
}

uint32_t waiting_line_grant(struct waiting_line *w, unsigned core, uint64_t *tell)
{
    uint32_t granted = 0;
    pthread_mutex_lock(&w->lock);
    while (line_load(&w->active) < w->active_max && w->head != WAITING_LINE_NIL) {
        uint32_t t = w->head;
        struct waiting_line_ticket *k = &w->tickets[t];
        line_unlink(w, t);
        line_add(&w->active, 1);
        k->state = WAITING_LINE_TICKET_GRANTED;
        k->prev = WAITING_LINE_NIL;
        k->next = w->granted_head[k->core];
        if (k->next != WAITING_LINE_NIL)
            w->tickets[k->next].prev = t;
        w->granted_head[k->core] = t; /* newest first: take_grants walks it backwards */
        w->granted_count[k->core]++;
        if (k->core != core)
            line_tell(tell, k->core);
        granted++;
    }
    if (granted)
        line_streams_locked(w, core, tell);
    pthread_mutex_unlock(&w->lock);
    return granted;
}

void waiting_line_stream_cores(struct waiting_line *w, unsigned core, uint64_t *tell)
{
    pthread_mutex_lock(&w->lock);
    line_streams_locked(w, core, tell);
    pthread_mutex_unlock(&w->lock);
}

uint32_t waiting_line_take_grants(struct waiting_line *w, unsigned core,
                                  struct waiting_line_grant *out, uint32_t max)
{
    LINE_ASSERT(core < w->cores);
    pthread_mutex_lock(&w->lock);
    /* The list is newest first: find its oldest end, and take from there. */
    uint32_t t = w->granted_head[core], oldest = WAITING_LINE_NIL;
    for (; t != WAITING_LINE_NIL; t = w->tickets[t].next)
        oldest = t;
    uint32_t n = 0;
    for (t = oldest; t != WAITING_LINE_NIL && n < max;) {
        struct waiting_line_ticket *k = &w->tickets[t];
        uint32_t prev = k->prev;
        out[n++] = (struct waiting_line_grant){k->slot, k->gen};
        line_granted_unlink(w, t);
        line_ticket_free(w, t);
        t = prev;
    }
    pthread_mutex_unlock(&w->lock);
    return n;
}

void waiting_line_positions(struct waiting_line *w, unsigned core,
                            void (*fn)(void *user, uint32_t slot, uint32_t gen, uint32_t position),
                            void *user)
{
    pthread_mutex_lock(&w->lock);
    uint32_t position = 1, left = w->streams[core];
    for (uint32_t t = w->head; t != WAITING_LINE_NIL && left > 0; t = w->tickets[t].next) {
        const struct waiting_line_ticket *k = &w->tickets[t];
        if (k->core == core && k->stream) {
            fn(user, k->slot, k->gen, position);
            left--;
        }
        position++;
    }
    pthread_mutex_unlock(&w->lock);
}
