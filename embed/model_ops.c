/* model_ops.c — dense layers over the compute threads, and pooling; see model_ops.h. */
#include "embed/model_ops.h"

#include <cblas.h>
#include <string.h>

#include "embed/embed_assert.h"
#include "embed/pool.h"
#include "kernels/pooling.h"

void model_set_threads(size_t threads)
{
    EMBED_ASSERT(threads >= 1);
    openblas_set_num_threads((int)threads);
}

size_t model_threads(void)
{
    /* OpenBLAS's count is the one knob callers already set (and OPENBLAS_NUM_THREADS). */
    int threads = openblas_get_num_threads();
    size_t parts = threads < 1 ? 1 : (size_t)threads;
    return parts < POOL_THREADS_MAX ? parts : POOL_THREADS_MAX;
}

struct linear_job {
    const struct linear *l;
    const float *x;
    float *y;
    size_t ldx, rows, ldy;
    bool accumulate;
};

static void linear_part(void *arg, size_t part, size_t parts)
{
    const struct linear_job *j = arg;
    size_t n = j->l->panel_count;
    linear_forward_panels(j->l, j->x, j->ldx, j->rows, j->y, j->ldy, j->accumulate,
                          n * part / parts, n * (part + 1) / parts);
}

void model_linear(const struct linear *l, const float *x, size_t ldx, size_t rows, float *y,
                  size_t ldy, bool accumulate)
{
    size_t parts = model_threads();
    parts = parts < l->panel_count ? parts : l->panel_count;
    struct linear_job job = {
        .l = l, .x = x, .y = y, .ldx = ldx, .rows = rows, .ldy = ldy, .accumulate = accumulate};
    pool_run(parts, linear_part, &job);
}

void model_pool(const struct model *m, const float *hidden, const struct model_batch *b,
                float *pooled)
{
    size_t h = m->cfg.hidden;
    for (size_t i = 0; i < b->n_seqs; i++) {
        size_t first, count; /* the rows the pooling kernel takes too (kernels/pooling.h) */
        pooling_span(b->cu_seqlens, i, m->cfg.pooling == MODEL_POOLING_MEAN, &first, &count);
        if (count == 1)
            memcpy(pooled + i * h, hidden + first * h, h * sizeof(float));
        else
            pooling_mean_rows(hidden + first * h, h, count, h, pooled + i * h);
        if (m->cfg.normalize)
            l2norm_row(pooled + i * h, h);
    }
}
