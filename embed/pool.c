/* pool.c — worker threads for split jobs; see pool.h. */
#include "embed/pool.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

#include "embed/embed_assert.h"

struct pool_job {
    void (*fn)(void *arg, size_t part, size_t parts);
    void *arg;
    size_t parts;
};

static struct {
    pthread_mutex_t run;  /* held by the one caller whose job the workers run */
    pthread_mutex_t lock; /* guards everything below */
    pthread_cond_t wake, done;
    uint64_t generation; /* bumped for each job: a worker runs a job once */
    struct pool_job job;
    size_t workers, pending; /* pending: worker parts of the current job not yet finished */
    uint64_t start_generation[POOL_THREADS_MAX];
    /* The thread count users split jobs into (0: never set). Set once at start-up in practice,
     * read by whichever thread runs a forward pass: atomic, outside the locks. */
    atomic_size_t threads;
} pool = {
    .run = PTHREAD_MUTEX_INITIALIZER,
    .lock = PTHREAD_MUTEX_INITIALIZER,
    .wake = PTHREAD_COND_INITIALIZER,
    .done = PTHREAD_COND_INITIALIZER,
};

/* Worker i runs part i + 1 of every job that has that many parts. */
static void *pool_worker(void *p)
{
    size_t i = (size_t)(uintptr_t)p;
    pthread_mutex_lock(&pool.lock);
    uint64_t seen = pool.start_generation[i]; /* jobs published before it existed are not its */
    for (;;) {
        while (pool.generation == seen)
            pthread_cond_wait(&pool.wake, &pool.lock);
        seen = pool.generation;
        struct pool_job job = pool.job;
        if (i + 1 >= job.parts)
            continue;
        pthread_mutex_unlock(&pool.lock);
        job.fn(job.arg, i + 1, job.parts);
        pthread_mutex_lock(&pool.lock);
        EMBED_ASSERT(pool.pending > 0);
        if (--pool.pending == 0)
            pthread_cond_signal(&pool.done);
    }
    return NULL;
}

/* With pool.lock held: at least n workers. */
static void pool_grow(size_t n)
{
    while (pool.workers < n) {
        size_t i = pool.workers;
        pool.start_generation[i] = pool.generation;
        pthread_attr_t attr;
        pthread_t t;
        EMBED_ASSERT(pthread_attr_init(&attr) == 0);
        pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
        EMBED_ASSERT(pthread_create(&t, &attr, pool_worker, (void *)(uintptr_t)i) == 0);
        pthread_attr_destroy(&attr);
        pool.workers++;
    }
}

void pool_run(size_t parts, void (*fn)(void *arg, size_t part, size_t parts), void *arg)
{
    EMBED_ASSERT(parts >= 1 && parts <= POOL_THREADS_MAX);
    if (parts == 1 || pthread_mutex_trylock(&pool.run) != 0) {
        for (size_t i = 0; i < parts; i++)
            fn(arg, i, parts);
        return;
    }
    pthread_mutex_lock(&pool.lock);
    pool_grow(parts - 1);
    pool.job = (struct pool_job){.fn = fn, .arg = arg, .parts = parts};
    pool.pending = parts - 1;
    pool.generation++;
    pthread_cond_broadcast(&pool.wake);
    pthread_mutex_unlock(&pool.lock);
    fn(arg, 0, parts);
    pthread_mutex_lock(&pool.lock);
    while (pool.pending > 0)
        pthread_cond_wait(&pool.done, &pool.lock);
    pthread_mutex_unlock(&pool.lock);
    pthread_mutex_unlock(&pool.run);
}

void pool_set_threads(size_t threads)
{
    EMBED_ASSERT(threads >= 1 && threads <= POOL_THREADS_MAX);
    atomic_store(&pool.threads, threads);
}

size_t pool_threads(void)
{
    return atomic_load(&pool.threads);
}
