/* test_pool — embed/pool.h runs every part of a job exactly once, also while other threads
 * submit jobs at the same time; model_rows_run covers every row once in as many parts as the
 * threads and the pass's size allow; and a forward pass split over several threads gives bit
 * for bit the vectors of one thread: dense layers split by whole output columns, attention by
 * whole (sequence, head) pairs, row passes by whole rows, each still computed by one thread. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "embed/model.h"
#include "embed/model_ops.h"
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

enum { ROWS_MAX = 1000 };

struct rows_record {
    atomic_int seen[ROWS_MAX];
    atomic_int calls;
};

static void record_rows(void *arg, size_t lo, size_t hi)
{
    struct rows_record *r = arg;
    atomic_fetch_add(&r->calls, 1);
    for (size_t i = lo; i < hi; i++)
        atomic_fetch_add(&r->seen[i], 1);
}

/* rows x row_floats split with `threads` set: every row once, in `parts` calls. */
static void check_rows_run(size_t threads, size_t rows, size_t row_floats, int parts)
{
    static struct rows_record r;
    memset(&r, 0, sizeof(r));
    model_set_threads(threads);
    model_rows_run(rows, row_floats, record_rows, &r);
    CHECK_INT_EQ(atomic_load(&r.calls), parts);
    for (size_t i = 0; i < ROWS_MAX; i++)
        CHECK_INT_EQ(atomic_load(&r.seen[i]), i < rows ? 1 : 0);
}

static void test_rows_run(void)
{
    size_t per_part = MODEL_ROWS_PART_FLOATS_MIN / 64; /* rows of 64 floats in a minimal part */
    check_rows_run(3, ROWS_MAX, 64, 3);                /* big pass: one part per thread */
    check_rows_run(1, ROWS_MAX, 64, 1);
    check_rows_run(8, 2 * per_part, 64, 2); /* small pass: no part below the minimum */
    check_rows_run(3, per_part, 64, 1);
    check_rows_run(3, 7, MODEL_ROWS_PART_FLOATS_MIN, 3); /* one row is already a full part */
    check_rows_run(3, 0, 64, 0);
    model_set_threads(1);
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
    /* Lengths from 1 token to past two query tiles and the local window, 557 tokens: every
     * row pass, attention and pooling split over up to 4 threads. */
    enum { SEQS = 14 };
    static const int32_t lens[SEQS] = {1, 2, 5, 9, 17, 33, 64, 65, 100, 129, 17, 3, 40, 72};
    int32_t cu[SEQS + 1] = {0};
    for (size_t i = 0; i < SEQS; i++)
        cu[i + 1] = cu[i] + lens[i];
    size_t tokens = (size_t)cu[SEQS], h = model_info(m)->hidden;
    int32_t *ids = malloc(tokens * sizeof(int32_t));
    for (size_t t = 0; t < tokens; t++)
        ids[t] = (int32_t)(1 + (t * 7919) % 500);
    float *hid1 = malloc(tokens * h * 4), *hid = malloc(tokens * h * 4);
    float *pool1 = malloc(SEQS * h * 4), *pool = malloc(SEQS * h * 4);
    forward(m, 1, ids, cu, SEQS, hid1, pool1);
    for (size_t threads = 2; threads <= 4; threads++) {
        forward(m, threads, ids, cu, SEQS, hid, pool);
        CHECK(memcmp(hid1, hid, tokens * h * 4) == 0);
        CHECK(memcmp(pool1, pool, SEQS * h * 4) == 0);
    }
    model_set_threads(1);
    free(ids), free(hid1), free(hid), free(pool1), free(pool);
    model_free(m);
}

int main(void)
{
    test_pool_jobs();
    test_rows_run();
    test_threads_bitwise("modernbert-tiny");
    test_threads_bitwise("bert-tiny");
    return check_finish("test_pool");
}
