/* model.h — a Hugging Face model directory loaded for inference on the CPU.
 *
 * Architectures: ModernBertModel and BertModel (config.json "architectures" or
 * "model_type"). Weights are mmap'd from model.safetensors (F32, F16, BF16; converted once
 * to F32 for the CPU backend). Pooling (CLS or mean) and normalisation come from the
 * sentence-transformers files when present, else the architecture's default.
 *
 * The forward pass takes a packed batch: the token ids of n_seqs sequences concatenated,
 * with cumulative offsets cu_seqlens[0..n_seqs] (cu_seqlens[0] = 0), no padding — the same
 * layout the varlen CUDA kernels take. Positions restart at 0 for each sequence. */
#ifndef BRIGADE_EMBED_MODEL_H
#define BRIGADE_EMBED_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "embed/linear.h"
#include "embed/tokenizer.h"

/* Which encoder a directory holds; embed/model_arch.h has each one's table entry. */
enum model_arch_id {
    MODEL_ARCH_MODERNBERT,
    MODEL_ARCH_BERT,
    MODEL_ARCH_MAX,
};

enum model_pooling {
    MODEL_POOLING_CLS,
    MODEL_POOLING_MEAN,
    MODEL_POOLING_MAX,
};

struct model_info {
    enum model_arch_id arch;
    enum model_pooling pooling;
    bool normalize; /* L2-normalise pooled vectors */
    size_t hidden;  /* embedding dimension */
    size_t layers;
    size_t heads;
    size_t max_positions; /* max tokens per sequence, specials included */
};

struct model;

/* Loads the directory (config.json, model.safetensors, tokenizer.json, optional
 * modules.json + 1_Pooling/config.json). Returns 0, or -1 with a clear message in err
 * (missing file, unknown architecture, bad tensor shape/dtype, corrupt header...).
 * Supported config values and the pooling defaults: embed/model_config.h. F32 weights are
 * used in place from the mapping; F16/BF16 are converted once to F32. */
int model_load(const char *dir, struct model **out, char *err, size_t err_len);
void model_free(struct model *m);

/* Repacks every dense layer's weights as dtype (F32, BF16, F16; rounded to nearest even from
 * F32, so a checkpoint stored in that format gets its own bits back) for kernel isa, or the
 * fastest one this CPU runs for dtype when isa is LINEAR_ISA_MAX. A loaded model starts as
 * F32 with the best F32 kernel; the F32 packing is what the cuda backend uploads, so call
 * this only for the cpu backend, before any forward pass and never during one. Returns 0,
 * or -EINVAL (nothing changed) when dtype is out of range, the model is no longer F32 and
 * dtype is not what it holds, or this CPU cannot run that kernel. */
int model_set_cpu_kernel(struct model *m, enum linear_dtype dtype, enum linear_isa isa);
/* The dense layers' weight precision and the kernel the first layer runs (a layer wider than
 * LINEAR_X16_IN_MAX inputs may run AVX-512F where the others run AVX512-BF16). */
void model_cpu_kernel(const struct model *m, enum linear_dtype *dtype, enum linear_isa *isa);
/* Bytes of the packed dense-layer weights: what one forward pass streams from memory at
 * least once (at batch 1 nothing else it reads comes close). */
size_t model_cpu_weight_bytes(const struct model *m);

const struct model_info *model_info(const struct model *m);
const struct tokenizer *model_tokenizer(const struct model *m);

/* Threads a forward pass splits its work over (embed/pool.h workers, the caller included):
 * dense layers by output columns, attention by (sequence, head), row passes (embedding
 * gather, LayerNorm, activations, RoPE, pooling) by rows; process-wide. Every output element
 * is computed by one thread with the same arithmetic whatever the count, so results are
 * bit-identical for any count. OpenBLAS (the attention tiles' sgemm) is set to one thread: a
 * tile runs inside one part. Until this is called the count is OpenBLAS's own
 * (OPENBLAS_NUM_THREADS, else its CPU count). */
void model_set_threads(size_t threads);

/* Scratch for forward passes of up to tokens_max tokens and seqs_max sequences; one per
 * thread that runs the model. Allocated once, reused for every batch. Its attention scores
 * are sized for the thread count of that moment (model_set_threads first): a count raised
 * later splits attention over no more threads than that. */
struct model_scratch;
struct model_scratch *model_scratch_new(const struct model *m, size_t tokens_max, size_t seqs_max);
void model_scratch_free(struct model_scratch *s);

/* Runs the encoder on a packed batch. hidden_out (optional, may be NULL) receives the last
 * hidden states [total_tokens x hidden]; pooled_out receives [n_seqs x hidden], pooled and
 * normalised as the model's info says. Allocates nothing; one scratch per concurrent caller.
 * Returns 0, or -1 (outputs untouched) if the batch exceeds the scratch (tokens or sequences)
 * or is malformed: n_seqs 0, cu_seqlens[0] != 0, an empty sequence, one longer than
 * max_positions, or an id outside the model's vocabulary.
 * Matches transformers within ~2e-6 absolute on the hidden states (tests/unit/model); a
 * sequence's result depends on its batch-mates only through GEMM blocking (~1e-6). */
int model_forward(const struct model *m, struct model_scratch *s, const int32_t *ids,
                  const int32_t *cu_seqlens, size_t n_seqs, float *hidden_out, float *pooled_out);

#endif
