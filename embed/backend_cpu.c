/* backend_cpu.c — the CPU backend: model_forward (OpenBLAS) over the engine's packed batch. */
#include <errno.h>
#include <stdlib.h>

#include "embed/embed_assert.h"
#include "embed/engine.h"
#include "kernels/pooling.h"

struct backend_cpu {
    const struct model *model;
    struct model_scratch *scratch;
    bool normalize; /* normalise here: the model's own pooling does not */
    size_t dim;
};

static int backend_cpu_embed(void *ctx, const struct embed_batch *b, float *out)
{
    struct backend_cpu *c = ctx;
    if (model_forward(c->model, c->scratch, b->ids, b->cu_seqlens, b->n_seqs, NULL, out) != 0)
        return -EINVAL; /* the scratch fits the engine's limits: a bad pre-tokenized id */
    if (c->normalize)
        for (size_t i = 0; i < b->n_seqs; i++)
            l2norm_row(out + i * c->dim, c->dim);
    return 0;
}

static void backend_cpu_free(void *ctx)
{
    struct backend_cpu *c = ctx;
    model_scratch_free(c->scratch);
    free(c);
}

int embed_backend_cpu_init(struct embed_backend *b, const struct model *m, size_t tokens_max,
                           size_t seqs_max, bool normalize)
{
    const struct model_info *info = model_info(m);
    struct backend_cpu *c = calloc(1, sizeof(*c));
    EMBED_OOM_CHECK(c);
    c->model = m;
    c->dim = info->hidden;
    c->normalize = normalize && !info->normalize;
    c->scratch = model_scratch_new(m, tokens_max, seqs_max);
    if (!c->scratch) {
        free(c);
        return -ENOMEM;
    }
    size_t seq_max = info->max_positions < tokens_max ? info->max_positions : tokens_max;
    *b = (struct embed_backend){
        .name = "cpu",
        .dim = info->hidden,
        .max_seq_tokens = seq_max,
        .tokenizer = model_tokenizer(m),
        .ctx = c,
        .embed_batch = backend_cpu_embed,
        .free = backend_cpu_free,
    };
    return 0;
}
