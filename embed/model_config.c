/* model_config.c — config.json / modules.json parsing; see model_config.h. */
#include "embed/model_config.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "embed/embed_assert.h"
#include "embed/model_arch.h"
#include "embed/model_config_json.h"

#define CONFIG_PATH_MAX  4096
#define CONFIG_NAMES_MAX 256 /* the known architecture names, listed in an error message */

int model_config_fail(char *err, size_t err_len, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, err_len, fmt, ap);
    va_end(ap);
    return -1;
}

int model_config_read_file(const char *path, char **out)
{
    *out = NULL;
    FILE *f = fopen(path, "rb");
    if (!f)
        return -errno;
    char *buf = malloc(MODEL_CONFIG_FILE_MAX + 1);
    EMBED_OOM_CHECK(buf);
    size_t n = fread(buf, 1, MODEL_CONFIG_FILE_MAX + 1, f);
    int rc = ferror(f) ? -EIO : 0;
    fclose(f);
    if (rc == 0 && n > MODEL_CONFIG_FILE_MAX)
        rc = -EFBIG;
    if (rc != 0) {
        free(buf);
        return rc;
    }
    buf[n] = '\0';
    *out = buf;
    return 0;
}

/* Parses dir/name as JSON. Returns NULL with err set when missing or malformed. */
static cJSON *json_load(const char *dir, const char *name, bool *missing, char *err, size_t err_len)
{
    char path[CONFIG_PATH_MAX];
    snprintf(path, sizeof(path), "%s/%s", dir, name);
    char *text;
    int rc = model_config_read_file(path, &text);
    if (missing)
        *missing = rc == -ENOENT;
    if (rc != 0) {
        model_config_fail(err, err_len, "%s: %s", path, strerror(-rc));
        return NULL;
    }
    cJSON *root = cJSON_Parse(text);
    free(text);
    if (!root || !cJSON_IsObject(root)) {
        if (!root && missing)
            *missing = false;
        cJSON_Delete(root);
        model_config_fail(err, err_len, "%s: not a JSON object", path);
        return NULL;
    }
    return root;
}

int model_config_size(const cJSON *o, const char *key, size_t def, size_t max, size_t *out,
                      char *err, size_t err_len)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    if (!v || cJSON_IsNull(v)) {
        if (def == 0)
            return model_config_fail(err, err_len, "config.json: missing %s", key);
        *out = def;
        return 0;
    }
    double d = cJSON_IsNumber(v) ? v->valuedouble : -1.0;
    if (!(d >= 1.0) || d > (double)max || d != (double)(size_t)d)
        return model_config_fail(err, err_len, "config.json: %s must be an integer in [1, %zu]",
                                 key, max);
    *out = (size_t)d;
    return 0;
}

int model_config_float(const cJSON *o, const char *key, float def, float *out, char *err,
                       size_t err_len)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    if (!v || cJSON_IsNull(v)) {
        *out = def;
        return 0;
    }
    if (!cJSON_IsNumber(v) || !(v->valuedouble > 0.0))
        return model_config_fail(err, err_len, "config.json: %s must be a positive number", key);
    *out = (float)v->valuedouble;
    return 0;
}

bool model_config_bool(const cJSON *o, const char *key, bool def)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsBool(v) ? cJSON_IsTrue(v) : def;
}

int model_config_act(const cJSON *o, const char *key, enum gelu_kind *out, char *err,
                     size_t err_len)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    const char *s = cJSON_IsString(v) ? v->valuestring : "gelu";
    if (strcmp(s, "gelu") == 0)
        *out = GELU_KIND_ERF;
    else if (strcmp(s, "gelu_new") == 0 || strcmp(s, "gelu_pytorch_tanh") == 0)
        *out = GELU_KIND_TANH;
    else
        return model_config_fail(err, err_len,
                                 "config.json: unsupported %s \"%s\" (gelu, gelu_new)", key, s);
    return 0;
}

/* architectures[0] first, model_type as the fallback; the names are model_arch.c's table. */
static int parse_arch(const cJSON *root, struct model_config *cfg, char *err, size_t err_len)
{
    const cJSON *archs = cJSON_GetObjectItemCaseSensitive(root, "architectures");
    const cJSON *first = cJSON_IsArray(archs) ? cJSON_GetArrayItem(archs, 0) : NULL;
    if (cJSON_IsString(first)) {
        const struct model_arch *a = model_arch_by_class(first->valuestring);
        if (a) {
            cfg->arch = a->id;
            return 0;
        }
        char known[CONFIG_NAMES_MAX];
        model_arch_class_list(known, sizeof(known));
        return model_config_fail(err, err_len, "config.json: unsupported architecture \"%s\" (%s)",
                                 first->valuestring, known);
    }
    const cJSON *type = cJSON_GetObjectItemCaseSensitive(root, "model_type");
    const char *t = cJSON_IsString(type) ? type->valuestring : "(none)";
    const struct model_arch *a = model_arch_by_type(t);
    if (!a)
        return model_config_fail(err, err_len, "config.json: unsupported model_type \"%s\"", t);
    cfg->arch = a->id;
    return 0;
}

static int parse_common(const cJSON *root, struct model_config *cfg, char *err, size_t err_len)
{
    if (model_config_size(root, "hidden_size", 0, MODEL_HIDDEN_MAX, &cfg->hidden, err, err_len) ||
        model_config_size(root, "num_hidden_layers", 0, MODEL_LAYERS_MAX, &cfg->layers, err,
                          err_len) ||
        model_config_size(root, "num_attention_heads", 0, MODEL_HEADS_MAX, &cfg->heads, err,
                          err_len) ||
        model_config_size(root, "intermediate_size", 0, MODEL_HIDDEN_MAX * 8, &cfg->intermediate,
                          err, err_len) ||
        model_config_size(root, "vocab_size", 0, MODEL_VOCAB_MAX, &cfg->vocab, err, err_len))
        return -1;
    if (cfg->hidden % cfg->heads != 0)
        return model_config_fail(err, err_len,
                                 "config.json: hidden_size %zu not a multiple of %zu heads",
                                 cfg->hidden, cfg->heads);
    cfg->head_dim = cfg->hidden / cfg->heads;
    if (cfg->head_dim % 2 != 0)
        return model_config_fail(err, err_len, "config.json: head dimension %zu is odd",
                                 cfg->head_dim);
    const cJSON *hd = cJSON_GetObjectItemCaseSensitive(root, "head_dim");
    if (cJSON_IsNumber(hd) && hd->valuedouble != (double)cfg->head_dim)
        return model_config_fail(err, err_len,
                                 "config.json: head_dim != hidden_size / heads unsupported");
    return 0;
}

static int parse_pooling_config(const char *dir, const char *sub, struct model_config *cfg,
                                char *err, size_t err_len)
{
    char name[CONFIG_PATH_MAX];
    snprintf(name, sizeof(name), "%s/config.json", sub);
    cJSON *root = json_load(dir, name, NULL, err, err_len);
    if (!root)
        return -1;
    static const char *unsupported[] = {
        "pooling_mode_max_tokens", "pooling_mode_mean_sqrt_len_tokens",
        "pooling_mode_weightedmean_tokens", "pooling_mode_lasttoken"};
    int rc = 0;
    for (size_t i = 0; i < sizeof(unsupported) / sizeof(unsupported[0]) && rc == 0; i++)
        if (model_config_bool(root, unsupported[i], false))
            rc = model_config_fail(err, err_len, "%s: %s unsupported (cls or mean)", name,
                                   unsupported[i]);
    bool cls = model_config_bool(root, "pooling_mode_cls_token", false);
    bool mean = model_config_bool(root, "pooling_mode_mean_tokens", false);
    if (rc == 0 && cls == mean)
        rc = model_config_fail(err, err_len,
                               "%s: exactly one of cls_token / mean_tokens must be set", name);
    cfg->pooling = cls ? MODEL_POOLING_CLS : MODEL_POOLING_MEAN;
    cJSON_Delete(root);
    return rc;
}

/* modules.json: Transformer, Pooling, optional Normalize, nothing else. Absent -> keep the
 * architecture's defaults. */
static int parse_modules(const char *dir, struct model_config *cfg, char *err, size_t err_len)
{
    char path[CONFIG_PATH_MAX];
    snprintf(path, sizeof(path), "%s/modules.json", dir);
    char *text;
    int rc = model_config_read_file(path, &text);
    if (rc == -ENOENT)
        return 0;
    if (rc != 0)
        return model_config_fail(err, err_len, "%s: %s", path, strerror(-rc));
    cJSON *mods = cJSON_Parse(text);
    free(text);
    if (!cJSON_IsArray(mods)) {
        cJSON_Delete(mods);
        return model_config_fail(err, err_len, "modules.json: not a JSON array");
    }
    cfg->normalize = false;
    bool pooled = false;
    const cJSON *m;
    cJSON_ArrayForEach(m, mods)
    {
        const cJSON *type = cJSON_GetObjectItemCaseSensitive(m, "type");
        const cJSON *sub = cJSON_GetObjectItemCaseSensitive(m, "path");
        const char *t = cJSON_IsString(type) ? type->valuestring : "";
        if (strcmp(t, "sentence_transformers.models.Transformer") == 0)
            continue;
        if (strcmp(t, "sentence_transformers.models.Normalize") == 0) {
            cfg->normalize = true;
        } else if (strcmp(t, "sentence_transformers.models.Pooling") == 0 && cJSON_IsString(sub)) {
            rc = parse_pooling_config(dir, sub->valuestring, cfg, err, err_len);
            pooled = true;
        } else {
            rc = model_config_fail(err, err_len, "modules.json: module type \"%s\" unsupported", t);
        }
        if (rc != 0)
            break;
    }
    cJSON_Delete(mods);
    if (rc == 0 && !pooled)
        rc = model_config_fail(err, err_len, "modules.json: no Pooling module");
    return rc;
}

int model_config_load(const char *dir, struct model_config *cfg, char *err, size_t err_len)
{
    EMBED_ASSERT(dir && cfg);
    memset(cfg, 0, sizeof(*cfg));
    cJSON *root = json_load(dir, "config.json", NULL, err, err_len);
    if (!root)
        return -1;
    int rc = parse_arch(root, cfg, err, err_len);
    if (rc == 0)
        rc = parse_common(root, cfg, err, err_len);
    if (rc == 0)
        rc = model_arch_get(cfg->arch)->config(root, cfg, err, err_len);
    cJSON_Delete(root);
    if (rc == 0)
        rc = parse_modules(dir, cfg, err, err_len);
    return rc;
}
