/* engine_score.c — score sets, and the engine thread's scoring of finished requests (see
 * engine_score.h). */
#include "embed/engine_score.h"

#include <cblas.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "embed/embed_assert.h"
#include "embed/refcount.h"
#include "embed/engine.h"
#include "embed/menu_matrix.h"
#include "kernels/topk.h"

struct engine_score_matrix {
    enum engine_score_kind kind;
    struct menu_matrix *rows;
    size_t k;            /* TOPK */
    uint32_t *row_class; /* CLASS_MAX */
    size_t n_classes;
    size_t offset; /* first pair within a sequence's pairs */
    size_t pairs;  /* pairs reserved: k or n_classes */
};

struct engine_score_set {
    size_t n;
    size_t dim;
    size_t pairs;
    struct engine_score_matrix m[ENGINE_SCORE_MATRICES_MAX];
    _Atomic uint32_t refs;
};

struct engine_scorer {
    size_t chunk, dim;
    float *queries;                 /* [chunk x dim]: unit copies of the vectors */
    float *scores;                  /* [chunk x MENU_MATRIX_ROWS_MAX] */
    struct embed_request **seq_req; /* [chunk]: whose vector each query row is */
    size_t *seq_idx;
};

/* ---- score sets ------------------------------------------------------------------------ */

static bool engine_score_spec_valid(const struct engine_score_spec *sp, size_t dim)
{
    if (!sp->rows || sp->rows->rows == 0 || sp->rows->dim != dim)
        return false;
    if (sp->kind == ENGINE_SCORE_TOPK)
        return sp->k >= 1 && sp->k <= ENGINE_SCORE_TOPK_MAX;
    if (sp->kind != ENGINE_SCORE_CLASS_MAX || !sp->row_class)
        return false;
    if (sp->n_classes == 0 || sp->n_classes > ENGINE_SCORE_CLASSES_MAX)
        return false;
    for (size_t r = 0; r < sp->rows->rows; r++)
        if (sp->row_class[r] >= sp->n_classes)
            return false;
    return true;
}

int engine_score_set_new(const struct engine_score_spec *specs, size_t n,
                         struct engine_score_set **out)
{
    *out = NULL;
    if (n == 0 || n > ENGINE_SCORE_MATRICES_MAX || !specs[0].rows)
        return -EINVAL;
    for (size_t j = 0; j < n; j++)
        if (!engine_score_spec_valid(&specs[j], specs[0].rows->dim))
            return -EINVAL;
    struct engine_score_set *s = calloc(1, sizeof(*s));
    EMBED_OOM_CHECK(s);
    s->n = n;
    s->dim = specs[0].rows->dim;
    for (size_t j = 0; j < n; j++) {
        const struct engine_score_spec *sp = &specs[j];
        struct engine_score_matrix *m = &s->m[j];
        m->kind = sp->kind;
        m->rows = sp->rows;
        menu_matrix_ref(m->rows);
        m->k = sp->k;
        m->n_classes = sp->n_classes;
        m->pairs = sp->kind == ENGINE_SCORE_TOPK ? sp->k : sp->n_classes;
        m->offset = s->pairs;
        s->pairs += m->pairs;
        if (sp->kind == ENGINE_SCORE_CLASS_MAX) {
            m->row_class = malloc(m->rows->rows * sizeof(*m->row_class));
            EMBED_OOM_CHECK(m->row_class);
            memcpy(m->row_class, sp->row_class, m->rows->rows * sizeof(*m->row_class));
        }
    }
    atomic_init(&s->refs, 1);
    *out = s;
    return 0;
}

void engine_score_set_ref(struct engine_score_set *s)
{
    refcount_take(&s->refs);
}

void engine_score_set_unref(struct engine_score_set *s)
{
    if (!s || !refcount_drop(&s->refs))
        return;
    for (size_t j = 0; j < s->n; j++) {
        menu_matrix_unref(s->m[j].rows);
        free(s->m[j].row_class);
    }
    free(s);
}

uint32_t engine_score_set_refs(const struct engine_score_set *s)
{
    return atomic_load_explicit(&((struct engine_score_set *)s)->refs, memory_order_acquire);
}

size_t engine_score_set_matrices(const struct engine_score_set *s)
{
    return s->n;
}

size_t engine_score_set_pairs(const struct engine_score_set *s)
{
    return s->pairs;
}

size_t engine_score_set_offset(const struct engine_score_set *s, size_t j)
{
    EMBED_ASSERT(j < s->n);
    return s->m[j].offset;
}

size_t engine_score_set_filled(const struct engine_score_set *s, size_t j)
{
    EMBED_ASSERT(j < s->n);
    const struct engine_score_matrix *m = &s->m[j];
    if (m->kind == ENGINE_SCORE_CLASS_MAX)
        return m->n_classes;
    return m->k < m->rows->rows ? m->k : m->rows->rows;
}

size_t engine_score_set_dim(const struct engine_score_set *s)
{
    return s->dim;
}

const struct menu_matrix *engine_score_set_rows(const struct engine_score_set *s, size_t j)
{
    EMBED_ASSERT(j < s->n);
    return s->m[j].rows;
}

const uint32_t *engine_score_set_row_class(const struct engine_score_set *s, size_t j)
{
    EMBED_ASSERT(j < s->n);
    return s->m[j].row_class;
}

/* ---- the engine's side ----------------------------------------------------------------- */

struct engine_scorer *engine_scorer_new(size_t chunk, size_t dim)
{
    EMBED_ASSERT(chunk >= 1 && dim >= 1);
    struct engine_scorer *s = calloc(1, sizeof(*s));
    EMBED_OOM_CHECK(s);
    s->chunk = chunk < ENGINE_SCORE_CHUNK_MAX ? chunk : ENGINE_SCORE_CHUNK_MAX;
    chunk = s->chunk;
    s->dim = dim;
    s->queries = malloc(chunk * dim * sizeof(float));
    s->scores = malloc(chunk * (size_t)MENU_MATRIX_ROWS_MAX * sizeof(float));
    s->seq_req = malloc(chunk * sizeof(*s->seq_req));
    s->seq_idx = malloc(chunk * sizeof(*s->seq_idx));
    EMBED_OOM_CHECK(s->queries);
    EMBED_OOM_CHECK(s->scores);
    EMBED_OOM_CHECK(s->seq_req);
    EMBED_OOM_CHECK(s->seq_idx);
    return s;
}

void engine_scorer_free(struct engine_scorer *s)
{
    if (!s)
        return;
    free(s->queries);
    free(s->scores);
    free(s->seq_req);
    free(s->seq_idx);
    free(s);
}

int engine_score_check(const struct embed_request *r, size_t dim)
{
    const struct engine_score_set *set = r->score_set;
    if (!set)
        return 0;
    if (!r->score_mask || !r->scores || set->dim != dim)
        return -EINVAL;
    for (size_t i = 0; i < r->n_seqs; i++)
        if ((r->score_mask[i] >> set->n) != 0) /* promoted to int: a shift by 8 is defined */
            return -EINVAL;
    return 0;
}

/* Normalised as the order pipeline always normalised its vectors (a double sum of squares,
 * one float scale): scores stay bit for bit what they were on the cores. */
void engine_score_unit(const float *v, size_t dim, float *out)
{
    double ss = 0;
    for (size_t d = 0; d < dim; d++)
        ss += (double)v[d] * v[d];
    float inv = ss > 0 ? (float)(1.0 / sqrt(ss)) : 0.0f;
    for (size_t d = 0; d < dim; d++)
        out[d] = v[d] * inv;
}

static void engine_score_select(const struct engine_score_matrix *m, const float *scores,
                                struct engine_score *out)
{
    size_t rows = m->rows->rows;
    if (m->kind == ENGINE_SCORE_CLASS_MAX) {
        for (size_t c = 0; c < m->n_classes; c++)
            out[c] = (struct engine_score){(uint32_t)c, -INFINITY};
        for (size_t r = 0; r < rows; r++) {
            struct engine_score *o = &out[m->row_class[r]];
            if (scores[r] > o->score)
                o->score = scores[r];
        }
        return;
    }
    float best[ENGINE_SCORE_TOPK_MAX];
    uint32_t idx[ENGINE_SCORE_TOPK_MAX];
    size_t have = 0, k = m->k < rows ? m->k : rows;
    for (size_t r = 0; r < rows; r++)
        topk_insert(best, idx, &have, k, scores[r], (uint32_t)r);
    for (size_t i = 0; i < have; i++)
        out[i] = (struct engine_score){idx[i], best[i]};
}

/* One sgemm over the first n staged queries against matrix m, then the selection. */
static void engine_score_flush(struct engine_scorer *s, const struct engine_score_set *set,
                               const struct engine_score_matrix *m, size_t n)
{
    size_t rows = m->rows->rows, dim = s->dim;
    /* scores[n x rows] = queries[n x dim] . data[rows x dim]^T */
    cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, (int)n, (int)rows, (int)dim, 1.0f,
                s->queries, (int)dim, m->rows->data, (int)dim, 0.0f, s->scores, (int)rows);
    for (size_t q = 0; q < n; q++) {
        struct embed_request *r = s->seq_req[q];
        struct engine_score *out = r->scores + s->seq_idx[q] * set->pairs + m->offset;
        engine_score_select(m, s->scores + q * rows, out);
    }
}

/* Matrix j of set against every sequence that asks for it among the n requests. */
static void engine_score_matrix(struct engine_scorer *s, const struct engine_score_set *set,
                                size_t j, struct embed_request *const *reqs, size_t n)
{
    const struct engine_score_matrix *m = &set->m[j];
    struct engine_score_cursor cur = {0, 0};
    size_t staged;
    while ((staged = engine_score_stage(set, j, reqs, n, s->dim, &cur, s->queries, s->seq_req,
                                        s->seq_idx, s->chunk)) > 0)
        engine_score_flush(s, set, m, staged);
}

size_t engine_score_stage(const struct engine_score_set *set, size_t j,
                          struct embed_request *const *reqs, size_t n, size_t dim,
                          struct engine_score_cursor *cur, float *queries,
                          struct embed_request **seq_req, size_t *seq_idx, size_t cap)
{
    size_t staged = 0;
    for (; cur->i < n && staged < cap; cur->i++, cur->q = 0) {
        struct embed_request *r = reqs[cur->i];
        if (r->score_set != set || r->status != 0)
            continue;
        for (; cur->q < r->n_seqs && staged < cap; cur->q++) {
            if (!((r->score_mask[cur->q] >> j) & 1u))
                continue;
            engine_score_unit(r->out + cur->q * dim, dim, queries + staged * dim);
            seq_req[staged] = r;
            seq_idx[staged++] = cur->q;
        }
        if (cur->q < r->n_seqs)
            break; /* full: this request goes on at cur->q next time */
    }
    return staged;
}

static void engine_score_clear(struct embed_request *r)
{
    size_t n = r->n_seqs * r->score_set->pairs;
    for (size_t i = 0; i < n; i++)
        r->scores[i] = (struct engine_score){UINT32_MAX, -INFINITY};
}

void engine_score_clear_all(struct embed_request *const *reqs, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (reqs[i]->score_set && reqs[i]->status == 0)
            engine_score_clear(reqs[i]);
}

bool engine_score_wanted(struct embed_request *const *reqs, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (reqs[i]->score_set && reqs[i]->status == 0)
            return true;
    return false;
}

void engine_score_release(struct embed_request *const *reqs, size_t n)
{
    for (size_t i = 0; i < n; i++)
        engine_score_set_unref(reqs[i]->score_set);
}

void engine_scorer_run(struct engine_scorer *s, struct embed_request *const *reqs, size_t n)
{
    engine_score_clear_all(reqs, n);
    for (size_t i = 0; i < n; i++) {
        const struct engine_score_set *set = reqs[i]->score_set;
        if (!set)
            continue;
        size_t h = 0; /* the first request of this set scores them all */
        while (reqs[h]->score_set != set)
            h++;
        if (h < i)
            continue;
        for (size_t j = 0; j < set->n; j++)
            engine_score_matrix(s, set, j, reqs + i, n - i);
    }
    engine_score_release(reqs, n);
}
