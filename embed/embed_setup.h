/* embed_setup.h — the embed engine built from the flags every command shares: --model,
 * --backend, --threads, --cpu-precision, --cuda-device and --cuda-precision (brigade embed,
 * brigade analyze, brigade serve).
 *
 * The cpu backend repacks the dense layers' weights as --cpu-precision says (f32, bf16 or
 * f16; by default the precision this CPU computes fastest natively, linear_dtype_native) and
 * runs the fastest kernel this CPU has for it; BRIGADE_CPU_KERNEL=portable|avx2|avx512|
 * avx512bf16 in the environment forces one (to test or compare every path on one machine),
 * and a kernel this CPU cannot run is refused with a message, never tried.
 *
 * --backend cuda falls back to cpu, with the reason in the notice, when the binary has no
 * CUDA, the host has no usable GPU (none, too old, not enough memory) or the model is one the
 * cuda backend does not run; the model stays loaded for the cpu backend either way.
 *
 * Nothing here prints: each command reports failures in its own voice (stderr or the log). */
#ifndef BRIGADE_GATEWAY_EMBED_SETUP_H
#define BRIGADE_GATEWAY_EMBED_SETUP_H

#include <stdbool.h>
#include <stddef.h>

#include "embed/engine.h"
#include "embed/model.h"

enum {
    EMBED_SETUP_THREADS_MAX = 256, /* --threads: more than any machine brigade runs on */
    EMBED_SETUP_MODEL_FAILED = 1,  /* embed_setup_open: the model did not load */
    EMBED_SETUP_CUDA_DEVICE_MAX = 255,
    EMBED_SETUP_NOTICE_BYTES = 512, /* room for the cuda start-up report or fallback reason */
};

/* The backend a command runs: the one named, else cpu with a model and lexical without.
 * Returns "cuda", "cpu" or "lexical" (static strings or backend itself), or NULL when backend
 * names none of them or cuda/cpu comes without a model. A model with lexical is the caller's
 * to judge. */
const char *embed_setup_backend(const char *backend, const char *model_dir);

/* Parses a --cuda-precision value: bf16, fp16 or fp32. Returns 0 with *p set, or -EINVAL. */
int embed_setup_precision(const char *arg, enum embed_cuda_precision *p);

/* Parses a --cpu-precision value: f32, bf16 or f16. Returns 0 with *p set, or -EINVAL. */
int embed_setup_cpu_precision(const char *arg, enum linear_dtype *p);

/* Parses a --cuda-device value: a whole number in 0..EMBED_SETUP_CUDA_DEVICE_MAX. Returns 0
 * with *device set, or -EINVAL. */
int embed_setup_cuda_device(const char *arg, int *device);

/* Parses a --threads value. Returns 0 with *threads set, or -EINVAL when arg is not a whole
 * number in 1..EMBED_SETUP_THREADS_MAX (*threads untouched). */
int embed_setup_threads(const char *arg, int *threads);

struct embed_setup {
    const char *backend;   /* "cuda", "cpu" or "lexical", as embed_setup_backend returns */
    const char *model_dir; /* the cuda and cpu backends' Hugging Face model directory */
    int threads;           /* model_set_threads before the forward scratch; 0: leave as is */
    /* --cpu-precision: "f32", "bf16" or "f16"; NULL or "": linear_dtype_native() */
    const char *cpu_precision;
    /* A kernel name (linear_isa_name) to force; NULL or "": $BRIGADE_CPU_KERNEL, else the
     * fastest this CPU runs for the precision */
    const char *cpu_kernel;
    bool normalize;  /* cuda, cpu: L2-normalise pooled vectors even where the model does not */
    int cuda_device; /* --cuda-device (0 by default) */
    enum embed_cuda_precision cuda_precision; /* --cuda-precision (bf16 by default) */
    /* Optional (NULL: not written): the cuda backend's start-up report, or why cuda fell back
     * to cpu; empty when there is nothing to say. The command logs it. */
    char *notice;
    size_t notice_len;
};

/* Loads the model (cuda and cpu backends), starts the backend sized by c's batch limits, then
 * the engine; cuda that cannot start falls back to cpu (see above; engine_backend(*engine)
 * ->name says which runs). Returns 0 with *engine and *model (NULL for lexical) owned by the
 * caller (free the engine first); EMBED_SETUP_MODEL_FAILED with model_load's reason in err
 * (or why the cpu precision or kernel cannot run: an unknown name, a kernel this CPU lacks;
 * model_cpu_kernel(*model) says what runs once started); or
 * the -errno of the backend or engine start. On failure nothing is left: *model is NULL. */
int embed_setup_open(const struct embed_setup *s, const struct engine_config *c,
                     struct model **model, struct engine **engine, char *err, size_t err_len);

#endif
