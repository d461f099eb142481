/* model.c — a model directory loaded and run through its architecture's table entry
 * (embed/model_arch.h): config, weights, tokenizer, scratch, batch checks, pooling.
 * See model.h and model_graph.h. */
#include "embed/model.h"

#include <stdio.h>
#include <stdlib.h>

#include "embed/embed_assert.h"
#include "embed/model_arch.h"
#include "embed/model_graph.h"
#include "embed/model_ops.h"
#include "embed/model_weights.h"

#define MODEL_PATH_MAX 4096

size_t model_mlp_width(const struct model *m)
{
    return m->arch->gated_mlp ? 2 * m->cfg.intermediate : m->cfg.intermediate;
}

static int load_parts(struct model *m, const char *dir, char *err, size_t err_len)
{
    if (model_config_load(dir, &m->cfg, err, err_len) != 0)
        return -1;
    m->arch = model_arch_get(m->cfg.arch);
    char path[MODEL_PATH_MAX];
    snprintf(path, sizeof(path), "%s/model.safetensors", dir);
    if (safetensors_open(path, &m->st, err, err_len) != 0)
        return -1;
    struct model_loader ld = {
        .m = m, .alt_prefix = m->arch->tensor_prefix, .err = err, .err_len = err_len};
    if (m->arch->load(&ld) != 0)
        return -1;
    model_weights_pack(m);
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

struct model_scratch *model_scratch_new(const struct model *m, size_t tokens_max, size_t seqs_max)
{
    EMBED_ASSERT(tokens_max >= 1);
    EMBED_ASSERT(seqs_max >= 1);
    size_t h = m->cfg.hidden, mw = model_mlp_width(m);
    size_t keys_max = tokens_max < m->cfg.max_positions ? tokens_max : m->cfg.max_positions;
    size_t score_parts = model_threads();
    size_t score_floats = score_parts * MODEL_ATTN_QUERY_BLOCK * keys_max;
    size_t floats = tokens_max * (h * 6 + mw) + score_floats;
    struct model_scratch *s = calloc(1, sizeof(*s));
    EMBED_OOM_CHECK(s);
    s->block = malloc(floats * sizeof(float) + tokens_max * sizeof(int32_t));
    EMBED_OOM_CHECK(s->block);
    s->tokens_max = tokens_max;
    s->seqs_max = seqs_max;
    s->keys_max = keys_max;
    s->score_parts = score_parts;
    float *p = s->block;
    s->x = p;
    s->xn = s->x + tokens_max * h;
    s->qkv = s->xn + tokens_max * h;
    s->attn = s->qkv + tokens_max * 3 * h;
    s->mlp = s->attn + tokens_max * h;
    s->scores = s->mlp + tokens_max * mw;
    s->pos = (int32_t *)(s->scores + score_floats);
    return s;
}

void model_scratch_free(struct model_scratch *s)
{
    if (!s)
        return;
    free(s->block);
    free(s);
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

int model_forward(const struct model *m, struct model_scratch *s, const int32_t *ids,
                  const int32_t *cu_seqlens, size_t n_seqs, float *hidden_out, float *pooled_out)
{
    EMBED_ASSERT(m && s && ids && cu_seqlens);
    EMBED_ASSERT(pooled_out);
    if (batch_check(m, s, ids, cu_seqlens, n_seqs) != 0)
        return -1;
    struct model_batch b = {.ids = ids,
                            .cu_seqlens = cu_seqlens,
                            .n_seqs = n_seqs,
                            .tokens = (size_t)cu_seqlens[n_seqs]};
    for (size_t i = 0; i < n_seqs; i++)
        for (int32_t t = cu_seqlens[i]; t < cu_seqlens[i + 1]; t++)
            s->pos[t] = t - cu_seqlens[i];
    float *out = hidden_out ? hidden_out : s->xn;
    m->arch->forward(m, s, &b, out);
    model_pool(m, out, &b, pooled_out);
    return 0;
}
