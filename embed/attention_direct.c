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

/* Half a lane group, 8 floats, as a GNU C vector (one ymm register), moved in and out by
 * memcpy: GCC's vectoriser, given the same loops over float arrays, spilled or scalarised some
 * of the accumulators, and GCC lowers a 16-float vector type on AVX2 through the stack. 8-wide
 * vectors run well in both clones; on this AMD CPU 512-bit FMAs are two 256-bit halves anyway. */
enum { V = 8 };
typedef float vec __attribute__((vector_size(V * sizeof(float))));
typedef int32_t vec_int __attribute__((vector_size(V * sizeof(int32_t))));

/* v with its halves, quarters, ... swapped: the steps of a horizontal reduction in registers.
 * Summing a stored accumulator array element by element instead stalls on store forwarding
 * (a vector store read back as floats), a tenth of the tile's time. */
#if defined(__clang__)
#define VEC_SHUFFLE(v, ...) __builtin_shufflevector(v, v, __VA_ARGS__)
#else
#define VEC_SHUFFLE(v, ...) __builtin_shuffle(v, (vec_int){__VA_ARGS__})
#endif
#define VEC_SWAP4(v) VEC_SHUFFLE(v, 4, 5, 6, 7, 0, 1, 2, 3)
#define VEC_SWAP2(v) VEC_SHUFFLE(v, 2, 3, 0, 1, 6, 7, 4, 5)
#define VEC_SWAP1(v) VEC_SHUFFLE(v, 1, 0, 3, 2, 5, 4, 7, 6)
/* Elementwise max by a compare mask (C has no ?: on vectors). */
#define VEC_MAX(a, b) ((vec)(((vec_int)(a) & ((a) > (b))) | ((vec_int)(b) & ~((a) > (b)))))

/* The sum and the maximum of L floats. */
static inline float lanes_sum(const float *x)
{
    vec v, w;
    memcpy(&v, x, sizeof(v));
    memcpy(&w, x + V, sizeof(w));
    v += w;
    v += VEC_SWAP4(v);
    v += VEC_SWAP2(v);
    v += VEC_SWAP1(v);
    return v[0];
}

static inline float lanes_max(const float *x)
{
    vec v, w;
    memcpy(&v, x, sizeof(v));
    memcpy(&w, x + V, sizeof(w));
    v = VEC_MAX(v, w);
    v = VEC_MAX(v, VEC_SWAP4(v));
    v = VEC_MAX(v, VEC_SWAP2(v));
    v = VEC_MAX(v, VEC_SWAP1(v));
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

/* Queries a pass takes together: each load of K^T or V then feeds R accumulators, and those
 * 2R independent FMA chains (two halves each) hide the FMA latency. One query at a time is
 * bound by the loads. */
enum { R = 4 };

bool attention_direct_fits(size_t keys, size_t hd)
{
#if defined(__x86_64__) && defined(__GNUC__)
    bool cpu = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
#else
    bool cpu = false; /* not measured elsewhere */
#endif
    size_t padded = (keys + L - 1) / L * L;
    return cpu && hd % L == 0 && hd * padded <= ATTN_DIRECT_KT_FLOATS;
}

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
        for (size_t j0 = 0; j0 < kp; j0 += L) { /* a: keys j0.., b: keys j0 + V.. */
            vec a0 = {0}, a1 = {0}, a2 = {0}, a3 = {0}, b0 = {0}, b1 = {0}, b2 = {0}, b3 = {0};
            for (size_t d = 0; d < hd; d++) {
                vec ka, kb;
                memcpy(&ka, kt + d * kp + j0, sizeof(ka));
                memcpy(&kb, kt + d * kp + j0 + V, sizeof(kb));
                a0 += x0[d] * ka, b0 += x0[d] * kb;
                a1 += x1[d] * ka, b1 += x1[d] * kb;
                a2 += x2[d] * ka, b2 += x2[d] * kb;
                a3 += x3[d] * ka, b3 += x3[d] * kb;
            }
            a0 *= scale, a1 *= scale, a2 *= scale, a3 *= scale;
            b0 *= scale, b1 *= scale, b2 *= scale, b3 *= scale;
            memcpy(p[0] + j0, &a0, sizeof(a0)), memcpy(p[0] + j0 + V, &b0, sizeof(b0));
            memcpy(p[1] + j0, &a1, sizeof(a1)), memcpy(p[1] + j0 + V, &b1, sizeof(b1));
            memcpy(p[2] + j0, &a2, sizeof(a2)), memcpy(p[2] + j0 + V, &b2, sizeof(b2));
            memcpy(p[3] + j0, &a3, sizeof(a3)), memcpy(p[3] + j0 + V, &b3, sizeof(b3));
        }
        float inv[R];
        for (size_t i = 0; i < R; i++) {
            size_t wlo, whi;
            attention_window(qi[i], len, window_half, &wlo, &whi);
            inv[i] = 1.0f / softmax_window(p[i], kp, wlo - lo, whi - lo);
        }
        for (size_t d0 = 0; d0 < hd; d0 += L) { /* a: dims d0.., b: dims d0 + V.. */
            vec a0 = {0}, a1 = {0}, a2 = {0}, a3 = {0}, b0 = {0}, b1 = {0}, b2 = {0}, b3 = {0};
            for (size_t j = 0; j < keys; j++) {
                vec va, vb;
                memcpy(&va, vt + j * ld + d0, sizeof(va));
                memcpy(&vb, vt + j * ld + d0 + V, sizeof(vb));
                a0 += p[0][j] * va, b0 += p[0][j] * vb;
                a1 += p[1][j] * va, b1 += p[1][j] * vb;
                a2 += p[2][j] * va, b2 += p[2][j] * vb;
                a3 += p[3][j] * va, b3 += p[3][j] * vb;
            }
            a0 *= inv[0], a1 *= inv[1], a2 *= inv[2], a3 *= inv[3];
            b0 *= inv[0], b1 *= inv[1], b2 *= inv[2], b3 *= inv[3];
            memcpy(out + qi[0] * ldo + d0, &a0, sizeof(a0));
            memcpy(out + qi[0] * ldo + d0 + V, &b0, sizeof(b0));
            memcpy(out + qi[1] * ldo + d0, &a1, sizeof(a1));
            memcpy(out + qi[1] * ldo + d0 + V, &b1, sizeof(b1));
            memcpy(out + qi[2] * ldo + d0, &a2, sizeof(a2));
            memcpy(out + qi[2] * ldo + d0 + V, &b2, sizeof(b2));
            memcpy(out + qi[3] * ldo + d0, &a3, sizeof(a3));
            memcpy(out + qi[3] * ldo + d0 + V, &b3, sizeof(b3));
        }
    }
}
