/* cuda_forward.c — the ModernBERT encoder on the device, op by op as embed/modernbert.c runs it
 * on the CPU (same order, same residual adds), each op a kernels/ entry point on one stream:
 *   x = LayerNorm(tok_emb[ids])                                  embedding_norm (fused gather)
 *   per layer: qkv = attn_norm(x) Wqkv^T; RoPE(q, k); a = attention(qkv, window)
 *              x += a Wo^T                                       GEMM with beta 1 (fused add)
 *              [in | gate] = mlp_norm(x) Wi^T; x += GeGLU(in, gate) Wo2^T
 *   hidden = final_norm(x); pooled = pool(hidden) (+ L2 norm)
 * and the arena's layout (cuda_arena_layout), which sizes every activation from the batch
 * limits. */
#include <errno.h>
#include <stdio.h>

#include "embed/cuda_backend.h"
#include "embed/embed_assert.h"
#include "kernels/attention_cuda.h"
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
    a->pooled = cuda_bump_take(b, seqs_max * h * sizeof(float));
    a->workspace = cuda_bump_take(b, GEMM_LT_WORKSPACE_BYTES);
    for (size_t s = 0; s < CUDA_BACKEND_SLOTS; s++) {
        a->in[s].ids = cuda_bump_take(b, t * sizeof(int32_t));
        a->in[s].pos = cuda_bump_take(b, t * sizeof(int32_t));
        a->in[s].cu_seqlens = cuda_bump_take(b, (seqs_max + 1) * sizeof(int32_t));
    }
}

/* Bails out of the calling function with -EIO and a message naming the op and the layer. */
#define FWD_TRY(what, call)                                                                        \
    do {                                                                                           \
        cudaError_t fwd_err_ = (call);                                                             \
        if (fwd_err_ != cudaSuccess) {                                                             \
            snprintf(what_buf, sizeof(what_buf), "%s (layer %zu)", what, layer);                   \
            return cuda_fail(msg, msg_len, what_buf, fwd_err_);                                    \
        }                                                                                          \
    } while (0)
#define FWD_GEMM(what, call)                                                                       \
    do {                                                                                           \
        cublasStatus_t fwd_st_ = (call);                                                           \
        if (fwd_st_ != CUBLAS_STATUS_SUCCESS) {                                                    \
            snprintf(what_buf, sizeof(what_buf), "%s GEMM (layer %zu)", what, layer);              \
            return cuda_fail_blas(msg, msg_len, what_buf, (int)fwd_st_);                           \
        }                                                                                          \
    } while (0)

static int cuda_attention_block(const struct cuda_forward_ctx *f, const struct cuda_batch *b,
                                size_t layer, char *msg, size_t msg_len)
{
    const struct model_config *c = &f->m->cfg;
    const struct cuda_layer *l = &f->w->layers[layer];
    const struct cuda_arena *a = f->a;
    enum kernel_dtype dt = f->w->dtype;
    size_t h = c->hidden, t = b->tokens;
    char what_buf[64];
    if (l->attn_norm_w)
        FWD_TRY("attn_norm", layernorm_cuda(a->x, a->xn, l->attn_norm_w, l->attn_norm_b, NULL, t, h,
                                            c->norm_eps, dt, f->stream));
    else /* Identity norm: the GEMM still reads dtype */
        FWD_TRY("residual to dtype", convert_cuda(a->x, a->xn, t * h, dt, f->stream));
    FWD_GEMM("Wqkv", gemm_lt_run(f->gemm, a->xn, h, t, l->wqkv, 3 * h, h, a->qkv, 3 * h, 0.0f, dt,
                                 dt, f->stream));
    bool global = c->layer_global[layer];
    int table = global ? 0 : 1;
    FWD_TRY("rope", rope_cuda(a->qkv, b->in->pos, f->w->rope_cos[table], f->w->rope_sin[table], t,
                              c->heads, c->head_dim, dt, f->stream));
    FWD_TRY("attention",
            attention_cuda(a->qkv, a->attn, b->in->cu_seqlens, b->n_seqs, b->max_seqlen, c->heads,
                           c->head_dim, global ? 0 : c->window_half, dt, f->stream));
    FWD_GEMM("Wo", gemm_lt_run(f->gemm, a->attn, h, t, l->wo, h, h, a->x, h, 1.0f, dt,
                               KERNEL_DTYPE_F32, f->stream));
    return 0;
}

static int cuda_mlp_block(const struct cuda_forward_ctx *f, const struct cuda_batch *b,
                          size_t layer, char *msg, size_t msg_len)
{
    const struct model_config *c = &f->m->cfg;
    const struct cuda_layer *l = &f->w->layers[layer];
    const struct cuda_arena *a = f->a;
    enum kernel_dtype dt = f->w->dtype;
    size_t h = c->hidden, in = c->intermediate, t = b->tokens;
    char what_buf[64];
    FWD_TRY("mlp_norm", layernorm_cuda(a->x, a->xn, l->mlp_norm_w, l->mlp_norm_b, NULL, t, h,
                                       c->norm_eps, dt, f->stream));
    FWD_GEMM("Wi", gemm_lt_run(f->gemm, a->xn, h, t, l->wi, 2 * in, h, a->mlp, 2 * in, 0.0f, dt, dt,
                               f->stream));
    FWD_TRY("geglu", geglu_cuda(a->mlp, a->act, NULL, t, in, c->act, dt, f->stream));
    FWD_GEMM("Wo2", gemm_lt_run(f->gemm, a->act, in, t, l->wo2, h, in, a->x, h, 1.0f, dt,
                                KERNEL_DTYPE_F32, f->stream));
    return 0;
}

int cuda_forward(const struct cuda_forward_ctx *f, const struct cuda_batch *b, char *msg,
                 size_t msg_len)
{
    const struct model_config *c = &f->m->cfg;
    const struct cuda_arena *a = f->a;
    EMBED_ASSERT(b->tokens >= 1 && b->tokens <= a->tokens_max);
    EMBED_ASSERT(b->n_seqs >= 1 && b->n_seqs <= a->seqs_max);
    size_t h = c->hidden, t = b->tokens, layer = 0;
    char what_buf[64];
    FWD_TRY("embeddings",
            embedding_norm_cuda(b->in->ids, f->w->tok_emb, f->w->emb_norm_w, f->w->emb_norm_b, a->x,
                                t, h, c->norm_eps, f->w->dtype, f->stream));
    for (layer = 0; layer < c->layers; layer++) {
        int rc = cuda_attention_block(f, b, layer, msg, msg_len);
        if (rc == 0)
            rc = cuda_mlp_block(f, b, layer, msg, msg_len);
        if (rc != 0)
            return rc;
    }
    FWD_TRY("final_norm", layernorm_cuda(a->x, a->hidden, f->w->final_norm_w, f->w->final_norm_b,
                                         NULL, t, h, c->norm_eps, KERNEL_DTYPE_F32, f->stream));
    FWD_TRY("pooling", pooling_cuda(a->hidden, b->in->cu_seqlens, b->n_seqs, h,
                                    c->pooling == MODEL_POOLING_MEAN, c->normalize, a->pooled,
                                    KERNEL_DTYPE_F32, f->stream));
    return 0;
}
