/* test_pool — embed/pool.h runs every part of a job exactly once, also while other threads
 * submit jobs at the same time; and a forward pass split over several threads gives bit for
 * bit the vectors of one thread (a split assigns whole output columns, each still one sum). */
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "embed/model.h"
#include "embed/pool.h"
#include "test_util.h"

#define JOB_PARTS_MAX 8
#define SUBMITTERS    3
#define JOBS_EACH     2000

struct count_job {
    atomic_int runs[JOB_PARTS_MAX];
    atomic_int bad_parts;
};

static void count_part(void *arg, size_t part, size_t parts)
{
    struct count_job *j = arg;
    if (part >= parts || parts > JOB_PARTS_MAX)
        atomic_fetch_add(&j->bad_parts, 1);
    else
        atomic_fetch_add(&j->runs[part], 1);
}

static int job_ok(size_t parts)
{
    struct count_job j;
    memset(&j, 0, sizeof(j));
    pool_run(parts, count_part, &j);
    int ok = atomic_load(&j.bad_parts) == 0;
    for (size_t i = 0; i < JOB_PARTS_MAX; i++)
        ok &= atomic_load(&j.runs[i]) == (i < parts ? 1 : 0);
    return ok;
}

static void *submitter(void *arg)
{
    atomic_int *failures = arg;
    for (size_t n = 0; n < JOBS_EACH; n++)
        if (!job_ok(1 + n % JOB_PARTS_MAX))
            atomic_fetch_add(failures, 1);
    return NULL;
}

static void test_pool_jobs(void)
{
    for (size_t parts = 1; parts <= JOB_PARTS_MAX; parts++)
        CHECK(job_ok(parts));
    CHECK(job_ok(3)); /* fewer parts than started workers: the others sit this one out */
    atomic_int failures = 0;
    pthread_t t[SUBMITTERS];
    for (size_t i = 0; i < SUBMITTERS; i++)
        CHECK(pthread_create(&t[i], NULL, submitter, &failures) == 0);
    for (size_t i = 0; i < SUBMITTERS; i++)
        pthread_join(t[i], NULL);
    CHECK_INT_EQ(atomic_load(&failures), 0);
}

static void forward(const struct model *m, size_t threads, const int32_t *ids, const int32_t *cu,
                    size_t n, float *hidden, float *pooled)
{
    model_set_threads(threads);
    struct model_scratch *s = model_scratch_new(m, (size_t)cu[n], n);
    CHECK_INT_EQ(model_forward(m, s, ids, cu, n, hidden, pooled), 0);
    model_scratch_free(s);
}

static void test_threads_bitwise(const char *fixture)
{
    char dir[TEST_PATH_BYTES], err[512];
    test_source_path(dir, sizeof(dir), "tests/fixtures/%s", fixture);
    struct model *m;
    if (model_load(dir, &m, err, sizeof(err)) != 0) {
        fprintf(stderr, "%s\n", err);
        CHECK(0);
        return;
    }
    enum { TOKENS = 37, SEQS = 3 };
    int32_t ids[TOKENS], cu[SEQS + 1] = {0, 5, 30, TOKENS};
    for (size_t t = 0; t < TOKENS; t++)
        ids[t] = (int32_t)(1 + (t * 7919) % 500);
    size_t h = model_info(m)->hidden;
    float *hid1 = malloc(TOKENS * h * 4), *hid3 = malloc(TOKENS * h * 4);
    float *pool1 = malloc(SEQS * h * 4), *pool3 = malloc(SEQS * h * 4);
    forward(m, 1, ids, cu, SEQS, hid1, pool1);
    forward(m, 3, ids, cu, SEQS, hid3, pool3);
    CHECK(memcmp(hid1, hid3, TOKENS * h * 4) == 0);
    CHECK(memcmp(pool1, pool3, SEQS * h * 4) == 0);
    model_set_threads(1);
    free(hid1), free(hid3), free(pool1), free(pool3);
    model_free(m);
}

int main(void)
{
    test_pool_jobs();
    test_threads_bitwise("modernbert-tiny");
    test_threads_bitwise("bert-tiny");
    return check_finish("test_pool");
}
