/* model_config.h — config.json and sentence-transformers files of a model directory. The keys
 * every architecture shares are read here, the others by the architecture's table entry
 * (embed/model_arch.h: modernbert.c, bert.c).
 *
 * Supported (anything else is rejected with a message naming the key):
 *   ModernBERT: architectures ModernBertModel / ModernBertForMaskedLM (encoder weights only)
 *     or model_type "modernbert"; hidden_activation gelu | gelu_new | gelu_pytorch_tanh;
 *     layer_types (transformers 5) or global_attn_every_n_layers (older configs);
 *     rope_parameters.{full,sliding}_attention.rope_theta or global_/local_rope_theta, default
 *     rope_type only; norm_bias, attention_bias, mlp_bias as given.
 *   BERT: architectures BertModel / BertForMaskedLM or model_type "bert"; hidden_act as above;
 *     position_embedding_type "absolute" (or absent).
 * Pooling: from modules.json (a sentence_transformers.models.Pooling module's config.json:
 * pooling_mode_cls_token or pooling_mode_mean_tokens, no other mode; a Normalize module turns
 * on normalisation, its absence turns it off; any other module type is rejected). Without
 * modules.json: ModernBERT -> CLS + normalise (gte-modernbert-base), BERT -> mean + normalise
 * (sentence-transformers' default for a bare BERT checkpoint, plus unit length for cosine). */
#ifndef BRIGADE_EMBED_MODEL_CONFIG_H
#define BRIGADE_EMBED_MODEL_CONFIG_H

#include <stdbool.h>
#include <stddef.h>

#include "embed/model.h"
#include "kernels/gelu.h"

#define MODEL_LAYERS_MAX      256
#define MODEL_HIDDEN_MAX      16384
#define MODEL_HEADS_MAX       256
#define MODEL_VOCAB_MAX       (1u << 22)
#define MODEL_POSITIONS_MAX   (1u << 20)
#define MODEL_CONFIG_FILE_MAX (4u << 20) /* bytes of any JSON file in the directory */

struct model_config {
    enum model_arch_id arch;
    size_t hidden, layers, heads, head_dim, intermediate, vocab, max_positions;
    size_t type_vocab; /* BERT token_type_embeddings rows */
    float norm_eps;
    bool norm_bias, attention_bias, mlp_bias; /* ModernBERT; BERT has all biases */
    enum gelu_kind act;
    /* ModernBERT attention: layer_global[i] false = sliding window |q-k| <= window_half */
    bool layer_global[MODEL_LAYERS_MAX];
    size_t window_half;
    float rope_theta_global, rope_theta_local;
    enum model_pooling pooling;
    bool normalize;
};

/* Reads dir/config.json and the optional sentence-transformers files. Returns 0, or -1 with
 * a message in err (missing/unparsable file, unknown architecture, unsupported value). */
int model_config_load(const char *dir, struct model_config *cfg, char *err, size_t err_len);

/* Reads a whole small file (<= MODEL_CONFIG_FILE_MAX) into a NUL-terminated malloc'd buffer
 * the caller frees. Returns 0 or -errno (-ENOENT, -EFBIG). */
int model_config_read_file(const char *path, char **out);

#endif
