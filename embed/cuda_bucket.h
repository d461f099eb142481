/* cuda_bucket.h — the shape buckets the cuda backend captures CUDA graphs for, and the padding
 * that makes a batch fill its bucket. Plain C with no CUDA dependency, so host tests check it
 * (tests/unit/kernel_emulation). Internal to embed/.
 *
 * A graph bakes in every launch's grid and every GEMM's row count, so it replays only for one
 * (tokens, sequences, longest sequence) shape. A batch is padded up to its bucket: extra
 * tokens get id 0 at position 0 (finite rows that no real row ever reads: the GEMMs, norms and
 * RoPE are row-wise, attention reads only within a sequence), extra sequences are empty
 * (cu_seqlens repeats the token count; attention and pooling skip them), and the attention
 * grid covers the bucket's longest length (warps past a sequence's end leave at once). Tokens
 * round up to a multiple of a quarter of the power of two at or below them (under 25% more
 * rows, or under CUDA_BUCKET_TOKENS_MIN for small batches), sequences and the longest length to
 * powers of two. */
#ifndef BRIGADE_EMBED_CUDA_BUCKET_H
#define BRIGADE_EMBED_CUDA_BUCKET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define CUDA_BUCKET_TOKENS_MIN 64
#define CUDA_BUCKET_TOKENS_MAX                                                                     \
    16384 /* larger batches run eagerly: launches are cheap next to them */
#define CUDA_BUCKET_LEN_MIN 16

struct cuda_bucket {
    size_t tokens, seqs, max_len;
};

static inline size_t cuda_bucket_pow2(size_t v)
{
    size_t p = 1;
    while (p < v)
        p *= 2;
    return p;
}

static inline size_t cuda_bucket_min(size_t a, size_t b)
{
    return a < b ? a : b;
}

/* The bucket of a batch of tokens tokens in n_seqs sequences, the longest max_len, for an
 * arena of tokens_max x seqs_max and positions up to positions_max. Returns false when the
 * batch runs eagerly (bigger than CUDA_BUCKET_TOKENS_MAX). Every field of *b is >= the batch's
 * and within the limits. */
static inline bool cuda_bucket_of(size_t tokens, size_t n_seqs, size_t max_len, size_t tokens_max,
                                  size_t seqs_max, size_t positions_max, struct cuda_bucket *b)
{
    size_t t = tokens < CUDA_BUCKET_TOKENS_MIN ? CUDA_BUCKET_TOKENS_MIN : tokens;
    size_t floor_pow2 = cuda_bucket_pow2(t) == t ? t : cuda_bucket_pow2(t) / 2;
    size_t step = floor_pow2 / 4;
    step = step < CUDA_BUCKET_TOKENS_MIN ? CUDA_BUCKET_TOKENS_MIN : step;
    t = (t + step - 1) / step * step;
    if (t > CUDA_BUCKET_TOKENS_MAX)
        return false;
    b->tokens = cuda_bucket_min(t, tokens_max);
    b->seqs = cuda_bucket_min(cuda_bucket_pow2(n_seqs), seqs_max);
    size_t len = max_len < CUDA_BUCKET_LEN_MIN ? CUDA_BUCKET_LEN_MIN : max_len;
    b->max_len = cuda_bucket_min(cuda_bucket_pow2(len), positions_max);
    return true;
}

/* Writes the padded inputs of a batch (ids/cu_seqlens of n_seqs sequences) for bucket b:
 * ids and pos [b->tokens], cu [b->seqs + 1]. */
static inline void cuda_bucket_pad(const int32_t *ids, const int32_t *cu_seqlens, size_t n_seqs,
                                   const struct cuda_bucket *b, int32_t *ids_out, int32_t *pos_out,
                                   int32_t *cu_out)
{
    size_t tokens = (size_t)cu_seqlens[n_seqs];
    for (size_t i = 0; i < n_seqs; i++)
        for (int32_t t = cu_seqlens[i]; t < cu_seqlens[i + 1]; t++) {
            ids_out[t] = ids[t];
            pos_out[t] = t - cu_seqlens[i];
        }
    for (size_t t = tokens; t < b->tokens; t++) {
        ids_out[t] = 0;
        pos_out[t] = 0;
    }
    for (size_t i = 0; i <= b->seqs; i++)
        cu_out[i] = i <= n_seqs ? cu_seqlens[i] : (int32_t)tokens;
}

#endif
