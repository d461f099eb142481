/* model_graph.h — inside of struct model: the weights, the scratch and the packed batch that
 * the architectures (embed/model_arch.h) and the shared operations (embed/model_ops.h,
 * embed/model_attention.h) work on. Internal to embed/; users see only embed/model.h. */
#ifndef BRIGADE_EMBED_MODEL_GRAPH_H
#define BRIGADE_EMBED_MODEL_GRAPH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "embed/linear.h"
#include "embed/model.h"
#include "embed/model_config.h"
#include "embed/safetensors.h"

/* Queries per attention tile: a tile's scores are one sgemm of
 * [MODEL_ATTN_QUERY_BLOCK x keys]; 64 rows of 8192 keys is 2 MiB of scratch per thread. */
#define MODEL_ATTN_QUERY_BLOCK 64
#define MODEL_WEIGHTS_MAX      (MODEL_LAYERS_MAX * 16 + 16)
#define MODEL_TENSOR_NAME_MAX  256

struct model_arch;

/* One encoder layer, every matrix F32 [out, in] as PyTorch stores it; a NULL bias means none.
 * ModernBERT: attn_norm (NULL weight on layer 0: Identity), Wqkv, Wo, mlp_norm, Wi [2I, H],
 * Wo2 [H, I]. BERT (post-norm): attn_norm = attention.output.LayerNorm, mlp_norm =
 * output.LayerNorm, Wqkv = query|key|value stacked, Wi = intermediate [I, H].
 * The loaders set the matrix pointers; model_load then packs each into its struct linear
 * (with its bias) and sets the pointer to NULL: the forward pass reads only the packed copy. */
struct model_layer {
    const float *attn_norm_w, *attn_norm_b;
    const float *wqkv, *bqkv;
    const float *wo, *bo;
    const float *mlp_norm_w, *mlp_norm_b;
    const float *wi, *bi;
    const float *wo2, *bo2;
    struct linear qkv, o, up, down; /* Wqkv, Wo, Wi, Wo2 packed, biases fused */
};

struct model {
    const struct model_arch *arch; /* never NULL once loading has begun */
    struct model_config cfg;
    struct model_info info;
    struct tokenizer *tok;
    struct safetensors *st;
    /* F32 copies made at load (F16/BF16, unaligned F32, stacked BERT QKV, RoPE tables);
     * freed with m. */
    float *owned[MODEL_WEIGHTS_MAX];
    size_t owned_count;
    const float *tok_emb, *pos_emb, *type_emb; /* pos/type: BERT only */
    const float *emb_norm_w, *emb_norm_b;
    const float *final_norm_w, *final_norm_b; /* ModernBERT only */
    struct model_layer layers[MODEL_LAYERS_MAX];
    /* RoPE tables [rope_positions x head_dim/2], [0] global theta, [1] local theta. */
    float *rope_cos[2], *rope_sin[2];
    size_t rope_positions;
};

struct model_scratch {
    size_t tokens_max, seqs_max;
    float *x;           /* [T, H] residual stream */
    float *xn;          /* [T, H] normed input of a sub-block, then the final hidden states */
    float *qkv;         /* [T, 3H] */
    float *attn;        /* [T, H] */
    float *mlp;         /* [T, mlp_width] */
    float *scores;      /* score_parts blocks of [MODEL_ATTN_QUERY_BLOCK, keys_max] */
    size_t score_parts; /* attention splits over at most this many threads */
    size_t keys_max;    /* min(tokens_max, max_positions): the longest sequence's keys */
    int32_t *pos;       /* [T] position of each token within its sequence */
    void *block;        /* the single allocation all of the above live in */
};

/* A checked packed batch (model_forward's layout): tokens = cu_seqlens[n_seqs]. */
struct model_batch {
    const int32_t *ids;
    const int32_t *cu_seqlens;
    size_t n_seqs, tokens;
};

/* Columns of the MLP's first projection: 2 x intermediate when it is gated ([input | gate]). */
size_t model_mlp_width(const struct model *m);

#endif
