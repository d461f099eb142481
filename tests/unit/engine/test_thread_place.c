/* test_thread_place.c — CPU lists, and a thread placed on one CPU with a raised niceness;
 * and the engine thread placed by engine_config.place, whose compute pool inherits it. */
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "check.h"
#include "embed/engine.h"
#include "embed/thread_place.h"

static void test_parse_format(void)
{
    struct thread_place p;
    memset(&p, 0, sizeof(p));
    char text[THREAD_PLACE_TEXT_BYTES_MAX];
    thread_place_format_cpus(&p, text, sizeof(text));
    CHECK_STR_EQ(text, "any");
    CHECK(!thread_place_pins(&p));
    CHECK_INT_EQ(thread_place_parse_cpus(&p, "1,3-5,9"), 0);
    CHECK(thread_place_pins(&p));
    CHECK(!thread_place_has_cpu(&p, 0));
    CHECK(thread_place_has_cpu(&p, 1) && thread_place_has_cpu(&p, 4) &&
          thread_place_has_cpu(&p, 9));
    CHECK(!thread_place_has_cpu(&p, 6));
    thread_place_format_cpus(&p, text, sizeof(text));
    CHECK_STR_EQ(text, "1,3-5,9");
    CHECK_INT_EQ(thread_place_parse_cpus(&p, "2,1023"), 0);
    thread_place_format_cpus(&p, text, sizeof(text));
    CHECK_STR_EQ(text, "1-5,9,1023");
    char small[8];
    thread_place_format_cpus(&p, small, sizeof(small));
    CHECK_STR_EQ(small, "1-5,...");

    const char *bad[] = {"", "x", "1,", ",1", "3-1", "1-", "1024", "0-1024", "1 2", "-1"};
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        struct thread_place q;
        memset(&q, 0, sizeof(q));
        CHECK_INT_EQ(thread_place_parse_cpus(&q, bad[i]), -22);
        CHECK(!thread_place_pins(&q)); /* a bad list adds nothing */
    }
}

struct placed {
    struct thread_place place;
    int result, nice_before, nice_after, child_nice;
    cpu_set_t cpus, child_cpus;
};

static void *child_main(void *arg)
{
    struct placed *s = arg;
    s->child_nice = getpriority(PRIO_PROCESS, (id_t)syscall(SYS_gettid));
    pthread_getaffinity_np(pthread_self(), sizeof(s->child_cpus), &s->child_cpus);
    return NULL;
}

static void *placed_main(void *arg)
{
    struct placed *s = arg;
    id_t tid = (id_t)syscall(SYS_gettid);
    s->nice_before = getpriority(PRIO_PROCESS, tid);
    s->result = thread_place_self(&s->place);
    s->nice_after = getpriority(PRIO_PROCESS, tid);
    pthread_getaffinity_np(pthread_self(), sizeof(s->cpus), &s->cpus);
    pthread_t child; /* what the compute pool's workers rely on: they inherit both */
    pthread_create(&child, NULL, child_main, s);
    pthread_join(child, NULL);
    return NULL;
}

static void test_self(void)
{
    cpu_set_t allowed;
    CHECK_INT_EQ(sched_getaffinity(0, sizeof(allowed), &allowed), 0);
    int last = -1;
    for (int c = 0; c < THREAD_PLACE_CPUS_MAX; c++)
        if (CPU_ISSET(c, &allowed))
            last = c;
    CHECK(last >= 0);
    struct placed s;
    memset(&s, 0, sizeof(s));
    thread_place_add_cpu(&s.place, (unsigned)last);
    s.place.nice = 3;
    pthread_t t;
    CHECK_INT_EQ(pthread_create(&t, NULL, placed_main, &s), 0);
    pthread_join(t, NULL);
    CHECK_INT_EQ(s.result, 0);
    CHECK_INT_EQ(CPU_COUNT(&s.cpus), 1);
    CHECK(CPU_ISSET(last, &s.cpus));
    int want =
        s.nice_before + 3 > THREAD_PLACE_NICE_MAX ? THREAD_PLACE_NICE_MAX : s.nice_before + 3;
    CHECK_INT_EQ(s.nice_after, want);
    CHECK_INT_EQ(s.child_nice, want);
    CHECK_INT_EQ(CPU_COUNT(&s.child_cpus), 1);
    CHECK(CPU_ISSET(last, &s.child_cpus));
    /* Only that thread: the process's others keep their niceness. */
    CHECK_INT_EQ(getpriority(PRIO_PROCESS, (id_t)syscall(SYS_gettid)), s.nice_before);

    /* Nothing named: the thread stays where it was, niceness unchanged. */
    memset(&s, 0, sizeof(s));
    CHECK_INT_EQ(pthread_create(&t, NULL, placed_main, &s), 0);
    pthread_join(t, NULL);
    CHECK_INT_EQ(s.result, 0);
    CHECK_INT_EQ(s.nice_after, s.nice_before);
    CHECK(CPU_EQUAL(&s.cpus, &allowed));
}

/* The engine thread, where its batches run: placed by engine_config.place. */
static int (*lexical_embed_batch)(void *ctx, const struct embed_batch *b, float *out);
static cpu_set_t embedded_on;
static int embedded_nice;

static int recording_embed_batch(void *ctx, const struct embed_batch *b, float *out)
{
    pthread_getaffinity_np(pthread_self(), sizeof(embedded_on), &embedded_on);
    embedded_nice = getpriority(PRIO_PROCESS, (id_t)syscall(SYS_gettid));
    return lexical_embed_batch(ctx, b, out);
}

static void test_engine_placed(void)
{
    cpu_set_t allowed;
    CHECK_INT_EQ(sched_getaffinity(0, sizeof(allowed), &allowed), 0);
    int first = -1;
    for (int c = THREAD_PLACE_CPUS_MAX - 1; c >= 0; c--)
        if (CPU_ISSET(c, &allowed))
            first = c;
    struct lexical_params p;
    lexical_params_default(&p);
    struct embed_backend b;
    CHECK_INT_EQ(embed_backend_lexical_init(&b, &p), 0);
    lexical_embed_batch = b.embed_batch;
    b.embed_batch = recording_embed_batch;
    struct engine_config c;
    engine_config_default(&c);
    thread_place_add_cpu(&c.place, (unsigned)first);
    c.place.nice = 2;
    int nice_before = getpriority(PRIO_PROCESS, (id_t)syscall(SYS_gettid));
    struct engine *e;
    CHECK_INT_EQ(engine_new(&c, &b, &e), 0);
    CHECK_INT_EQ(engine_place_result(e), 0);
    struct embed_cq cq;
    int efd = eventfd(0, EFD_CLOEXEC);
    CHECK(efd >= 0);
    CHECK_INT_EQ(embed_cq_init(&cq, 4, efd), 0);
    const char *texts[] = {"two fries"};
    float out[LEXICAL_DIM_DEFAULT];
    struct embed_request r = {.n_seqs = 1, .texts = texts, .out = out, .cq = &cq};
    CHECK_INT_EQ(engine_submit(e, &r), 0);
    CHECK(embed_cq_wait(&cq) == &r);
    CHECK_INT_EQ(r.status, 0);
    CHECK_INT_EQ(CPU_COUNT(&embedded_on), 1);
    CHECK(CPU_ISSET(first, &embedded_on));
    CHECK_INT_EQ(embedded_nice, nice_before + 2);
    engine_free(e);
    embed_cq_free(&cq);
    close(efd);
}

int main(void)
{
    test_parse_format();
    test_self();
    test_engine_placed();
    return check_finish("test_thread_place");
}
