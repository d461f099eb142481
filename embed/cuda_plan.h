/* cuda_plan.h — the cuda backend's forward pass as data: the list of steps (op, input and
 * output buffer, weight, layer, flags) that cuda_forward (embed/cuda_forward.c) launches one
 * kernel or GEMM per step. Plain C with no CUDA dependency, so tests/unit/kernel_emulation runs
 * the very same plan on the host, each op through the kernels' shared functions and index
 * emulation, and compares the pooled vectors with the CPU backend's: the order of the ops,
 * the weights each one takes, the RoPE table and window of each layer and the fused residual
 * adds are checked without a GPU. Internal to embed/.
 *
 * Two layouts, told apart by what was loaded (not by an architecture's name):
 * pre-norm with rotary positions and a gated MLP (ModernBERT, as embed/modernbert.c computes it)
 *   x = LayerNorm(tok_emb[ids])
 *   per layer: xn = attn_norm(x) (layer 0: Identity, a copy to the GEMMs' dtype)
 *              qkv = xn Wqkv^T; RoPE(q, k) with the layer's table; attn = attention(qkv)
 *              x += attn Wo^T; xn = mlp_norm(x); mlp = xn Wi^T; act = GeGLU(mlp); x += act Wo2^T
 *   hidden = final_norm(x); pooled = pool(hidden) (+ L2 norm as the model says)
 * and post-norm with learned positions and a plain MLP (BERT, as embed/bert.c computes it)
 *   x = LayerNorm(tok_emb[ids] + type_emb[0] + pos_emb[pos])
 *   per layer: xn = x (to dtype); qkv = xn Wqkv^T; attn = attention(qkv) (global)
 *              x = attn_norm(x + attn Wo^T); xn = x; mlp = GELU(xn Wi^T); x = mlp_norm(x + mlp
 * Wo2^T) pooled = pool(x) Every GEMM whose layer has a bias is followed by a BIAS_ADD step on its
 * output. */
#ifndef BRIGADE_EMBED_CUDA_PLAN_H
#define BRIGADE_EMBED_CUDA_PLAN_H

#include <stdbool.h>
#include <stddef.h>

#include "embed/model_graph.h"

#define CUDA_PLAN_STEPS_PER_LAYER 14
#define CUDA_PLAN_STEPS_MAX       (MODEL_LAYERS_MAX * CUDA_PLAN_STEPS_PER_LAYER + 3)

enum cuda_op {
    CUDA_OP_EMBED_NORM, /* out = LayerNorm(tok_emb[ids]) */
    CUDA_OP_NORM,       /* out = LayerNorm(in) with the step's norm weights */
    CUDA_OP_TO_DTYPE,   /* out = in, converted (an Identity norm) */
    CUDA_OP_GEMM,       /* out (+)= in W^T */
    CUDA_OP_ROPE,       /* RoPE on out's q and k heads, in place */
    CUDA_OP_ATTENTION,  /* out = attention(in) */
    CUDA_OP_GEGLU,      /* out = act(in[:, :I]) * in[:, I:] */
    CUDA_OP_GELU,       /* out = act(out) in place over [tokens, I] */
    CUDA_OP_BIAS_ADD,   /* out += the bias of the step's GEMM weight */
    CUDA_OP_POOL,       /* out = pool(in) per sequence (+ L2 norm) */
    CUDA_OP_MAX,
};

/* Activation buffers; X, HIDDEN and POOLED are float32, the others the backend's dtype. */
enum cuda_buf {
    CUDA_BUF_NONE,
    CUDA_BUF_X,
    CUDA_BUF_XN,
    CUDA_BUF_QKV,
    CUDA_BUF_ATTN,
    CUDA_BUF_MLP,
    CUDA_BUF_ACT,
    CUDA_BUF_HIDDEN,
    CUDA_BUF_POOLED,
    CUDA_BUF_MAX,
};

enum cuda_weight {
    CUDA_WEIGHT_NONE,
    CUDA_WEIGHT_EMB_NORM,
    CUDA_WEIGHT_ATTN_NORM,
    CUDA_WEIGHT_MLP_NORM,
    CUDA_WEIGHT_FINAL_NORM,
    CUDA_WEIGHT_QKV, /* GEMMs: [3H, H], [H, H], [2I, H], [H, I] */
    CUDA_WEIGHT_O,
    CUDA_WEIGHT_UP,
    CUDA_WEIGHT_DOWN,
    CUDA_WEIGHT_MAX,
};

struct cuda_step {
    enum cuda_op op;
    enum cuda_buf in, out;
    enum cuda_weight weight;
    size_t layer;
    size_t out_cols, in_cols; /* GEMM: W is [out_cols, in_cols]; GEGLU: in_cols = I */
    bool accumulate;          /* GEMM: out += (the residual add, as beta = 1) */
    int rope_table;           /* ROPE: 0 global theta, 1 local */
    size_t window_half;       /* ATTENTION: 0 global, else |q - k| <= window_half */
};

/* Whether the model has the post-norm, learned-position, plain-MLP layout (BERT). */
static inline bool cuda_plan_post_norm(const struct model *m)
{
    return m->pos_emb != NULL && model_mlp_width(m) == m->cfg.intermediate;
}

/* The packed CPU copy of a GEMM or BIAS_ADD step's weight (its shape, its bias). */
static inline const struct linear *cuda_plan_linear(const struct model *m,
                                                    const struct cuda_step *s)
{
    const struct model_layer *l = &m->layers[s->layer];
    return s->weight == CUDA_WEIGHT_QKV  ? &l->qkv
           : s->weight == CUDA_WEIGHT_O  ? &l->o
           : s->weight == CUDA_WEIGHT_UP ? &l->up
                                         : &l->down;
}

/* A GEMM step, and the BIAS_ADD after it when the layer has a bias; returns the count. */
static inline size_t cuda_plan_dense(const struct model *m, size_t layer, enum cuda_weight w,
                                     enum cuda_buf in, enum cuda_buf out, bool accumulate,
                                     struct cuda_step *s)
{
    s[0] = (struct cuda_step){.op = CUDA_OP_GEMM,
                              .in = in,
                              .out = out,
                              .weight = w,
                              .layer = layer,
                              .accumulate = accumulate};
    const struct linear *l = cuda_plan_linear(m, &s[0]);
    s[0].out_cols = l->out;
    s[0].in_cols = l->in;
    if (!l->bias)
        return 1;
    s[1] = (struct cuda_step){
        .op = CUDA_OP_BIAS_ADD, .out = out, .weight = w, .layer = layer, .out_cols = l->out};
    return 2;
}

static inline struct cuda_step cuda_plan_norm_step(size_t layer, enum cuda_weight w,
                                                   enum cuda_buf in, enum cuda_buf out)
{
    return (struct cuda_step){
        .op = CUDA_OP_NORM, .in = in, .out = out, .weight = w, .layer = layer};
}

/* One pre-norm (ModernBERT) layer into s; returns how many steps. */
static inline size_t cuda_plan_layer_pre(const struct model *m, size_t l, struct cuda_step *s)
{
    const struct model_config *c = &m->cfg;
    size_t n = 0;
    bool global = c->layer_global[l];
    if (m->layers[l].attn_norm_w)
        s[n++] = cuda_plan_norm_step(l, CUDA_WEIGHT_ATTN_NORM, CUDA_BUF_X, CUDA_BUF_XN);
    else
        s[n++] = (struct cuda_step){
            .op = CUDA_OP_TO_DTYPE, .in = CUDA_BUF_X, .out = CUDA_BUF_XN, .layer = l};
    n += cuda_plan_dense(m, l, CUDA_WEIGHT_QKV, CUDA_BUF_XN, CUDA_BUF_QKV, false, s + n);
    s[n++] = (struct cuda_step){
        .op = CUDA_OP_ROPE, .out = CUDA_BUF_QKV, .layer = l, .rope_table = global ? 0 : 1};
    s[n++] = (struct cuda_step){.op = CUDA_OP_ATTENTION,
                                .in = CUDA_BUF_QKV,
                                .out = CUDA_BUF_ATTN,
                                .layer = l,
                                .window_half = global ? 0 : c->window_half};
    n += cuda_plan_dense(m, l, CUDA_WEIGHT_O, CUDA_BUF_ATTN, CUDA_BUF_X, true, s + n);
    s[n++] = cuda_plan_norm_step(l, CUDA_WEIGHT_MLP_NORM, CUDA_BUF_X, CUDA_BUF_XN);
    n += cuda_plan_dense(m, l, CUDA_WEIGHT_UP, CUDA_BUF_XN, CUDA_BUF_MLP, false, s + n);
    s[n++] = (struct cuda_step){.op = CUDA_OP_GEGLU,
                                .in = CUDA_BUF_MLP,
                                .out = CUDA_BUF_ACT,
                                .layer = l,
                                .in_cols = c->intermediate};
    n += cuda_plan_dense(m, l, CUDA_WEIGHT_DOWN, CUDA_BUF_ACT, CUDA_BUF_X, true, s + n);
    return n;
}

/* One post-norm (BERT) layer into s; returns how many steps. */
static inline size_t cuda_plan_layer_post(const struct model *m, size_t l, struct cuda_step *s)
{
    size_t n = 0;
    struct cuda_step to_dtype = {
        .op = CUDA_OP_TO_DTYPE, .in = CUDA_BUF_X, .out = CUDA_BUF_XN, .layer = l};
    s[n++] = to_dtype;
    n += cuda_plan_dense(m, l, CUDA_WEIGHT_QKV, CUDA_BUF_XN, CUDA_BUF_QKV, false, s + n);
    s[n++] = (struct cuda_step){
        .op = CUDA_OP_ATTENTION, .in = CUDA_BUF_QKV, .out = CUDA_BUF_ATTN, .layer = l};
    n += cuda_plan_dense(m, l, CUDA_WEIGHT_O, CUDA_BUF_ATTN, CUDA_BUF_X, true, s + n);
    s[n++] = cuda_plan_norm_step(l, CUDA_WEIGHT_ATTN_NORM, CUDA_BUF_X, CUDA_BUF_X);
    s[n++] = to_dtype;
    n += cuda_plan_dense(m, l, CUDA_WEIGHT_UP, CUDA_BUF_XN, CUDA_BUF_MLP, false, s + n);
    s[n++] = (struct cuda_step){
        .op = CUDA_OP_GELU, .out = CUDA_BUF_MLP, .layer = l, .in_cols = m->cfg.intermediate};
    n += cuda_plan_dense(m, l, CUDA_WEIGHT_DOWN, CUDA_BUF_MLP, CUDA_BUF_X, true, s + n);
    s[n++] = cuda_plan_norm_step(l, CUDA_WEIGHT_MLP_NORM, CUDA_BUF_X, CUDA_BUF_X);
    return n;
}

/* The whole forward pass into steps (CUDA_PLAN_STEPS_MAX of room); returns the count. */
static inline size_t cuda_plan(const struct model *m, struct cuda_step *steps)
{
    size_t n = 0;
    bool post = cuda_plan_post_norm(m);
    steps[n++] = (struct cuda_step){
        .op = CUDA_OP_EMBED_NORM, .out = CUDA_BUF_X, .weight = CUDA_WEIGHT_EMB_NORM};
    for (size_t l = 0; l < m->cfg.layers; l++)
        n += post ? cuda_plan_layer_post(m, l, steps + n) : cuda_plan_layer_pre(m, l, steps + n);
    enum cuda_buf last = CUDA_BUF_X;
    if (m->final_norm_w) {
        steps[n++] = cuda_plan_norm_step(0, CUDA_WEIGHT_FINAL_NORM, CUDA_BUF_X, CUDA_BUF_HIDDEN);
        last = CUDA_BUF_HIDDEN;
    }
    steps[n++] = (struct cuda_step){.op = CUDA_OP_POOL, .in = last, .out = CUDA_BUF_POOLED};
    return n;
}

/* Whether step i, a ROPE step, is left to the ATTENTION step after it: the tiled kernel rotates
 * q and k as it stages them (attention_tiled_cuda), which saves a pass over qkv. The plan
 * keeps both steps (its meaning does not depend on the kernel); the runner of the plan, on the
 * device and in the host emulation, skips the ROPE step and hands its table to the next. */
static inline bool cuda_plan_rope_fused(const struct cuda_step *steps, size_t n, size_t i,
                                        bool tiled_attention)
{
    return tiled_attention && steps[i].op == CUDA_OP_ROPE && i + 1 < n &&
           steps[i + 1].op == CUDA_OP_ATTENTION;
}

/* The norm weight and bias a NORM or EMBED_NORM step takes (bias NULL when none). */
static inline void cuda_plan_norm(const struct model *m, const struct cuda_step *s, const float **w,
                                  const float **b)
{
    const struct model_layer *l = &m->layers[s->layer];
    switch (s->weight) {
    case CUDA_WEIGHT_EMB_NORM:
        *w = m->emb_norm_w, *b = m->emb_norm_b;
        break;
    case CUDA_WEIGHT_ATTN_NORM:
        *w = l->attn_norm_w, *b = l->attn_norm_b;
        break;
    case CUDA_WEIGHT_MLP_NORM:
        *w = l->mlp_norm_w, *b = l->mlp_norm_b;
        break;
    default:
        *w = m->final_norm_w, *b = m->final_norm_b;
        break;
    }
}

#endif
