/* linear16.c — the kernels for BF16 and F16 weights (embed/linear.h's layouts): widened to
 * F32 in registers (portable, AVX2+F16C, AVX-512F) or multiplied as bf16 pairs with
 * AVX512-BF16's vdpbf16ps; always F32 accumulation. See linear_tile.h. */
#include "embed/linear_tile.h"

#include <string.h>

#include "embed/embed_assert.h"
#include "embed/half.h"

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define LINEAR16_X86 1
#else
#define LINEAR16_X86 0
#endif

_Static_assert(LINEAR_PANEL == 32, "a bf16 pair row of a panel is 2 zmm, an f16 row 1 zmm");

/* Index of W[j][k] of a panel in the BF16 pair layout. */
static size_t pair_index(size_t k, size_t j)
{
    return ((k / 2) * LINEAR_PANEL + j) * 2 + (k & 1);
}

static void tile_bf16_portable(const void *const *xv, const uint16_t *panel, size_t in, float *tile)
{
    const float *const *xr = (const float *const *)xv;
    memset(tile, 0, sizeof(float) * LINEAR_TILE_ROWS * LINEAR_PANEL);
    for (size_t k = 0; k < in; k++) {
        float b[LINEAR_PANEL];
        for (size_t j = 0; j < LINEAR_PANEL; j++)
            b[j] = half_bf16_to_f32(panel[pair_index(k, j)]);
        for (size_t i = 0; i < LINEAR_TILE_ROWS; i++)
            for (size_t j = 0; j < LINEAR_PANEL; j++)
                tile[i * LINEAR_PANEL + j] += xr[i][k] * b[j];
    }
}

static void tile_f16_portable(const void *const *xv, const uint16_t *panel, size_t in, float *tile)
{
    const float *const *xr = (const float *const *)xv;
    memset(tile, 0, sizeof(float) * LINEAR_TILE_ROWS * LINEAR_PANEL);
    for (size_t k = 0; k < in; k++) {
        float b[LINEAR_PANEL];
        for (size_t j = 0; j < LINEAR_PANEL; j++)
            b[j] = half_f16_to_f32(panel[k * LINEAR_PANEL + j]);
        for (size_t i = 0; i < LINEAR_TILE_ROWS; i++)
            for (size_t j = 0; j < LINEAR_PANEL; j++)
                tile[i * LINEAR_PANEL + j] += xr[i][k] * b[j];
    }
}

#if LINEAR16_X86
bool linear_cpu_avx512f(void)
{
    return __builtin_cpu_supports("avx512f");
}

bool linear_cpu_avx2_fma(void)
{
    return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
}

bool linear_cpu_f16c(void)
{
    /* GCC's __builtin_cpu_supports has no "f16c" before GCC 13: cpuid leaf 1, ecx bit 29. */
    unsigned a, b, c, d;
    __asm__("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "a"(1), "c"(0));
    return (c >> 29) & 1u;
}

bool linear_cpu_avx512_bf16(void)
{
    return __builtin_cpu_supports("avx512bf16");
}

/* The even-k and odd-k weights of 16 columns from one 64-byte pair row: bf16 is the high
 * half of a float, so shifting the low halves up, or masking off the low halves, is exact. */
__attribute__((target("avx512f"))) static inline void bf16_pairs_avx512(const uint16_t *p,
                                                                        __m512 *even, __m512 *odd)
{
    __m512i v = _mm512_load_si512((const void *)p);
    *even = _mm512_castsi512_ps(_mm512_slli_epi32(v, 16));
    *odd = _mm512_castsi512_ps(_mm512_and_si512(v, _mm512_set1_epi32((int)0xffff0000u)));
}

/* 6 rows x 32 columns in 12 zmm accumulators, as linear.c's F32 kernel: per pair of k two
 * loads widen to four weight vectors, then two FMAs per row and k. */
__attribute__((target("avx512f"))) static void
tile_bf16_avx512(const void *const *xv, const uint16_t *panel, size_t in, float *tile)
{
    const float *const *xr = (const float *const *)xv;
    __m512 c0[LINEAR_TILE_ROWS], c1[LINEAR_TILE_ROWS];
    for (int i = 0; i < LINEAR_TILE_ROWS; i++) {
        c0[i] = _mm512_setzero_ps();
        c1[i] = _mm512_setzero_ps();
    }
    for (size_t k = 0; k < in; k += 2) {
        __m512 e0, o0, e1, o1;
        bf16_pairs_avx512(panel + k * LINEAR_PANEL, &e0, &o0);
        bf16_pairs_avx512(panel + k * LINEAR_PANEL + LINEAR_PANEL, &e1, &o1);
        for (int i = 0; i < LINEAR_TILE_ROWS; i++) {
            __m512 x0 = _mm512_set1_ps(xr[i][k]);
            c0[i] = _mm512_fmadd_ps(x0, e0, c0[i]);
            c1[i] = _mm512_fmadd_ps(x0, e1, c1[i]);
        }
        if (k + 1 == in)
            break; /* an odd in ends on one k (its pair is the zero pad) */
        for (int i = 0; i < LINEAR_TILE_ROWS; i++) {
            __m512 x1 = _mm512_set1_ps(xr[i][k + 1]);
            c0[i] = _mm512_fmadd_ps(x1, o0, c0[i]);
            c1[i] = _mm512_fmadd_ps(x1, o1, c1[i]);
        }
    }
    for (int i = 0; i < LINEAR_TILE_ROWS; i++) {
        _mm512_store_ps(tile + i * LINEAR_PANEL, c0[i]);
        _mm512_store_ps(tile + i * LINEAR_PANEL + 16, c1[i]);
    }
}

/* The two weight vectors of 8 columns from one 32-byte pair row (AVX2). */
__attribute__((target("avx2,fma"))) static inline void bf16_pairs_avx2(const uint16_t *p,
                                                                       __m256 *even, __m256 *odd)
{
    __m256i v = _mm256_load_si256((const void *)p);
    *even = _mm256_castsi256_ps(_mm256_slli_epi32(v, 16));
    *odd = _mm256_castsi256_ps(_mm256_and_si256(v, _mm256_set1_epi32((int)0xffff0000u)));
}

/* 16 ymm: each half panel (16 columns) is its own pass over k with 12 accumulators, the
 * weights of one k at a time (two vectors) and one broadcast. */
__attribute__((target("avx2,fma"))) static void
tile_bf16_avx2_half(const float *const *xr, const uint16_t *panel, size_t in, float *tile)
{
    __m256 c0[LINEAR_TILE_ROWS], c1[LINEAR_TILE_ROWS];
    for (int i = 0; i < LINEAR_TILE_ROWS; i++) {
        c0[i] = _mm256_setzero_ps();
        c1[i] = _mm256_setzero_ps();
    }
    for (size_t k = 0; k < in; k += 2) {
        __m256 e0, o0, e1, o1;
        bf16_pairs_avx2(panel + k * LINEAR_PANEL, &e0, &o0);
        bf16_pairs_avx2(panel + k * LINEAR_PANEL + 16, &e1, &o1);
        for (int i = 0; i < LINEAR_TILE_ROWS; i++) {
            __m256 x0 = _mm256_broadcast_ss(xr[i] + k);
            c0[i] = _mm256_fmadd_ps(x0, e0, c0[i]);
            c1[i] = _mm256_fmadd_ps(x0, e1, c1[i]);
        }
        if (k + 1 == in)
            break; /* an odd in ends on one k */
        for (int i = 0; i < LINEAR_TILE_ROWS; i++) {
            __m256 x1 = _mm256_broadcast_ss(xr[i] + k + 1);
            c0[i] = _mm256_fmadd_ps(x1, o0, c0[i]);
            c1[i] = _mm256_fmadd_ps(x1, o1, c1[i]);
        }
    }
    for (int i = 0; i < LINEAR_TILE_ROWS; i++) {
        _mm256_store_ps(tile + i * LINEAR_PANEL, c0[i]);
        _mm256_store_ps(tile + i * LINEAR_PANEL + 8, c1[i]);
    }
}

__attribute__((target("avx2,fma"))) static void
tile_bf16_avx2(const void *const *xv, const uint16_t *panel, size_t in, float *tile)
{
    const float *const *xr = (const float *const *)xv;
    /* Columns 16..31 start 16 pairs (32 values) into each pair row. */
    tile_bf16_avx2_half(xr, panel, in, tile);
    tile_bf16_avx2_half(xr, panel + 32, in, tile + 16);
}

__attribute__((target("avx512f"))) static void
tile_f16_avx512(const void *const *xv, const uint16_t *panel, size_t in, float *tile)
{
    const float *const *xr = (const float *const *)xv;
    __m512 c0[LINEAR_TILE_ROWS], c1[LINEAR_TILE_ROWS];
    for (int i = 0; i < LINEAR_TILE_ROWS; i++) {
        c0[i] = _mm512_setzero_ps();
        c1[i] = _mm512_setzero_ps();
    }
    for (size_t k = 0; k < in; k++) {
        const uint16_t *p = panel + k * LINEAR_PANEL;
        __m512 b0 = _mm512_cvtph_ps(_mm256_load_si256((const void *)p));
        __m512 b1 = _mm512_cvtph_ps(_mm256_load_si256((const void *)(p + 16)));
        for (int i = 0; i < LINEAR_TILE_ROWS; i++) {
            __m512 x = _mm512_set1_ps(xr[i][k]);
            c0[i] = _mm512_fmadd_ps(x, b0, c0[i]);
            c1[i] = _mm512_fmadd_ps(x, b1, c1[i]);
        }
    }
    for (int i = 0; i < LINEAR_TILE_ROWS; i++) {
        _mm512_store_ps(tile + i * LINEAR_PANEL, c0[i]);
        _mm512_store_ps(tile + i * LINEAR_PANEL + 16, c1[i]);
    }
}

__attribute__((target("avx2,fma,f16c"))) static void
tile_f16_avx2_half(const float *const *xr, const uint16_t *panel, size_t in, float *tile)
{
    __m256 c0[LINEAR_TILE_ROWS], c1[LINEAR_TILE_ROWS];
    for (int i = 0; i < LINEAR_TILE_ROWS; i++) {
        c0[i] = _mm256_setzero_ps();
        c1[i] = _mm256_setzero_ps();
    }
    for (size_t k = 0; k < in; k++) {
        const uint16_t *p = panel + k * LINEAR_PANEL;
        __m256 b0 = _mm256_cvtph_ps(_mm_load_si128((const void *)p));
        __m256 b1 = _mm256_cvtph_ps(_mm_load_si128((const void *)(p + 8)));
        for (int i = 0; i < LINEAR_TILE_ROWS; i++) {
            __m256 x = _mm256_broadcast_ss(xr[i] + k);
            c0[i] = _mm256_fmadd_ps(x, b0, c0[i]);
            c1[i] = _mm256_fmadd_ps(x, b1, c1[i]);
        }
    }
    for (int i = 0; i < LINEAR_TILE_ROWS; i++) {
        _mm256_store_ps(tile + i * LINEAR_PANEL, c0[i]);
        _mm256_store_ps(tile + i * LINEAR_PANEL + 8, c1[i]);
    }
}

__attribute__((target("avx2,fma,f16c"))) static void
tile_f16_avx2(const void *const *xv, const uint16_t *panel, size_t in, float *tile)
{
    const float *const *xr = (const float *const *)xv;
    tile_f16_avx2_half(xr, panel, in, tile);
    tile_f16_avx2_half(xr, panel + 16, in, tile + 16);
}

/* AVX512-BF16: per pair of k, one 32-bit broadcast of a row's two bf16 activations and one
 * vdpbf16ps per 16 columns adds both products to the F32 accumulators. rows (a constant in
 * each caller) of the tile's LINEAR_TILE_ROWS are computed and stored. */
__attribute__((target("avx512f,avx512bf16"), always_inline)) static inline void
tile_bf16_dot_rows(const void *const *xv, const uint16_t *panel, size_t in, float *tile,
                   const int rows)
{
    const uint16_t *const *xr = (const uint16_t *const *)xv;
    __m512 c0[LINEAR_TILE_ROWS], c1[LINEAR_TILE_ROWS];
    for (int i = 0; i < rows; i++) {
        c0[i] = _mm512_setzero_ps();
        c1[i] = _mm512_setzero_ps();
    }
    for (size_t k = 0; k < in; k += 2) {
        const uint16_t *p = panel + k * LINEAR_PANEL;
        __m512bh b0 = (__m512bh)_mm512_load_si512((const void *)p);
        __m512bh b1 = (__m512bh)_mm512_load_si512((const void *)(p + 32));
        for (int i = 0; i < rows; i++) {
            uint32_t pair;
            memcpy(&pair, xr[i] + k, sizeof(pair)); /* the rows are padded to even */
            __m512bh x = (__m512bh)_mm512_set1_epi32((int)pair);
            c0[i] = _mm512_dpbf16_ps(c0[i], x, b0);
            c1[i] = _mm512_dpbf16_ps(c1[i], x, b1);
        }
    }
    for (int i = 0; i < rows; i++) {
        _mm512_store_ps(tile + i * LINEAR_PANEL, c0[i]);
        _mm512_store_ps(tile + i * LINEAR_PANEL + 16, c1[i]);
    }
}

__attribute__((target("avx512f,avx512bf16"))) static void
tile_bf16_dot(const void *const *xv, const uint16_t *panel, size_t in, float *tile)
{
    tile_bf16_dot_rows(xv, panel, in, tile, LINEAR_TILE_ROWS);
}

/* Narrower tiles for the last rows of a block (a 27-token text is 4 tiles and 3 rows): the
 * full tile would spend its multiply-adds on copies of a real row. */
#define TILE_BF16_DOT_N(n)                                                                         \
    __attribute__((target("avx512f,avx512bf16"))) static void tile_bf16_dot_##n(                   \
        const void *const *xv, const uint16_t *panel, size_t in, float *tile)                      \
    {                                                                                              \
        tile_bf16_dot_rows(xv, panel, in, tile, n);                                                \
    }
TILE_BF16_DOT_N(1)
TILE_BF16_DOT_N(2)
TILE_BF16_DOT_N(3)
TILE_BF16_DOT_N(4)
TILE_BF16_DOT_N(5)

__attribute__((target("avx512f,avx512bf16"))) void
linear_x16_rows(const float *x, size_t ldx, size_t rows, size_t in, uint16_t *x16)
{
    size_t ld16 = linear_x16_ld(in);
    for (size_t r = 0; r < rows; r++) {
        const float *src = x + r * ldx;
        uint16_t *dst = x16 + r * ld16;
        for (size_t k = 0; k < ld16; k += 16) {
            size_t left = in > k ? in - k : 0;
            __mmask16 m = left >= 16 ? (__mmask16)0xffff : (__mmask16)((1u << left) - 1u);
            __m256bh h = _mm512_cvtneps_pbh(_mm512_maskz_loadu_ps(m, src + k));
            _mm256_storeu_si256((void *)(dst + k), (__m256i)h);
        }
    }
}
#else
bool linear_cpu_avx512f(void)
{
    return false;
}

bool linear_cpu_avx2_fma(void)
{
    return false;
}

bool linear_cpu_f16c(void)
{
    return false;
}

bool linear_cpu_avx512_bf16(void)
{
    return false;
}

void linear_x16_rows(const float *x, size_t ldx, size_t rows, size_t in, uint16_t *x16)
{
    (void)x, (void)ldx, (void)rows, (void)in, (void)x16;
    EMBED_ASSERT(!"linear_x16_rows needs AVX512-BF16");
}
#endif

size_t linear_x16_ld(size_t in)
{
    return (in + 15) / 16 * 16;
}

linear_tile16_fn linear_tile16(enum linear_dtype dtype, enum linear_isa isa)
{
    EMBED_ASSERT(dtype == LINEAR_DTYPE_BF16 || dtype == LINEAR_DTYPE_F16);
    bool bf16 = dtype == LINEAR_DTYPE_BF16;
#if LINEAR16_X86
    if (isa == LINEAR_ISA_AVX512_BF16) {
        EMBED_ASSERT(bf16);
        return tile_bf16_dot;
    }
    if (isa == LINEAR_ISA_AVX512)
        return bf16 ? tile_bf16_avx512 : tile_f16_avx512;
    if (isa == LINEAR_ISA_AVX2)
        return bf16 ? tile_bf16_avx2 : tile_f16_avx2;
#endif
    EMBED_ASSERT(isa == LINEAR_ISA_PORTABLE);
    return bf16 ? tile_bf16_portable : tile_f16_portable;
}

linear_tile16_fn linear_tile16_rows(enum linear_dtype dtype, enum linear_isa isa, size_t rows)
{
    EMBED_ASSERT(rows >= 1 && rows <= LINEAR_TILE_ROWS);
#if LINEAR16_X86
    static const linear_tile16_fn bf16_dot[LINEAR_TILE_ROWS] = {tile_bf16_dot_1, tile_bf16_dot_2,
                                                                tile_bf16_dot_3, tile_bf16_dot_4,
                                                                tile_bf16_dot_5, tile_bf16_dot};
    if (isa == LINEAR_ISA_AVX512_BF16 && dtype == LINEAR_DTYPE_BF16)
        return bf16_dot[rows - 1];
#endif
    return linear_tile16(dtype, isa);
}
