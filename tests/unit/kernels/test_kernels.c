/* test_kernels — the per-element math in kernels headers (shared by the CPU backend and the CUDA
 * kernels) against values computed independently in float64 (PyTorch / math). */
#include <math.h>
#include <stdint.h>
#include <stdio.h>

#include "check.h"
#include "kernels/attention_index.h"
#include "kernels/attention_window.h"
#include "kernels/gelu.h"
#include "kernels/layernorm.h"
#include "kernels/pooling.h"
#include "kernels/rope.h"
#include "kernels/softmax.h"
#include "kernels/topk.h"

#define TOL 2e-6

#define CHECK_NEAR(actual, expected, tol)                                                          \
    do {                                                                                           \
        double check_a_ = (actual), check_e_ = (expected);                                         \
        if (!(fabs(check_a_ - check_e_) <= (tol))) {                                               \
            fprintf(stderr, "%s:%d: %s == %.9g, expected %.9g\n", __FILE__, __LINE__, #actual,     \
                    check_a_, check_e_);                                                           \
            check_failures++;                                                                      \
        }                                                                                          \
    } while (0)

static void test_gelu(void)
{
    /* torch.nn.functional.gelu in float64, exact and approximate='tanh' */
    static const double x[] = {1, -1, 2, -3, 0.5};
    static const double erf_ref[] = {0.841344746068543, -0.15865525393145702, 1.9544997361036416,
                                     -0.00404969409489031, 0.34573123063700656};
    static const double tanh_ref[] = {0.8411919906082768, -0.15880800939172324, 1.954597694087775,
                                      -0.0036373920817729943, 0.34571400982514394};
    for (int i = 0; i < 5; i++) {
        CHECK_NEAR(gelu_erf((float)x[i]), erf_ref[i], TOL);
        CHECK_NEAR(gelu_tanh((float)x[i]), tanh_ref[i], TOL);
        CHECK_NEAR(gelu_apply(GELU_KIND_ERF, (float)x[i]), erf_ref[i], TOL);
    }
    CHECK(gelu_erf(0.0f) == 0.0f);
    CHECK_NEAR(geglu(GELU_KIND_ERF, 1.0f, 2.0f), 2 * 0.841344746068543, TOL);
    float row[4] = {1.0f, -1.0f, 3.0f, 0.5f}; /* input [1, -1], gate [3, 0.5] */
    geglu_row(GELU_KIND_ERF, row, 2);
    CHECK_NEAR(row[0], 3 * 0.841344746068543, 4 * TOL);
    CHECK_NEAR(row[1], 0.5 * -0.15865525393145702, TOL);
    CHECK(row[2] == 3.0f && row[3] == 0.5f); /* gate half untouched */
    float b[2] = {1.0f, -2.0f}, r2[2] = {0.0f, 1.0f};
    gelu_bias_row(GELU_KIND_ERF, r2, b, 2);
    CHECK_NEAR(r2[0], 0.841344746068543, TOL);
    CHECK_NEAR(r2[1], -0.15865525393145702, TOL);
}

static void test_layernorm(void)
{
    float x[4] = {1, 2, 3, 4}, y[4], w[4] = {1, 1, 1, 1};
    float mean, var;
    layernorm_stats(x, 4, &mean, &var);
    CHECK(mean == 2.5f && var == 1.25f);
    layernorm_row(x, y, w, NULL, 4, 0.0f);
    static const double ref[4] = {-1.3416407864998738, -0.4472135954999579, 0.4472135954999579,
                                  1.3416407864998738};
    for (int i = 0; i < 4; i++)
        CHECK_NEAR(y[i], ref[i], TOL);
    float w2[4] = {2, 0.5f, -1, 1}, b2[4] = {0.1f, 0.2f, 0.3f, 0.4f};
    layernorm_row(x, x, w2, b2, 4, 1e-5f); /* in place, with eps */
    double s = 1.0 / sqrt(1.25 + 1e-5);
    CHECK_NEAR(x[0], -1.5 * s * 2 + 0.1, TOL);
    CHECK_NEAR(x[1], -0.5 * s * 0.5 + 0.2, TOL);
    CHECK_NEAR(x[2], 0.5 * s * -1 + 0.3, TOL);
    CHECK_NEAR(x[3], 1.5 * s + 0.4, TOL);
    float c[3] = {7, 7, 7}, z[3];
    layernorm_row(c, z, w, NULL, 3, 1e-5f); /* constant row: all zero, no NaN */
    CHECK(z[0] == 0.0f && z[1] == 0.0f && z[2] == 0.0f);
}

static void test_rope(void)
{
    CHECK_NEAR(rope_inv_freq(0, 4, 10000.0f), 1.0, 0);
    CHECK_NEAR(rope_inv_freq(1, 4, 10000.0f), 0.01, 1e-9);
    CHECK_NEAR(rope_inv_freq(5, 64, 160000.0f), 0.15376456101806876, 1e-7);
    float cs[2], sn[2];
    for (size_t i = 0; i < 2; i++)
        rope_angle(1, i, 4, 10000.0f, &cs[i], &sn[i]);
    float x[4] = {1, 2, 3, 4};
    rope_row(x, cs, sn, 4);
    CHECK_NEAR(x[0], -1.9841106485555495, TOL);
    CHECK_NEAR(x[1], 1.959900667496664, TOL);
    CHECK_NEAR(x[2], 2.4623779024123156, TOL);
    CHECK_NEAR(x[3], 4.019799668334994, TOL);
    for (size_t i = 0; i < 2; i++)
        rope_angle(0, i, 4, 10000.0f, &cs[i], &sn[i]);
    float y[4] = {1, 2, 3, 4};
    rope_row(y, cs, sn, 4); /* position 0 is the identity */
    CHECK(y[0] == 1 && y[1] == 2 && y[2] == 3 && y[3] == 4);
}

static void test_softmax(void)
{
    float a[3] = {1, 2, 3}, b[3] = {1001, 1002, 1003}, one[1] = {-5};
    softmax_row(a, 3);
    softmax_row(b, 3); /* max subtraction: no overflow, same result */
    softmax_row(one, 1);
    static const double ref[3] = {0.09003057317038046, 0.24472847105479764, 0.6652409557748219};
    double sum = 0;
    for (int i = 0; i < 3; i++) {
        CHECK_NEAR(a[i], ref[i], TOL);
        CHECK_NEAR(b[i], ref[i], TOL);
        sum += a[i];
    }
    CHECK_NEAR(sum, 1.0, TOL);
    CHECK(one[0] == 1.0f);
}

static void test_pooling(void)
{
    float v[2] = {3, 4}, z[2] = {0, 0};
    l2norm_row(v, 2);
    CHECK_NEAR(v[0], 0.6, TOL);
    CHECK_NEAR(v[1], 0.8, TOL);
    l2norm_row(z, 2); /* clamped norm: zeros stay zeros */
    CHECK(z[0] == 0.0f && z[1] == 0.0f);
    float rows[3 * 4] = {1, 2, 99, 99, 3, 4, 99, 99, 5, 9, 99, 99}, mean[2];
    pooling_mean_rows(rows, 4, 3, 2, mean); /* stride 4, only the first 2 columns */
    CHECK_NEAR(mean[0], 3.0, TOL);
    CHECK_NEAR(mean[1], 5.0, TOL);
}

static void test_window(void)
{
    size_t lo, hi;
    attention_window(0, 10, 2, &lo, &hi);
    CHECK(lo == 0 && hi == 3);
    attention_window(5, 10, 2, &lo, &hi); /* |q - k| <= 2, inclusive */
    CHECK(lo == 3 && hi == 8);
    attention_window(9, 10, 2, &lo, &hi);
    CHECK(lo == 7 && hi == 10);
    attention_window(4, 10, 0, &lo, &hi); /* global */
    CHECK(lo == 0 && hi == 10);
    attention_window(1, 3, 64, &lo, &hi); /* window wider than the sequence */
    CHECK(lo == 0 && hi == 3);
}

/* The online form against the plain one: same weights, same weighted sum of values. */
static void test_softmax_online(void)
{
    static const float x[5] = {0.5f, -3.0f, 4.0f, 4.0f, 1e-3f}, v[5] = {1, 2, 3, 4, 5};
    double max = 4.0, sum = 0.0, ref = 0.0;
    for (int i = 0; i < 5; i++)
        sum += exp((double)x[i] - max);
    for (int i = 0; i < 5; i++)
        ref += exp((double)x[i] - max) / sum * v[i];
    struct softmax_online st;
    softmax_online_init(&st);
    float acc = 0.0f, p;
    for (int i = 0; i < 5; i++) {
        float c = softmax_online_update(&st, x[i], &p);
        if (i == 0)
            CHECK(c == 0.0f); /* exp(-inf): the empty accumulator is dropped */
        acc = acc * c + p * v[i];
    }
    CHECK(st.max == 4.0f);
    CHECK_NEAR(st.sum, sum, TOL);
    CHECK_NEAR(acc / st.sum, ref, TOL);
    softmax_online_init(&st); /* large scores: rescaling keeps it finite */
    softmax_online_update(&st, 1000.0f, &p);
    softmax_online_update(&st, 1001.0f, &p);
    CHECK_NEAR(st.sum, 1.0 + exp(-1.0), TOL);
}

static void test_topk(void)
{
    float best[3];
    uint32_t idx[3];
    size_t have = 0;
    static const float s[6] = {0.1f, 0.7f, 0.7f, -1.0f, 0.9f, 0.7f};
    for (uint32_t i = 0; i < 6; i++)
        topk_insert(best, idx, &have, 3, s[i], i);
    CHECK_INT_EQ(have, 3);
    CHECK(idx[0] == 4 && idx[1] == 1 && idx[2] == 2); /* ties: lower index first */
    CHECK(best[0] == 0.9f && best[2] == 0.7f);
    struct top2 a, b;
    top2_init(&a);
    top2_init(&b);
    top2_insert(&a, 0.7f, 5); /* arrives before the lower index of the same score */
    top2_insert(&a, NAN, 6);  /* never ranks */
    top2_insert(&b, 0.7f, 2);
    top2_insert(&b, -INFINITY, 0);
    top2_merge(&a, &b);
    CHECK(a.index[0] == 2 && a.index[1] == 5);
    CHECK(a.score[0] == 0.7f && a.score[1] == 0.7f);
    struct top2 lists[4];
    static const float row[5] = {0.2f, 0.9f, 0.1f, 0.95f, 0.3f};
    for (size_t t = 0; t < 4; t++)
        top2_scan(row, 5, t, 4, &lists[t]); /* thread 0 sees items 0 and 4 */
    CHECK(lists[0].index[0] == 4 && lists[0].index[1] == 0);
    CHECK(lists[2].index[0] == 2 && lists[2].index[1] == UINT32_MAX);
    for (size_t stride = 2; stride > 0; stride /= 2)
        for (size_t t = 0; t < 4; t++)
            top2_tree_step(lists, t, stride);
    CHECK(lists[0].index[0] == 3 && lists[0].index[1] == 1);
}

static void test_attention_index(void)
{
    static const int32_t cu[4] = {0, 3, 13, 14}; /* lengths 3, 10, 1 */
    CHECK_INT_EQ(attention_tiles(10), 3);
    struct attention_query q;
    CHECK(attention_query_at(cu, 1, 2, 1, 2, &q) == 1); /* sequence 1, query 9 */
    CHECK(q.row == 12 && q.key_lo == 10 && q.key_hi == 13);
    CHECK(attention_query_at(cu, 1, 2, 2, 2, &q) == 0); /* query 10: past the end */
    CHECK(attention_query_at(cu, 2, 0, 0, 0, &q) == 1);
    CHECK(q.row == 13 && q.key_lo == 13 && q.key_hi == 14);
    CHECK(attention_query_at(cu, 0, 0, 3, 0, &q) == 0);
    /* [3, heads 2, head_dim 4]: k of head 1 of row 5 */
    CHECK_INT_EQ(attention_qkv_offset(5, 1, 1, 2, 4), 5 * 24 + 12);
    CHECK_INT_EQ(attention_out_offset(5, 1, 2, 4), 5 * 8 + 4);
    CHECK_INT_EQ(attention_lane_slots(16), 1);
    CHECK_INT_EQ(attention_lane_slots(64), 2);
    CHECK_INT_EQ(attention_lane_elem(3, 1, 64), 35);
    CHECK_INT_EQ(attention_lane_elem(20, 0, 16), 16); /* unused slot */
}

static void test_pooling_span(void)
{
    static const int32_t cu[3] = {0, 4, 6};
    size_t first, count;
    pooling_span(cu, 1, 1, &first, &count);
    CHECK(first == 4 && count == 2);
    pooling_span(cu, 1, 0, &first, &count);
    CHECK(first == 4 && count == 1);
    float rows[6] = {1, 10, 2, 20, 6, 60};
    CHECK_NEAR(pooling_mean_column(rows, 2, 3, 1), 30.0, TOL);
    CHECK(pooling_mean_column(rows, 2, 1, 0) == 1.0f);
}

int main(void)
{
    test_gelu();
    test_layernorm();
    test_rope();
    test_softmax();
    test_pooling();
    test_window();
    test_softmax_online();
    test_topk();
    test_attention_index();
    test_pooling_span();
    return check_finish("test_kernels");
}
