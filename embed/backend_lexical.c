/* backend_lexical.c — the weightless backend: lexical_embed per text, same engine path. */
#include <errno.h>
#include <stdlib.h>

#include "embed/embed_assert.h"
#include "embed/engine.h"

static int backend_lexical_embed(void *ctx, const struct embed_batch *b, float *out)
{
    const struct lexical_params *p = ctx;
    for (size_t i = 0; i < b->n_seqs; i++) {
        EMBED_ASSERT(b->texts[i] != NULL); /* engine_submit refuses ids for this backend */
        lexical_embed(p, b->texts[i], b->lens[i], out + i * p->dim);
    }
    return 0;
}

/* The vector is a function of the normalised words alone (lexical_embed normalises first,
 * within the same limits), so that form is the cache key: "Fries!" and "fries" share one. */
static size_t backend_lexical_cache_key(void *ctx, const char *text, size_t len, char *out,
                                        size_t cap)
{
    (void)ctx;
    _Static_assert((size_t)LEXICAL_NORMALIZED_BYTES_MAX <= (size_t)ENGINE_CACHE_KEY_BYTES_MAX,
                   "every normal form fits the engine's key buffer");
    EMBED_ASSERT(cap >= LEXICAL_NORMALIZED_BYTES_MAX);
    return lexical_normalize(text, len, out, cap);
}

static void backend_lexical_free(void *ctx)
{
    free(ctx);
}

int embed_backend_lexical_init(struct embed_backend *b, const struct lexical_params *p)
{
    if (!lexical_params_valid(p))
        return -EINVAL;
    struct lexical_params *copy = malloc(sizeof(*copy));
    EMBED_OOM_CHECK(copy);
    *copy = *p;
    *b = (struct embed_backend){
        .name = "lexical",
        .dim = p->dim,
        .ctx = copy,
        .embed_batch = backend_lexical_embed,
        .free = backend_lexical_free,
        .cache_key = backend_lexical_cache_key,
    };
    return 0;
}
