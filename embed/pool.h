/* pool.h — the process's compute threads for the encoder's GEMMs.
 *
 * One job at a time: pool_run splits a job into parts and runs part 0 on the caller and the
 * others on worker threads, returning when all are done. Workers are started on first need
 * (up to POOL_THREADS_MAX - 1) and live as long as the process, blocked on a condition
 * variable between jobs. When another thread's job is running, pool_run runs every part on
 * its own caller instead of waiting: concurrent forward passes (one scratch each) stay
 * correct and never deadlock, they just do not share the workers. */
#ifndef BRIGADE_EMBED_POOL_H
#define BRIGADE_EMBED_POOL_H

#include <stddef.h>

/* Most threads one job uses, the caller included. */
#define POOL_THREADS_MAX 64

/* fn(arg, part, parts) for every part in [0, parts); parts in [1, POOL_THREADS_MAX]. */
void pool_run(size_t parts, void (*fn)(void *arg, size_t part, size_t parts), void *arg);

/* The process's compute thread count, the caller included: how many parts its users split a
 * job into. pool_set_threads takes threads in [1, POOL_THREADS_MAX]; pool_threads returns
 * the count last set, or 0 when none was. Safe from any thread. */
void pool_set_threads(size_t threads);
size_t pool_threads(void);

#endif
