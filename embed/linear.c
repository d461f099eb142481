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
#include "embed/half.h"
#include "embed/linear_tile.h"

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
/* 6 rows x 32 columns in 12 zmm accumulators; per k two panel loads and six broadcasts.
 * rows (a constant in each caller) of the tile are computed and stored. */
__attribute__((target("avx512f"), always_inline)) static inline void
tile_avx512_rows(const float *const *xr, const float *panel, size_t in, float *tile, const int rows)
{
    __m512 c0[LINEAR_TILE_ROWS], c1[LINEAR_TILE_ROWS];
    for (int i = 0; i < rows; i++) {
        c0[i] = _mm512_setzero_ps();
        c1[i] = _mm512_setzero_ps();
    }
    for (size_t k = 0; k < in; k++) {
        __m512 b0 = _mm512_load_ps(panel + k * LINEAR_PANEL);
        __m512 b1 = _mm512_load_ps(panel + k * LINEAR_PANEL + 16);
        for (int i = 0; i < rows; i++) {
            __m512 xv = _mm512_set1_ps(xr[i][k]);
            c0[i] = _mm512_fmadd_ps(xv, b0, c0[i]);
            c1[i] = _mm512_fmadd_ps(xv, b1, c1[i]);
        }
    }
    for (int i = 0; i < rows; i++) {
        _mm512_store_ps(tile + i * LINEAR_PANEL, c0[i]);
        _mm512_store_ps(tile + i * LINEAR_PANEL + 16, c1[i]);
    }
}

__attribute__((target("avx512f"))) static void
tile_avx512(const float *const *xr, const float *panel, size_t in, float *tile)
{
    tile_avx512_rows(xr, panel, in, tile, LINEAR_TILE_ROWS);
}

/* Narrower tiles for the last rows of a block (a 27-token text is 4 tiles and 3 rows): the
 * full tile would spend its multiply-adds on copies of a real row. Same sums per row:
 * bit-identical. */
#define TILE_AVX512_N(n)                                                                           \
    __attribute__((target("avx512f"))) static void tile_avx512_##n(                                \
        const float *const *xr, const float *panel, size_t in, float *tile)                        \
    {                                                                                              \
        tile_avx512_rows(xr, panel, in, tile, n);                                                  \
    }
TILE_AVX512_N(1)
TILE_AVX512_N(2)
TILE_AVX512_N(3)
TILE_AVX512_N(4)
TILE_AVX512_N(5)

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

/* A kernel that computes (at least) the first rows rows of the tile. */
static linear_tile_fn tile_fn_rows(enum linear_isa isa, size_t rows)
{
#if LINEAR_X86
    static const linear_tile_fn avx512[LINEAR_TILE_ROWS] = {
        tile_avx512_1, tile_avx512_2, tile_avx512_3, tile_avx512_4, tile_avx512_5, tile_avx512};
    if (isa == LINEAR_ISA_AVX512)
        return avx512[rows - 1];
#endif
    return tile_fn(isa);
}

bool linear_kernel_supported(enum linear_dtype dtype, enum linear_isa isa)
{
    EMBED_ASSERT(dtype < LINEAR_DTYPE_MAX);
    switch (isa) {
    case LINEAR_ISA_PORTABLE:
        return true;
    case LINEAR_ISA_AVX2:
        return linear_cpu_avx2_fma() && (dtype != LINEAR_DTYPE_F16 || linear_cpu_f16c());
    case LINEAR_ISA_AVX512:
        return linear_cpu_avx512f(); /* AVX-512F has vcvtph2ps of its own */
    case LINEAR_ISA_AVX512_BF16:
        return dtype == LINEAR_DTYPE_BF16 && linear_cpu_avx512f() && linear_cpu_avx512_bf16();
    default:
        return false;
    }
}

enum linear_isa linear_kernel_best(enum linear_dtype dtype)
{
    static const enum linear_isa fastest_first[] = {LINEAR_ISA_AVX512_BF16, LINEAR_ISA_AVX512,
                                                    LINEAR_ISA_AVX2};
    for (size_t i = 0; i < sizeof(fastest_first) / sizeof(fastest_first[0]); i++)
        if (linear_kernel_supported(dtype, fastest_first[i]))
            return fastest_first[i];
    return LINEAR_ISA_PORTABLE;
}

enum linear_dtype linear_dtype_native(void)
{
    return linear_kernel_supported(LINEAR_DTYPE_BF16, LINEAR_ISA_AVX512_BF16) ? LINEAR_DTYPE_BF16
                                                                              : LINEAR_DTYPE_F32;
}

bool linear_isa_supported(enum linear_isa isa)
{
    return linear_kernel_supported(LINEAR_DTYPE_F32, isa);
}

enum linear_isa linear_isa_best(void)
{
    return linear_kernel_best(LINEAR_DTYPE_F32);
}

static const char *const linear_isa_names[LINEAR_ISA_MAX] = {"portable", "avx2", "avx512",
                                                             "avx512bf16"};
static const char *const linear_dtype_names[LINEAR_DTYPE_MAX] = {"f32", "bf16", "f16"};

const char *linear_isa_name(enum linear_isa isa)
{
    EMBED_ASSERT(isa < LINEAR_ISA_MAX);
    return linear_isa_names[isa];
}

enum linear_isa linear_isa_from_name(const char *name)
{
    for (int i = 0; i < LINEAR_ISA_MAX; i++)
        if (strcmp(name, linear_isa_names[i]) == 0)
            return (enum linear_isa)i;
    return LINEAR_ISA_MAX;
}

const char *linear_dtype_name(enum linear_dtype dtype)
{
    EMBED_ASSERT(dtype < LINEAR_DTYPE_MAX);
    return linear_dtype_names[dtype];
}

enum linear_dtype linear_dtype_from_name(const char *name)
{
    for (int i = 0; i < LINEAR_DTYPE_MAX; i++)
        if (strcmp(name, linear_dtype_names[i]) == 0)
            return (enum linear_dtype)i;
    return LINEAR_DTYPE_MAX;
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
    *l = (struct linear){.panels = p,
                         .bias = bias,
                         .out = out,
                         .in = in,
                         .panel_count = panels,
                         .dtype = LINEAR_DTYPE_F32,
                         .isa = isa};
}

void linear_init(struct linear *l, const float *w, const float *bias, size_t out, size_t in)
{
    linear_init_isa(l, w, bias, out, in, linear_isa_best());
}

/* 16-bit panels: each value of W read row by row (sequential in the mapping) and written to
 * its place in the dtype's layout (linear.h); zeros pad past out and, for BF16, an odd in. */
static uint16_t *pack16(const float *w, size_t out, size_t in, enum linear_dtype dtype,
                        size_t panels)
{
    bool bf16 = dtype == LINEAR_DTYPE_BF16;
    size_t in_stored = bf16 ? (in + 1) / 2 * 2 : in;
    size_t values = panels * in_stored * LINEAR_PANEL;
    size_t bytes = (values * sizeof(uint16_t) + LINEAR_ALIGN - 1) / LINEAR_ALIGN * LINEAR_ALIGN;
    uint16_t *p = aligned_alloc(LINEAR_ALIGN, bytes);
    EMBED_OOM_CHECK(p);
    memset(p, 0, bytes);
    for (size_t c = 0; c < out; c++) {
        uint16_t *panel = p + (c / LINEAR_PANEL) * in_stored * LINEAR_PANEL;
        size_t j = c % LINEAR_PANEL;
        for (size_t k = 0; k < in; k++) {
            float v = w[c * in + k];
            if (bf16)
                panel[((k / 2) * LINEAR_PANEL + j) * 2 + (k & 1)] = half_bf16_from_f32(v);
            else
                panel[k * LINEAR_PANEL + j] = half_f16_from_f32(v);
        }
    }
    return p;
}

void linear_init_dtype(struct linear *l, const float *w, const float *bias, size_t out, size_t in,
                       enum linear_dtype dtype, enum linear_isa isa)
{
    EMBED_ASSERT(linear_kernel_supported(dtype, isa));
    if (dtype == LINEAR_DTYPE_F32) {
        linear_init_isa(l, w, bias, out, in, isa);
        return;
    }
    EMBED_ASSERT(out >= 1 && in >= 1);
    if (isa == LINEAR_ISA_AVX512_BF16 && in > LINEAR_X16_IN_MAX)
        isa = LINEAR_ISA_AVX512; /* its bf16 rows would not fit the block copy */
    size_t panels = (out + LINEAR_PANEL - 1) / LINEAR_PANEL;
    *l = (struct linear){.panels16 = pack16(w, out, in, dtype, panels),
                         .bias = bias,
                         .out = out,
                         .in = in,
                         .panel_count = panels,
                         .dtype = dtype,
                         .isa = isa};
}

float linear_weight(const struct linear *l, size_t c, size_t k)
{
    EMBED_ASSERT(c < l->out && k < l->in);
    size_t j = c % LINEAR_PANEL, panel = c / LINEAR_PANEL;
    switch (l->dtype) {
    case LINEAR_DTYPE_F32:
        return l->panels[panel * l->in * LINEAR_PANEL + k * LINEAR_PANEL + j];
    case LINEAR_DTYPE_BF16: {
        size_t in2 = (l->in + 1) / 2 * 2;
        return half_bf16_to_f32(
            l->panels16[panel * in2 * LINEAR_PANEL + ((k / 2) * LINEAR_PANEL + j) * 2 + (k & 1)]);
    }
    default:
        EMBED_ASSERT(l->dtype == LINEAR_DTYPE_F16);
        return half_f16_to_f32(l->panels16[panel * l->in * LINEAR_PANEL + k * LINEAR_PANEL + j]);
    }
}

size_t linear_bytes(const struct linear *l)
{
    if (l->dtype == LINEAR_DTYPE_F32)
        return l->panel_count * l->in * LINEAR_PANEL * sizeof(float);
    size_t in_stored = l->dtype == LINEAR_DTYPE_BF16 ? (l->in + 1) / 2 * 2 : l->in;
    return l->panel_count * in_stored * LINEAR_PANEL * sizeof(uint16_t);
}

void linear_convert(struct linear *l, enum linear_dtype dtype, enum linear_isa isa)
{
    EMBED_ASSERT(l->dtype == LINEAR_DTYPE_F32 && l->panels);
    EMBED_ASSERT(linear_kernel_supported(dtype, isa));
    if (dtype == LINEAR_DTYPE_F32) {
        l->isa = isa; /* one layout for every F32 kernel */
        return;
    }
    /* Back to W [out, in] first: the packing reads rows, and a row-major copy of one layer
     * is small beside the model. */
    float *w = malloc(l->out * l->in * sizeof(float));
    EMBED_OOM_CHECK(w);
    for (size_t c = 0; c < l->out; c++)
        for (size_t k = 0; k < l->in; k++)
            w[c * l->in + k] = linear_weight(l, c, k);
    struct linear packed;
    linear_init_dtype(&packed, w, l->bias, l->out, l->in, dtype, isa);
    free(w);
    linear_free(l);
    *l = packed;
}

void linear_free(struct linear *l)
{
    free(l->panels);
    free(l->panels16);
    l->panels = NULL;
    l->panels16 = NULL;
}

/* Writes the first rows x cols of a tile to y (columns col0...), adding bias, and onto y's
 * old values when accumulating. */
static void tile_store_portable(const struct linear *l, const float *tile, size_t rows, size_t col0,
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

#if LINEAR_X86
/* The same in two masked zmm per row: the portable loops compile to SSE adds and, for the
 * plain copy, a `rep movsq` whose start-up cost made the stores about 8% of a batch-64
 * ModernBERT pass. The same additions in the same order: bit-identical results. */
__attribute__((target("avx512f"))) static void tile_store_avx512(const struct linear *l,
                                                                 const float *tile, size_t rows,
                                                                 size_t col0, size_t cols, float *y,
                                                                 size_t ldy, bool accumulate)
{
    __mmask16 m0 = cols >= 16 ? (__mmask16)0xffff : (__mmask16)((1u << cols) - 1u);
    __mmask16 m1 = cols >= 32  ? (__mmask16)0xffff
                   : cols > 16 ? (__mmask16)((1u << (cols - 16)) - 1u)
                               : (__mmask16)0;
    __m512 b0 = _mm512_setzero_ps(), b1 = _mm512_setzero_ps();
    if (l->bias) {
        b0 = _mm512_maskz_loadu_ps(m0, l->bias + col0);
        b1 = _mm512_maskz_loadu_ps(m1, l->bias + col0 + 16);
    }
    for (size_t i = 0; i < rows; i++) {
        const float *t = tile + i * LINEAR_PANEL;
        float *yr = y + i * ldy + col0;
        __m512 v0 = _mm512_load_ps(t), v1 = _mm512_load_ps(t + 16);
        if (l->bias) {
            v0 = _mm512_add_ps(v0, b0);
            v1 = _mm512_add_ps(v1, b1);
        }
        if (accumulate) {
            v0 = _mm512_add_ps(_mm512_maskz_loadu_ps(m0, yr), v0);
            v1 = _mm512_add_ps(_mm512_maskz_loadu_ps(m1, yr + 16), v1);
        }
        _mm512_mask_storeu_ps(yr, m0, v0);
        _mm512_mask_storeu_ps(yr + 16, m1, v1);
    }
}
#endif

typedef void (*tile_store_fn)(const struct linear *l, const float *tile, size_t rows, size_t col0,
                              size_t cols, float *y, size_t ldy, bool accumulate);

/* The AVX-512 store wherever the layer's kernel already needs AVX-512F. */
static tile_store_fn tile_store_for(const struct linear *l)
{
#if LINEAR_X86
    if (l->isa == LINEAR_ISA_AVX512 || l->isa == LINEAR_ISA_AVX512_BF16)
        return tile_store_avx512;
#endif
    return tile_store_portable;
}

/* Rows per block of x: LINEAR_X_BLOCK_BYTES of F32 rows, whole tiles, at least one. */
static size_t block_rows(size_t in)
{
    size_t block = LINEAR_X_BLOCK_BYTES / (in * sizeof(float));
    return block < LINEAR_TILE_ROWS ? LINEAR_TILE_ROWS
                                    : block / LINEAR_TILE_ROWS * LINEAR_TILE_ROWS;
}

/* One block of 16-bit weights: for each panel, every tile of rows [r0, r1). xrows are float
 * rows (stride ld) or, for the AVX512-BF16 kernel, the block's bf16 rows (stride ld). */
static void forward16_block(const struct linear *l, const void *xrows, size_t ld, bool x16,
                            size_t r0, size_t r1, float *y, size_t ldy, bool accumulate,
                            size_t panel_lo, size_t panel_hi)
{
    linear_tile16_fn fn = linear_tile16(l->dtype, l->isa);
    tile_store_fn tile_store = tile_store_for(l);
    alignas(LINEAR_ALIGN) float tile[LINEAR_TILE_ROWS * LINEAR_PANEL];
    size_t in_stored = l->dtype == LINEAR_DTYPE_BF16 ? (l->in + 1) / 2 * 2 : l->in;
    size_t el = x16 ? sizeof(uint16_t) : sizeof(float);
    for (size_t p = panel_lo; p < panel_hi; p++) {
        const uint16_t *panel = l->panels16 + p * in_stored * LINEAR_PANEL;
        size_t col0 = p * LINEAR_PANEL;
        size_t cols = l->out - col0 < LINEAR_PANEL ? l->out - col0 : LINEAR_PANEL;
        for (size_t r = r0; r < r1; r += LINEAR_TILE_ROWS) {
            size_t n = r1 - r < LINEAR_TILE_ROWS ? r1 - r : LINEAR_TILE_ROWS;
            const void *xr[LINEAR_TILE_ROWS];
            size_t first = x16 ? r - r0 : r; /* the bf16 copy holds only the block */
            for (size_t i = 0; i < LINEAR_TILE_ROWS; i++)
                xr[i] = (const char *)xrows + (first + (i < n ? i : 0)) * ld * el;
            (n == LINEAR_TILE_ROWS ? fn : linear_tile16_rows(l->dtype, l->isa, n))(xr, panel, l->in,
                                                                                   tile);
            tile_store(l, tile, n, col0, cols, y + r * ldy, ldy, accumulate);
        }
    }
}

/* The AVX512-BF16 kernel: each block of x rounded to bf16 once (on this stack), then every
 * panel streams past it. */
static void forward_bf16_dot(const struct linear *l, const float *x, size_t ldx, size_t rows,
                             float *y, size_t ldy, bool accumulate, size_t panel_lo,
                             size_t panel_hi)
{
    alignas(LINEAR_ALIGN) uint16_t x16[LINEAR_X16_BLOCK_BYTES / sizeof(uint16_t)];
    size_t ld16 = linear_x16_ld(l->in);
    size_t block = LINEAR_X16_BLOCK_BYTES / (ld16 * sizeof(uint16_t));
    block = block / LINEAR_TILE_ROWS * LINEAR_TILE_ROWS;
    EMBED_ASSERT(block >= LINEAR_TILE_ROWS); /* linear_init_dtype: in <= LINEAR_X16_IN_MAX */
    for (size_t r0 = 0; r0 < rows; r0 += block) {
        size_t r1 = r0 + block < rows ? r0 + block : rows;
        linear_x16_rows(x + r0 * ldx, ldx, r1 - r0, l->in, x16);
        forward16_block(l, x16, ld16, true, r0, r1, y, ldy, accumulate, panel_lo, panel_hi);
    }
}

static void forward_f32(const struct linear *l, const float *x, size_t ldx, size_t rows, float *y,
                        size_t ldy, bool accumulate, size_t panel_lo, size_t panel_hi)
{
    linear_tile_fn fn = tile_fn(l->isa);
    tile_store_fn tile_store = tile_store_for(l);
    alignas(LINEAR_ALIGN) float tile[LINEAR_TILE_ROWS * LINEAR_PANEL];
    size_t block = block_rows(l->in);
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
                (n == LINEAR_TILE_ROWS ? fn : tile_fn_rows(l->isa, n))(xr, panel, l->in, tile);
                tile_store(l, tile, n, col0, cols, y + r * ldy, ldy, accumulate);
            }
        }
    }
}

void linear_forward_panels(const struct linear *l, const float *x, size_t ldx, size_t rows,
                           float *y, size_t ldy, bool accumulate, size_t panel_lo, size_t panel_hi)
{
    EMBED_ASSERT(ldx >= l->in && ldy >= l->out);
    EMBED_ASSERT(panel_lo <= panel_hi && panel_hi <= l->panel_count);
    if (l->dtype == LINEAR_DTYPE_F32) {
        forward_f32(l, x, ldx, rows, y, ldy, accumulate, panel_lo, panel_hi);
    } else if (l->isa == LINEAR_ISA_AVX512_BF16) {
        forward_bf16_dot(l, x, ldx, rows, y, ldy, accumulate, panel_lo, panel_hi);
    } else {
        size_t block = block_rows(l->in);
        for (size_t r0 = 0; r0 < rows; r0 += block) {
            size_t r1 = r0 + block < rows ? r0 + block : rows;
            forward16_block(l, x, ldx, false, r0, r1, y, ldy, accumulate, panel_lo, panel_hi);
        }
    }
}

void linear_forward(const struct linear *l, const float *x, size_t ldx, size_t rows, float *y,
                    size_t ldy, bool accumulate)
{
    linear_forward_panels(l, x, ldx, rows, y, ldy, accumulate, 0, l->panel_count);
}
