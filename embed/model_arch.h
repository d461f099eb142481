/* model_arch.h — one table entry per encoder architecture.
 *
 * An entry says how config.json names the architecture, which of its keys it reads, how its
 * weights load and what its forward pass computes; model.c looks the entry up once and calls
 * through it, never branching on the architecture. A new architecture is a new file beside bert.c
 * and modernbert.c (its entry, its load and forward, built from embed/model_weights.h and
 * embed/model_ops.h) and one line in model_arch.c's table. Internal to embed/. */
#ifndef BRIGADE_EMBED_MODEL_ARCH_H
#define BRIGADE_EMBED_MODEL_ARCH_H

#include <stdbool.h>
#include <stddef.h>

#include <cjson/cJSON.h>

#include "embed/model_graph.h"
#include "embed/model_weights.h"

/* Most config.json "architectures" class names one entry answers to. */
#define MODEL_ARCH_CLASSES_MAX 4

struct model_arch {
    enum model_arch_id id;
    const char *model_type;                          /* config.json "model_type" */
    const char *classes[MODEL_ARCH_CLASSES_MAX + 1]; /* "architectures" names, NULL-ended */
    const char *tensor_prefix; /* tried after safetensors_find's "" and "model.", or NULL */
    bool gated_mlp;            /* Wi yields [input | gate]: 2 x intermediate columns */
    /* The config.json keys only this architecture has (cfg's shared sizes are already read):
     * activation, positions, norms, attention layout, default pooling. Returns 0, or -1 with
     * a message naming the key (embed/model_config_json.h). */
    int (*config)(const cJSON *root, struct model_config *cfg, char *err, size_t err_len);
    /* Reads every weight the forward pass needs (and what it derives from them, such as
     * RoPE tables) into ld->m. Returns 0, or -1 with the first failure's message in ld. */
    int (*load)(struct model_loader *ld);
    /* The encoder over a checked batch: the last hidden states [b->tokens x hidden] into
     * out (which may be s->xn). s->pos holds each token's position. Allocates nothing. */
    void (*forward)(const struct model *m, struct model_scratch *s, const struct model_batch *b,
                    float *out);
};

extern const struct model_arch model_arch_modernbert;
extern const struct model_arch model_arch_bert;

/* The entry of an id in [0, MODEL_ARCH_MAX). */
const struct model_arch *model_arch_get(enum model_arch_id id);
/* The entry answering to an "architectures" class name or a "model_type"; NULL if none. */
const struct model_arch *model_arch_by_class(const char *name);
const struct model_arch *model_arch_by_type(const char *model_type);
/* Writes the known class names, comma-separated, into buf (for error messages). */
void model_arch_class_list(char *buf, size_t len);

#endif
