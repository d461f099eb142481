/* offload.h — work too long for a serving loop's pass, run on worker threads and finished
 * back on the loop that handed it over.
 *
 * A loop answers every connection between two passes, so one step that takes milliseconds
 * (understanding a 2 KB message costs about 1.5 ms here) delays every other client of that
 * core by as much. Such a step goes to a pool of worker threads instead, placed off the
 * loops' CPUs like the embed engine (thread_place.h); the loop meanwhile serves the rest.
 *
 * A task is the caller's struct, embedded in whatever it works on (no allocation per task):
 * `run` is called on a worker, then `done` on the thread of the port it was submitted
 * through. Tasks of one port finish in any order. A port belongs to one loop: its eventfd is
 * watched through the loop's ring (io/async.h), written only when its list of finished tasks
 * goes from empty to non-empty, and the loop's callback takes the whole list at once.
 *
 *   pool = offload_pool_new(threads, &place)        before the loops start
 *   offload_port_open(pool, loop_async(l), &port)  on each loop's thread
 *   offload_submit(port, &job->task)               the loop's thread; done() comes back there
 *   offload_port_close(port)                       the same thread, after its loop ended:
 *                                                   waits for its tasks, calling their done()
 *   offload_pool_free(pool)                        after every port is closed
 */
#ifndef BRIGADE_GATEWAY_OFFLOAD_H
#define BRIGADE_GATEWAY_OFFLOAD_H

#include <stddef.h>
#include <stdint.h>

#include "embed/thread_place.h"
#include "io/async.h"

enum {
    OFFLOAD_THREADS_MAX = 64,
};

struct offload_pool;
struct offload_port;

struct offload_task {
    void (*run)(struct offload_task *t);  /* on a worker thread */
    void (*done)(struct offload_task *t); /* on the port's thread, after run */
    /* set by offload_submit */
    struct offload_port *port;
    struct offload_task *next;
};

/* Starts `threads` workers (1..OFFLOAD_THREADS_MAX), each applying `place` to itself first
 * (offload_pool_place_result says whether that worked). Returns 0, -EINVAL or -errno. */
int offload_pool_new(unsigned threads, const struct thread_place *place, struct offload_pool **out);
/* Stops the workers once the queue is empty. Every port must be closed. NULL: nothing. */
void offload_pool_free(struct offload_pool *pool);
unsigned offload_pool_threads(const struct offload_pool *pool);
/* 0 when every worker placed itself as asked, else the first worker's -errno. */
int offload_pool_place_result(struct offload_pool *pool);

/* A return path to the loop behind `a`; on that loop's thread. 0, or -errno (an eventfd,
 * or the loop's table of watched descriptors is full). */
int offload_port_open(struct offload_pool *pool, struct async_loop a, struct offload_port **out);
/* After the port's loop ended, on its thread: waits until every task submitted through the
 * port has run, calls their `done` here, then frees the port. NULL: nothing. */
void offload_port_close(struct offload_port *port);
/* Tasks submitted through the port whose `done` has not been called yet. */
size_t offload_port_outstanding(const struct offload_port *port);

/* Queues `t` (run and done set) for the next free worker; on the port's thread. */
void offload_submit(struct offload_port *port, struct offload_task *t);

#endif
