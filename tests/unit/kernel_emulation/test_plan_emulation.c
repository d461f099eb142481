/* test_plan_emulation — the cuda backend's forward plan (embed/cuda_plan.h) run step by step on
 * the host: the kernels' shared per-element functions, the attention and pooling grids of
 * grid_emulation.h (the tiled attention kernel with RoPE fused into its staging where the plan
 * fuses it, and the simple kernel), and the CPU's GEMM for the GEMM steps, on the golden
 * fixtures' token ids; against model_forward and transformers' pooled vectors in float32, and
 * against transformers within the bf16 bound with the weights and every 16-bit buffer rounded
 * as the device holds them. ModernBERT (pre-norm, RoPE, GeGLU, local and global layers) and
 * BERT (post-norm, biases, learned positions, GELU, mean pooling). */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "embed/cuda_plan.h"
#include "embed/half.h"
#include "embed/linear.h"
#include "embed/model.h"
#include "grid_emulation.h"
#include "kernels/gelu.h"
#include "kernels/layernorm.h"
#include "kernels/rope.h"
#include "test_util.h"

#define PLAN_ABS_MAX 2e-5 /* pooled unit vectors; attention sums in another order */

/* float -> bf16 -> float, round to nearest even (what __float2bfloat16_rn does). */
static float round_bf16(float x)
{
    return half_bf16_to_f32(half_bf16_from_f32(x));
}

static void round_bf16_all(float *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        x[i] = round_bf16(x[i]);
}

/* A packed layer with its weights rounded to bf16 (embed/linear.h's panel layout unpacked). */
static void linear_bf16(const struct linear *src, struct linear *dst)
{
    float *w = malloc(src->out * src->in * sizeof(float));
    for (size_t r = 0; r < src->out; r++)
        for (size_t k = 0; k < src->in; k++)
            w[r * src->in + k] =
                round_bf16(src->panels[(r / LINEAR_PANEL) * src->in * LINEAR_PANEL +
                                       k * LINEAR_PANEL + r % LINEAR_PANEL]);
    linear_init(dst, w, src->bias, src->out, src->in);
    free(w);
}

/* Host buffers of the plan's activations, float32 throughout. */
struct plan_bufs {
    float *buf[CUDA_BUF_MAX];
    int32_t *pos;
};

/* The attention kernel the plan's ATTENTION steps emulate (the backend runs either). */
static attention_emulator plan_attention = emulate_attention_tiled;

static void plan_step_host(const struct model *m, const struct cuda_step *s, struct plan_bufs *hb,
                           const int32_t *ids, const struct packed *p, const size_t *floats,
                           bool bf16)
{
    const struct model_config *c = &m->cfg;
    size_t h = c->hidden, hd = c->head_dim, half = hd / 2, t = p->tokens;
    float *in = hb->buf[s->in], *out = hb->buf[s->out];
    const float *w, *b;
    switch (s->op) {
    case CUDA_OP_EMBED_NORM:
        cuda_plan_norm(m, s, &w, &b);
        for (size_t r = 0; r < t; r++) {
            const float *word = m->tok_emb + (size_t)ids[r] * h;
            for (size_t i = 0; i < h && m->pos_emb; i++) /* embedding_norm.cu's sum, BERT */
                out[r * h + i] = word[i] + m->type_emb[i] + m->pos_emb[(size_t)hb->pos[r] * h + i];
            layernorm_row(m->pos_emb ? out + r * h : word, out + r * h, w, b, h, c->norm_eps);
        }
        break;
    case CUDA_OP_NORM:
        cuda_plan_norm(m, s, &w, &b);
        for (size_t r = 0; r < t; r++)
            layernorm_row(in + r * h, out + r * h, w, b, h, c->norm_eps);
        break;
    case CUDA_OP_TO_DTYPE:
        memcpy(out, in, t * h * sizeof(float));
        break;
    case CUDA_OP_GEMM: {
        /* The device GEMM has no bias (a BIAS_ADD step follows); the packed copy fuses it. */
        struct linear plain = *cuda_plan_linear(m, s);
        plain.bias = NULL;
        CHECK_INT_EQ(plain.out, s->out_cols);
        CHECK_INT_EQ(plain.in, s->in_cols);
        linear_forward(&plain, in, s->in_cols, t, out, s->out_cols, s->accumulate);
        break;
    }
    case CUDA_OP_ROPE:
        for (size_t r = 0; r < t; r++)
            for (size_t head = 0; head < 2 * c->heads; head++) /* rope.cu: q heads, k heads */
                rope_row(out + r * 3 * h + head * hd,
                         m->rope_cos[s->rope_table] + (size_t)hb->pos[r] * half,
                         m->rope_sin[s->rope_table] + (size_t)hb->pos[r] * half, hd);
        break;
    case CUDA_OP_ATTENTION: {
        unsigned *writes = calloc(t * c->heads, sizeof(unsigned));
        plan_attention(in, out, writes, p, c->heads, hd, s->window_half);
        free(writes);
        break;
    }
    case CUDA_OP_GEGLU:
        for (size_t r = 0; r < t; r++)
            for (size_t i = 0; i < s->in_cols; i++)
                out[r * s->in_cols + i] = geglu(c->act, in[r * 2 * s->in_cols + i],
                                                in[r * 2 * s->in_cols + s->in_cols + i]);
        break;
    case CUDA_OP_GELU:
        for (size_t i = 0; i < t * s->in_cols; i++)
            out[i] = gelu_apply(c->act, out[i]);
        break;
    case CUDA_OP_BIAS_ADD: {
        const float *bias = cuda_plan_linear(m, s)->bias;
        for (size_t r = 0; r < t; r++)
            for (size_t i = 0; i < s->out_cols; i++)
                out[r * s->out_cols + i] += bias[i];
        break;
    }
    case CUDA_OP_POOL:
        emulate_pooling(in, p, h, c->pooling == MODEL_POOLING_MEAN, c->normalize, out);
        break;
    default:
        CHECK(!"unknown op");
    }
    bool f32 = s->out == CUDA_BUF_X || s->out == CUDA_BUF_HIDDEN || s->out == CUDA_BUF_POOLED;
    if (bf16 && !f32) /* what the device stores between steps */
        round_bf16_all(out, floats[s->out]);
}

/* golden.pooled.f32: transformers' pooled vectors for the fixture's texts. */
static float *golden_pooled(const char *name, size_t n, size_t h)
{
    char path[TEST_PATH_BYTES];
    test_source_path(path, sizeof(path), "tests/fixtures/golden/%s.pooled.f32", name);
    size_t len;
    float *v = (float *)test_read_file(path, &len);
    CHECK_INT_EQ(len, n * h * sizeof(float));
    return v;
}

/* bf16: the weights and every dtype buffer rounded as the device holds them; the pooled
 * vectors must then stay within test_cuda_golden's bf16 bound of transformers'. */
static void check_plan(const struct model *m, const char *name, const struct packed *p,
                       const int32_t *ids, bool bf16)
{
    const struct model_config *c = &m->cfg;
    size_t h = c->hidden, t = p->tokens;
    struct cuda_step *steps = malloc(CUDA_PLAN_STEPS_MAX * sizeof(*steps));
    size_t n = cuda_plan(m, steps);
    /* ModernBERT (no biases): 9 steps a layer + embeddings, final norm, pooling; BERT: 10 +
     * a bias add after each of the 4 GEMMs, and no final norm */
    CHECK_INT_EQ(n, cuda_plan_post_norm(m) ? c->layers * 14 + 2 : c->layers * 9 + 3);
    size_t floats[CUDA_BUF_MAX] = {
        [CUDA_BUF_X] = t * h,
        [CUDA_BUF_XN] = t * h,
        [CUDA_BUF_QKV] = t * 3 * h,
        [CUDA_BUF_ATTN] = t * h,
        [CUDA_BUF_MLP] = t * model_mlp_width(m),
        [CUDA_BUF_ACT] = t * c->intermediate,
        [CUDA_BUF_HIDDEN] = t * h,
        [CUDA_BUF_POOLED] = p->n_seqs * h,
    };
    struct plan_bufs hb = {.pos = malloc(t * sizeof(int32_t))};
    for (int b = 1; b < CUDA_BUF_MAX; b++)
        hb.buf[b] = calloc(floats[b], sizeof(float));
    for (size_t i = 0; i < p->n_seqs; i++)
        for (int32_t r = p->cu[i]; r < p->cu[i + 1]; r++)
            hb.pos[r] = r - p->cu[i];
    for (size_t i = 0; i < n; i++) {
        if (cuda_plan_rope_fused(steps, n, i, plan_attention == emulate_attention_tiled)) {
            emulated_rope_cos = m->rope_cos[steps[i].rope_table]; /* as cuda_forward runs it */
            emulated_rope_sin = m->rope_sin[steps[i].rope_table];
            continue;
        }
        plan_step_host(m, &steps[i], &hb, ids, p, floats, bf16);
        emulated_rope_cos = emulated_rope_sin = NULL;
    }
    free(steps);
    if (bf16) {
        float *gold = golden_pooled(name, p->n_seqs, h);
        double worst = 1.0;
        for (size_t i = 0; i < p->n_seqs; i++) {
            double cs = test_cosine(hb.buf[CUDA_BUF_POOLED] + i * h, gold + i * h, h);
            worst = cs < worst ? cs : worst;
        }
        printf("%s plan in bf16 on the host: worst cosine vs transformers %.7f\n", name, worst);
        CHECK(worst >= 0.9999);
        free(gold);
        for (int b = 1; b < CUDA_BUF_MAX; b++)
            free(hb.buf[b]);
        free(hb.pos);
        return;
    }
    struct model_scratch *s = model_scratch_new(m, t, p->n_seqs);
    float *cpu = malloc(p->n_seqs * h * sizeof(float)), *gold = golden_pooled(name, p->n_seqs, h);
    CHECK_INT_EQ(model_forward(m, s, ids, p->cu, p->n_seqs, NULL, cpu), 0);
    double worst_cpu = 0, worst_gold = 0;
    for (size_t i = 0; i < p->n_seqs * h; i++) {
        double d = fabs((double)hb.buf[CUDA_BUF_POOLED][i] - cpu[i]);
        double g = fabs((double)hb.buf[CUDA_BUF_POOLED][i] - gold[i]);
        worst_cpu = d > worst_cpu ? d : worst_cpu;
        worst_gold = g > worst_gold ? g : worst_gold;
    }
    if (!(worst_cpu <= PLAN_ABS_MAX && worst_gold <= PLAN_ABS_MAX))
        fprintf(stderr, "plan on the host: max |diff| %.3g vs cpu, %.3g vs golden\n", worst_cpu,
                worst_gold);
    CHECK(worst_cpu <= PLAN_ABS_MAX);
    CHECK(worst_gold <= PLAN_ABS_MAX);
    for (int b = 1; b < CUDA_BUF_MAX; b++)
        free(hb.buf[b]);
    free(hb.pos);
    free(cpu);
    free(gold);
    model_scratch_free(s);
}

/* The golden fixture's token ids, packed as golden_shape packs them. */
static int32_t *golden_ids(const char *name, const struct packed *p);

/* A copy of table rows [n] rounded to bf16 (owned by the caller), or NULL for NULL. */
static float *rounded_copy(const float *src, size_t n)
{
    if (!src)
        return NULL;
    float *dst = malloc(n * sizeof(float));
    for (size_t i = 0; i < n; i++)
        dst[i] = round_bf16(src[i]);
    return dst;
}

/* The plan with the weights the cuda backend uploads in bf16 (embedding tables, GEMM
 * matrices; norms and biases stay float32) and every bf16 buffer rounded. */
static void check_plan_bf16(const struct model *m, const char *name, const struct packed *p,
                            const int32_t *ids)
{
    const struct model_config *c = &m->cfg;
    struct model *mb = malloc(sizeof(*mb));
    *mb = *m;
    float *tok = rounded_copy(m->tok_emb, c->vocab * c->hidden);
    float *pos = rounded_copy(m->pos_emb, c->max_positions * c->hidden);
    float *type = rounded_copy(m->type_emb, c->hidden); /* row 0, the one used */
    mb->tok_emb = tok, mb->pos_emb = pos, mb->type_emb = type;
    for (size_t l = 0; l < c->layers; l++) {
        linear_bf16(&m->layers[l].qkv, &mb->layers[l].qkv);
        linear_bf16(&m->layers[l].o, &mb->layers[l].o);
        linear_bf16(&m->layers[l].up, &mb->layers[l].up);
        linear_bf16(&m->layers[l].down, &mb->layers[l].down);
    }
    check_plan(mb, name, p, ids, true);
    for (size_t l = 0; l < c->layers; l++) {
        linear_free(&mb->layers[l].qkv);
        linear_free(&mb->layers[l].o);
        linear_free(&mb->layers[l].up);
        linear_free(&mb->layers[l].down);
    }
    free(tok);
    free(pos);
    free(type);
    free(mb);
}

/* BERT's post-norm plan (biases, learned positions, GELU, no final norm, mean pooling). */
static void check_bert_plan(void)
{
    char dir[TEST_PATH_BYTES], err[256];
    test_source_path(dir, sizeof(dir), "tests/fixtures/bert-tiny");
    struct model *m;
    if (model_load(dir, &m, err, sizeof(err)) != 0) {
        fprintf(stderr, "model_load: %s\n", err);
        CHECK(false);
        return;
    }
    CHECK(cuda_plan_post_norm(m));
    struct packed p;
    golden_shape("bert-tiny", &p);
    int32_t *ids = golden_ids("bert-tiny", &p);
    check_plan(m, "bert-tiny", &p, ids, false);
    check_plan_bf16(m, "bert-tiny", &p, ids);
    free(ids);
    model_free(m);
}

static int32_t *golden_ids(const char *name, const struct packed *p)
{
    char path[TEST_PATH_BYTES];
    test_source_path(path, sizeof(path), "tests/fixtures/golden/%s.json", name);
    char *text = test_read_file(path, NULL);
    cJSON *root = cJSON_Parse(text);
    free(text);
    int32_t *ids = malloc(p->tokens * sizeof(int32_t));
    size_t off = 0;
    const cJSON *t, *id;
    cJSON_ArrayForEach(t, cJSON_GetObjectItem(root, "texts"))
        cJSON_ArrayForEach(id, cJSON_GetObjectItem(t, "ids")) ids[off++] = id->valueint;
    CHECK_INT_EQ(off, p->tokens);
    cJSON_Delete(root);
    return ids;
}

int main(void)
{
    char dir[TEST_PATH_BYTES], err[256];
    test_source_path(dir, sizeof(dir), "tests/fixtures/modernbert-tiny");
    struct model *m;
    if (model_load(dir, &m, err, sizeof(err)) != 0) {
        fprintf(stderr, "model_load: %s\n", err);
        return 1;
    }
    struct packed golden;
    golden_shape("modernbert-tiny", &golden);
    int32_t *ids = golden_ids("modernbert-tiny", &golden);
    for (size_t k = 0; k < 2; k++) {
        plan_attention = k == 0 ? emulate_attention_tiled : emulate_attention;
        check_plan(m, "modernbert-tiny", &golden, ids, false);
        check_plan_bf16(m, "modernbert-tiny", &golden, ids);
        check_bert_plan();
    }
    free(ids);
    model_free(m);
    return check_finish("test_plan_emulation");
}
