/* embed_setup.h — the embed engine built from the flags every command shares: --model,
 * --backend and --threads (brigade embed, brigade analyze, brigade serve).
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
};

/* The backend a command runs: the one named, else cpu with a model and lexical without.
 * Returns "cpu" or "lexical" (static strings or backend itself), or NULL when backend names
 * neither or cpu comes without a model. A model with lexical is the caller's to judge. */
const char *embed_setup_backend(const char *backend, const char *model_dir);

/* Parses a --threads value. Returns 0 with *threads set, or -EINVAL when arg is not a whole
 * number in 1..EMBED_SETUP_THREADS_MAX (*threads untouched). */
int embed_setup_threads(const char *arg, int *threads);

struct embed_setup {
    const char *backend;   /* "cpu" or "lexical", as embed_setup_backend returns */
    const char *model_dir; /* the cpu backend's Hugging Face model directory */
    int threads;           /* model_set_threads before the forward scratch; 0: leave as is */
    bool normalize;        /* cpu: L2-normalise pooled vectors even where the model does not */
};

/* Loads the model (cpu backend), starts the backend sized by c's batch limits, then the
 * engine. Returns 0 with *engine and *model (NULL for lexical) owned by the caller (free the
 * engine first); EMBED_SETUP_MODEL_FAILED with model_load's reason in err; or the -errno of
 * the backend or engine start. On failure nothing is left: *model is NULL. */
int embed_setup_open(const struct embed_setup *s, const struct engine_config *c,
                     struct model **model, struct engine **engine, char *err, size_t err_len);

#endif
