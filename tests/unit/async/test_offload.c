/* test_offload.c — gateway/net/offload.h on a real loop: tasks run on the pool's workers,
 * placed as asked, and come back once each to the loop's thread through its ring; a task may
 * be submitted again from its done(); closing a port waits for its tasks and finishes them
 * on the caller; bad thread counts are refused. */
#define _GNU_SOURCE
#include "gateway/net/offload.h"
#include "gateway/obs/metrics.h"
#include "one_loop.h"

#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <time.h>

enum {
    TASKS = 200,
    ROUNDS = 2, /* each task is submitted again once from its done() */
    SLOW_TASKS = 8,
    DEADLINE_PASSES = 20000,
};

struct square {
    struct offload_task task; /* first: the callbacks cast back */
    long in, out;
    int rounds, done_calls;
    pthread_t run_thread, done_thread;
    int run_cpu;
    bool slow;
};

static pthread_t main_thread;
static int finished; /* tasks whose last round came back */

static void square_run(struct offload_task *t)
{
    struct square *s = (struct square *)t;
    s->run_thread = pthread_self();
    s->run_cpu = sched_getcpu();
    if (s->slow) {
        struct timespec ts = {0, 2 * 1000 * 1000};
        nanosleep(&ts, NULL);
    }
    s->out = s->in * s->in + s->rounds;
}

static void square_done(struct offload_task *t)
{
    struct square *s = (struct square *)t;
    s->done_thread = pthread_self();
    s->done_calls++;
    if (++s->rounds < ROUNDS) {
        offload_submit(t->port, t); /* again, from inside done(): its next was read first */
        return;
    }
    finished++;
}

static int first_allowed_cpu(void)
{
    cpu_set_t set;
    CHECK_INT_EQ(sched_getaffinity(0, sizeof(set), &set), 0);
    for (int c = 0; c < CPU_SETSIZE; c++)
        if (CPU_ISSET(c, &set))
            return c;
    return -1;
}

static void test_bad_counts(void)
{
    struct thread_place any = {0};
    struct offload_pool *p = (struct offload_pool *)1;
    CHECK_INT_EQ(offload_pool_new(0, &any, &p), -EINVAL);
    CHECK(p == NULL);
    CHECK_INT_EQ(offload_pool_new(OFFLOAD_THREADS_MAX + 1, &any, &p), -EINVAL);
}

static void test_round_trips(struct loop *l)
{
    int cpu = first_allowed_cpu();
    CHECK(cpu >= 0);
    struct thread_place place = {0};
    thread_place_add_cpu(&place, (unsigned)cpu);
    struct offload_pool *pool;
    CHECK_INT_EQ(offload_pool_new(3, &place, &pool), 0);
    CHECK_INT_EQ(offload_pool_threads(pool), 3);
    CHECK_INT_EQ(offload_pool_place_result(pool), 0);
    struct offload_port *port;
    CHECK_INT_EQ(offload_port_open(pool, loop_async(l), &port), 0);

    static struct square sq[TASKS];
    for (int i = 0; i < TASKS; i++) {
        sq[i] = (struct square){.task = {.run = square_run, .done = square_done}, .in = i};
        offload_submit(port, &sq[i].task);
    }
    CHECK_INT_EQ((long)offload_port_outstanding(port), TASKS);
    for (int pass = 0; pass < DEADLINE_PASSES && finished < TASKS; pass++)
        loop_pass(l, 10);
    CHECK_INT_EQ(finished, TASKS);
    CHECK_INT_EQ((long)offload_port_outstanding(port), 0);
    for (int i = 0; i < TASKS; i++) {
        CHECK_INT_EQ(sq[i].out, (long)i * i + (ROUNDS - 1));
        CHECK_INT_EQ(sq[i].done_calls, ROUNDS);
        CHECK(pthread_equal(sq[i].done_thread, main_thread));
        CHECK(!pthread_equal(sq[i].run_thread, main_thread));
        CHECK_INT_EQ(sq[i].run_cpu, cpu);
    }

    /* Closing with tasks in flight: their done() runs here, before close returns. */
    static struct square slow[SLOW_TASKS];
    finished = 0;
    for (int i = 0; i < SLOW_TASKS; i++) {
        slow[i] = (struct square){.task = {.run = square_run, .done = square_done},
                                  .in = i,
                                  .rounds = ROUNDS - 1,
                                  .slow = true};
        offload_submit(port, &slow[i].task);
    }
    offload_port_close(port);
    CHECK_INT_EQ(finished, SLOW_TASKS);
    for (int i = 0; i < SLOW_TASKS; i++) {
        CHECK_INT_EQ(slow[i].done_calls, 1);
        CHECK(pthread_equal(slow[i].done_thread, main_thread));
    }
    offload_pool_free(pool);
}

int main(void)
{
    main_thread = pthread_self();
    metrics_init(1);
    test_bad_counts();
    struct one_loop o;
    one_loop_start(&o);
    if (o.loop)
        test_round_trips(o.loop);
    one_loop_free(&o);
    metrics_free();
    return check_failures ? 1 : 0;
}
