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
    };
    return 0;
}
