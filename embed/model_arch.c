/* model_arch.c — the architecture table; the entries live beside their forward passes in
 * modernbert.c and bert.c. See model_arch.h. */
#include "embed/model_arch.h"

#include <stdio.h>
#include <string.h>

#include "embed/embed_assert.h"

static const struct model_arch *const model_archs[MODEL_ARCH_MAX] = {
    [MODEL_ARCH_MODERNBERT] = &model_arch_modernbert,
    [MODEL_ARCH_BERT] = &model_arch_bert,
};

const struct model_arch *model_arch_get(enum model_arch_id id)
{
    EMBED_ASSERT((unsigned)id < MODEL_ARCH_MAX);
    const struct model_arch *a = model_archs[id];
    EMBED_ASSERT(a && a->id == id);
    return a;
}

const struct model_arch *model_arch_by_class(const char *name)
{
    for (size_t i = 0; i < MODEL_ARCH_MAX; i++)
        for (const char *const *c = model_archs[i]->classes; *c; c++)
            if (strcmp(*c, name) == 0)
                return model_archs[i];
    return NULL;
}

const struct model_arch *model_arch_by_type(const char *model_type)
{
    for (size_t i = 0; i < MODEL_ARCH_MAX; i++)
        if (strcmp(model_archs[i]->model_type, model_type) == 0)
            return model_archs[i];
    return NULL;
}

void model_arch_class_list(char *buf, size_t len)
{
    EMBED_ASSERT(len > 0);
    size_t used = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < MODEL_ARCH_MAX; i++) {
        for (const char *const *c = model_archs[i]->classes; *c && used < len; c++) {
            int n = snprintf(buf + used, len - used, "%s%s", used ? ", " : "", *c);
            used += n > 0 ? (size_t)n : 0;
        }
    }
}
