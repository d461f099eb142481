/* cuda_backend.h — inside of the cuda backend (embed/backend_cuda.c): the device copies of the
 * weights, the activation arena, the pinned host slots and the forward pass that ties the
 * kernels/ entry points together. Internal to embed/; built only with CUDA.
 *
 * Memory: every device buffer is carved out of two cudaMalloc blocks made at start-up (the
 * weights, then the arena sized by the engine's batch limits) with cuda_bump, which also
 * sizes them beforehand (a NULL base only counts), so the start-up report and the free-memory
 * check see the exact bytes. Nothing is allocated per batch.
 *
 * Precision: weights and the activations GEMMs read are in the backend's dtype; the residual
 * stream, norms' statistics, softmax, the final hidden states and pooling are float32. */
#ifndef BRIGADE_EMBED_CUDA_BACKEND_H
#define BRIGADE_EMBED_CUDA_BACKEND_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "embed/cuda_bucket.h"
#include "embed/cuda_plan.h"
#include "embed/engine.h"
#include "embed/model_graph.h"
#include "kernels/cuda_types.h"
#include "kernels/gemm_lt_cuda.h"

#define CUDA_BACKEND_ALIGN          256 /* bytes: every buffer starts on a 256-byte boundary */
#define CUDA_BACKEND_STAGING_FLOATS ((size_t)4 << 20) /* 16 MiB per upload chunk */
#define CUDA_BACKEND_CC_MAJOR_MIN   8 /* sm_80: bf16 tensor cores, what CMake builds for */
#define CUDA_BACKEND_MARGIN_BYTES   ((size_t)256 << 20) /* context, cuBLASLt, fragmentation */
#define CUDA_BACKEND_MSG_BYTES      320
#define CUDA_BACKEND_SLOTS          2     /* in flight: batch n+1 uploads while batch n computes */
#define CUDA_BACKEND_SEQS_MAX       65535 /* attention's grid z: sequences per batch */
#define CUDA_GRAPHS_MAX             64    /* captured (bucket, slot) graphs kept */

/* A bump allocator over one device block; base NULL counts bytes only. */
struct cuda_bump {
    char *base;
    size_t used;
};

/* The next bytes of b, aligned; NULL when only counting. */
void *cuda_bump_take(struct cuda_bump *b, size_t bytes);
size_t cuda_dtype_bytes(enum kernel_dtype dtype);

struct cuda_layer {
    const float *attn_norm_w, *attn_norm_b; /* NULL weight: Identity (ModernBERT layer 0) */
    const float *mlp_norm_w, *mlp_norm_b;
    const void *wqkv, *wo, *wi, *wo2;  /* dtype, [out, in] as PyTorch stores them */
    const float *bqkv, *bo, *bi, *bo2; /* float32 biases, NULL where the layer has none */
};

struct cuda_weights {
    void *block;
    size_t bytes;
    enum kernel_dtype dtype;
    const void *tok_emb;  /* dtype [vocab, hidden] */
    const void *pos_emb;  /* BERT: dtype [max_positions, hidden], else NULL */
    const void *type_emb; /* BERT: dtype [hidden], token type 0's row, else NULL */
    const float *emb_norm_w, *emb_norm_b, *final_norm_w, *final_norm_b;
    const float *rope_cos[2], *rope_sin[2]; /* [positions, head_dim / 2]: global, local */
    struct cuda_layer layers[MODEL_LAYERS_MAX];
};

/* Whether the cuda backend runs this model; -ENOTSUP with the reason in msg if not. */
int cuda_weights_supported(const struct model *m, char *msg, size_t msg_len);
/* Lays the weights out over b (sizes only when b->base is NULL). */
void cuda_weights_layout(const struct model *m, enum kernel_dtype dtype, struct cuda_bump *b,
                         struct cuda_weights *w);
/* Allocates w's block, uploads and converts every weight through pinned staging on stream,
 * and waits for it. Returns 0, or -ENOMEM / -EIO with the failed call in msg (nothing left
 * allocated). */
int cuda_weights_upload(const struct model *m, enum kernel_dtype dtype, cudaStream_t stream,
                        struct cuda_weights *w, char *msg, size_t msg_len);
void cuda_weights_free(struct cuda_weights *w);

/* Per-batch inputs: token ids, positions within their sequence, cumulative offsets. */
struct cuda_inputs {
    int32_t *ids, *pos, *cu_seqlens;
};

struct cuda_arena {
    void *block;
    size_t bytes;
    size_t tokens_max, seqs_max;
    float *x;        /* [T, H] float32 residual stream */
    void *xn;        /* [T, H] dtype: normed input of a sub-block */
    void *qkv;       /* [T, 3H] dtype */
    void *attn;      /* [T, H] dtype */
    void *mlp;       /* [T, mlp width] dtype: Wi's output */
    void *act;       /* [T, intermediate] dtype: GeGLU's output */
    float *hidden;   /* [T, H] float32: final_norm's output */
    void *workspace; /* GEMM_LT_WORKSPACE_BYTES for cuBLASLt */
    struct cuda_inputs in[CUDA_BACKEND_SLOTS];
    /* [S, H] float32 per slot: batch n's vectors wait here for their download while batch
     * n+1's pooling writes the other slot's */
    float *pooled[CUDA_BACKEND_SLOTS];
};

void cuda_arena_layout(const struct model *m, enum kernel_dtype dtype, size_t tokens_max,
                       size_t seqs_max, struct cuda_bump *b, struct cuda_arena *a);

/* One batch as the forward pass sees it (the inputs already on the device). */
struct cuda_batch {
    const struct cuda_inputs *in;
    float *pooled; /* the slot's pooled buffer, where the forward pass leaves the vectors */
    size_t tokens, n_seqs, max_seqlen;
};

/* Which attention kernel the forward pass launches. TILED (kernels/attention_tiled.cu) is
 * the default wherever it runs: head_dim a multiple of 4 and the device granting its shared
 * memory per block. SIMPLE (kernels/attention.cu, one warp per query) runs otherwise, or when
 * CUDA_ATTENTION_ENV says "simple" (to check one kernel against the other on a GPU). */
enum cuda_attention {
    CUDA_ATTENTION_TILED,
    CUDA_ATTENTION_SIMPLE,
    CUDA_ATTENTION_MAX,
};

#define CUDA_ATTENTION_ENV "BRIGADE_CUDA_ATTENTION" /* "tiled", "simple", unset: the default */

/* The kernel for heads of head_dim on a device granting smem_optin bytes of shared memory per
 * block, as `requested` (the environment's value; NULL or "" for the default) asks. Returns
 * 0, or -ENOTSUP with the reason in msg (an unknown name; "tiled" where it cannot run). */
int cuda_attention_choose(const char *requested, size_t head_dim, size_t smem_optin,
                          enum cuda_attention *out, char *msg, size_t msg_len);
const char *cuda_attention_name(enum cuda_attention a);

struct cuda_forward_ctx {
    const struct model *m;
    enum cuda_attention attention;
    const struct cuda_weights *w;
    const struct cuda_arena *a;
    struct gemm_lt *gemm;
    cudaStream_t stream;
    const struct cuda_step *steps; /* cuda_plan's, made once at start-up */
    size_t n_steps;
    /* NULL, or n_steps + 1 events recorded before each step and after the last: the step
     * profile (embed_backend_cuda_profile); never set while a graph is captured. */
    cudaEvent_t *marks;
};

/* Enqueues ctx's steps (the encoder, final norm, pooling + L2 normalisation when the model
 * says so) for b on ctx->stream; b->pooled holds the result once the stream reaches it.
 * Returns 0, or -EIO with the failed operation (step and layer) in msg. */
int cuda_forward(const struct cuda_forward_ctx *ctx, const struct cuda_batch *b, char *msg,
                 size_t msg_len);

/* The step's kind in a profile: its op, and for a GEMM its weight, for attention its reach
 * ("GEMM up", "attention local"). */
const char *cuda_step_kind(const struct cuda_step *s);

/* ---- CUDA graphs (embed/cuda_graph.c) ---- */

struct cuda_graph_key {
    struct cuda_bucket bucket;
    size_t slot; /* the input slot's device pointers are baked into the graph */
};

struct cuda_graph_entry {
    struct cuda_graph_key key;
    cudaGraphExec_t exec; /* NULL: unused */
    uint64_t last_used;
};

struct cuda_graphs {
    struct cuda_graph_entry entries[CUDA_GRAPHS_MAX];
    uint64_t clock;
    size_t captured, replayed;
};

/* Runs the forward pass of b (already padded to key's bucket: b->tokens and b->n_seqs are the
 * bucket's) on f->stream through the key's graph, capturing it first if it is not kept.
 * Returns 0, or -EIO with the failed step in msg. */
int cuda_graph_run(struct cuda_graphs *g, const struct cuda_graph_key *key,
                   const struct cuda_forward_ctx *f, const struct cuda_batch *b, char *msg,
                   size_t msg_len);
void cuda_graphs_free(struct cuda_graphs *g);

/* Writes "what: CUDA's reason" into msg; returns -EIO. */
int cuda_fail(char *msg, size_t msg_len, const char *what, cudaError_t err);
int cuda_fail_blas(char *msg, size_t msg_len, const char *what, int status);

#endif
