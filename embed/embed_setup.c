/* embed_setup.c — the embed engine from --model/--backend/--threads, --cpu-precision and the
 * --cuda-* flags (see embed_setup.h). */
#include "embed/embed_setup.h"

#include <cblas.h>
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

int embed_setup_cpu_precision(const char *arg, enum linear_dtype *p)
{
    enum linear_dtype d = linear_dtype_from_name(arg);
    if (d == LINEAR_DTYPE_MAX)
        return -EINVAL;
    *p = d;
    return 0;
}

/* Repacks m for the cpu backend as s asks. Returns 0, or -1 with the reason in err. */
static int embed_setup_cpu_kernel(const struct embed_setup *s, struct model *m, char *err,
                                  size_t err_len)
{
    enum linear_dtype dtype = linear_dtype_native();
    if (s->cpu_precision && s->cpu_precision[0] &&
        embed_setup_cpu_precision(s->cpu_precision, &dtype) != 0) {
        snprintf(err, err_len, "invalid --cpu-precision '%.32s': f32, bf16 or f16",
                 s->cpu_precision);
        return -1;
    }
    const char *forced =
        s->cpu_kernel && s->cpu_kernel[0] ? s->cpu_kernel : getenv("BRIGADE_CPU_KERNEL");
    enum linear_isa isa = LINEAR_ISA_MAX; /* the fastest this CPU runs */
    if (forced && forced[0]) {
        isa = linear_isa_from_name(forced);
        if (isa == LINEAR_ISA_MAX) {
            snprintf(err, err_len,
                     "invalid cpu kernel '%.32s' (BRIGADE_CPU_KERNEL): portable, avx2, avx512 "
                     "or avx512bf16",
                     forced);
            return -1;
        }
    }
    if (model_set_cpu_kernel(m, dtype, isa) != 0) {
        snprintf(err, err_len, "this CPU cannot run the %s kernel for %s weights (it runs %s)",
                 linear_isa_name(isa), linear_dtype_name(dtype),
                 linear_isa_name(linear_kernel_best(dtype)));
        return -1;
    }
    return 0;
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

/* The cpu backend over m repacked as s asks; EMBED_SETUP_MODEL_FAILED with err set when the
 * precision or kernel cannot run. */
static int embed_setup_cpu(const struct embed_setup *s, const struct engine_config *c,
                           struct model *m, struct embed_backend *b, char *err, size_t err_len)
{
    if (embed_setup_cpu_kernel(s, m, err, err_len) != 0)
        return EMBED_SETUP_MODEL_FAILED;
    return embed_backend_cpu_init(b, m, c->max_batch_tokens, c->max_batch_sequences, s->normalize);
}

/* The cuda backend, or the cpu backend with the reason in the notice. */
static int embed_setup_cuda(const struct embed_setup *s, const struct engine_config *c,
                            struct model *m, struct embed_backend *b, char *err, size_t err_len)
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
    return embed_setup_cpu(s, c, m, b, err, err_len);
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
            rc = embed_setup_cuda(s, c, *model, &b, err, err_len);
        else
            rc = embed_setup_cpu(s, c, *model, &b, err, err_len);
    }
    /* The engine's sgemm (scoring, attention) runs on the thread that calls it, which
     * engine_config.place puts where the engine belongs. OpenBLAS's own workers were started
     * before main wherever the process may run: waking them would put that work on any CPU,
     * a serving loop's included. */
    openblas_set_num_threads(1);
    if (rc == 0)
        rc = engine_new(c, &b, engine);
    if (rc != 0) {
        model_free(*model);
        *model = NULL;
    }
    return rc;
}
