/* embed_cq.c — completion queues: single-producer (the engine thread), single-consumer (the
 * submitting loop) rings of finished requests, with an eventfd the consumer waits on. */
#include <errno.h>
#include <stdlib.h>
#include <unistd.h>

#include "embed/embed_assert.h"
#include "embed/engine_internal.h"

int embed_cq_init(struct embed_cq *cq, size_t capacity, int eventfd)
{
    if (capacity == 0 || (capacity & (capacity - 1)) != 0 || capacity > ENGINE_QUEUE_REQUESTS_MAX ||
        eventfd < 0)
        return -EINVAL;
    cq->slots = calloc(capacity, sizeof(*cq->slots));
    EMBED_OOM_CHECK(cq->slots);
    cq->capacity = capacity;
    atomic_init(&cq->head, 0);
    atomic_init(&cq->tail, 0);
    cq->inflight = 0;
    cq->eventfd = eventfd;
    return 0;
}

void embed_cq_free(struct embed_cq *cq)
{
    free(cq->slots);
    cq->slots = NULL;
}

/* Producer side (engine thread). Never full: the consumer admits at most capacity
 * requests in flight (engine_submit checks cq->inflight). */
void embed_cq_push(struct embed_cq *cq, struct embed_request *req)
{
    size_t tail = atomic_load_explicit(&cq->tail, memory_order_relaxed);
    size_t head = atomic_load_explicit(&cq->head, memory_order_acquire);
    EMBED_ASSERT(tail - head < cq->capacity);
    cq->slots[tail & (cq->capacity - 1)] = req;
    /* Release: the consumer must see the slot and the request's vectors/status before it
     * sees the new tail. */
    atomic_store_explicit(&cq->tail, tail + 1, memory_order_release);
}

struct embed_request *embed_cq_pop(struct embed_cq *cq)
{
    size_t head = atomic_load_explicit(&cq->head, memory_order_relaxed);
    size_t tail = atomic_load_explicit(&cq->tail, memory_order_acquire);
    if (head == tail)
        return NULL;
    struct embed_request *req = cq->slots[head & (cq->capacity - 1)];
    /* Release: the producer may reuse the slot only after we have read it. */
    atomic_store_explicit(&cq->head, head + 1, memory_order_release);
    EMBED_ASSERT(cq->inflight > 0);
    cq->inflight--;
    return req;
}

struct embed_request *embed_cq_wait(struct embed_cq *cq)
{
    for (;;) {
        struct embed_request *req = embed_cq_pop(cq);
        if (req)
            return req;
        uint64_t v;
        ssize_t r = read(cq->eventfd, &v, sizeof(v));
        EMBED_ASSERT(r == (ssize_t)sizeof(v) || (r < 0 && (errno == EINTR || errno == EAGAIN)));
    }
}

struct embed_request *embed_cq_wait_sole(struct embed_cq *cq)
{
    uint64_t v;
    ssize_t r;
    while ((r = read(cq->eventfd, &v, sizeof(v))) < 0 && errno == EINTR) {
    }
    EMBED_ASSERT(r == (ssize_t)sizeof(v)); /* one request: one write, which this read took */
    struct embed_request *req = embed_cq_pop(cq);
    EMBED_ASSERT(req != NULL); /* pushed before the write */
    return req;
}
