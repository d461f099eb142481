/* model_ops.c — dense layers, row passes and pooling over the compute threads; see
 * model_ops.h. */
#include "embed/model_ops.h"

#include <cblas.h>
#include <string.h>

#include "embed/embed_assert.h"
#include "embed/pool.h"
#include "embed/rows.h"
#include "kernels/pooling.h"

void model_set_threads(size_t threads)
{
    EMBED_ASSERT(threads >= 1);
    pool_set_threads(threads < POOL_THREADS_MAX ? threads : POOL_THREADS_MAX);
    /* Attention tiles call sgemm inside a part: OpenBLAS threads of its own there would only
     * contend for the cores the parts already use. */
    openblas_set_num_threads(1);
}

size_t model_threads(void)
{
    size_t set = pool_threads();
    if (set)
        return set;
    /* Never set: OpenBLAS's count (OPENBLAS_NUM_THREADS, else its CPU count), the knob
     * callers used before the pool had its own. */
    int threads = openblas_get_num_threads();
    size_t parts = threads < 1 ? 1 : (size_t)threads;
    return parts < POOL_THREADS_MAX ? parts : POOL_THREADS_MAX;
}

struct rows_job {
    void (*fn)(void *arg, size_t lo, size_t hi);
    void *arg;
    size_t rows;
};

static void rows_part(void *arg, size_t part, size_t parts)
{
    const struct rows_job *j = arg;
    size_t lo = j->rows * part / parts, hi = j->rows * (part + 1) / parts;
    if (hi > lo)
        j->fn(j->arg, lo, hi);
}

void model_rows_run(size_t rows, size_t row_floats, void (*fn)(void *arg, size_t lo, size_t hi),
                    void *arg)
{
    EMBED_ASSERT(row_floats >= 1);
    if (rows == 0)
        return;
    size_t min_rows = (MODEL_ROWS_PART_FLOATS_MIN + row_floats - 1) / row_floats;
    size_t parts = model_threads(), by_size = (rows + min_rows - 1) / min_rows;
    parts = parts < by_size ? parts : by_size;
    struct rows_job job = {.fn = fn, .arg = arg, .rows = rows};
    pool_run(parts, rows_part, &job);
}

struct layernorm_job {
    const float *x, *w, *b;
    float *y;
    size_t h;
    float eps;
};

static void layernorm_rows(void *arg, size_t lo, size_t hi)
{
    const struct layernorm_job *j = arg;
    rows_layernorm(j->x + lo * j->h, j->y + lo * j->h, hi - lo, j->h, j->w, j->b, j->eps);
}

void model_layernorm(const float *x, float *y, size_t rows, size_t h, const float *w,
                     const float *b, float eps)
{
    struct layernorm_job job = {.x = x, .w = w, .b = b, .y = y, .h = h, .eps = eps};
    model_rows_run(rows, h, layernorm_rows, &job);
}

struct gelu_job {
    enum gelu_kind kind;
    float *x;
    size_t ld, n;
};

static void geglu_rows(void *arg, size_t lo, size_t hi)
{
    const struct gelu_job *j = arg;
    rows_geglu(j->kind, j->x + lo * j->ld, hi - lo, j->ld, j->n);
}

static void gelu_rows(void *arg, size_t lo, size_t hi)
{
    const struct gelu_job *j = arg;
    rows_gelu(j->kind, j->x + lo * j->ld, hi - lo, j->ld, j->n);
}

void model_geglu(enum gelu_kind kind, float *x, size_t rows, size_t ld, size_t n)
{
    struct gelu_job job = {.kind = kind, .x = x, .ld = ld, .n = n};
    model_rows_run(rows, 2 * n, geglu_rows, &job);
}

void model_gelu(enum gelu_kind kind, float *x, size_t rows, size_t ld, size_t n)
{
    struct gelu_job job = {.kind = kind, .x = x, .ld = ld, .n = n};
    model_rows_run(rows, n, gelu_rows, &job);
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

struct pooling_job {
    const struct model *m;
    const float *hidden;
    const struct model_batch *b;
    float *pooled;
};

static void pool_seqs(void *arg, size_t lo, size_t hi)
{
    const struct pooling_job *j = arg;
    const struct model *m = j->m;
    const struct model_batch *b = j->b;
    const float *hidden = j->hidden;
    float *pooled = j->pooled;
    size_t h = m->cfg.hidden;
    for (size_t i = lo; i < hi; i++) {
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

void model_pool(const struct model *m, const float *hidden, const struct model_batch *b,
                float *pooled)
{
    struct pooling_job job = {.m = m, .hidden = hidden, .b = b, .pooled = pooled};
    /* A sequence's cost is its rows (mean) or one row (CLS); the mean of the batch's rows
     * sizes the parts well enough either way. */
    size_t per_seq =
        m->cfg.hidden * (m->cfg.pooling == MODEL_POOLING_MEAN ? b->tokens / b->n_seqs : 1);
    model_rows_run(b->n_seqs, per_seq, pool_seqs, &job);
}
