/* test_model_cpu16 — every weight precision and kernel of the CPU backend against the F32
 * goldens from transformers (tests/fixtures/golden): each fixture (F32 and F16 checkpoints,
 * ModernBERT and BERT) repacked as F32, BF16 and F16 for every kernel this CPU runs, the
 * packed batch through model_forward, and every pooled vector and (where the golden has them)
 * every token's hidden state within cosine 0.999 of the golden; F32 on any kernel within
 * 0.99999. Also model_set_cpu_kernel's refusals and what model_cpu_kernel reports. */
#include <cjson/cJSON.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "embed/model.h"
#include "golden_fixture.h"
#include "test_util.h"

#define COSINE_MIN_16  0.999
#define COSINE_MIN_F32 0.99999

/* The least cosine over the golden's rows (pooled, and hidden states where present). */
static double min_cosine(const struct model *m, const struct golden_fixture *g, float *hid,
                         float *pool)
{
    struct model_scratch *s = model_scratch_new(m, g->tokens, g->n_texts);
    CHECK_INT_EQ(model_forward(m, s, g->ids, g->cu, g->n_texts, hid, pool), 0);
    model_scratch_free(s);
    double least = 1.0;
    for (size_t i = 0; i < g->n_texts; i++)
        least =
            fmin(least, test_cosine(pool + i * g->hidden, g->pooled + i * g->hidden, g->hidden));
    for (size_t t = 0; g->hidden_states && t < g->tokens; t++)
        least = fmin(least,
                     test_cosine(hid + t * g->hidden, g->hidden_states + t * g->hidden, g->hidden));
    return least;
}

/* Every kernel of one precision on one fixture: loaded once, repacked once, then the kernel
 * switched (one layout serves all kernels of a precision). Returns the kernels run. */
static int check_precision(const char *name, const struct golden_fixture *g,
                           enum linear_dtype dtype)
{
    char dir[TEST_PATH_BYTES], err[512];
    test_source_path(dir, sizeof(dir), "tests/fixtures/%s", name);
    struct model *m;
    if (model_load(dir, &m, err, sizeof(err)) != 0) {
        fprintf(stderr, "%s: %s\n", name, err);
        CHECK(false);
        return 0;
    }
    float *hid = malloc(g->tokens * g->hidden * sizeof(float));
    float *pool = malloc(g->n_texts * g->hidden * sizeof(float));
    int ran = 0;
    for (int isa = 0; isa < LINEAR_ISA_MAX; isa++) {
        if (!linear_kernel_supported(dtype, (enum linear_isa)isa)) {
            CHECK_INT_EQ(model_set_cpu_kernel(m, dtype, (enum linear_isa)isa), -EINVAL);
            continue;
        }
        CHECK_INT_EQ(model_set_cpu_kernel(m, dtype, (enum linear_isa)isa), 0);
        enum linear_dtype d;
        enum linear_isa k;
        model_cpu_kernel(m, &d, &k);
        CHECK_INT_EQ(d, dtype);
        CHECK_INT_EQ(k, isa);
        double c = min_cosine(m, g, hid, pool);
        double want = dtype == LINEAR_DTYPE_F32 ? COSINE_MIN_F32 : COSINE_MIN_16;
        printf("%-20s %-4s %-10s min cosine to the F32 golden 1 - %.2g\n", name,
               linear_dtype_name(dtype), linear_isa_name((enum linear_isa)isa), 1.0 - c);
        CHECK(c >= want);
        ran++;
    }
    /* 16-bit weights never widen back, nor turn into the other 16-bit format. */
    if (dtype != LINEAR_DTYPE_F32) {
        CHECK_INT_EQ(model_set_cpu_kernel(m, LINEAR_DTYPE_F32, LINEAR_ISA_PORTABLE), -EINVAL);
        enum linear_dtype other = dtype == LINEAR_DTYPE_BF16 ? LINEAR_DTYPE_F16 : LINEAR_DTYPE_BF16;
        CHECK_INT_EQ(model_set_cpu_kernel(m, other, LINEAR_ISA_PORTABLE), -EINVAL);
    }
    CHECK_INT_EQ(model_set_cpu_kernel(m, LINEAR_DTYPE_MAX, LINEAR_ISA_PORTABLE), -EINVAL);
    free(hid), free(pool);
    model_free(m);
    return ran;
}

int main(void)
{
    static const char *const fixtures[] = {"modernbert-tiny", "bert-tiny", "modernbert-tiny-f16",
                                           "bert-tiny-f16"};
    model_set_threads(2); /* the split changes nothing: exercised, not relied on */
    int ran = 0;
    for (size_t f = 0; f < sizeof(fixtures) / sizeof(fixtures[0]); f++) {
        struct golden_fixture g;
        golden_fixture_load(fixtures[f], &g);
        for (int d = 0; d < LINEAR_DTYPE_MAX; d++)
            ran += check_precision(fixtures[f], &g, (enum linear_dtype)d);
        golden_fixture_free(&g);
    }
    CHECK(ran >= 3 * 4); /* portable F32, BF16, F16 at least, on every fixture */
    return check_finish("test_model_cpu16");
}
