/* rows.c — element-wise row passes, one clone per instruction set; see rows.h. */
#include "embed/rows.h"

#include "kernels/layernorm.h"

/* GCC resolves a target_clones function once, at load, by the CPU's features (an ifunc). */
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define ROWS_CLONES __attribute__((target_clones("arch=x86-64-v4", "arch=x86-64-v3", "default")))
#elif defined(__x86_64__) && defined(__clang__)
#define ROWS_CLONES __attribute__((target_clones("avx512f", "avx2", "default")))
#else
#define ROWS_CLONES
#endif

ROWS_CLONES void rows_geglu(enum gelu_kind kind, float *x, size_t rows, size_t ld, size_t n)
{
    for (size_t r = 0; r < rows; r++) {
        float *in = x + r * ld, *gate = in + n;
        if (kind == GELU_KIND_TANH)
            for (size_t i = 0; i < n; i++)
                in[i] = gelu_tanh(in[i]) * gate[i];
        else
            for (size_t i = 0; i < n; i++)
                in[i] = gelu_erf(in[i]) * gate[i];
    }
}

ROWS_CLONES void rows_gelu(enum gelu_kind kind, float *x, size_t rows, size_t ld, size_t n)
{
    for (size_t r = 0; r < rows; r++) {
        float *row = x + r * ld;
        if (kind == GELU_KIND_TANH)
            for (size_t i = 0; i < n; i++)
                row[i] = gelu_tanh(row[i]);
        else
            for (size_t i = 0; i < n; i++)
                row[i] = gelu_erf(row[i]);
    }
}

ROWS_CLONES void rows_layernorm(const float *x, float *y, size_t rows, size_t h, const float *w,
                                const float *b, float eps)
{
    for (size_t r = 0; r < rows; r++)
        layernorm_row(x + r * h, y + r * h, w, b, h, eps);
}
