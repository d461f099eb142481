/* attention_direct.c — short-sequence attention tiles by plain loops; see attention_direct.h.
 *
 * Each loop's innermost trip count is the fixed ATTN_DIRECT_LANES, so an accumulator stays in
 * one vector register (or two on AVX2) instead of being reloaded per multiply-add. */
#include "embed/attention_direct.h"

#include <math.h>
#include <stdint.h>
#include <string.h>

#include "embed/clones.h"
#include "kernels/attention_window.h"

enum { L = ATTN_DIRECT_LANES };

/* exp(x) for x <= 0 in float without libm, so the softmax loop vectorises: x = n ln2 + r,
 * |r| <= ln2 / 2, e^r by Cephes' expf polynomial (about one ulp), 2^n put in the exponent
 * bits. n comes from adding 1.5 * 2^23, which rounds x / ln2 to an integer in the low
 * mantissa bits. Below -87, clamped there: e^-87 = 1.6e-38 next to the row maximum's 1. */
static inline float exp_nonpositive(float x)
{
    const float magic = 12582912.0f; /* 1.5 * 2^23 */
    x = x > -87.0f ? x : -87.0f;
    float t = x * 1.44269504088896341f + magic;
    float n = t - magic;
    float r = x - n * 0.693359375f; /* ln 2 in two parts: n * the first is exact */
    r = r + n * 2.12194440e-4f;
    float p = 1.9875691500e-4f;
    p = p * r + 1.3981999507e-3f;
    p = p * r + 8.3334519073e-3f;
    p = p * r + 4.1665795894e-2f;
    p = p * r + 1.6666665459e-1f;
    p = p * r + 5.0000001201e-1f;
    float e = p * r * r + r + 1.0f;
    int32_t bits;
    memcpy(&bits, &t, sizeof(bits));
    bits = (bits - 0x4B400000 + 127) << 23; /* n + 127 >= 1: a normal 2^n */
    float scale;
    memcpy(&scale, &bits, sizeof(scale));
    return e * scale;
}

/* One vector of L floats (GNU C vector extension: one zmm register in the AVX-512 clone, two
 * ymm in the AVX2 one), moved in and out by memcpy: GCC's vectoriser, given the same loops
 * over float arrays, spilled or scalarised some of the R accumulators. */
typedef float lanes __attribute__((vector_size(L * sizeof(float))));
typedef int32_t lanes_int __attribute__((vector_size(L * sizeof(int32_t))));

/* v with its halves, quarters, ... swapped: the steps of a horizontal reduction in registers.
 * Summing a stored accumulator array element by element instead stalls on store forwarding
 * (a vector store read back as floats), a tenth of the tile's time. */
#if defined(__clang__)
#define LANES_SHUFFLE(v, ...) __builtin_shufflevector(v, v, __VA_ARGS__)
#else
#define LANES_SHUFFLE(v, ...) __builtin_shuffle(v, (lanes_int){__VA_ARGS__})
#endif
#define LANES_SWAP8(v) LANES_SHUFFLE(v, 8, 9, 10, 11, 12, 13, 14, 15, 0, 1, 2, 3, 4, 5, 6, 7)
#define LANES_SWAP4(v) LANES_SHUFFLE(v, 4, 5, 6, 7, 0, 1, 2, 3, 12, 13, 14, 15, 8, 9, 10, 11)
#define LANES_SWAP2(v) LANES_SHUFFLE(v, 2, 3, 0, 1, 6, 7, 4, 5, 10, 11, 8, 9, 14, 15, 12, 13)
#define LANES_SWAP1(v) LANES_SHUFFLE(v, 1, 0, 3, 2, 5, 4, 7, 6, 9, 8, 11, 10, 13, 12, 15, 14)

/* The sum and the maximum of L floats. */
static inline float lanes_sum(const float *x)
{
    lanes v;
    memcpy(&v, x, sizeof(v));
    v += LANES_SWAP8(v);
    v += LANES_SWAP4(v);
    v += LANES_SWAP2(v);
    v += LANES_SWAP1(v);
    return v[0];
}

/* Elementwise max of vectors by a compare mask (C has no ?: on vectors). */
#define LANES_MAX(a, b) ((lanes)(((lanes_int)(a) & ((a) > (b))) | ((lanes_int)(b) & ~((a) > (b)))))

static inline float lanes_max(const float *x)
{
    lanes v;
    memcpy(&v, x, sizeof(v));
    v = LANES_MAX(v, LANES_SWAP8(v));
    v = LANES_MAX(v, LANES_SWAP4(v));
    v = LANES_MAX(v, LANES_SWAP2(v));
    v = LANES_MAX(v, LANES_SWAP1(v));
    return v[0];
}

/* softmax_row (kernels/softmax.h) over the keys [wlo, whi) of a row of kp floats (kp a
 * multiple of L), the rest set to 0, but left unnormalised: x becomes exp(x - max) and the
 * sum is returned, to be divided out of P V's output. Every pass runs whole vectors, the
 * window a mask. */
static inline float softmax_window(float *x, size_t kp, size_t wlo, size_t whi)
{
    float m[L];
    for (size_t j = 0; j < L; j++)
        m[j] = -INFINITY;
    for (size_t i = 0; i < kp; i += L)
        for (size_t j = 0; j < L; j++) {
            float y = i + j >= wlo && i + j < whi ? x[i + j] : -INFINITY;
            m[j] = y > m[j] ? y : m[j];
        }
    float max = lanes_max(m);
    float s[L] = {0};
    for (size_t i = 0; i < kp; i += L)
        for (size_t j = 0; j < L; j++) {
            float e = exp_nonpositive(x[i + j] - max);
            x[i + j] = i + j >= wlo && i + j < whi ? e : 0.0f;
            s[j] += x[i + j];
        }
    return lanes_sum(s);
}

/* Queries a pass takes together: each load of K^T or V then feeds R accumulators, and those R
 * independent FMA chains hide the FMA latency. One query at a time is bound by the loads. */
enum { R = 4 };

EMBED_CLONES void attention_direct_tile(const float *q, const float *k, const float *v, float *out,
                                        size_t ld, size_t ldo, size_t hd, size_t len, size_t q0,
                                        size_t q1, size_t lo, size_t hi, size_t window_half,
                                        float scale)
{
    size_t keys = hi - lo, kp = (keys + L - 1) / L * L;
    /* K^T, keys padded with zeros to kp: a query's scores for L keys are then L-wide FMAs
     * over head_dim, with no horizontal sums. */
    float kt[ATTN_DIRECT_KT_FLOATS];
    for (size_t d = 0; d < hd; d++) {
        for (size_t j = 0; j < keys; j++)
            kt[d * kp + j] = k[(lo + j) * ld + d];
        for (size_t j = keys; j < kp; j++)
            kt[d * kp + j] = 0.0f;
    }
    const float *vt = v + lo * ld;
    float p[R][ATTN_DIRECT_KT_FLOATS / L]; /* R queries' scores, then their probabilities */
    for (size_t r0 = q0; r0 < q1; r0 += R) {
        /* Past the tile's last query, repeat it: the same row computed and stored again. */
        size_t qi[R];
        for (size_t i = 0; i < R; i++)
            qi[i] = r0 + i < q1 ? r0 + i : q1 - 1;
        const float *x0 = q + qi[0] * ld, *x1 = q + qi[1] * ld, *x2 = q + qi[2] * ld,
                    *x3 = q + qi[3] * ld;
        for (size_t j0 = 0; j0 < kp; j0 += L) {
            lanes a0 = {0}, a1 = {0}, a2 = {0}, a3 = {0};
            for (size_t d = 0; d < hd; d++) {
                lanes kd;
                memcpy(&kd, kt + d * kp + j0, sizeof(kd));
                a0 += x0[d] * kd;
                a1 += x1[d] * kd;
                a2 += x2[d] * kd;
                a3 += x3[d] * kd;
            }
            a0 *= scale, a1 *= scale, a2 *= scale, a3 *= scale;
            memcpy(p[0] + j0, &a0, sizeof(a0));
            memcpy(p[1] + j0, &a1, sizeof(a1));
            memcpy(p[2] + j0, &a2, sizeof(a2));
            memcpy(p[3] + j0, &a3, sizeof(a3));
        }
        float inv[R];
        for (size_t i = 0; i < R; i++) {
            size_t wlo, whi;
            attention_window(qi[i], len, window_half, &wlo, &whi);
            inv[i] = 1.0f / softmax_window(p[i], kp, wlo - lo, whi - lo);
        }
        for (size_t d0 = 0; d0 < hd; d0 += L) {
            lanes a0 = {0}, a1 = {0}, a2 = {0}, a3 = {0};
            for (size_t j = 0; j < keys; j++) {
                lanes vj;
                memcpy(&vj, vt + j * ld + d0, sizeof(vj));
                a0 += p[0][j] * vj;
                a1 += p[1][j] * vj;
                a2 += p[2][j] * vj;
                a3 += p[3][j] * vj;
            }
            a0 *= inv[0], a1 *= inv[1], a2 *= inv[2], a3 *= inv[3];
            memcpy(out + qi[0] * ldo + d0, &a0, sizeof(a0));
            memcpy(out + qi[1] * ldo + d0, &a1, sizeof(a1));
            memcpy(out + qi[2] * ldo + d0, &a2, sizeof(a2));
            memcpy(out + qi[3] * ldo + d0, &a3, sizeof(a3));
        }
    }
}
