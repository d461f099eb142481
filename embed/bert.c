/* bert.c — BERT encoder (post-norm), as transformers' modeling_bert.py computes it:
 * x = LayerNorm(word[id] + position[pos] + token_type[0]); per layer:
 * x = LN1(x + Wo(attn(Wq x, Wk x, Wv x))); x = LN2(x + Wo2(gelu(Wi x))). All biases present. */
#include <stdio.h>
#include <string.h>

#include "embed/embed_assert.h"
#include "embed/model_arch.h"
#include "embed/model_attention.h"
#include "embed/model_config_json.h"
#include "embed/model_ops.h"
#include "kernels/gelu.h"
#include "kernels/layernorm.h"

#define BERT_PREFIX_MAX 64

static int bert_config(const cJSON *root, struct model_config *cfg, char *err, size_t err_len)
{
    const cJSON *pe = cJSON_GetObjectItemCaseSensitive(root, "position_embedding_type");
    if (cJSON_IsString(pe) && strcmp(pe->valuestring, "absolute") != 0)
        return model_config_fail(err, err_len,
                                 "config.json: position_embedding_type \"%s\" unsupported",
                                 pe->valuestring);
    if (model_config_act(root, "hidden_act", &cfg->act, err, err_len) ||
        model_config_size(root, "max_position_embeddings", 512, MODEL_POSITIONS_MAX,
                          &cfg->max_positions, err, err_len) ||
        model_config_size(root, "type_vocab_size", 2, MODEL_VOCAB_MAX, &cfg->type_vocab, err,
                          err_len) ||
        model_config_float(root, "layer_norm_eps", 1e-12f, &cfg->norm_eps, err, err_len))
        return -1;
    cfg->norm_bias = cfg->attention_bias = cfg->mlp_bias = true;
    for (size_t i = 0; i < cfg->layers; i++)
        cfg->layer_global[i] = true;
    cfg->pooling = MODEL_POOLING_MEAN;
    cfg->normalize = true;
    return 0;
}

static void load_layer(struct model_loader *ld, size_t i)
{
    const struct model_config *c = &ld->m->cfg;
    struct model_layer *l = &ld->m->layers[i];
    size_t h = c->hidden, in = c->intermediate;
    char p[BERT_PREFIX_MAX], name[MODEL_TENSOR_NAME_MAX];
    snprintf(p, sizeof(p), "encoder.layer.%zu.", i);
    char qkv_w[3][MODEL_TENSOR_NAME_MAX], qkv_b[3][MODEL_TENSOR_NAME_MAX];
    static const char *parts[3] = {"query", "key", "value"};
    for (int k = 0; k < 3; k++) {
        snprintf(qkv_w[k], sizeof(qkv_w[k]), "%sattention.self.%s.weight", p, parts[k]);
        snprintf(qkv_b[k], sizeof(qkv_b[k]), "%sattention.self.%s.bias", p, parts[k]);
    }
    const char *wn[3] = {qkv_w[0], qkv_w[1], qkv_w[2]}, *bn[3] = {qkv_b[0], qkv_b[1], qkv_b[2]};
    /* Stacked [q; k; v] rows give the [T, 3, heads, head_dim] layout model_attention reads. */
    l->wqkv = model_weight_stack(ld, wn, 3, h, h);
    l->bqkv = model_weight_stack(ld, bn, 3, h, 0);
#define W(field, suffix, d0, d1)                                                                   \
    (snprintf(name, sizeof(name), "%s%s", p, suffix), l->field = model_weight(ld, name, d0, d1))
    W(wo, "attention.output.dense.weight", h, h);
    W(bo, "attention.output.dense.bias", h, 0);
    W(attn_norm_w, "attention.output.LayerNorm.weight", h, 0);
    W(attn_norm_b, "attention.output.LayerNorm.bias", h, 0);
    W(wi, "intermediate.dense.weight", in, h);
    W(bi, "intermediate.dense.bias", in, 0);
    W(wo2, "output.dense.weight", h, in);
    W(bo2, "output.dense.bias", h, 0);
    W(mlp_norm_w, "output.LayerNorm.weight", h, 0);
    W(mlp_norm_b, "output.LayerNorm.bias", h, 0);
#undef W
}

static int bert_load(struct model_loader *ld)
{
    struct model *m = ld->m;
    const struct model_config *c = &m->cfg;
    m->tok_emb = model_weight(ld, "embeddings.word_embeddings.weight", c->vocab, c->hidden);
    m->pos_emb =
        model_weight(ld, "embeddings.position_embeddings.weight", c->max_positions, c->hidden);
    m->type_emb =
        model_weight(ld, "embeddings.token_type_embeddings.weight", c->type_vocab, c->hidden);
    m->emb_norm_w = model_weight(ld, "embeddings.LayerNorm.weight", c->hidden, 0);
    m->emb_norm_b = model_weight(ld, "embeddings.LayerNorm.bias", c->hidden, 0);
    for (size_t i = 0; i < c->layers && !ld->failed; i++)
        load_layer(ld, i);
    return ld->failed ? -1 : 0;
}

struct embed_job {
    const struct model *m;
    struct model_scratch *s;
    const int32_t *ids;
};

/* Embedding rows [lo, hi): gather, sum, LayerNorm; split over threads by model_rows_run. */
static void embed_rows(void *arg, size_t lo, size_t hi)
{
    const struct embed_job *j = arg;
    const struct model *m = j->m;
    const struct model_scratch *s = j->s;
    size_t h = m->cfg.hidden;
    for (size_t t = lo; t < hi; t++) {
        const float *word = m->tok_emb + (size_t)j->ids[t] * h;
        const float *pos = m->pos_emb + (size_t)s->pos[t] * h;
        float *row = s->x + t * h;
        for (size_t i = 0; i < h; i++)
            row[i] = word[i] + m->type_emb[i] + pos[i]; /* token_type 0; transformers' order */
        layernorm_row(row, row, m->emb_norm_w, m->emb_norm_b, h, m->cfg.norm_eps);
    }
}

static void bert_forward(const struct model *m, struct model_scratch *s,
                         const struct model_batch *b, float *out)
{
    const struct model_config *c = &m->cfg;
    size_t h = c->hidden, in = c->intermediate, tokens = b->tokens;
    EMBED_ASSERT(c->arch == MODEL_ARCH_BERT);
    struct embed_job embed = {.m = m, .s = s, .ids = b->ids};
    model_rows_run(tokens, h, embed_rows, &embed);
    for (size_t i = 0; i < c->layers; i++) {
        const struct model_layer *l = &m->layers[i];
        /* Biases are fused into the packed layers: x + (dense(.) + bias), then LayerNorm. */
        model_linear(&l->qkv, s->x, h, tokens, s->qkv, 3 * h, false);
        model_attention(m, s, b, 0);
        model_linear(&l->o, s->attn, h, tokens, s->x, h, true);
        model_layernorm(s->x, s->x, tokens, h, l->attn_norm_w, l->attn_norm_b, c->norm_eps);
        model_linear(&l->up, s->x, h, tokens, s->mlp, in, false);
        model_gelu(c->act, s->mlp, tokens, in, in);
        model_linear(&l->down, s->mlp, in, tokens, s->x, h, true);
        model_layernorm(s->x, s->x, tokens, h, l->mlp_norm_w, l->mlp_norm_b, c->norm_eps);
    }
    memcpy(out, s->x, tokens * h * sizeof(float));
}

const struct model_arch model_arch_bert = {
    .id = MODEL_ARCH_BERT,
    .model_type = "bert",
    .classes = {"BertModel", "BertForMaskedLM", NULL},
    .tensor_prefix = "bert.", /* BertForMaskedLM checkpoints */
    .gated_mlp = false,
    .config = bert_config,
    .load = bert_load,
    .forward = bert_forward,
};
