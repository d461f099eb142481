/* linear.h — the encoder's dense layers on the CPU: weights packed once at load, one GEMM
 * kernel per instruction set.
 *
 * A layer y = x W^T + b keeps W ([out, in], as PyTorch stores it) repacked into panels of
 * LINEAR_PANEL output columns: panel p holds, for every k in [0, in), the LINEAR_PANEL
 * weights W[p * LINEAR_PANEL + j][k] side by side (zero past out). A kernel then streams a
 * panel once per block of rows, with no per-call packing: at batch 1 (tens of rows) general
 * sgemm spends a quarter of its time repacking the weight operand on every call.
 *
 * Weights are kept as F32, BF16 or F16 (struct linear's dtype; 16-bit values rounded to
 * nearest even from F32 by embed/half.h). 16-bit panels halve the bytes a forward pass
 * streams, which is what bounds batch 1. Their layouts:
 * - F32: panels [panel_count][in][LINEAR_PANEL] floats;
 * - BF16: pairs of k side by side, panels [panel_count][in2 / 2][LINEAR_PANEL][2] with
 *   in2 = in rounded up to even (a zero pads an odd in): the operand layout of AVX512-BF16's
 *   vdpbf16ps, and for the other kernels one load gives the even k (the low half of each
 *   32-bit lane, shifted up) and the odd k (the high half, masked) of 16 columns;
 * - F16: panels [panel_count][in][LINEAR_PANEL] halves, what F16C's vcvtph2ps reads.
 *
 * Kernels (enum linear_isa): AVX-512F, AVX2+FMA (with F16C for F16 weights), AVX512-BF16
 * (BF16 weights only) and portable C, picked at run time from cpuid. The F32, AVX-512F and
 * AVX2 kernels widen 16-bit weights to F32 in registers and multiply F32 activations; the
 * AVX512-BF16 kernel rounds the activations to bf16 too and multiplies pairs with
 * vdpbf16ps, twice the multiply rate of F32 FMAs. All accumulate in F32 and compute each
 * output as one running sum over k (no split of k), so the F32 kernels differ from each
 * other only by fused or separate multiply-add rounding (~1e-7 relative per term). */
#ifndef BRIGADE_EMBED_LINEAR_H
#define BRIGADE_EMBED_LINEAR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Output columns per packed panel: two AVX-512 vectors of floats. */
#define LINEAR_PANEL 32
/* Rows per register tile of the kernels (6 x 32 accumulators fill 12 of 32 zmm registers). */
#define LINEAR_TILE_ROWS 6
/* Bytes of x one row block may span, so that a block stays in L2 while every panel of W
 * streams past it once; rounded down to whole tiles, at least one tile. */
#define LINEAR_X_BLOCK_BYTES (256u * 1024u)
/* The AVX512-BF16 kernel's copy of a row block as bf16 (on the stack of the caller of
 * linear_forward_panels): half the bytes of LINEAR_X_BLOCK_BYTES, so the same rows. */
#define LINEAR_X16_BLOCK_BYTES (LINEAR_X_BLOCK_BYTES / 2)
/* Widest input the AVX512-BF16 kernel takes: one tile of bf16 rows must fit the copy above.
 * A wider layer runs the AVX-512F kernel instead (linear_init_dtype). */
#define LINEAR_X16_IN_MAX 8192u
_Static_assert(LINEAR_TILE_ROWS *(LINEAR_X16_IN_MAX + 16u) * 2u <= LINEAR_X16_BLOCK_BYTES,
               "a tile of the widest bf16 rows fits the block copy");

/* How a layer's weights are stored. */
enum linear_dtype {
    LINEAR_DTYPE_F32,
    LINEAR_DTYPE_BF16,
    LINEAR_DTYPE_F16,
    LINEAR_DTYPE_MAX,
};

enum linear_isa {
    LINEAR_ISA_PORTABLE,
    LINEAR_ISA_AVX2,
    LINEAR_ISA_AVX512,
    LINEAR_ISA_AVX512_BF16, /* vdpbf16ps: BF16 weights only */
    LINEAR_ISA_MAX,
};

struct linear {
    float *panels;      /* F32: [panel_count][in][LINEAR_PANEL], 64-byte aligned, owned */
    uint16_t *panels16; /* BF16, F16: the layouts above, 64-byte aligned, owned */
    const float *bias;  /* [out] or NULL; not owned (points at the model's weights) */
    size_t out, in, panel_count;
    enum linear_dtype dtype;
    enum linear_isa isa;
};

/* The best F32 kernel this CPU runs. */
enum linear_isa linear_isa_best(void);
/* Whether this CPU can run isa's F32 kernel (never for LINEAR_ISA_AVX512_BF16). */
bool linear_isa_supported(enum linear_isa isa);
/* "portable", "avx2", "avx512", "avx512bf16". */
const char *linear_isa_name(enum linear_isa isa);
/* The isa of a name as linear_isa_name spells it; LINEAR_ISA_MAX for any other. */
enum linear_isa linear_isa_from_name(const char *name);

/* Whether this CPU runs a kernel for dtype weights with isa's instructions. */
bool linear_kernel_supported(enum linear_dtype dtype, enum linear_isa isa);
/* The fastest kernel this CPU runs for dtype weights (portable at worst). */
enum linear_isa linear_kernel_best(enum linear_dtype dtype);
/* The precision this CPU computes fastest natively: BF16 with AVX512-BF16, else F32. */
enum linear_dtype linear_dtype_native(void);
/* "f32", "bf16", "f16"; linear_dtype_from_name returns LINEAR_DTYPE_MAX for any other. */
const char *linear_dtype_name(enum linear_dtype dtype);
enum linear_dtype linear_dtype_from_name(const char *name);

/* Packs w [out, in] (row-major, not kept) into l with the best kernel; bias (may be NULL) is
 * kept by pointer and must outlive l. Aborts on out of memory. */
void linear_init(struct linear *l, const float *w, const float *bias, size_t out, size_t in);
/* The same with a chosen kernel; isa must be supported (asserted). For tests and benches. */
void linear_init_isa(struct linear *l, const float *w, const float *bias, size_t out, size_t in,
                     enum linear_isa isa);
/* Packs w [out, in] as dtype weights (16-bit: rounded to nearest even) for kernel isa, which
 * linear_kernel_supported(dtype, isa) must allow (asserted). AVX512-BF16 with in past
 * LINEAR_X16_IN_MAX gets the AVX-512F kernel (l->isa says which runs). */
void linear_init_dtype(struct linear *l, const float *w, const float *bias, size_t out, size_t in,
                       enum linear_dtype dtype, enum linear_isa isa);
/* Repacks an F32 layer as dtype for kernel isa (as linear_init_dtype), freeing its F32
 * panels: a 16-bit checkpoint converted to F32 at load comes back to the same bits. */
void linear_convert(struct linear *l, enum linear_dtype dtype, enum linear_isa isa);
/* W[c][k] as stored (widened to float), for c < out, k < in: the packing's inverse. */
float linear_weight(const struct linear *l, size_t c, size_t k);
/* Bytes of l's packed panels (padding included). */
size_t linear_bytes(const struct linear *l);
void linear_free(struct linear *l);

/* y[r, c] = x[r, :] . W[c, :] + bias[c] for rows r < rows and columns c < out, with
 * accumulate: y[r, c] += that (the residual add; bias added before the residual, as
 * transformers orders it). x has row stride ldx >= in, y row stride ldy >= out; x and y must
 * not overlap. Allocates nothing. */
void linear_forward(const struct linear *l, const float *x, size_t ldx, size_t rows, float *y,
                    size_t ldy, bool accumulate);

/* Only panels [panel_lo, panel_hi) (output columns panel_lo * LINEAR_PANEL up to
 * panel_hi * LINEAR_PANEL or out): the unit threads split a layer into. */
void linear_forward_panels(const struct linear *l, const float *x, size_t ldx, size_t rows,
                           float *y, size_t ldy, bool accumulate, size_t panel_lo, size_t panel_hi);

#endif
