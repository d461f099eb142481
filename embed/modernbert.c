/* modernbert.c — ModernBERT encoder, as transformers' modeling_modernbert.py computes it:
 * tok_embeddings -> LayerNorm; per layer (pre-norm): x += Wo(attn(RoPE(Wqkv(attn_norm(x)))));
 * x += Wo2(gelu(in) * gate) with [in | gate] = Wi(mlp_norm(x)); then final_norm.
 * Layer 0's attn_norm is Identity. Global layers use rope_theta_global and full attention,
 * local layers rope_theta_local and the |q - k| <= local_attention / 2 window. */
#include <stdio.h>
#include <string.h>

#include "embed/embed_assert.h"
#include "embed/model_arch.h"
#include "embed/model_attention.h"
#include "embed/model_config_json.h"
#include "embed/model_ops.h"
#include "kernels/gelu.h"
#include "kernels/layernorm.h"
#include "kernels/rope.h"

/* rope_theta of one layer type: rope_parameters[type].rope_theta, else the legacy key. */
static int parse_theta(const cJSON *root, const char *type, const char *legacy, float def,
                       float *out, char *err, size_t err_len)
{
    const cJSON *rp = cJSON_GetObjectItemCaseSensitive(root, "rope_parameters");
    const cJSON *t = cJSON_IsObject(rp) ? cJSON_GetObjectItemCaseSensitive(rp, type) : NULL;
    if (cJSON_IsObject(t)) {
        const cJSON *kind = cJSON_GetObjectItemCaseSensitive(t, "rope_type");
        if (cJSON_IsString(kind) && strcmp(kind->valuestring, "default") != 0)
            return model_config_fail(err, err_len,
                                     "config.json: rope_type \"%s\" unsupported (default)",
                                     kind->valuestring);
        const cJSON *theta = cJSON_GetObjectItemCaseSensitive(t, "rope_theta");
        if (cJSON_IsNumber(theta) && theta->valuedouble > 1.0) {
            *out = (float)theta->valuedouble;
            return 0;
        }
    }
    const cJSON *rs = cJSON_GetObjectItemCaseSensitive(root, "rope_scaling");
    if (rs && !cJSON_IsNull(rs))
        return model_config_fail(err, err_len, "config.json: rope_scaling unsupported");
    return model_config_float(root, legacy, def, out, err, err_len);
}

static int parse_layer_types(const cJSON *root, struct model_config *cfg, char *err, size_t err_len)
{
    const cJSON *types = cJSON_GetObjectItemCaseSensitive(root, "layer_types");
    if (cJSON_IsArray(types)) {
        if ((size_t)cJSON_GetArraySize(types) != cfg->layers)
            return model_config_fail(err, err_len,
                                     "config.json: layer_types has %d entries for %zu layers",
                                     cJSON_GetArraySize(types), cfg->layers);
        for (size_t i = 0; i < cfg->layers; i++) {
            const cJSON *t = cJSON_GetArrayItem(types, (int)i);
            const char *s = cJSON_IsString(t) ? t->valuestring : "";
            if (strcmp(s, "full_attention") == 0)
                cfg->layer_global[i] = true;
            else if (strcmp(s, "sliding_attention") == 0)
                cfg->layer_global[i] = false;
            else
                return model_config_fail(err, err_len,
                                         "config.json: layer_types[%zu] \"%s\" unsupported", i, s);
        }
        return 0;
    }
    size_t every = 0; /* set by json_size on success; -O3 cannot see through its error path */
    if (model_config_size(root, "global_attn_every_n_layers", 3, MODEL_LAYERS_MAX, &every, err,
                          err_len))
        return -1;
    for (size_t i = 0; i < cfg->layers; i++)
        cfg->layer_global[i] = i % every == 0;
    return 0;
}

static int modernbert_config(const cJSON *root, struct model_config *cfg, char *err, size_t err_len)
{
    if (model_config_act(root, "hidden_activation", &cfg->act, err, err_len) ||
        model_config_size(root, "max_position_embeddings", 8192, MODEL_POSITIONS_MAX,
                          &cfg->max_positions, err, err_len) ||
        model_config_float(root, "norm_eps", 1e-5f, &cfg->norm_eps, err, err_len) ||
        parse_layer_types(root, cfg, err, err_len) ||
        parse_theta(root, "full_attention", "global_rope_theta", 160000.0f, &cfg->rope_theta_global,
                    err, err_len) ||
        parse_theta(root, "sliding_attention", "local_rope_theta", 10000.0f, &cfg->rope_theta_local,
                    err, err_len))
        return -1;
    size_t local = 0; /* set by json_size on success */
    if (model_config_size(root, "local_attention", 128, MODEL_POSITIONS_MAX, &local, err, err_len))
        return -1;
    cfg->window_half = local / 2; /* transformers: config.sliding_window = local_attention // 2 */
    if (cfg->window_half == 0)
        return model_config_fail(err, err_len, "config.json: local_attention %zu too small", local);
    cfg->norm_bias = model_config_bool(root, "norm_bias", false);
    cfg->attention_bias = model_config_bool(root, "attention_bias", false);
    cfg->mlp_bias = model_config_bool(root, "mlp_bias", false);
    cfg->pooling = MODEL_POOLING_CLS;
    cfg->normalize = true;
    return 0;
}

static int load_layer(struct model_loader *ld, size_t i)
{
    const struct model_config *c = &ld->m->cfg;
    struct model_layer *l = &ld->m->layers[i];
    size_t h = c->hidden, in = c->intermediate;
    char name[MODEL_TENSOR_NAME_MAX];
#define W(field, suffix, d0, d1)                                                                   \
    (snprintf(name, sizeof(name), "layers.%zu.%s", i, suffix),                                     \
     l->field = model_weight(ld, name, d0, d1))
#define B(field, suffix, flag, d0)                                                                 \
    (snprintf(name, sizeof(name), "layers.%zu.%s", i, suffix),                                     \
     l->field = (flag) ? model_weight(ld, name, d0, 0) : NULL)
    if (i > 0) {
        W(attn_norm_w, "attn_norm.weight", h, 0);
        B(attn_norm_b, "attn_norm.bias", c->norm_bias, h);
    }
    W(wqkv, "attn.Wqkv.weight", 3 * h, h);
    B(bqkv, "attn.Wqkv.bias", c->attention_bias, 3 * h);
    W(wo, "attn.Wo.weight", h, h);
    B(bo, "attn.Wo.bias", c->attention_bias, h);
    W(mlp_norm_w, "mlp_norm.weight", h, 0);
    B(mlp_norm_b, "mlp_norm.bias", c->norm_bias, h);
    W(wi, "mlp.Wi.weight", 2 * in, h);
    B(bi, "mlp.Wi.bias", c->mlp_bias, 2 * in);
    W(wo2, "mlp.Wo.weight", h, in);
    B(bo2, "mlp.Wo.bias", c->mlp_bias, h);
#undef W
#undef B
    return ld->failed ? -1 : 0;
}

/* cos/sin tables for both thetas, positions [0, max_positions). */
static void rope_tables(struct model *m)
{
    size_t half = m->cfg.head_dim / 2;
    m->rope_positions = m->cfg.max_positions;
    float theta[2] = {m->cfg.rope_theta_global, m->cfg.rope_theta_local};
    for (int k = 0; k < 2; k++) {
        m->rope_cos[k] = model_owned_new(m, m->rope_positions * half);
        m->rope_sin[k] = model_owned_new(m, m->rope_positions * half);
        for (size_t p = 0; p < m->rope_positions; p++)
            for (size_t i = 0; i < half; i++)
                rope_angle(p, i, m->cfg.head_dim, theta[k], &m->rope_cos[k][p * half + i],
                           &m->rope_sin[k][p * half + i]);
    }
}

static int modernbert_load(struct model_loader *ld)
{
    struct model *m = ld->m;
    const struct model_config *c = &m->cfg;
    m->tok_emb = model_weight(ld, "embeddings.tok_embeddings.weight", c->vocab, c->hidden);
    m->emb_norm_w = model_weight(ld, "embeddings.norm.weight", c->hidden, 0);
    if (c->norm_bias)
        m->emb_norm_b = model_weight(ld, "embeddings.norm.bias", c->hidden, 0);
    m->final_norm_w = model_weight(ld, "final_norm.weight", c->hidden, 0);
    if (c->norm_bias)
        m->final_norm_b = model_weight(ld, "final_norm.bias", c->hidden, 0);
    for (size_t i = 0; i < c->layers && !ld->failed; i++)
        load_layer(ld, i);
    if (ld->failed)
        return -1;
    rope_tables(m);
    return 0;
}

struct modernbert_rows_job {
    const struct model *m;
    struct model_scratch *s;
    const int32_t *ids;
    int table; /* RoPE: 0 global theta, 1 local */
};

/* RoPE on the query and key heads of tokens [lo, hi), each at its own position. */
static void rotate_qk_rows(void *arg, size_t lo, size_t hi)
{
    const struct modernbert_rows_job *j = arg;
    const struct model *m = j->m;
    const struct model_scratch *s = j->s;
    size_t h = m->cfg.hidden, hd = m->cfg.head_dim, half = hd / 2;
    const float *cos_t = m->rope_cos[j->table], *sin_t = m->rope_sin[j->table];
    for (size_t t = lo; t < hi; t++) {
        const float *cs = cos_t + (size_t)s->pos[t] * half;
        const float *sn = sin_t + (size_t)s->pos[t] * half;
        float *row = s->qkv + t * 3 * h;
        for (size_t head = 0; head < 2 * m->cfg.heads; head++) /* q heads then k heads */
            rope_row(row + head * hd, cs, sn, hd);
    }
}

/* Embedding rows [lo, hi): gather and LayerNorm. */
static void embed_rows(void *arg, size_t lo, size_t hi)
{
    const struct modernbert_rows_job *j = arg;
    const struct model *m = j->m;
    size_t h = m->cfg.hidden;
    for (size_t t = lo; t < hi; t++)
        layernorm_row(m->tok_emb + (size_t)j->ids[t] * h, j->s->x + t * h, m->emb_norm_w,
                      m->emb_norm_b, h, m->cfg.norm_eps);
}

static void layer_forward(const struct model *m, struct model_scratch *s, size_t i,
                          const struct model_batch *b)
{
    size_t tokens = b->tokens;
    const struct model_config *c = &m->cfg;
    const struct model_layer *l = &m->layers[i];
    size_t h = c->hidden, in = c->intermediate;
    const float *attn_in = s->x;
    if (l->attn_norm_w) {
        model_layernorm(s->x, s->xn, tokens, h, l->attn_norm_w, l->attn_norm_b, c->norm_eps);
        attn_in = s->xn;
    }
    model_linear(&l->qkv, attn_in, h, tokens, s->qkv, 3 * h, false);
    bool global = c->layer_global[i];
    struct modernbert_rows_job rope = {.m = m, .s = s, .table = global ? 0 : 1};
    model_rows_run(tokens, 2 * h, rotate_qk_rows, &rope);
    model_attention(m, s, b, global ? 0 : c->window_half);
    model_linear(&l->o, s->attn, h, tokens, s->x, h, true); /* the residual add */

    model_layernorm(s->x, s->xn, tokens, h, l->mlp_norm_w, l->mlp_norm_b, c->norm_eps);
    model_linear(&l->up, s->xn, h, tokens, s->mlp, 2 * in, false);
    model_geglu(c->act, s->mlp, tokens, 2 * in, in); /* act(input) * gate: the input half */
    model_linear(&l->down, s->mlp, 2 * in, tokens, s->x, h, true);
}

static void modernbert_forward(const struct model *m, struct model_scratch *s,
                               const struct model_batch *b, float *out)
{
    const struct model_config *c = &m->cfg;
    size_t h = c->hidden, tokens = b->tokens;
    EMBED_ASSERT(c->arch == MODEL_ARCH_MODERNBERT);
    struct modernbert_rows_job embed = {.m = m, .s = s, .ids = b->ids};
    model_rows_run(tokens, h, embed_rows, &embed);
    for (size_t i = 0; i < c->layers; i++)
        layer_forward(m, s, i, b);
    model_layernorm(s->x, out, tokens, h, m->final_norm_w, m->final_norm_b, c->norm_eps);
}

const struct model_arch model_arch_modernbert = {
    .id = MODEL_ARCH_MODERNBERT,
    .model_type = "modernbert",
    .classes = {"ModernBertModel", "ModernBertForMaskedLM", NULL},
    .tensor_prefix = NULL,
    .gated_mlp = true,
    .config = modernbert_config,
    .load = modernbert_load,
    .forward = modernbert_forward,
};
