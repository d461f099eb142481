/* menu_matrix.c — the menu's embedding matrix, GEMM top-k, and the published slot. */
#include "embed/menu_matrix.h"

#include <cblas.h>
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "embed/embed_assert.h"
#include "embed/refcount.h"
#include "kernels/pooling.h"
#include "kernels/topk.h"

_Static_assert(MENU_MATRIX_ROWS_MAX <= UINT32_MAX, "row indices are uint32_t");

/* Length of s[0..len) without a trailing, incomplete UTF-8 character (snprintf cuts bytes). */
static size_t menu_matrix_utf8_cut(const char *s, size_t len)
{
    size_t start = len;
    while (start > 0 && ((unsigned char)s[start - 1] & 0xc0) == 0x80)
        start--;
    if (start == 0)
        return len; /* only continuation bytes: not UTF-8, leave the bytes alone */
    unsigned char lead = (unsigned char)s[start - 1];
    size_t need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
    return start - 1 + need <= len ? len : start - 1;
}

size_t menu_matrix_compose(enum menu_matrix_text mode, const char *name, const char *description,
                           char *out, size_t out_cap)
{
    EMBED_ASSERT(mode < MENU_MATRIX_TEXT_MAX);
    EMBED_ASSERT(out_cap >= 1);
    bool with_desc = mode == MENU_MATRIX_TEXT_NAME_DESCRIPTION && description && *description;
    int n = with_desc ? snprintf(out, out_cap, "%s. %s", name, description)
                      : snprintf(out, out_cap, "%s", name);
    EMBED_ASSERT(n >= 0);
    size_t len = (size_t)n;
    if (len >= out_cap) {
        len = menu_matrix_utf8_cut(out, out_cap - 1);
        out[len] = '\0';
    }
    return len;
}

int menu_matrix_from_rows(const float *rows, size_t n, size_t dim, struct menu_matrix **out)
{
    if (n == 0 || n > MENU_MATRIX_ROWS_MAX || dim == 0 || dim > MENU_MATRIX_DIM_MAX)
        return -EINVAL;
    struct menu_matrix *m = calloc(1, sizeof(*m));
    EMBED_OOM_CHECK(m);
    m->data = malloc(n * dim * sizeof(float));
    EMBED_OOM_CHECK(m->data);
    memcpy(m->data, rows, n * dim * sizeof(float));
    for (size_t i = 0; i < n; i++)
        l2norm_row(m->data + i * dim, dim);
    m->rows = n;
    m->dim = dim;
    atomic_init(&m->refs, 1);
    *out = m;
    return 0;
}

int menu_matrix_build(struct engine *e, const char *const *texts, size_t n,
                      struct menu_matrix **out)
{
    size_t dim = engine_dim(e);
    if (n == 0 || n > MENU_MATRIX_ROWS_MAX)
        return -EINVAL;
    float *rows = malloc(n * dim * sizeof(float));
    EMBED_OOM_CHECK(rows);
    int rc = engine_embed_sync(e, texts, n, rows);
    if (rc == 0)
        rc = menu_matrix_from_rows(rows, n, dim, out);
    free(rows);
    return rc;
}

void menu_matrix_ref(struct menu_matrix *m)
{
    refcount_take(&m->refs);
}

void menu_matrix_unref(struct menu_matrix *m)
{
    if (!m || !refcount_drop(&m->refs))
        return;
    free(m->data);
    free(m);
}

size_t menu_matrix_scratch_floats(const struct menu_matrix *m, size_t n_queries)
{
    return n_queries * m->rows;
}

/* Keeps the k best (score desc, index asc) of one row of scores (kernels/topk.h: the same
 * insertion the CUDA top-2 kernel runs). */
static void menu_matrix_select(const float *scores, size_t rows, size_t k, uint32_t *idx,
                               float *best)
{
    size_t have = 0;
    for (size_t r = 0; r < rows; r++)
        topk_insert(best, idx, &have, k, scores[r], (uint32_t)r);
}

size_t menu_matrix_topk(const struct menu_matrix *m, const float *queries, size_t n, size_t k,
                        uint32_t *out_idx, float *out_score, float *scratch)
{
    EMBED_ASSERT(k >= 1 && k <= MENU_MATRIX_TOPK_MAX);
    EMBED_ASSERT(m->rows >= 1);
    if (n == 0)
        return k < m->rows ? k : m->rows;
    /* scores[n x rows] = queries[n x dim] . data[rows x dim]^T */
    cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, (int)n, (int)m->rows, (int)m->dim, 1.0f,
                queries, (int)m->dim, m->data, (int)m->dim, 0.0f, scratch, (int)m->rows);
    size_t kk = k < m->rows ? k : m->rows;
    for (size_t q = 0; q < n; q++)
        menu_matrix_select(scratch + q * m->rows, m->rows, kk, out_idx + q * k, out_score + q * k);
    return kk;
}

void menu_matrix_slot_init(struct menu_matrix_slot *s)
{
    pthread_mutex_init(&s->lock, NULL);
    s->current = NULL;
    s->version = 0;
}

void menu_matrix_slot_free(struct menu_matrix_slot *s)
{
    menu_matrix_unref(s->current);
    s->current = NULL;
    pthread_mutex_destroy(&s->lock);
}

struct menu_matrix *menu_matrix_slot_acquire(struct menu_matrix_slot *s, uint64_t *version)
{
    pthread_mutex_lock(&s->lock);
    struct menu_matrix *m = s->current;
    if (m)
        menu_matrix_ref(m);
    if (version)
        *version = s->version;
    pthread_mutex_unlock(&s->lock);
    return m;
}

uint64_t menu_matrix_slot_publish(struct menu_matrix_slot *s, struct menu_matrix *m)
{
    EMBED_ASSERT(m != NULL);
    pthread_mutex_lock(&s->lock);
    struct menu_matrix *old = s->current;
    s->current = m;
    uint64_t v = ++s->version;
    pthread_mutex_unlock(&s->lock);
    menu_matrix_unref(old); /* outside the lock: the free can take a while */
    return v;
}
