/* load_check.c — response checks (see load_check.h). cJSON parses the body: the checks are
 * optional, and when on, parsing a small JSON body is far cheaper than the request itself. */
#include "bench/load/load_check.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool load_check_status(const struct load_config *cfg, int status)
{
    if (cfg->expect_status)
        return status == cfg->expect_status;
    return status >= 200 && status <= 299;
}

/* Follow a dotted path ("error.code") through nested objects; NULL if absent. */
static const cJSON *find_field(const cJSON *root, const char *path)
{
    char name[256];
    const cJSON *node = root;
    while (node && *path) {
        const char *dot = strchr(path, '.');
        size_t n = dot ? (size_t)(dot - path) : strlen(path);
        if (n >= sizeof(name))
            return NULL;
        memcpy(name, path, n);
        name[n] = '\0';
        node = cJSON_IsObject(node) ? cJSON_GetObjectItemCaseSensitive(node, name) : NULL;
        path += n + (dot ? 1 : 0);
    }
    return node;
}

static bool value_equals(const cJSON *v, const char *want)
{
    if (cJSON_IsString(v))
        return strcmp(v->valuestring, want) == 0;
    if (cJSON_IsBool(v))
        return strcmp(want, cJSON_IsTrue(v) ? "true" : "false") == 0;
    if (cJSON_IsNull(v))
        return strcmp(want, "null") == 0;
    if (cJSON_IsNumber(v)) {
        char *end;
        double w = strtod(want, &end);
        return end != want && *end == '\0' && w == v->valuedouble;
    }
    return false;
}

bool load_check_body(const struct load_config *cfg, const char *body, size_t len)
{
    if (cfg->check_count == 0)
        return true;
    cJSON *root = cJSON_ParseWithLength(body, len);
    bool ok = cJSON_IsObject(root);
    for (unsigned i = 0; ok && i < cfg->check_count; i++) {
        const struct load_field_check *c = &cfg->checks[i];
        const cJSON *v = find_field(root, c->field);
        ok = v && (c->kind == LOAD_EXPECT_PRESENT || value_equals(v, c->value));
    }
    cJSON_Delete(root);
    return ok;
}
