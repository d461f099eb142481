/* test_model — ModernBERT and BERT on the CPU against transformers' golden outputs
 * (tests/fixtures/golden, written by tests/reference/make_fixtures.py), the packed batch
 * against one-at-a-time runs, and load errors on corrupted copies of a fixture directory. */
#define _GNU_SOURCE /* memmem */
#include <cjson/cJSON.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "embed/model.h"
#include "test_util.h"

#define PATH_MAX_LEN TEST_PATH_BYTES
/* F32 weights: transformers and brigade differ only in float summation order. */
#define HIDDEN_ABS_MAX_F32 2e-5
#define COSINE_MIN_F32     0.99999
/* F16 checkpoints: the reference upcast the same F16 weights to float32, so the bound is the
 * F32 one; kept separate in case a reference in half precision is ever used. */
#define COSINE_MIN_F16 0.99999
/* The packed batch runs the same GEMMs on more rows: OpenBLAS may block them differently. */
#define BATCH_ABS_MAX 1e-5

static const char *src_dir;

struct golden {
    cJSON *root;
    size_t n_texts, total_tokens, hidden;
    int32_t *ids, *cu;    /* all texts packed: cu[n_texts + 1] */
    float *hidden_states; /* NULL when the golden has none (F16 twins) */
    float *pooled;
};

static float *read_f32(const char *name, size_t expect)
{
    char path[PATH_MAX_LEN];
    test_source_path(path, sizeof(path), "tests/fixtures/golden/%s", name);
    size_t len;
    float *p = (float *)test_read_file(path, &len);
    CHECK_INT_EQ(len, expect * sizeof(float));
    return p;
}

static void golden_load(const char *name, struct golden *g)
{
    char path[PATH_MAX_LEN];
    test_source_path(path, sizeof(path), "tests/fixtures/golden/%s.json", name);
    char *text = test_read_file(path, NULL);
    g->root = cJSON_Parse(text);
    free(text);
    if (!g->root)
        exit(1);
    g->n_texts = (size_t)cJSON_GetObjectItem(g->root, "n_texts")->valueint;
    g->total_tokens = (size_t)cJSON_GetObjectItem(g->root, "total_tokens")->valueint;
    g->hidden = (size_t)cJSON_GetObjectItem(g->root, "hidden")->valueint;
    g->ids = malloc(g->total_tokens * sizeof(int32_t));
    g->cu = malloc((g->n_texts + 1) * sizeof(int32_t));
    const cJSON *texts = cJSON_GetObjectItem(g->root, "texts"), *t;
    size_t i = 0, off = 0;
    g->cu[0] = 0;
    cJSON_ArrayForEach(t, texts)
    {
        const cJSON *id;
        CHECK_INT_EQ(cJSON_GetObjectItem(t, "offset")->valueint, off);
        cJSON_ArrayForEach(id, cJSON_GetObjectItem(t, "ids")) g->ids[off++] = id->valueint;
        g->cu[++i] = (int32_t)off;
    }
    CHECK_INT_EQ(i, g->n_texts);
    CHECK_INT_EQ(off, g->total_tokens);
    const cJSON *hf = cJSON_GetObjectItem(g->root, "hidden_file");
    g->hidden_states =
        cJSON_IsString(hf) ? read_f32(hf->valuestring, g->total_tokens * g->hidden) : NULL;
    g->pooled =
        read_f32(cJSON_GetObjectItem(g->root, "pooled_file")->valuestring, g->n_texts * g->hidden);
}

static void golden_free(struct golden *g)
{
    cJSON_Delete(g->root);
    free(g->ids);
    free(g->cu);
    free(g->hidden_states);
    free(g->pooled);
}

static double max_abs(const float *a, const float *b, size_t n)
{
    double m = 0;
    for (size_t i = 0; i < n; i++)
        m = fmax(m, fabs((double)a[i] - b[i]));
    return m;
}

static void check_info(const struct model *m, const char *name)
{
    const struct model_info *info = model_info(m);
    bool modern = strncmp(name, "modernbert", 10) == 0;
    CHECK_INT_EQ(info->arch, modern ? MODEL_ARCH_MODERNBERT : MODEL_ARCH_BERT);
    CHECK_INT_EQ(info->pooling, modern ? MODEL_POOLING_CLS : MODEL_POOLING_MEAN);
    CHECK(info->normalize);
    CHECK_INT_EQ(info->hidden, 64);
    CHECK_INT_EQ(info->layers, modern ? 6 : 2);
    CHECK_INT_EQ(info->heads, 4);
    CHECK_INT_EQ(info->max_positions, 512);
    CHECK(model_tokenizer(m) != NULL);
}

/* Whether the raw JSON string value after `"text": "` at *cursor holds an escaped NUL, which
 * cJSON's NUL-terminated strings cannot carry; advances *cursor past the value. */
static bool raw_text_has_nul(const char **cursor)
{
    const char *p = strstr(*cursor, "\"text\": \"");
    if (!p)
        exit(1);
    bool nul = false;
    for (p += 9; *p && *p != '"'; p++) {
        if (*p != '\\')
            continue;
        nul |= strncmp(p, "\\u0000", 6) == 0;
        p++; /* skip the escaped character, an escaped quote included */
    }
    *cursor = p;
    return nul;
}

/* The model's tokenizer on the golden texts gives the golden ids (truncated as they were).
 * Texts with a NUL byte are left to the tokenizer's own tests. */
static void check_tokens(const struct model *m, const struct golden *g)
{
    char path[PATH_MAX_LEN];
    test_source_path(path, sizeof(path), "tests/fixtures/golden/texts.json");
    char *text = test_read_file(path, NULL);
    cJSON *root = cJSON_Parse(text);
    const char *cursor = text;
    const cJSON *texts = cJSON_GetObjectItem(root, "texts"), *t;
    size_t max = (size_t)cJSON_GetObjectItem(g->root, "max_tokens")->valueint, i = 0, bad = 0;
    size_t skipped = 0;
    int32_t *ids = malloc(max * sizeof(int32_t));
    cJSON_ArrayForEach(t, texts)
    {
        const char *s = cJSON_GetObjectItem(t, "text")->valuestring;
        size_t want = (size_t)(g->cu[i + 1] - g->cu[i]);
        if (!raw_text_has_nul(&cursor)) {
            size_t n = tokenizer_encode(model_tokenizer(m), s, strlen(s), ids, max);
            if (n != want || memcmp(ids, g->ids + g->cu[i], n * sizeof(int32_t)) != 0) {
                fprintf(stderr, "text %zu: tokenizer ids differ from the golden's\n", i);
                bad++;
            }
        } else {
            skipped++;
        }
        i++;
    }
    CHECK_INT_EQ(i, g->n_texts);
    CHECK_INT_EQ(bad, 0);
    CHECK(skipped < i);
    printf("tokenizer ids equal the golden's for %zu texts (%zu with a NUL byte left out)\n",
           i - skipped, skipped);
    free(ids);
    free(text);
    cJSON_Delete(root);
}

/* One text at a time against the golden, then all texts packed against the single runs. */
static void check_model(const char *name, double cos_min)
{
    char dir[PATH_MAX_LEN], err[512];
    test_source_path(dir, sizeof(dir), "tests/fixtures/%s", name);
    struct model *m;
    if (model_load(dir, &m, err, sizeof(err)) != 0) {
        fprintf(stderr, "%s: %s\n", name, err);
        check_failures++;
        return;
    }
    check_info(m, name);
    struct golden g;
    golden_load(name, &g);
    check_tokens(m, &g);
    size_t h = g.hidden, T = g.total_tokens, n = g.n_texts;
    struct model_scratch *s = model_scratch_new(m, T, n);
    float *hid1 = malloc(T * h * sizeof(float)), *pool1 = malloc(n * h * sizeof(float));
    float *hidb = malloc(T * h * sizeof(float)), *poolb = malloc(n * h * sizeof(float));
    for (size_t i = 0; i < n; i++) {
        int32_t cu[2] = {0, g.cu[i + 1] - g.cu[i]};
        CHECK_INT_EQ(
            model_forward(m, s, g.ids + g.cu[i], cu, 1, hid1 + (size_t)g.cu[i] * h, pool1 + i * h),
            0);
    }
    double hid_err = 0, tok_cos = 1, pool_cos = 1;
    if (g.hidden_states) {
        hid_err = max_abs(hid1, g.hidden_states, T * h);
        for (size_t t = 0; t < T; t++)
            tok_cos = fmin(tok_cos, test_cosine(hid1 + t * h, g.hidden_states + t * h, h));
        CHECK(hid_err <= HIDDEN_ABS_MAX_F32);
        CHECK(tok_cos >= cos_min);
    }
    for (size_t i = 0; i < n; i++)
        pool_cos = fmin(pool_cos, test_cosine(pool1 + i * h, g.pooled + i * h, h));
    CHECK(pool_cos >= cos_min);
    double pool_err = max_abs(pool1, g.pooled, n * h);

    CHECK_INT_EQ(model_forward(m, s, g.ids, g.cu, n, hidb, poolb), 0);
    double batch_err = fmax(max_abs(hidb, hid1, T * h), max_abs(poolb, pool1, n * h));
    bool bitwise = memcmp(hidb, hid1, T * h * sizeof(float)) == 0 &&
                   memcmp(poolb, pool1, n * h * sizeof(float)) == 0;
    CHECK(batch_err <= BATCH_ABS_MAX);
    char hid_msg[128] = "no golden hidden states";
    if (g.hidden_states)
        snprintf(hid_msg, sizeof(hid_msg), "max abs err %.3g, min token cosine 1 - %.2g", hid_err,
                 1.0 - tok_cos);
    printf("%-20s %zu texts, %zu tokens | hidden: %s | pooled: max abs err %.3g, min cosine "
           "1 - %.2g | packed batch vs one at a time: %s, max diff %.3g\n",
           name, n, T, hid_msg, pool_err, 1.0 - pool_cos, bitwise ? "bitwise" : "not bitwise",
           batch_err);

    /* limits: more sequences or tokens than the scratch holds, empty or bad ids */
    CHECK_INT_EQ(model_forward(m, s, g.ids, g.cu, n + 1, NULL, poolb), -1);
    int32_t bad_cu[3] = {0, 0, 2}, ids[2] = {g.ids[0], (int32_t)1 << 30};
    CHECK_INT_EQ(model_forward(m, s, ids, bad_cu, 2, NULL, poolb), -1);
    int32_t cu1[2] = {0, 2};
    CHECK_INT_EQ(model_forward(m, s, ids, cu1, 1, NULL, poolb), -1);
    struct model_scratch *small = model_scratch_new(m, 4, 1);
    int32_t cu_big[2] = {0, 5};
    CHECK_INT_EQ(model_forward(m, small, g.ids, cu_big, 1, NULL, poolb), -1);
    model_scratch_free(small);

    free(hid1), free(pool1), free(hidb), free(poolb);
    model_scratch_free(s);
    golden_free(&g);
    model_free(m);
}

static char tmp_root[TEST_TEMP_DIR_BYTES];

/* A fresh copy of a fixture directory under tmp_root; returns its path (static). */
static const char *copy_fixture(const char *name, const char *as)
{
    static char dst[PATH_MAX_LEN];
    char cmd[3 * PATH_MAX_LEN];
    snprintf(dst, sizeof(dst), "%s/%s", tmp_root, as);
    snprintf(cmd, sizeof(cmd), "rm -rf '%s' && cp -r '%s/tests/fixtures/%s' '%s'", dst, src_dir,
             name, dst);
    if (system(cmd) != 0)
        exit(1);
    return dst;
}

static void write_text(const char *dir, const char *file, const char *text)
{
    char path[PATH_MAX_LEN];
    snprintf(path, sizeof(path), "%s/%s", dir, file);
    FILE *f = fopen(path, "wb");
    if (!f)
        exit(1);
    fputs(text, f);
    fclose(f);
}

/* Replaces tensor's `key` in the safetensors header with value (JSON text), keeping the data
 * section: the file stays a valid safetensors file when the byte size still matches. */
static void edit_header(const char *dir, const char *tensor, const char *key, const char *value)
{
    char path[PATH_MAX_LEN];
    snprintf(path, sizeof(path), "%s/model.safetensors", dir);
    size_t len;
    uint8_t *buf = (uint8_t *)test_read_file(path, &len);
    uint64_t hlen = 0;
    for (int i = 7; i >= 0; i--)
        hlen = (hlen << 8) | buf[i];
    cJSON *hdr = cJSON_ParseWithLength((char *)buf + 8, hlen);
    cJSON *t = cJSON_GetObjectItem(hdr, tensor);
    if (!t)
        exit(1);
    cJSON_ReplaceItemInObject(t, key, cJSON_Parse(value));
    char *json = cJSON_PrintUnformatted(hdr);
    uint64_t nlen = strlen(json);
    FILE *f = fopen(path, "wb");
    for (int i = 0; i < 8; i++)
        fputc((int)(nlen >> (8 * i)) & 0xff, f);
    fwrite(json, 1, nlen, f);
    fwrite(buf + 8 + hlen, 1, len - 8 - hlen, f);
    fclose(f);
    free(json);
    cJSON_Delete(hdr);
    free(buf);
}

static void expect_error(const char *dir, const char *needle)
{
    struct model *m = (struct model *)1;
    char err[512] = "";
    CHECK_INT_EQ(model_load(dir, &m, err, sizeof(err)), -1);
    CHECK(m == NULL);
    if (!strstr(err, needle)) {
        fprintf(stderr, "load error \"%s\" lacks \"%s\"\n", err, needle);
        check_failures++;
    }
}

static void check_errors(void)
{
    const char *d = copy_fixture("modernbert-tiny", "no-config");
    char path[PATH_MAX_LEN];
    snprintf(path, sizeof(path), "%s/config.json", d);
    remove(path);
    expect_error(d, "config.json: No such file");

    d = copy_fixture("modernbert-tiny", "unknown-arch");
    write_text(d, "config.json", "{\"architectures\": [\"GPT2Model\"], \"model_type\": \"gpt2\"}");
    expect_error(d, "unsupported architecture \"GPT2Model\"");

    d = copy_fixture("bert-tiny", "bad-act");
    write_text(d, "config.json",
               "{\"architectures\": [\"BertModel\"], \"hidden_size\": 64, \"num_hidden_layers\": "
               "2, \"num_attention_heads\": 4, \"intermediate_size\": 128, \"vocab_size\": 1500, "
               "\"hidden_act\": \"swish\"}");
    expect_error(d, "unsupported hidden_act \"swish\"");

    d = copy_fixture("modernbert-tiny", "bad-shape");
    edit_header(d, "layers.1.attn_norm.weight", "shape", "[2, 32]");
    expect_error(d, "tensor 'layers.1.attn_norm.weight': shape [2, 32]");

    d = copy_fixture("bert-tiny", "bad-dtype");
    edit_header(d, "encoder.layer.1.output.dense.bias", "dtype", "\"I32\"");
    expect_error(d, "tensor 'encoder.layer.1.output.dense.bias': dtype I32");

    d = copy_fixture("bert-tiny", "missing-tensor");
    snprintf(path, sizeof(path), "%s/model.safetensors", d);
    size_t len;
    char *buf = test_read_file(path, &len);
    const char *key = "encoder.layer.0.attention.self.key.weight";
    char *hit = memmem(buf + 8, len - 8, key, strlen(key)); /* past the binary length */
    CHECK(hit != NULL);
    if (!hit)
        exit(1);
    hit[0] = 'X'; /* renames the tensor, same header length */
    FILE *f = fopen(path, "wb");
    fwrite(buf, 1, len, f);
    fclose(f);
    expect_error(d, "missing tensor 'encoder.layer.0.attention.self.key.weight'");

    d = copy_fixture("modernbert-tiny", "truncated");
    snprintf(path, sizeof(path), "%s/model.safetensors", d);
    CHECK_INT_EQ(truncate(path, (off_t)len / 2), 0);
    expect_error(d, "past the data section");
    free(buf);

    d = copy_fixture("bert-tiny", "bad-pooling");
    write_text(d, "1_Pooling/config.json", "{\"pooling_mode_max_tokens\": true}");
    expect_error(d, "pooling_mode_max_tokens unsupported");
}

int main(void)
{
    src_dir = test_source_dir();
    model_set_threads(1);
    check_model("modernbert-tiny", COSINE_MIN_F32);
    check_model("bert-tiny", COSINE_MIN_F32);
    check_model("modernbert-tiny-f16", COSINE_MIN_F16);
    check_model("bert-tiny-f16", COSINE_MIN_F16);
    test_temp_dir(tmp_root, sizeof(tmp_root), "model");
    check_errors();
    test_remove_dir(tmp_root);
    return check_finish("test_model");
}
