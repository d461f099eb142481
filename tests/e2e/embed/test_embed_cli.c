/* test_embed_cli.c — `brigade embed` end to end: the binary on the tiny fixtures outputs
 * transformers' golden pooled embeddings (tests/fixtures/golden), in input order, for plain
 * and JSON input lines (--cpu-precision f32 within 5e-5; bf16 and f16 within 4e-3); the
 * lexical backend's output reads back bit-exact (%.9g); usage errors exit 2. */
#include <cjson/cJSON.h>
#include <math.h>
#include <unistd.h>

#include "check.h"
#include "embed/lexical.h"
#include "test_util.h"

enum { GOLDEN_MAX_TOKENS = 192, TEXTS_MAX = 128, DIM_MAX = 1024 };
#define POOLED_ABS_MAX 5e-5 /* unit vectors; the model tests bound the states at 2e-5 */
/* 16-bit weights (test_model_cpu16 bounds the cosine at 0.999; these stay near 1 - 1e-5). */
#define POOLED_ABS_MAX_16 4e-3

/* Runs `brigade embed ARGS < input_path`, returns stdout (malloc'd) and the exit status. */
static char *run_embed(const char *args, const char *input_path, int *status)
{
    char cmd[TEST_COMMAND_BYTES];
    snprintf(cmd, sizeof(cmd), "'%s/gateway/brigade' embed %s < '%s'", test_binary_dir(), args,
             input_path);
    return test_run_capture(cmd, status);
}

/* Parses one output line; returns the embedding length or -1. */
static int parse_line(const char *line, size_t len, char *text, size_t cap, float *vec)
{
    cJSON *j = cJSON_ParseWithLength(line, len);
    const cJSON *t = cJSON_GetObjectItemCaseSensitive(j, "text");
    const cJSON *d = cJSON_GetObjectItemCaseSensitive(j, "dim");
    const cJSON *e = cJSON_GetObjectItemCaseSensitive(j, "embedding");
    int n = -1;
    if (cJSON_IsString(t) && cJSON_IsNumber(d) && cJSON_IsArray(e) &&
        cJSON_GetArraySize(e) == d->valueint && d->valueint <= DIM_MAX) {
        snprintf(text, cap, "%s", t->valuestring);
        n = 0;
        for (const cJSON *x = e->child; x; x = x->next)
            vec[n++] = (float)x->valuedouble;
    }
    cJSON_Delete(j);
    return n;
}

/* Whether the i-th "text" of the raw texts.json holds \u0000: such a text cannot cross a C
 * string (brigade embed documents that a JSON text ends at U+0000), so it is left out. */
static bool raw_text_has_nul(const char *raw, size_t i)
{
    const char *p = raw;
    for (size_t k = 0; p && k <= i; k++)
        if ((p = strstr(p, "\"text\": \"")) != NULL)
            p += strlen("\"text\": \"");
    if (!p)
        return false;
    for (; *p && *p != '"'; p++) {
        if (strncmp(p, "\\u0000", 6) == 0)
            return true;
        if (*p == '\\')
            p++;
    }
    return false;
}

static void check_fixture(const char *model, const char *precision, double abs_max)
{
    char path[TEST_PATH_BYTES], in_path[] = "/tmp/brigade-embed-in-XXXXXX";
    test_source_path(path, sizeof(path), "tests/fixtures/golden/%s.json", model);
    char *golden_raw = test_read_file(path, NULL);
    cJSON *golden = cJSON_Parse(golden_raw);
    test_source_path(path, sizeof(path), "tests/fixtures/golden/texts.json");
    char *raw = test_read_file(path, NULL);
    cJSON *texts = cJSON_Parse(raw);
    CHECK(golden && texts);
    size_t hidden = (size_t)cJSON_GetObjectItem(golden, "hidden")->valueint;
    test_source_path(path, sizeof(path), "tests/fixtures/golden/%s.pooled.f32", model);
    float *pooled = (float *)test_read_file(path, NULL);

    /* Every golden text that was not truncated; plain lines where that reads the same. */
    int fd = mkstemp(in_path);
    FILE *in = fdopen(fd, "w");
    size_t rows[TEXTS_MAX], n = 0;
    const cJSON *gt = cJSON_GetObjectItem(golden, "texts")->child;
    const cJSON *tt = cJSON_GetObjectItem(texts, "texts")->child;
    for (size_t i = 0; gt && tt && n < TEXTS_MAX; i++, gt = gt->next, tt = tt->next) {
        const char *s = cJSON_GetObjectItem(tt, "text")->valuestring;
        if (cJSON_GetObjectItem(gt, "n_tokens")->valueint >= GOLDEN_MAX_TOKENS ||
            raw_text_has_nul(raw, i))
            continue;
        bool plain = *s && !strpbrk(s, "\n\r{") && s[0] != ' ' && s[strlen(s) - 1] != ' ';
        if (plain && i % 2 == 0) {
            fprintf(in, "%s\n", s);
        } else {
            cJSON *o = cJSON_CreateObject();
            cJSON_AddStringToObject(o, "text", s);
            char *line = cJSON_PrintUnformatted(o);
            fprintf(in, "%s\n", line);
            free(line);
            cJSON_Delete(o);
        }
        rows[n++] = i;
    }
    fclose(in);
    CHECK(n >= 30);

    char args[2 * TEST_PATH_BYTES];
    int status;
    snprintf(args, sizeof(args), "--model '%s/tests/fixtures/%s' --threads 1 --cpu-precision %s",
             test_source_dir(), model, precision);
    char *out = run_embed(args, in_path, &status);
    CHECK_INT_EQ(status, 0);
    size_t lines = 0;
    double worst = 0;
    tt = cJSON_GetObjectItem(texts, "texts")->child;
    for (char *p = out, *nl; (nl = strchr(p, '\n')) && lines < n; p = nl + 1, lines++) {
        static char text[8192];
        float vec[DIM_MAX];
        int dim = parse_line(p, (size_t)(nl - p), text, sizeof(text), vec);
        CHECK_INT_EQ(dim, hidden);
        const cJSON *want =
            cJSON_GetArrayItem(cJSON_GetObjectItem(texts, "texts"), (int)rows[lines]);
        CHECK_STR_EQ(text, cJSON_GetObjectItem(want, "text")->valuestring);
        for (size_t d = 0; dim > 0 && d < hidden; d++)
            worst = fmax(worst, fabs(vec[d] - pooled[rows[lines] * hidden + d]));
    }
    CHECK_INT_EQ(lines, n);
    printf("%s %s: %zu texts, max |brigade embed - golden| = %.3g\n", model, precision, n, worst);
    CHECK(worst < abs_max);
    unlink(in_path);
    free(out);
    free(pooled);
    free(raw);
    free(golden_raw);
    cJSON_Delete(golden);
    cJSON_Delete(texts);
}

static void check_lexical(void)
{
    static const char *const lines[] = {
        "green garden burgr", "{\"text\": \"swet \\\"potato\\\" fries\"}", "", "Crème brûlée"};
    static const char *const expect[] = {"green garden burgr", "swet \"potato\" fries",
                                         "Crème brûlée"};
    char in_path[] = "/tmp/brigade-embed-in-XXXXXX";
    FILE *in = fdopen(mkstemp(in_path), "w");
    for (size_t i = 0; i < 4; i++)
        fprintf(in, "%s\n", lines[i]);
    fclose(in);
    int status;
    char *out = run_embed("--backend lexical", in_path, &status);
    CHECK_INT_EQ(status, 0);
    struct lexical_params p;
    lexical_params_default(&p);
    size_t i = 0;
    for (char *s = out, *nl; (nl = strchr(s, '\n')); s = nl + 1, i++) {
        char text[256];
        float vec[DIM_MAX], ref[LEXICAL_DIM_DEFAULT];
        CHECK_INT_EQ(parse_line(s, (size_t)(nl - s), text, sizeof(text), vec), p.dim);
        if (i >= 3)
            break;
        CHECK_STR_EQ(text, expect[i]);
        lexical_embed(&p, expect[i], strlen(expect[i]), ref);
        CHECK(memcmp(ref, vec, sizeof(ref)) == 0); /* %.9g reads back bit-exact */
    }
    CHECK_INT_EQ(i, 3); /* the blank line is skipped */
    free(out);

    /* Usage errors and a malformed JSON line. */
    char *o = run_embed("--backend cpu", "/dev/null", &status);
    CHECK_INT_EQ(status, 2);
    free(o);
    o = run_embed("--backend gpu", "/dev/null", &status);
    CHECK_INT_EQ(status, 2);
    free(o);
    o = run_embed("--cpu-precision fp16", "/dev/null", &status);
    CHECK_INT_EQ(status, 2);
    free(o);
    o = run_embed("--help", "/dev/null", &status);
    CHECK_INT_EQ(status, 0);
    CHECK(strstr(o, "usage: brigade embed") != NULL);
    free(o);
    in = fopen(in_path, "w");
    fprintf(in, "{\"txt\": 1}\n");
    fclose(in);
    o = run_embed("", in_path, &status);
    CHECK_INT_EQ(status, 1);
    free(o);
    unlink(in_path);
}

int main(void)
{
    char exe[TEST_PATH_BYTES + 32];
    snprintf(exe, sizeof(exe), "%s/gateway/brigade", test_binary_dir());
    if (access(exe, X_OK) != 0) {
        fprintf(stderr, "%s not built\n", exe);
        return 1;
    }
    check_lexical();
    static const char *const fixtures[] = {"bert-tiny", "modernbert-tiny"};
    for (size_t i = 0; i < 2; i++) {
        check_fixture(fixtures[i], "f32", POOLED_ABS_MAX);
        check_fixture(fixtures[i], "bf16", POOLED_ABS_MAX_16);
        check_fixture(fixtures[i], "f16", POOLED_ABS_MAX_16);
    }
    return check_finish("test_embed_cli");
}
