/* golden_fixture.h — a golden fixture of tests/fixtures/golden (written by
 * tests/reference/make_golden.py from transformers): the texts' token ids packed with their
 * offsets, and the reference vectors the model must reproduce. For the tests that compare a
 * backend or a precision with them. */
#ifndef BRIGADE_TESTS_GOLDEN_FIXTURE_H
#define BRIGADE_TESTS_GOLDEN_FIXTURE_H

#include <cjson/cJSON.h>
#include <stdint.h>
#include <stdlib.h>

#include "check.h"
#include "test_util.h"

struct golden_fixture {
    size_t n_texts, tokens, hidden;
    int32_t *ids, *cu;    /* every text packed: cu[n_texts + 1] */
    float *hidden_states; /* [tokens][hidden]; NULL when the fixture has none (F16 twins) */
    float *pooled;        /* [n_texts][hidden] */
};

static float *golden_fixture_floats(const char *name, size_t expect)
{
    char path[TEST_PATH_BYTES];
    test_source_path(path, sizeof(path), "tests/fixtures/golden/%s", name);
    size_t len;
    float *p = (float *)test_read_file(path, &len);
    CHECK_INT_EQ(len, expect * sizeof(float));
    return p;
}

/* Loads tests/fixtures/golden/<name>.json and the vector files it names; exits on a fixture
 * that does not parse. */
static void golden_fixture_load(const char *name, struct golden_fixture *g)
{
    char path[TEST_PATH_BYTES];
    test_source_path(path, sizeof(path), "tests/fixtures/golden/%s.json", name);
    char *text = test_read_file(path, NULL);
    cJSON *root = cJSON_Parse(text);
    free(text);
    if (!root)
        exit(1);
    g->n_texts = (size_t)cJSON_GetObjectItem(root, "n_texts")->valueint;
    g->tokens = (size_t)cJSON_GetObjectItem(root, "total_tokens")->valueint;
    g->hidden = (size_t)cJSON_GetObjectItem(root, "hidden")->valueint;
    g->ids = malloc(g->tokens * sizeof(int32_t));
    g->cu = malloc((g->n_texts + 1) * sizeof(int32_t));
    size_t i = 0, off = 0;
    const cJSON *t, *id;
    g->cu[0] = 0;
    cJSON_ArrayForEach(t, cJSON_GetObjectItem(root, "texts"))
    {
        cJSON_ArrayForEach(id, cJSON_GetObjectItem(t, "ids")) g->ids[off++] = id->valueint;
        g->cu[++i] = (int32_t)off;
    }
    CHECK_INT_EQ(off, g->tokens);
    const cJSON *hf = cJSON_GetObjectItem(root, "hidden_file");
    g->hidden_states =
        cJSON_IsString(hf) ? golden_fixture_floats(hf->valuestring, g->tokens * g->hidden) : NULL;
    g->pooled = golden_fixture_floats(cJSON_GetObjectItem(root, "pooled_file")->valuestring,
                                      g->n_texts * g->hidden);
    cJSON_Delete(root);
}

static void golden_fixture_free(struct golden_fixture *g)
{
    free(g->ids), free(g->cu), free(g->hidden_states), free(g->pooled);
}

#endif
