/* model_weights.h — the weights of a model directory as the architectures read them: tensors
 * looked up by name in model.safetensors, checked against the shape the config implies,
 * converted to F32 once, and finally packed into the dense layers' panel layout. Internal to
 * embed/. */
#ifndef BRIGADE_EMBED_MODEL_WEIGHTS_H
#define BRIGADE_EMBED_MODEL_WEIGHTS_H

#include <stdbool.h>
#include <stddef.h>

#include "embed/model_graph.h"

/* Loading: the first failure's message stays in err, later calls return NULL at once. */
struct model_loader {
    struct model *m;
    const char *alt_prefix; /* tried after safetensors_find's "" and "model." */
    char *err;
    size_t err_len;
    bool failed;
};

/* The tensor `name` as F32 with shape [d0] (d1 == 0) or [d0, d1]; NULL on any mismatch.
 * F32 aligned tensors are used in place from the mapping, others converted to an owned copy. */
const float *model_weight(struct model_loader *ld, const char *name, size_t d0, size_t d1);
/* Stacks count tensors of shape [d0, d1] (d1 == 0: [d0]) into one owned array. */
const float *model_weight_stack(struct model_loader *ld, const char *const *names, size_t count,
                                size_t d0, size_t d1);
/* n floats owned by m (freed with it), for tables derived at load. Aborts on out of memory. */
float *model_owned_new(struct model *m, size_t n);

/* Packs every layer's four matrices into their struct linear, one at a time, releasing each
 * source as it goes so that the peak resident size is the packed weights plus one matrix. */
void model_weights_pack(struct model *m);

#endif
