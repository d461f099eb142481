/* embed_setup.c — the embed engine from --model/--backend/--threads (see embed_setup.h). */
#include "embed/embed_setup.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

const char *embed_setup_backend(const char *backend, const char *model_dir)
{
    if (!backend)
        backend = model_dir ? "cpu" : "lexical";
    bool cpu = strcmp(backend, "cpu") == 0;
    if (!cpu && strcmp(backend, "lexical") != 0)
        return NULL;
    if (cpu && !model_dir)
        return NULL;
    return backend;
}

int embed_setup_threads(const char *arg, int *threads)
{
    char *end;
    long v = strtol(arg, &end, 10);
    if (*end || v < 1 || v > EMBED_SETUP_THREADS_MAX)
        return -EINVAL;
    *threads = (int)v;
    return 0;
}

int embed_setup_open(const struct embed_setup *s, const struct engine_config *c,
                     struct model **model, struct engine **engine, char *err, size_t err_len)
{
    struct embed_backend b;
    int rc;
    *model = NULL;
    if (strcmp(s->backend, "lexical") == 0) {
        struct lexical_params p;
        lexical_params_default(&p);
        rc = embed_backend_lexical_init(&b, &p);
    } else {
        if (model_load(s->model_dir, model, err, err_len) != 0)
            return EMBED_SETUP_MODEL_FAILED;
        if (s->threads)
            model_set_threads((size_t)s->threads);
        rc = embed_backend_cpu_init(&b, *model, c->max_batch_tokens, c->max_batch_sequences,
                                    s->normalize);
    }
    if (rc == 0)
        rc = engine_new(c, &b, engine);
    if (rc != 0) {
        model_free(*model);
        *model = NULL;
    }
    return rc;
}
