/* timer.c — sorted-by-construction deadline lists (see timer.h). */
#include "gateway/net/timer.h"

#include <stdio.h>
#include <stdlib.h>

#include "kernels/assert.h"

#define TIMER_ASSERT(cond) BRIGADE_ASSERT(cond)

void timer_init(struct timer_lists *t, uint32_t node_count,
                const uint64_t duration_ms[TIMER_KIND_MAX])
{
    TIMER_ASSERT(node_count < TIMER_NONE);
    t->nodes = calloc(node_count ? node_count : 1, sizeof(*t->nodes));
    TIMER_ASSERT(t->nodes != NULL);
    t->node_count = node_count;
    for (uint32_t i = 0; i < node_count; i++)
        t->nodes[i].kind = TIMER_NONE;
    for (int k = 0; k < TIMER_KIND_MAX; k++) {
        t->head[k] = TIMER_NONE;
        t->tail[k] = TIMER_NONE;
        t->duration_ms[k] = duration_ms[k];
    }
}

void timer_free(struct timer_lists *t)
{
    free(t->nodes);
    t->nodes = NULL;
}

void timer_disarm(struct timer_lists *t, uint32_t index)
{
    TIMER_ASSERT(index < t->node_count);
    struct timer_node *n = &t->nodes[index];
    if (n->kind == TIMER_NONE)
        return;
    TIMER_ASSERT(n->kind < TIMER_KIND_MAX);
    if (n->prev != TIMER_NONE)
        t->nodes[n->prev].next = n->next;
    else
        t->head[n->kind] = n->next;
    if (n->next != TIMER_NONE)
        t->nodes[n->next].prev = n->prev;
    else
        t->tail[n->kind] = n->prev;
    n->kind = TIMER_NONE;
    n->prev = n->next = TIMER_NONE;
}

void timer_arm(struct timer_lists *t, uint32_t index, enum timer_kind kind, uint64_t now_ms)
{
    TIMER_ASSERT(index < t->node_count);
    TIMER_ASSERT(kind < TIMER_KIND_MAX);
    timer_disarm(t, index);
    struct timer_node *n = &t->nodes[index];
    n->deadline_ms = now_ms + t->duration_ms[kind];
    n->kind = kind;
    n->next = TIMER_NONE;
    n->prev = t->tail[kind];
    if (n->prev != TIMER_NONE) {
        /* The invariant that makes the list sorted: the clock never goes back. */
        TIMER_ASSERT(t->nodes[n->prev].deadline_ms <= n->deadline_ms);
        t->nodes[n->prev].next = index;
    } else {
        t->head[kind] = index;
    }
    t->tail[kind] = index;
}

uint32_t timer_kind_of(const struct timer_lists *t, uint32_t index)
{
    TIMER_ASSERT(index < t->node_count);
    return t->nodes[index].kind;
}

uint64_t timer_next_deadline(const struct timer_lists *t)
{
    uint64_t next = UINT64_MAX;
    for (int k = 0; k < TIMER_KIND_MAX; k++)
        if (t->head[k] != TIMER_NONE && t->nodes[t->head[k]].deadline_ms < next)
            next = t->nodes[t->head[k]].deadline_ms;
    return next;
}

bool timer_pop_expired(struct timer_lists *t, uint64_t now_ms, uint32_t *index,
                       enum timer_kind *kind)
{
    for (int k = 0; k < TIMER_KIND_MAX; k++) {
        uint32_t h = t->head[k];
        if (h != TIMER_NONE && t->nodes[h].deadline_ms <= now_ms) {
            *index = h;
            *kind = (enum timer_kind)k;
            timer_disarm(t, h);
            return true;
        }
    }
    return false;
}
