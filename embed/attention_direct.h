/* attention_direct.h — one attention tile of a short sequence computed by plain loops instead
 * of two sgemm calls: at MiniLM's 27 tokens and 32-wide heads a call's set-up costs more than
 * its 23k multiply-adds, and the scalar softmax between them calls expf per score. Scores,
 * a vectorised softmax inside each query's window, and P V in one function per instruction
 * set (embed/clones.h). Internal to embed/. */
#ifndef BRIGADE_EMBED_ATTENTION_DIRECT_H
#define BRIGADE_EMBED_ATTENTION_DIRECT_H

#include <stdbool.h>
#include <stddef.h>

/* Lanes of the loops: head_dim must be a multiple, and keys are padded to one. */
#define ATTN_DIRECT_LANES 16
/* Floats of the transposed key tile: head_dim x keys rounded up to the lanes; 512 keys of a
 * 64-wide head. On the stack with 4 rows of scores: 160 KiB, well inside a thread's 8 MiB. */
#define ATTN_DIRECT_KT_FLOATS 32768

/* Whether attention_direct_tile takes a tile of keys keys and head_dim hd: hd a multiple of
 * the lanes, the transposed keys fit, and the CPU has AVX2 and FMA (x86-64 only). Without
 * them the loops run several times slower than OpenBLAS; with AVX2 alone they about match
 * it, with AVX-512 they beat it 1.6x to 2.5x. The caller adds its own length cut-off. */
bool attention_direct_fits(size_t keys, size_t hd);

/* The tile of model_attention.c: queries [q0, q1) of a sequence of len tokens, one head, keys
 * [lo, hi) (the union of the queries' windows). q, k, v point at the sequence's first row of
 * the head (row stride ld), out at its first output row (stride ldo). Keys outside a query's
 * window get probability 0. */
void attention_direct_tile(const float *q, const float *k, const float *v, float *out, size_t ld,
                           size_t ldo, size_t hd, size_t len, size_t q0, size_t q1, size_t lo,
                           size_t hi, size_t window_half, float scale);

#endif
