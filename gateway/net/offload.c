/* offload.c — worker threads for work too long for a loop's pass (see offload.h).
 *
 * One mutex-guarded FIFO feeds the workers, and one per port takes the finished tasks back:
 * a task costs two lock round trips and at most one eventfd write, against the milliseconds
 * of work that make it worth offloading, so nothing finer is needed. */
#define _GNU_SOURCE
#include "gateway/net/offload.h"

#include <errno.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include "kernels/assert.h"

struct offload_list {
    struct offload_task *head, *tail;
};

struct offload_pool {
    pthread_mutex_t mu;
    pthread_cond_t ready;     /* a task was queued, or the pool stops */
    pthread_cond_t placed;    /* a worker placed itself (offload_pool_new waits for all) */
    unsigned started;         /* workers that placed themselves */
    struct offload_list todo; /* FIFO */
    bool stopping;
    unsigned threads;
    pthread_t workers[OFFLOAD_THREADS_MAX];
    struct thread_place place;
    int place_rc; /* the first worker's failure to place itself */
};

struct offload_port {
    struct offload_pool *pool;
    pthread_mutex_t mu;
    pthread_cond_t finished;  /* for offload_port_close */
    struct offload_list done; /* finished, done() not called yet */
    size_t outstanding;       /* the port's thread alone */
    int eventfd;
};

static void offload_list_push(struct offload_list *l, struct offload_task *t)
{
    t->next = NULL;
    if (l->tail)
        l->tail->next = t;
    else
        l->head = t;
    l->tail = t;
}

static struct offload_task *offload_list_take_all(struct offload_list *l)
{
    struct offload_task *all = l->head;
    l->head = l->tail = NULL;
    return all;
}

static void *offload_worker(void *arg)
{
    struct offload_pool *p = arg;
    int rc = thread_place_self(&p->place);
    pthread_mutex_lock(&p->mu);
    if (rc != 0 && p->place_rc == 0)
        p->place_rc = rc;
    p->started++;
    pthread_cond_signal(&p->placed);
    for (;;) {
        while (!p->todo.head && !p->stopping)
            pthread_cond_wait(&p->ready, &p->mu);
        struct offload_task *t = p->todo.head;
        if (!t)
            break; /* stopping, and nothing left */
        p->todo.head = t->next;
        if (!p->todo.head)
            p->todo.tail = NULL;
        pthread_mutex_unlock(&p->mu);

        t->run(t);
        struct offload_port *port = t->port;
        pthread_mutex_lock(&port->mu);
        bool was_empty = port->done.head == NULL;
        offload_list_push(&port->done, t);
        pthread_cond_signal(&port->finished);
        /* Only the first finished task wakes the loop: its callback takes the whole list,
         * and the next push after that finds it empty again. Written under the lock, so
         * offload_port_close cannot take the task and close the descriptor in between. */
        if (was_empty) {
            uint64_t one = 1;
            ssize_t n = write(port->eventfd, &one, sizeof(one));
            (void)n; /* cannot fail short of a counter at 2^64 - 1 */
        }
        pthread_mutex_unlock(&port->mu);
        pthread_mutex_lock(&p->mu);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

int offload_pool_new(unsigned threads, const struct thread_place *place, struct offload_pool **out)
{
    *out = NULL;
    if (threads == 0 || threads > OFFLOAD_THREADS_MAX)
        return -EINVAL;
    struct offload_pool *p = calloc(1, sizeof(*p));
    if (!p)
        return -ENOMEM;
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->ready, NULL);
    pthread_cond_init(&p->placed, NULL);
    p->place = *place;
    for (unsigned i = 0; i < threads; i++) {
        int rc = pthread_create(&p->workers[i], NULL, offload_worker, p);
        if (rc != 0) {
            p->threads = i;
            offload_pool_free(p);
            return -rc;
        }
        p->threads = i + 1;
    }
    pthread_mutex_lock(&p->mu); /* so offload_pool_place_result is final on return */
    while (p->started < p->threads)
        pthread_cond_wait(&p->placed, &p->mu);
    pthread_mutex_unlock(&p->mu);
    *out = p;
    return 0;
}

void offload_pool_free(struct offload_pool *p)
{
    if (!p)
        return;
    pthread_mutex_lock(&p->mu);
    p->stopping = true;
    pthread_cond_broadcast(&p->ready);
    pthread_mutex_unlock(&p->mu);
    for (unsigned i = 0; i < p->threads; i++)
        pthread_join(p->workers[i], NULL);
    BRIGADE_ASSERT(p->todo.head == NULL);
    pthread_cond_destroy(&p->ready);
    pthread_cond_destroy(&p->placed);
    pthread_mutex_destroy(&p->mu);
    free(p);
}

unsigned offload_pool_threads(const struct offload_pool *p)
{
    return p->threads;
}

int offload_pool_place_result(struct offload_pool *p)
{
    return p->place_rc; /* final: offload_pool_new waited for every worker to set it */
}

/* Calls done() of every task in the list, in the order they finished. */
static void offload_port_finish(struct offload_port *port, struct offload_task *t)
{
    while (t) {
        struct offload_task *next = t->next;
        BRIGADE_ASSERT(port->outstanding > 0);
        port->outstanding--;
        t->done(t); /* may submit t again, which rewrites t->next: read first */
        t = next;
    }
}

/* The port's eventfd fired (the ring's read drained it): take every finished task. */
static void offload_port_on_event(void *ctx)
{
    struct offload_port *port = ctx;
    pthread_mutex_lock(&port->mu);
    struct offload_task *all = offload_list_take_all(&port->done);
    pthread_mutex_unlock(&port->mu);
    offload_port_finish(port, all);
}

int offload_port_open(struct offload_pool *pool, struct async_loop a, struct offload_port **out)
{
    *out = NULL;
    struct offload_port *port = calloc(1, sizeof(*port));
    if (!port)
        return -ENOMEM;
    port->pool = pool;
    port->eventfd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (port->eventfd < 0) {
        int rc = -errno;
        free(port);
        return rc;
    }
    pthread_mutex_init(&port->mu, NULL);
    pthread_cond_init(&port->finished, NULL);
    int rc = async_eventfd_watch(a, port->eventfd, offload_port_on_event, port);
    if (rc != 0) {
        offload_port_close(port);
        return rc;
    }
    *out = port;
    return 0;
}

void offload_port_close(struct offload_port *port)
{
    if (!port)
        return;
    while (port->outstanding > 0) {
        pthread_mutex_lock(&port->mu);
        while (!port->done.head)
            pthread_cond_wait(&port->finished, &port->mu);
        struct offload_task *all = offload_list_take_all(&port->done);
        pthread_mutex_unlock(&port->mu);
        offload_port_finish(port, all);
    }
    pthread_cond_destroy(&port->finished);
    pthread_mutex_destroy(&port->mu);
    close(port->eventfd);
    free(port);
}

size_t offload_port_outstanding(const struct offload_port *port)
{
    return port->outstanding;
}

void offload_submit(struct offload_port *port, struct offload_task *t)
{
    BRIGADE_ASSERT(t->run && t->done);
    t->port = port;
    port->outstanding++;
    struct offload_pool *p = port->pool;
    pthread_mutex_lock(&p->mu);
    offload_list_push(&p->todo, t);
    pthread_cond_signal(&p->ready);
    pthread_mutex_unlock(&p->mu);
}
