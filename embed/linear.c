/* linear.c — packed dense layers and their GEMM kernels; see linear.h. */
#include "embed/linear.h"

#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define LINEAR_X86 1
#else
#define LINEAR_X86 0
#endif

#include "embed/embed_assert.h"

/* Alignment of the packed panels: one cache line, what aligned vector loads want. */
#define LINEAR_ALIGN 64

_Static_assert(LINEAR_PANEL == 32, "the x86 kernels hold a panel row in 2 zmm / 4 ymm");
_Static_assert(LINEAR_TILE_ROWS == 6, "the x86 kernels unroll 6 rows");
_Static_assert(LINEAR_PANEL * sizeof(float) % LINEAR_ALIGN == 0, "panel rows stay aligned");

/* A kernel: tile[i][j] = sum_k xr[i][k] * panel[k][j] for i < LINEAR_TILE_ROWS, j < PANEL.
 * Rows past the real ones point at a real row (their results are dropped). */
typedef void (*linear_tile_fn)(const float *const *xr, const float *panel, size_t in, float *tile);

static void tile_portable(const float *const *xr, const float *panel, size_t in, float *tile)
{
    memset(tile, 0, sizeof(float) * LINEAR_TILE_ROWS * LINEAR_PANEL);
    for (size_t k = 0; k < in; k++) {
        const float *b = panel + k * LINEAR_PANEL;
        for (size_t i = 0; i < LINEAR_TILE_ROWS; i++) {
            float xv = xr[i][k];
            float *t = tile + i * LINEAR_PANEL;
            for (size_t j = 0; j < LINEAR_PANEL; j++)
                t[j] += xv * b[j];
        }
    }
}

#if LINEAR_X86
/* 6 rows x 32 columns in 12 zmm accumulators; per k two panel loads and six broadcasts. */
__attribute__((target("avx512f"))) static void
tile_avx512(const float *const *xr, const float *panel, size_t in, float *tile)
{
    __m512 c0[LINEAR_TILE_ROWS], c1[LINEAR_TILE_ROWS];
    for (int i = 0; i < LINEAR_TILE_ROWS; i++) {
        c0[i] = _mm512_setzero_ps();
        c1[i] = _mm512_setzero_ps();
    }
    for (size_t k = 0; k < in; k++) {
        __m512 b0 = _mm512_load_ps(panel + k * LINEAR_PANEL);
        __m512 b1 = _mm512_load_ps(panel + k * LINEAR_PANEL + 16);
        for (int i = 0; i < LINEAR_TILE_ROWS; i++) {
            __m512 xv = _mm512_set1_ps(xr[i][k]);
            c0[i] = _mm512_fmadd_ps(xv, b0, c0[i]);
            c1[i] = _mm512_fmadd_ps(xv, b1, c1[i]);
        }
    }
    for (int i = 0; i < LINEAR_TILE_ROWS; i++) {
        _mm512_store_ps(tile + i * LINEAR_PANEL, c0[i]);
        _mm512_store_ps(tile + i * LINEAR_PANEL + 16, c1[i]);
    }
}

/* AVX2 has 16 ymm registers: each half panel (16 columns) is its own pass over k with
 * 12 accumulators, 2 panel loads and 1 broadcast. */
__attribute__((target("avx2,fma"))) static void
tile_avx2_half(const float *const *xr, const float *panel, size_t in, float *tile)
{
    __m256 c0[LINEAR_TILE_ROWS], c1[LINEAR_TILE_ROWS];
    for (int i = 0; i < LINEAR_TILE_ROWS; i++) {
        c0[i] = _mm256_setzero_ps();
        c1[i] = _mm256_setzero_ps();
    }
    for (size_t k = 0; k < in; k++) {
        __m256 b0 = _mm256_load_ps(panel + k * LINEAR_PANEL);
        __m256 b1 = _mm256_load_ps(panel + k * LINEAR_PANEL + 8);
        for (int i = 0; i < LINEAR_TILE_ROWS; i++) {
            __m256 xv = _mm256_broadcast_ss(xr[i] + k);
            c0[i] = _mm256_fmadd_ps(xv, b0, c0[i]);
            c1[i] = _mm256_fmadd_ps(xv, b1, c1[i]);
        }
    }
    for (int i = 0; i < LINEAR_TILE_ROWS; i++) {
        _mm256_store_ps(tile + i * LINEAR_PANEL, c0[i]);
        _mm256_store_ps(tile + i * LINEAR_PANEL + 8, c1[i]);
    }
}

__attribute__((target("avx2,fma"))) static void
tile_avx2(const float *const *xr, const float *panel, size_t in, float *tile)
{
    tile_avx2_half(xr, panel, in, tile);
    tile_avx2_half(xr, panel + 16, in, tile + 16);
}
#endif

static linear_tile_fn tile_fn(enum linear_isa isa)
{
#if LINEAR_X86
    if (isa == LINEAR_ISA_AVX512)
        return tile_avx512;
    if (isa == LINEAR_ISA_AVX2)
        return tile_avx2;
#endif
    EMBED_ASSERT(isa == LINEAR_ISA_PORTABLE);
    return tile_portable;
}

bool linear_isa_supported(enum linear_isa isa)
{
#if LINEAR_X86
    if (isa == LINEAR_ISA_AVX512)
        return __builtin_cpu_supports("avx512f");
    if (isa == LINEAR_ISA_AVX2)
        return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
#endif
    return isa == LINEAR_ISA_PORTABLE;
}

enum linear_isa linear_isa_best(void)
{
    if (linear_isa_supported(LINEAR_ISA_AVX512))
        return LINEAR_ISA_AVX512;
    if (linear_isa_supported(LINEAR_ISA_AVX2))
        return LINEAR_ISA_AVX2;
    return LINEAR_ISA_PORTABLE;
}

const char *linear_isa_name(enum linear_isa isa)
{
    static const char *const names[LINEAR_ISA_MAX] = {"portable", "avx2", "avx512"};
    EMBED_ASSERT(isa < LINEAR_ISA_MAX);
    return names[isa];
}

void linear_init_isa(struct linear *l, const float *w, const float *bias, size_t out, size_t in,
                     enum linear_isa isa)
{
    EMBED_ASSERT(out >= 1 && in >= 1);
    EMBED_ASSERT(linear_isa_supported(isa));
    size_t panels = (out + LINEAR_PANEL - 1) / LINEAR_PANEL;
    size_t floats = panels * in * LINEAR_PANEL;
    float *p = aligned_alloc(LINEAR_ALIGN, floats * sizeof(float));
    EMBED_OOM_CHECK(p);
    /* Read W row by row (sequential in the mapping), write each row down its panel column. */
    for (size_t c = 0; c < panels * LINEAR_PANEL; c++) {
        float *dst = p + (c / LINEAR_PANEL) * in * LINEAR_PANEL + c % LINEAR_PANEL;
        const float *src = c < out ? w + c * in : NULL;
        for (size_t k = 0; k < in; k++)
            dst[k * LINEAR_PANEL] = src ? src[k] : 0.0f;
    }
    *l = (struct linear){
        .panels = p, .bias = bias, .out = out, .in = in, .panel_count = panels, .isa = isa};
}

void linear_init(struct linear *l, const float *w, const float *bias, size_t out, size_t in)
{
    linear_init_isa(l, w, bias, out, in, linear_isa_best());
}

void linear_free(struct linear *l)
{
    free(l->panels);
    l->panels = NULL;
}

/* Writes the first rows x cols of a tile to y (columns col0...), adding bias, and onto y's
 * old values when accumulating. */
static void tile_store(const struct linear *l, const float *tile, size_t rows, size_t col0,
                       size_t cols, float *y, size_t ldy, bool accumulate)
{
    for (size_t i = 0; i < rows; i++) {
        const float *t = tile + i * LINEAR_PANEL;
        float *yr = y + i * ldy + col0;
        const float *b = l->bias ? l->bias + col0 : NULL;
        if (accumulate && b)
            for (size_t j = 0; j < cols; j++)
                yr[j] += t[j] + b[j];
        else if (accumulate)
            for (size_t j = 0; j < cols; j++)
                yr[j] += t[j];
        else if (b)
            for (size_t j = 0; j < cols; j++)
                yr[j] = t[j] + b[j];
        else
            memcpy(yr, t, cols * sizeof(float));
    }
}

void linear_forward_panels(const struct linear *l, const float *x, size_t ldx, size_t rows,
                           float *y, size_t ldy, bool accumulate, size_t panel_lo, size_t panel_hi)
{
    EMBED_ASSERT(ldx >= l->in && ldy >= l->out);
    EMBED_ASSERT(panel_lo <= panel_hi && panel_hi <= l->panel_count);
    linear_tile_fn fn = tile_fn(l->isa);
    alignas(LINEAR_ALIGN) float tile[LINEAR_TILE_ROWS * LINEAR_PANEL];
    size_t block = LINEAR_X_BLOCK_BYTES / (l->in * sizeof(float));
    block =
        block < LINEAR_TILE_ROWS ? LINEAR_TILE_ROWS : block / LINEAR_TILE_ROWS * LINEAR_TILE_ROWS;
    for (size_t r0 = 0; r0 < rows; r0 += block) {
        size_t r1 = r0 + block < rows ? r0 + block : rows;
        for (size_t p = panel_lo; p < panel_hi; p++) {
            const float *panel = l->panels + p * l->in * LINEAR_PANEL;
            size_t col0 = p * LINEAR_PANEL;
            size_t cols = l->out - col0 < LINEAR_PANEL ? l->out - col0 : LINEAR_PANEL;
            for (size_t r = r0; r < r1; r += LINEAR_TILE_ROWS) {
                size_t n = r1 - r < LINEAR_TILE_ROWS ? r1 - r : LINEAR_TILE_ROWS;
                const float *xr[LINEAR_TILE_ROWS];
                for (size_t i = 0; i < LINEAR_TILE_ROWS; i++)
                    xr[i] = x + (r + (i < n ? i : 0)) * ldx;
                fn(xr, panel, l->in, tile);
                tile_store(l, tile, n, col0, cols, y + r * ldy, ldy, accumulate);
            }
        }
    }
}

void linear_forward(const struct linear *l, const float *x, size_t ldx, size_t rows, float *y,
                    size_t ldy, bool accumulate)
{
    linear_forward_panels(l, x, ldx, rows, y, ldy, accumulate, 0, l->panel_count);
}
