/* linear.h — the encoder's dense layers on the CPU: weights packed once at load, one GEMM
 * kernel per instruction set.
 *
 * A layer y = x W^T + b keeps W ([out, in], as PyTorch stores it) repacked into panels of
 * LINEAR_PANEL output columns: panel p holds, for every k in [0, in), the LINEAR_PANEL
 * weights W[p * LINEAR_PANEL + j][k] side by side (zero past out). A kernel then streams a
 * panel once per block of rows, with no per-call packing: at batch 1 (tens of rows) general
 * sgemm spends a quarter of its time repacking the weight operand on every call.
 *
 * Kernels: AVX-512F, AVX2+FMA, and portable C, picked at run time by the CPU's features;
 * all compute each output as one running sum over k (no split of k), so they differ from each
 * other only by fused or separate multiply-add rounding (~1e-7 relative per term). */
#ifndef BRIGADE_EMBED_LINEAR_H
#define BRIGADE_EMBED_LINEAR_H

#include <stdbool.h>
#include <stddef.h>

/* Output columns per packed panel: two AVX-512 vectors of floats. */
#define LINEAR_PANEL 32
/* Rows per register tile of the kernels (6 x 32 accumulators fill 12 of 32 zmm registers). */
#define LINEAR_TILE_ROWS 6
/* Bytes of x one row block may span, so that a block stays in L2 while every panel of W
 * streams past it once; rounded down to whole tiles, at least one tile. */
#define LINEAR_X_BLOCK_BYTES (256u * 1024u)

enum linear_isa {
    LINEAR_ISA_PORTABLE,
    LINEAR_ISA_AVX2,
    LINEAR_ISA_AVX512,
    LINEAR_ISA_MAX,
};

struct linear {
    float *panels;     /* [panel_count][in][LINEAR_PANEL], 64-byte aligned, owned */
    const float *bias; /* [out] or NULL; not owned (points at the model's weights) */
    size_t out, in, panel_count;
    enum linear_isa isa;
};

/* The best kernel this CPU runs. */
enum linear_isa linear_isa_best(void);
/* Whether this CPU can run isa's kernel. */
bool linear_isa_supported(enum linear_isa isa);
const char *linear_isa_name(enum linear_isa isa);

/* Packs w [out, in] (row-major, not kept) into l with the best kernel; bias (may be NULL) is
 * kept by pointer and must outlive l. Aborts on out of memory. */
void linear_init(struct linear *l, const float *w, const float *bias, size_t out, size_t in);
/* The same with a chosen kernel; isa must be supported (asserted). For tests and benches. */
void linear_init_isa(struct linear *l, const float *w, const float *bias, size_t out, size_t in,
                     enum linear_isa isa);
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
