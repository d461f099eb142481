/* embed_setup.c — the embed engine from --model/--backend/--threads and the --cuda-* flags
 * (see embed_setup.h). */
#include "embed/embed_setup.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *embed_setup_backend(const char *backend, const char *model_dir)
{
    if (!backend)
        backend = model_dir ? "cpu" : "lexical";
    bool weights = strcmp(backend, "cpu") == 0 || strcmp(backend, "cuda") == 0;
    if (!weights && strcmp(backend, "lexical") != 0)
        return NULL;
    if (weights && !model_dir)
        return NULL;
    return backend;
}

int embed_setup_precision(const char *arg, enum embed_cuda_precision *p)
{
    static const char *const names[EMBED_CUDA_PRECISION_MAX] = {
        [EMBED_CUDA_PRECISION_BF16] = "bf16",
        [EMBED_CUDA_PRECISION_F16] = "fp16",
        [EMBED_CUDA_PRECISION_F32] = "fp32",
    };
    for (int i = 0; i < EMBED_CUDA_PRECISION_MAX; i++)
        if (strcmp(arg, names[i]) == 0) {
            *p = (enum embed_cuda_precision)i;
            return 0;
        }
    return -EINVAL;
}

int embed_setup_cuda_device(const char *arg, int *device)
{
    char *end;
    long v = strtol(arg, &end, 10);
    if (!*arg || *end || v < 0 || v > EMBED_SETUP_CUDA_DEVICE_MAX)
        return -EINVAL;
    *device = (int)v;
    return 0;
}

/* The notice when cuda gives way to cpu. */
static void embed_setup_fallback(const struct embed_setup *s, const char *reason)
{
    if (s->notice && s->notice_len)
        snprintf(s->notice, s->notice_len,
                 "cuda backend unavailable: %s; falling back to the cpu backend", reason);
}

/* The cuda backend, or the cpu backend with the reason in the notice. */
static int embed_setup_cuda(const struct embed_setup *s, const struct engine_config *c,
                            const struct model *m, struct embed_backend *b)
{
#ifdef BRIGADE_HAVE_CUDA
    char msg[EMBED_SETUP_NOTICE_BYTES];
    struct embed_cuda_params p = {.device = s->cuda_device,
                                  .precision = s->cuda_precision,
                                  .tokens_max = c->max_batch_tokens,
                                  .seqs_max = c->max_batch_sequences,
                                  .normalize = s->normalize};
    if (embed_backend_cuda_init(b, m, &p, msg, sizeof(msg)) == 0) {
        if (s->notice && s->notice_len)
            snprintf(s->notice, s->notice_len, "%s", msg);
        return 0;
    }
    embed_setup_fallback(s, msg);
#else
    embed_setup_fallback(s, "this binary was built without CUDA (configure with "
                            "-DBRIGADE_CUDA=ON on a host with the CUDA toolkit)");
#endif
    return embed_backend_cpu_init(b, m, c->max_batch_tokens, c->max_batch_sequences, s->normalize);
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
    if (s->notice && s->notice_len)
        s->notice[0] = '\0';
    if (strcmp(s->backend, "lexical") == 0) {
        struct lexical_params p;
        lexical_params_default(&p);
        rc = embed_backend_lexical_init(&b, &p);
    } else {
        if (model_load(s->model_dir, model, err, err_len) != 0)
            return EMBED_SETUP_MODEL_FAILED;
        if (s->threads)
            model_set_threads((size_t)s->threads);
        if (strcmp(s->backend, "cuda") == 0)
            rc = embed_setup_cuda(s, c, *model, &b);
        else
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
