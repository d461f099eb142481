/* cuda_weights.c — the model's weights on the device (see cuda_backend.h): laid out in one
 * block, uploaded through a pinned staging buffer in float32 and rounded to the backend's dtype
 * on the device (kernels/convert.cu), so every precision is produced by one conversion. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <cuda_runtime_api.h>

#include "embed/cuda_backend.h"
#include "embed/embed_assert.h"
#include "embed/model_arch.h"
#include "kernels/attention_index.h"
#include "kernels/convert_cuda.h"

size_t cuda_dtype_bytes(enum kernel_dtype dtype)
{
    EMBED_ASSERT(dtype < KERNEL_DTYPE_MAX);
    return dtype == KERNEL_DTYPE_F32 ? 4 : 2;
}

void *cuda_bump_take(struct cuda_bump *b, size_t bytes)
{
    size_t start = (b->used + CUDA_BACKEND_ALIGN - 1) / CUDA_BACKEND_ALIGN * CUDA_BACKEND_ALIGN;
    b->used = start + bytes;
    return b->base ? b->base + start : NULL;
}

int cuda_fail(char *msg, size_t msg_len, const char *what, cudaError_t err)
{
    snprintf(msg, msg_len, "%s: %s (%s)", what, cudaGetErrorString(err), cudaGetErrorName(err));
    return -EIO;
}

int cuda_fail_blas(char *msg, size_t msg_len, const char *what, int status)
{
    snprintf(msg, msg_len, "%s: cuBLASLt status %d", what, status);
    return -EIO;
}

int cuda_weights_supported(const struct model *m, char *msg, size_t msg_len)
{
    const struct model_config *c = &m->cfg;
    /* cuda_plan runs two layouts, judged from the loaded model, not from its name: rotary
     * tables with a gated MLP (ModernBERT), or learned positions with a plain MLP (BERT). */
    bool pre = m->rope_cos[0] && !m->pos_emb && model_mlp_width(m) == 2 * c->intermediate;
    if (!pre && !cuda_plan_post_norm(m)) {
        snprintf(msg, msg_len,
                 "the cuda backend runs ModernBERT- and BERT-style encoders; this %s model's "
                 "layout is neither (it runs on the cpu backend)",
                 m->arch->model_type);
        return -ENOTSUP;
    }
    if (c->head_dim > ATTENTION_HEAD_DIM_MAX || c->head_dim % 2 != 0) {
        snprintf(msg, msg_len, "head_dim %zu unsupported by the attention kernel (even, <= %d)",
                 c->head_dim, ATTENTION_HEAD_DIM_MAX);
        return -ENOTSUP;
    }
    return 0;
}

void cuda_weights_layout(const struct model *m, enum kernel_dtype dtype, struct cuda_bump *b,
                         struct cuda_weights *w)
{
    const struct model_config *c = &m->cfg;
    size_t h = c->hidden, el = cuda_dtype_bytes(dtype), half = c->head_dim / 2;
#define FLOATS(src, n) ((src) ? (const float *)cuda_bump_take(b, (n) * sizeof(float)) : NULL)
    w->dtype = dtype;
    w->tok_emb = cuda_bump_take(b, c->vocab * h * el);
    w->pos_emb = m->pos_emb ? cuda_bump_take(b, c->max_positions * h * el) : NULL;
    w->type_emb = m->type_emb ? cuda_bump_take(b, h * el) : NULL;
    w->emb_norm_w = FLOATS(m->emb_norm_w, h);
    w->emb_norm_b = FLOATS(m->emb_norm_b, h);
    w->final_norm_w = FLOATS(m->final_norm_w, h);
    w->final_norm_b = FLOATS(m->final_norm_b, h);
    for (int k = 0; k < 2; k++) {
        w->rope_cos[k] = FLOATS(m->rope_cos[k], m->rope_positions * half);
        w->rope_sin[k] = FLOATS(m->rope_sin[k], m->rope_positions * half);
    }
    for (size_t i = 0; i < c->layers; i++) {
        const struct model_layer *ml = &m->layers[i];
        struct cuda_layer *l = &w->layers[i];
        l->attn_norm_w = FLOATS(ml->attn_norm_w, h);
        l->attn_norm_b = FLOATS(ml->attn_norm_b, h);
        l->mlp_norm_w = FLOATS(ml->mlp_norm_w, h);
        l->mlp_norm_b = FLOATS(ml->mlp_norm_b, h);
        l->wqkv = cuda_bump_take(b, ml->qkv.out * ml->qkv.in * el);
        l->wo = cuda_bump_take(b, ml->o.out * ml->o.in * el);
        l->wi = cuda_bump_take(b, ml->up.out * ml->up.in * el);
        l->wo2 = cuda_bump_take(b, ml->down.out * ml->down.in * el);
        l->bqkv = FLOATS(ml->qkv.bias, ml->qkv.out);
        l->bo = FLOATS(ml->o.bias, ml->o.out);
        l->bi = FLOATS(ml->up.bias, ml->up.out);
        l->bo2 = FLOATS(ml->down.bias, ml->down.out);
    }
#undef FLOATS
}

/* Pinned host chunk -> device float32 staging -> dst (converted); one chunk at a time. */
struct cuda_upload {
    float *pinned, *staging;
    cudaStream_t stream;
    char *msg;
    size_t msg_len;
};

static int cuda_upload_chunk(struct cuda_upload *u, size_t n, void *dst, enum kernel_dtype dtype)
{
    cudaError_t e = cudaMemcpyAsync(u->staging, u->pinned, n * sizeof(float),
                                    cudaMemcpyHostToDevice, u->stream);
    if (e != cudaSuccess)
        return cuda_fail(u->msg, u->msg_len, "weights upload (cudaMemcpyAsync)", e);
    e = convert_cuda(u->staging, dst, n, dtype, u->stream);
    if (e != cudaSuccess)
        return cuda_fail(u->msg, u->msg_len, "weights conversion", e);
    e = cudaStreamSynchronize(u->stream); /* the pinned chunk is refilled next */
    return e == cudaSuccess ? 0 : cuda_fail(u->msg, u->msg_len, "weights upload (sync)", e);
}

static int cuda_upload_floats(struct cuda_upload *u, const float *src, size_t n, const void *dst,
                              enum kernel_dtype dtype)
{
    size_t el = cuda_dtype_bytes(dtype);
    for (size_t off = 0; off < n && src; off += CUDA_BACKEND_STAGING_FLOATS) {
        size_t k = n - off < CUDA_BACKEND_STAGING_FLOATS ? n - off : CUDA_BACKEND_STAGING_FLOATS;
        memcpy(u->pinned, src + off, k * sizeof(float));
        int rc = cuda_upload_chunk(u, k, (char *)dst + off * el, dtype);
        if (rc != 0)
            return rc;
    }
    return 0;
}

/* A packed struct linear back to W [out, in] (embed/linear.h's panel layout), rows at a time. */
static int cuda_upload_linear(struct cuda_upload *u, const struct linear *l, const void *dst,
                              enum kernel_dtype dtype)
{
    size_t rows_per_chunk = CUDA_BACKEND_STAGING_FLOATS / l->in, el = cuda_dtype_bytes(dtype);
    EMBED_ASSERT(rows_per_chunk >= 1);
    /* The F32 packing model_load makes: model_set_cpu_kernel is for the cpu backend only. */
    EMBED_ASSERT(l->dtype == LINEAR_DTYPE_F32 && l->panels);
    for (size_t r0 = 0; r0 < l->out; r0 += rows_per_chunk) {
        size_t r1 = r0 + rows_per_chunk < l->out ? r0 + rows_per_chunk : l->out;
        for (size_t r = r0; r < r1; r++) {
            const float *panel = l->panels + (r / LINEAR_PANEL) * l->in * LINEAR_PANEL;
            float *row = u->pinned + (r - r0) * l->in;
            for (size_t k = 0; k < l->in; k++)
                row[k] = panel[k * LINEAR_PANEL + r % LINEAR_PANEL];
        }
        int rc = cuda_upload_chunk(u, (r1 - r0) * l->in, (char *)dst + r0 * l->in * el, dtype);
        if (rc != 0)
            return rc;
    }
    return 0;
}

static int cuda_upload_all(struct cuda_upload *u, const struct model *m,
                           const struct cuda_weights *w)
{
    const struct model_config *c = &m->cfg;
    size_t h = c->hidden, tab = m->rope_positions * (c->head_dim / 2);
    const enum kernel_dtype f32 = KERNEL_DTYPE_F32;
    int rc = cuda_upload_floats(u, m->tok_emb, c->vocab * h, w->tok_emb, w->dtype);
    rc = rc ? rc : cuda_upload_floats(u, m->pos_emb, c->max_positions * h, w->pos_emb, w->dtype);
    rc = rc ? rc : cuda_upload_floats(u, m->type_emb, h, w->type_emb, w->dtype);
    rc = rc ? rc : cuda_upload_floats(u, m->emb_norm_w, h, w->emb_norm_w, f32);
    rc = rc ? rc : cuda_upload_floats(u, m->emb_norm_b, h, w->emb_norm_b, f32);
    rc = rc ? rc : cuda_upload_floats(u, m->final_norm_w, h, w->final_norm_w, f32);
    rc = rc ? rc : cuda_upload_floats(u, m->final_norm_b, h, w->final_norm_b, f32);
    for (int k = 0; k < 2 && rc == 0; k++) {
        rc = cuda_upload_floats(u, m->rope_cos[k], tab, w->rope_cos[k], f32);
        rc = rc ? rc : cuda_upload_floats(u, m->rope_sin[k], tab, w->rope_sin[k], f32);
    }
    for (size_t i = 0; i < c->layers && rc == 0; i++) {
        const struct model_layer *ml = &m->layers[i];
        const struct cuda_layer *l = &w->layers[i];
        rc = cuda_upload_floats(u, ml->attn_norm_w, h, l->attn_norm_w, f32);
        rc = rc ? rc : cuda_upload_floats(u, ml->attn_norm_b, h, l->attn_norm_b, f32);
        rc = rc ? rc : cuda_upload_floats(u, ml->mlp_norm_w, h, l->mlp_norm_w, f32);
        rc = rc ? rc : cuda_upload_floats(u, ml->mlp_norm_b, h, l->mlp_norm_b, f32);
        rc = rc ? rc : cuda_upload_linear(u, &ml->qkv, l->wqkv, w->dtype);
        rc = rc ? rc : cuda_upload_linear(u, &ml->o, l->wo, w->dtype);
        rc = rc ? rc : cuda_upload_linear(u, &ml->up, l->wi, w->dtype);
        rc = rc ? rc : cuda_upload_linear(u, &ml->down, l->wo2, w->dtype);
        rc = rc ? rc : cuda_upload_floats(u, ml->qkv.bias, ml->qkv.out, l->bqkv, f32);
        rc = rc ? rc : cuda_upload_floats(u, ml->o.bias, ml->o.out, l->bo, f32);
        rc = rc ? rc : cuda_upload_floats(u, ml->up.bias, ml->up.out, l->bi, f32);
        rc = rc ? rc : cuda_upload_floats(u, ml->down.bias, ml->down.out, l->bo2, f32);
    }
    return rc;
}

int cuda_weights_upload(const struct model *m, enum kernel_dtype dtype, cudaStream_t stream,
                        struct cuda_weights *w, char *msg, size_t msg_len)
{
    struct cuda_bump count = {0};
    cuda_weights_layout(m, dtype, &count, w);
    memset(w, 0, sizeof(*w));
    struct cuda_upload u = {.stream = stream, .msg = msg, .msg_len = msg_len};
    size_t stage_bytes = CUDA_BACKEND_STAGING_FLOATS * sizeof(float);
    cudaError_t e = cudaMalloc(&w->block, count.used);
    if (e != cudaSuccess) {
        cuda_fail(msg, msg_len, "weights (cudaMalloc)", e);
        return -ENOMEM;
    }
    w->bytes = count.used;
    struct cuda_bump place = {.base = w->block};
    cuda_weights_layout(m, dtype, &place, w);
    /* Start-up only: the staging pair lives for the upload and goes. */
    e = cudaMallocHost((void **)&u.pinned, stage_bytes);
    if (e == cudaSuccess)
        e = cudaMalloc((void **)&u.staging, stage_bytes);
    int rc = e == cudaSuccess ? cuda_upload_all(&u, m, w)
                              : cuda_fail(msg, msg_len, "upload staging buffers", e);
    cudaFreeHost(u.pinned); /* NULL is a no-op for both */
    cudaFree(u.staging);
    if (rc != 0)
        cuda_weights_free(w);
    return rc;
}

void cuda_weights_free(struct cuda_weights *w)
{
    cudaFree(w->block);
    memset(w, 0, sizeof(*w));
}
