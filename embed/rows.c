/* rows.c — element-wise row passes, one clone per instruction set; see rows.h. */
#include "embed/rows.h"

#include "embed/clones.h"
#include "kernels/layernorm.h"

EMBED_CLONES void rows_geglu(enum gelu_kind kind, float *x, size_t rows, size_t ld, size_t n)
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

EMBED_CLONES void rows_gelu(enum gelu_kind kind, float *x, size_t rows, size_t ld, size_t n)
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

/* Lanes of the LayerNorm sums: independent partial sums the compiler keeps in vectors. The
 * header's single running sum is one serial chain of adds (4 cycles each), about 4% of a
 * bf16 forward pass at 384 and 768 wide. */
enum { LN_LANES = 16 };

static inline float sum_lanes(const float *s)
{
    float t = 0.0f;
    for (size_t j = 0; j < LN_LANES; j++)
        t += s[j];
    return t;
}

/* layernorm_stats with the sums split over LN_LANES lanes (the tail, i >= n / LN_LANES *
 * LN_LANES, added after them): the same two passes, another summation order. */
static inline void layernorm_stats_lanes(const float *x, size_t n, float *mean, float *var)
{
    float s[LN_LANES] = {0};
    size_t whole = n / LN_LANES * LN_LANES;
    for (size_t i = 0; i < whole; i += LN_LANES)
        for (size_t j = 0; j < LN_LANES; j++)
            s[j] += x[i + j];
    float sum = sum_lanes(s);
    for (size_t i = whole; i < n; i++)
        sum += x[i];
    float m = sum / (float)n;
    float q[LN_LANES] = {0};
    for (size_t i = 0; i < whole; i += LN_LANES)
        for (size_t j = 0; j < LN_LANES; j++) {
            float d = x[i + j] - m;
            q[j] += d * d;
        }
    float sq = sum_lanes(q);
    for (size_t i = whole; i < n; i++) {
        float d = x[i] - m;
        sq += d * d;
    }
    *mean = m;
    *var = sq / (float)n;
}

EMBED_CLONES void rows_layernorm(const float *x, float *y, size_t rows, size_t h, const float *w,
                                 const float *b, float eps)
{
    for (size_t r = 0; r < rows; r++) {
        const float *xr = x + r * h;
        float *yr = y + r * h;
        float mean, var;
        layernorm_stats_lanes(xr, h, &mean, &var);
        float rstd = layernorm_rstd(var, eps);
        for (size_t i = 0; i < h; i++)
            yr[i] = layernorm_elem(xr[i], mean, rstd, w[i], b ? b[i] : 0.0f);
    }
}
