/* model.c — model directory loading, weights, scratch, shared graph pieces and pooling;
 * see model.h and model_graph.h. */
#include "embed/model.h"

#include <cblas.h>
#include <errno.h>
#include <stdalign.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "embed/embed_assert.h"
#include "embed/model_graph.h"
#include "embed/pool.h"
#include "kernels/attention_window.h"
#include "kernels/pooling.h"
#include "kernels/rope.h"
#include "kernels/softmax.h"

#define MODEL_PATH_MAX 4096

static void load_fail(struct model_loader *ld, const char *fmt, ...)
{
    if (ld->failed)
        return; /* keep the first, most specific message */
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(ld->err, ld->err_len, fmt, ap);
    va_end(ap);
    ld->failed = true;
}

static const struct safetensors_tensor *find_tensor(struct model_loader *ld, const char *name)
{
    const struct safetensors_tensor *t = safetensors_find(ld->m->st, name);
    if (t || !ld->alt_prefix)
        return t;
    char alt[MODEL_TENSOR_NAME_MAX * 2];
    snprintf(alt, sizeof(alt), "%s%s", ld->alt_prefix, name);
    return safetensors_find(ld->m->st, alt);
}

static float *owned_new(struct model *m, size_t n)
{
    EMBED_ASSERT(m->owned_count < MODEL_WEIGHTS_MAX);
    float *p = malloc(n * sizeof(float));
    EMBED_OOM_CHECK(p);
    m->owned[m->owned_count++] = p;
    return p;
}

/* Checks t against [d0] / [d0, d1] and a float dtype; converts into dst (NULL: return a
 * pointer into the mapping when F32 and aligned, else an owned copy). */
static const float *tensor_f32(struct model_loader *ld, const struct safetensors_tensor *t,
                               size_t d0, size_t d1, float *dst)
{
    size_t ndim = d1 ? 2 : 1;
    if (t->ndim != ndim || (size_t)t->shape[0] != d0 || (d1 && (size_t)t->shape[1] != d1)) {
        load_fail(ld, "tensor '%s': shape [%lld%s%lld] (%zu dims), expected [%zu, %zu]", t->name,
                  (long long)t->shape[0], t->ndim > 1 ? ", " : "",
                  t->ndim > 1 ? (long long)t->shape[1] : 0LL, t->ndim, d0, d1);
        return NULL;
    }
    if (t->dtype != SAFETENSORS_DTYPE_F32 && t->dtype != SAFETENSORS_DTYPE_F16 &&
        t->dtype != SAFETENSORS_DTYPE_BF16) {
        load_fail(ld, "tensor '%s': dtype %s, expected F32, F16 or BF16", t->name,
                  safetensors_dtype_name(t->dtype));
        return NULL;
    }
    bool aligned = ((uintptr_t)t->data % alignof(float)) == 0;
    if (!dst && t->dtype == SAFETENSORS_DTYPE_F32 && aligned)
        return t->data;
    if (!dst)
        dst = owned_new(ld->m, t->numel);
    EMBED_ASSERT(safetensors_to_f32(t, dst) == 0);
    return dst;
}

const float *model_weight(struct model_loader *ld, const char *name, size_t d0, size_t d1)
{
    if (ld->failed)
        return NULL;
    const struct safetensors_tensor *t = find_tensor(ld, name);
    if (!t) {
        load_fail(ld, "model.safetensors: missing tensor '%s'", name);
        return NULL;
    }
    return tensor_f32(ld, t, d0, d1, NULL);
}

const float *model_weight_stack(struct model_loader *ld, const char *const *names, size_t count,
                                size_t d0, size_t d1)
{
    if (ld->failed)
        return NULL;
    size_t each = d0 * (d1 ? d1 : 1);
    float *dst = owned_new(ld->m, each * count);
    for (size_t i = 0; i < count && !ld->failed; i++) {
        const struct safetensors_tensor *t = find_tensor(ld, names[i]);
        if (!t)
            load_fail(ld, "model.safetensors: missing tensor '%s'", names[i]);
        else
            tensor_f32(ld, t, d0, d1, dst + i * each);
    }
    return ld->failed ? NULL : dst;
}

/* cos/sin tables for both thetas, positions [0, max_positions). */
static void rope_tables(struct model *m)
{
    size_t half = m->cfg.head_dim / 2;
    m->rope_positions = m->cfg.max_positions;
    float theta[2] = {m->cfg.rope_theta_global, m->cfg.rope_theta_local};
    for (int k = 0; k < 2; k++) {
        m->rope_cos[k] = owned_new(m, m->rope_positions * half);
        m->rope_sin[k] = owned_new(m, m->rope_positions * half);
        for (size_t p = 0; p < m->rope_positions; p++)
            for (size_t i = 0; i < half; i++)
                rope_angle(p, i, m->cfg.head_dim, theta[k], &m->rope_cos[k][p * half + i],
                           &m->rope_sin[k][p * half + i]);
    }
}

static size_t mlp_width(const struct model_config *cfg)
{
    return cfg->arch == MODEL_ARCH_MODERNBERT ? 2 * cfg->intermediate : cfg->intermediate;
}

/* The source of a packed matrix is no longer read: an owned copy is freed; pages of the
 * mapping are dropped from the resident set (a private read-only file mapping: the kernel
 * would read them back from the file if they were ever touched again). Without this the
 * weights would be resident twice, mapping and packed copy. */
static void weight_release(struct model *m, const float *w, size_t n)
{
    for (size_t i = 0; i < m->owned_count; i++) {
        if (m->owned[i] == w) {
            free(m->owned[i]);
            m->owned[i] = NULL;
            return;
        }
    }
    uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
    uintptr_t lo = ((uintptr_t)w + page - 1) / page * page;
    uintptr_t hi = ((uintptr_t)(w + n)) / page * page;
    if (hi > lo)
        madvise((void *)lo, hi - lo, MADV_DONTNEED); /* advice only: failure changes nothing */
}

static void pack_one(struct model *m, struct linear *l, const float **w, const float *bias,
                     size_t out, size_t in)
{
    linear_init(l, *w, bias, out, in);
    weight_release(m, *w, out * in);
    *w = NULL;
}

/* Every layer's matrices into the kernels' panel layout, one at a time so that the peak
 * resident size is the packed weights plus one source matrix. */
static void pack_layers(struct model *m)
{
    size_t h = m->cfg.hidden, mw = mlp_width(&m->cfg), in = m->cfg.intermediate;
    for (size_t i = 0; i < m->cfg.layers; i++) {
        struct model_layer *l = &m->layers[i];
        pack_one(m, &l->qkv, &l->wqkv, l->bqkv, 3 * h, h);
        pack_one(m, &l->o, &l->wo, l->bo, h, h);
        pack_one(m, &l->up, &l->wi, l->bi, mw, h);
        pack_one(m, &l->down, &l->wo2, l->bo2, h, in);
    }
}

static int load_parts(struct model *m, const char *dir, char *err, size_t err_len)
{
    if (model_config_load(dir, &m->cfg, err, err_len) != 0)
        return -1;
    char path[MODEL_PATH_MAX];
    snprintf(path, sizeof(path), "%s/model.safetensors", dir);
    if (safetensors_open(path, &m->st, err, err_len) != 0)
        return -1;
    struct model_loader ld = {.m = m, .err = err, .err_len = err_len};
    int rc;
    if (m->cfg.arch == MODEL_ARCH_MODERNBERT) {
        rc = modernbert_load(&ld);
        if (rc == 0)
            rope_tables(m);
    } else {
        ld.alt_prefix = "bert.";
        rc = bert_load(&ld);
    }
    if (rc != 0)
        return -1;
    pack_layers(m);
    snprintf(path, sizeof(path), "%s/tokenizer.json", dir);
    if (tokenizer_load(path, &m->tok, err, err_len) != 0)
        return -1;
    if (tokenizer_vocab_size(m->tok) > m->cfg.vocab) {
        snprintf(err, err_len, "tokenizer vocabulary %zu larger than the model's %zu",
                 tokenizer_vocab_size(m->tok), m->cfg.vocab);
        return -1;
    }
    return 0;
}

int model_load(const char *dir, struct model **out, char *err, size_t err_len)
{
    EMBED_ASSERT(dir && out);
    *out = NULL;
    struct model *m = calloc(1, sizeof(*m));
    EMBED_OOM_CHECK(m);
    if (load_parts(m, dir, err, err_len) != 0) {
        model_free(m);
        return -1;
    }
    m->info = (struct model_info){
        .arch = m->cfg.arch,
        .pooling = m->cfg.pooling,
        .normalize = m->cfg.normalize,
        .hidden = m->cfg.hidden,
        .layers = m->cfg.layers,
        .heads = m->cfg.heads,
        .max_positions = m->cfg.max_positions,
    };
    *out = m;
    return 0;
}

void model_free(struct model *m)
{
    if (!m)
        return;
    for (size_t i = 0; i < m->owned_count; i++)
        free(m->owned[i]);
    for (size_t i = 0; i < MODEL_LAYERS_MAX; i++) {
        struct model_layer *l = &m->layers[i];
        struct linear *packed[] = {&l->qkv, &l->o, &l->up, &l->down};
        for (size_t k = 0; k < sizeof(packed) / sizeof(packed[0]); k++)
            linear_free(packed[k]); /* free(NULL) for layers never packed */
    }
    if (m->tok)
        tokenizer_free(m->tok);
    safetensors_close(m->st);
    free(m);
}

const struct model_info *model_info(const struct model *m)
{
    return &m->info;
}

const struct tokenizer *model_tokenizer(const struct model *m)
{
    return m->tok;
}

void model_set_threads(size_t threads)
{
    EMBED_ASSERT(threads >= 1);
    openblas_set_num_threads((int)threads);
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
    /* OpenBLAS's count is the one knob callers already set (and OPENBLAS_NUM_THREADS). */
    int threads = openblas_get_num_threads();
    size_t parts = threads < 1 ? 1 : (size_t)threads;
    parts = parts < POOL_THREADS_MAX ? parts : POOL_THREADS_MAX;
    parts = parts < l->panel_count ? parts : l->panel_count;
    struct linear_job job = {
        .l = l, .x = x, .y = y, .ldx = ldx, .rows = rows, .ldy = ldy, .accumulate = accumulate};
    pool_run(parts, linear_part, &job);
}

struct model_scratch *model_scratch_new(const struct model *m, size_t tokens_max, size_t seqs_max)
{
    EMBED_ASSERT(tokens_max >= 1);
    EMBED_ASSERT(seqs_max >= 1);
    size_t h = m->cfg.hidden;
    size_t floats =
        tokens_max * (h * 6 + mlp_width(&m->cfg)) + (size_t)MODEL_ATTN_QUERY_BLOCK * tokens_max;
    struct model_scratch *s = calloc(1, sizeof(*s));
    EMBED_OOM_CHECK(s);
    s->block = malloc(floats * sizeof(float) + tokens_max * sizeof(int32_t));
    EMBED_OOM_CHECK(s->block);
    s->tokens_max = tokens_max;
    s->seqs_max = seqs_max;
    float *p = s->block;
    s->x = p;
    s->xn = s->x + tokens_max * h;
    s->qkv = s->xn + tokens_max * h;
    s->attn = s->qkv + tokens_max * 3 * h;
    s->mlp = s->attn + tokens_max * h;
    s->scores = s->mlp + tokens_max * mlp_width(&m->cfg);
    s->pos = (int32_t *)(s->scores + (size_t)MODEL_ATTN_QUERY_BLOCK * tokens_max);
    return s;
}

void model_scratch_free(struct model_scratch *s)
{
    if (!s)
        return;
    free(s->block);
    free(s);
}

/* One tile: queries [q0, q1) of a sequence of len tokens, one head. Q/K/V point at the
 * sequence's first row of that head (row stride 3H); out at its first output row (stride H).
 * Keys outside a query's window get probability 0, so P V over the tile's key span is exact. */
static void attention_tile(const struct model *m, struct model_scratch *s, const float *q,
                           const float *k, const float *v, float *out, size_t len, size_t q0,
                           size_t q1, size_t window_half)
{
    size_t hd = m->cfg.head_dim, ld = 3 * m->cfg.hidden;
    size_t lo, hi, unused;
    attention_window(q0, len, window_half, &lo, &unused);
    attention_window(q1 - 1, len, window_half, &unused, &hi);
    size_t keys = hi - lo, rows = q1 - q0;
    float scale = 1.0f / sqrtf((float)hd);
    cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, (int)rows, (int)keys, (int)hd, scale,
                q + q0 * ld, (int)ld, k + lo * ld, (int)ld, 0.0f, s->scores, (int)keys);
    for (size_t r = 0; r < rows; r++) {
        float *row = s->scores + r * keys;
        size_t wlo, whi;
        attention_window(q0 + r, len, window_half, &wlo, &whi);
        for (size_t j = lo; j < wlo; j++)
            row[j - lo] = 0.0f;
        softmax_row(row + (wlo - lo), whi - wlo);
        for (size_t j = whi; j < hi; j++)
            row[j - lo] = 0.0f;
    }
    cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, (int)rows, (int)hd, (int)keys, 1.0f,
                s->scores, (int)keys, v + lo * ld, (int)ld, 0.0f, out + q0 * m->cfg.hidden,
                (int)m->cfg.hidden);
}

void model_attention(const struct model *m, struct model_scratch *s, const int32_t *cu_seqlens,
                     size_t n_seqs, size_t window_half)
{
    size_t h = m->cfg.hidden, hd = m->cfg.head_dim, ld = 3 * h;
    for (size_t i = 0; i < n_seqs; i++) {
        size_t start = (size_t)cu_seqlens[i], len = (size_t)(cu_seqlens[i + 1] - cu_seqlens[i]);
        for (size_t head = 0; head < m->cfg.heads; head++) {
            const float *q = s->qkv + start * ld + head * hd;
            float *out = s->attn + start * h + head * hd;
            for (size_t q0 = 0; q0 < len; q0 += MODEL_ATTN_QUERY_BLOCK) {
                size_t q1 = q0 + MODEL_ATTN_QUERY_BLOCK < len ? q0 + MODEL_ATTN_QUERY_BLOCK : len;
                attention_tile(m, s, q, q + h, q + 2 * h, out, len, q0, q1, window_half);
            }
        }
    }
}

/* Rejects what the scratch or the model cannot hold; the packed layout must be well formed. */
static int batch_check(const struct model *m, const struct model_scratch *s, const int32_t *ids,
                       const int32_t *cu_seqlens, size_t n_seqs)
{
    if (n_seqs == 0 || n_seqs > s->seqs_max || cu_seqlens[0] != 0)
        return -1;
    for (size_t i = 0; i < n_seqs; i++) {
        int64_t len = (int64_t)cu_seqlens[i + 1] - cu_seqlens[i];
        if (len < 1 || (size_t)len > m->cfg.max_positions)
            return -1;
    }
    size_t tokens = (size_t)cu_seqlens[n_seqs];
    if (tokens > s->tokens_max)
        return -1;
    for (size_t t = 0; t < tokens; t++)
        if (ids[t] < 0 || (size_t)ids[t] >= m->cfg.vocab)
            return -1;
    return 0;
}

static void pool(const struct model *m, const float *hidden, const int32_t *cu_seqlens,
                 size_t n_seqs, float *pooled)
{
    size_t h = m->cfg.hidden;
    for (size_t i = 0; i < n_seqs; i++) {
        const float *first = hidden + (size_t)cu_seqlens[i] * h;
        size_t len = (size_t)(cu_seqlens[i + 1] - cu_seqlens[i]);
        if (m->cfg.pooling == MODEL_POOLING_CLS)
            memcpy(pooled + i * h, first, h * sizeof(float));
        else
            pooling_mean_rows(first, h, len, h, pooled + i * h);
        if (m->cfg.normalize)
            l2norm_row(pooled + i * h, h);
    }
}

int model_forward(const struct model *m, struct model_scratch *s, const int32_t *ids,
                  const int32_t *cu_seqlens, size_t n_seqs, float *hidden_out, float *pooled_out)
{
    EMBED_ASSERT(m && s && ids && cu_seqlens);
    EMBED_ASSERT(pooled_out);
    if (batch_check(m, s, ids, cu_seqlens, n_seqs) != 0)
        return -1;
    size_t tokens = (size_t)cu_seqlens[n_seqs];
    for (size_t i = 0; i < n_seqs; i++)
        for (int32_t t = cu_seqlens[i]; t < cu_seqlens[i + 1]; t++)
            s->pos[t] = t - cu_seqlens[i];
    float *out = hidden_out ? hidden_out : s->xn;
    if (m->cfg.arch == MODEL_ARCH_MODERNBERT)
        modernbert_forward(m, s, ids, tokens, cu_seqlens, n_seqs, out);
    else
        bert_forward(m, s, ids, tokens, cu_seqlens, n_seqs, out);
    pool(m, out, cu_seqlens, n_seqs, pooled_out);
    return 0;
}
