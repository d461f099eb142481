/* cuda_forward.c — the encoder on the device: the steps of embed/cuda_plan.h (the ModernBERT
 * forward pass as data, also run on the host by tests/unit/kernel_emulation), each launched
 * as its kernels/ entry point on one stream, GEMMs on cuBLASLt with the residual add as
 * beta = 1; and the arena's layout (cuda_arena_layout), which sizes every activation from the
 * batch limits. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "embed/cuda_backend.h"
#include "embed/embed_assert.h"
#include "kernels/attention_cuda.h"
#include "kernels/attention_tile.h"
#include "kernels/attention_tiled_cuda.h"
#include "kernels/bias_add_cuda.h"
#include "kernels/convert_cuda.h"
#include "kernels/embedding_norm_cuda.h"
#include "kernels/geglu_cuda.h"
#include "kernels/layernorm_cuda.h"
#include "kernels/pooling_cuda.h"
#include "kernels/rope_cuda.h"

void cuda_arena_layout(const struct model *m, enum kernel_dtype dtype, size_t tokens_max,
                       size_t seqs_max, struct cuda_bump *b, struct cuda_arena *a)
{
    size_t h = m->cfg.hidden, el = cuda_dtype_bytes(dtype), t = tokens_max;
    a->tokens_max = tokens_max;
    a->seqs_max = seqs_max;
    a->x = cuda_bump_take(b, t * h * sizeof(float));
    a->xn = cuda_bump_take(b, t * h * el);
    a->qkv = cuda_bump_take(b, t * 3 * h * el);
    a->attn = cuda_bump_take(b, t * h * el);
    a->mlp = cuda_bump_take(b, t * model_mlp_width(m) * el);
    a->act = cuda_bump_take(b, t * m->cfg.intermediate * el);
    a->hidden = cuda_bump_take(b, t * h * sizeof(float));
    a->workspace = cuda_bump_take(b, GEMM_LT_WORKSPACE_BYTES);
    for (size_t s = 0; s < CUDA_BACKEND_SLOTS; s++) {
        a->in[s].ids = cuda_bump_take(b, t * sizeof(int32_t));
        a->in[s].pos = cuda_bump_take(b, t * sizeof(int32_t));
        a->in[s].cu_seqlens = cuda_bump_take(b, (seqs_max + 1) * sizeof(int32_t));
        a->pooled[s] = cuda_bump_take(b, seqs_max * h * sizeof(float));
    }
}

const char *cuda_attention_name(enum cuda_attention a)
{
    return a == CUDA_ATTENTION_SIMPLE ? "simple" : "tiled";
}

int cuda_attention_choose(const char *requested, size_t head_dim, size_t smem_optin,
                          enum cuda_attention *out, char *msg, size_t msg_len)
{
    bool fits =
        attention_tile_supported(head_dim) && attention_tile_smem_bytes(head_dim) <= smem_optin;
    if (!requested || !requested[0]) {
        *out = fits ? CUDA_ATTENTION_TILED : CUDA_ATTENTION_SIMPLE;
        return 0;
    }
    if (strcmp(requested, "simple") == 0) {
        *out = CUDA_ATTENTION_SIMPLE;
        return 0;
    }
    if (strcmp(requested, "tiled") != 0) {
        snprintf(msg, msg_len, "%s='%.32s': tiled or simple", CUDA_ATTENTION_ENV, requested);
        return -ENOTSUP;
    }
    if (!fits) {
        snprintf(msg, msg_len,
                 "%s=tiled: head_dim %zu needs a multiple of 4 up to %d and %zu bytes of shared "
                 "memory per block (the device grants %zu)",
                 CUDA_ATTENTION_ENV, head_dim, ATTENTION_HEAD_DIM_MAX,
                 attention_tile_smem_bytes(head_dim), smem_optin);
        return -ENOTSUP;
    }
    *out = CUDA_ATTENTION_TILED;
    return 0;
}

static void *cuda_buf(const struct cuda_arena *a, const struct cuda_batch *batch, enum cuda_buf b)
{
    switch (b) {
    case CUDA_BUF_X:
        return a->x;
    case CUDA_BUF_XN:
        return a->xn;
    case CUDA_BUF_QKV:
        return a->qkv;
    case CUDA_BUF_ATTN:
        return a->attn;
    case CUDA_BUF_MLP:
        return a->mlp;
    case CUDA_BUF_ACT:
        return a->act;
    case CUDA_BUF_HIDDEN:
        return a->hidden;
    case CUDA_BUF_POOLED:
        return batch->pooled;
    default:
        EMBED_ASSERT(!"a step without that buffer");
        return NULL;
    }
}

/* The device copies of a NORM/EMBED_NORM step's weight and bias (cuda_plan_norm's). */
static void cuda_norm_weights(const struct cuda_weights *w, const struct cuda_step *s,
                              const float **weight, const float **bias)
{
    const struct cuda_layer *l = &w->layers[s->layer];
    switch (s->weight) {
    case CUDA_WEIGHT_EMB_NORM:
        *weight = w->emb_norm_w, *bias = w->emb_norm_b;
        break;
    case CUDA_WEIGHT_ATTN_NORM:
        *weight = l->attn_norm_w, *bias = l->attn_norm_b;
        break;
    case CUDA_WEIGHT_MLP_NORM:
        *weight = l->mlp_norm_w, *bias = l->mlp_norm_b;
        break;
    default:
        *weight = w->final_norm_w, *bias = w->final_norm_b;
        break;
    }
}

/* The device bias of a BIAS_ADD step (its GEMM weight's). */
static const float *cuda_gemm_bias(const struct cuda_weights *w, const struct cuda_step *s)
{
    const struct cuda_layer *l = &w->layers[s->layer];
    return s->weight == CUDA_WEIGHT_QKV  ? l->bqkv
           : s->weight == CUDA_WEIGHT_O  ? l->bo
           : s->weight == CUDA_WEIGHT_UP ? l->bi
                                         : l->bo2;
}

static const void *cuda_gemm_weight(const struct cuda_weights *w, const struct cuda_step *s)
{
    const struct cuda_layer *l = &w->layers[s->layer];
    return s->weight == CUDA_WEIGHT_QKV  ? l->wqkv
           : s->weight == CUDA_WEIGHT_O  ? l->wo
           : s->weight == CUDA_WEIGHT_UP ? l->wi
                                         : l->wo2;
}

/* The buffer's element type: float32 for the residual stream, the final states, the pooled
 * vectors; the backend's dtype for what GEMMs read and write. */
static enum kernel_dtype cuda_buf_dtype(enum cuda_buf b, enum kernel_dtype dtype)
{
    return b == CUDA_BUF_X || b == CUDA_BUF_HIDDEN || b == CUDA_BUF_POOLED ? KERNEL_DTYPE_F32
                                                                           : dtype;
}

/* Launches one step; returns its CUDA status (GEMMs: cudaErrorUnknown, with the cuBLASLt
 * status in *blas). */
static cudaError_t cuda_step_run(const struct cuda_forward_ctx *f, const struct cuda_batch *b,
                                 const struct cuda_step *s, const struct cuda_step *fused_rope,
                                 cublasStatus_t *blas)
{
    const struct model_config *c = &f->m->cfg;
    const struct cuda_arena *a = f->a;
    enum kernel_dtype dt = f->w->dtype;
    size_t h = c->hidden, t = b->tokens;
    const float *w, *bias;
    void *out = cuda_buf(a, b, s->out);
    switch (s->op) {
    case CUDA_OP_EMBED_NORM:
        cuda_norm_weights(f->w, s, &w, &bias);
        return embedding_norm_cuda(b->in->ids, b->in->pos, f->w->tok_emb, f->w->pos_emb,
                                   f->w->type_emb, w, bias, out, t, h, c->norm_eps, dt, f->stream);
    case CUDA_OP_NORM:
        cuda_norm_weights(f->w, s, &w, &bias);
        return layernorm_cuda(cuda_buf(a, b, s->in), out, w, bias, NULL, t, h, c->norm_eps,
                              cuda_buf_dtype(s->out, dt), f->stream);
    case CUDA_OP_TO_DTYPE:
        return convert_cuda(cuda_buf(a, b, s->in), out, t * h, dt, f->stream);
    case CUDA_OP_GEMM:
        *blas = gemm_lt_run(f->gemm, cuda_buf(a, b, s->in), s->in_cols, t,
                            cuda_gemm_weight(f->w, s), s->out_cols, s->in_cols, out, s->out_cols,
                            s->accumulate ? 1.0f : 0.0f, dt, cuda_buf_dtype(s->out, dt), f->stream);
        return *blas == CUBLAS_STATUS_SUCCESS ? cudaSuccess : cudaErrorUnknown;
    case CUDA_OP_ROPE:
        return rope_cuda(out, b->in->pos, f->w->rope_cos[s->rope_table],
                         f->w->rope_sin[s->rope_table], t, c->heads, c->head_dim, dt, f->stream);
    case CUDA_OP_ATTENTION:
        if (f->attention == CUDA_ATTENTION_TILED)
            return attention_tiled_cuda(cuda_buf(a, b, s->in), out, b->in->cu_seqlens, b->n_seqs,
                                        b->max_seqlen, c->heads, c->head_dim, s->window_half,
                                        fused_rope ? f->w->rope_cos[fused_rope->rope_table] : NULL,
                                        fused_rope ? f->w->rope_sin[fused_rope->rope_table] : NULL,
                                        dt, f->stream);
        return attention_cuda(cuda_buf(a, b, s->in), out, b->in->cu_seqlens, b->n_seqs,
                              b->max_seqlen, c->heads, c->head_dim, s->window_half, dt, f->stream);
    case CUDA_OP_GEGLU:
        return geglu_cuda(cuda_buf(a, b, s->in), out, NULL, t, s->in_cols, c->act, dt, f->stream);
    case CUDA_OP_GELU:
        return gelu_bias_cuda(out, NULL, t, s->in_cols, c->act, dt, f->stream);
    case CUDA_OP_BIAS_ADD:
        return bias_add_cuda(out, cuda_gemm_bias(f->w, s), t, s->out_cols,
                             cuda_buf_dtype(s->out, dt), f->stream);
    case CUDA_OP_POOL:
        return pooling_cuda(cuda_buf(a, b, s->in), b->in->cu_seqlens, b->n_seqs, h,
                            c->pooling == MODEL_POOLING_MEAN, c->normalize, out, KERNEL_DTYPE_F32,
                            f->stream);
    default:
        EMBED_ASSERT(!"unknown cuda_op");
        return cudaErrorInvalidValue;
    }
}

static const char *const cuda_op_names[CUDA_OP_MAX] = {
    [CUDA_OP_EMBED_NORM] = "embeddings",
    [CUDA_OP_NORM] = "layernorm",
    [CUDA_OP_TO_DTYPE] = "convert",
    [CUDA_OP_GEMM] = "GEMM",
    [CUDA_OP_ROPE] = "rope",
    [CUDA_OP_ATTENTION] = "attention",
    [CUDA_OP_GEGLU] = "geglu",
    [CUDA_OP_GELU] = "gelu",
    [CUDA_OP_BIAS_ADD] = "bias add",
    [CUDA_OP_POOL] = "pooling",
};
_Static_assert(CUDA_OP_POOL + 1 == CUDA_OP_MAX, "every op has a name above");

int cuda_forward(const struct cuda_forward_ctx *f, const struct cuda_batch *b, char *msg,
                 size_t msg_len)
{
    EMBED_ASSERT(b->tokens >= 1 && b->tokens <= f->a->tokens_max);
    EMBED_ASSERT(b->n_seqs >= 1 && b->n_seqs <= f->a->seqs_max);
    EMBED_ASSERT(b->pooled != NULL); /* the slot's: the arena has one per slot */
    bool tiled = f->attention == CUDA_ATTENTION_TILED;
    const struct cuda_step *fused_rope = NULL; /* the ROPE step the next attention runs */
    for (size_t i = 0; i < f->n_steps; i++) {
        const struct cuda_step *s = &f->steps[i];
        cublasStatus_t blas = CUBLAS_STATUS_SUCCESS;
        cudaError_t e = f->marks ? cudaEventRecord(f->marks[i], f->stream) : cudaSuccess;
        if (e == cudaSuccess && cuda_plan_rope_fused(f->steps, f->n_steps, i, tiled)) {
            fused_rope = s;
            continue;
        }
        if (e == cudaSuccess)
            e = cuda_step_run(f, b, s, fused_rope, &blas);
        fused_rope = NULL;
        if (e == cudaSuccess)
            continue;
        char what[96];
        snprintf(what, sizeof(what), "%s (step %zu, layer %zu)", cuda_op_names[s->op], i, s->layer);
        return blas != CUBLAS_STATUS_SUCCESS ? cuda_fail_blas(msg, msg_len, what, (int)blas)
                                             : cuda_fail(msg, msg_len, what, e);
    }
    if (f->marks) {
        cudaError_t e = cudaEventRecord(f->marks[f->n_steps], f->stream);
        if (e != cudaSuccess)
            return cuda_fail(msg, msg_len, "profile mark", e);
    }
    return 0;
}

const char *cuda_step_kind(const struct cuda_step *s)
{
    if (s->op == CUDA_OP_GEMM)
        return s->weight == CUDA_WEIGHT_QKV  ? "GEMM qkv"
               : s->weight == CUDA_WEIGHT_O  ? "GEMM out"
               : s->weight == CUDA_WEIGHT_UP ? "GEMM up"
                                             : "GEMM down";
    if (s->op == CUDA_OP_ATTENTION)
        return s->window_half ? "attention local" : "attention global";
    return cuda_op_names[s->op];
}
