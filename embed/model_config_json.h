/* model_config_json.h — reading config.json keys with the checks and messages every
 * architecture's config parser (struct model_arch.config) shares. Internal to embed/. */
#ifndef BRIGADE_EMBED_MODEL_CONFIG_JSON_H
#define BRIGADE_EMBED_MODEL_CONFIG_JSON_H

#include <stdbool.h>
#include <stddef.h>

#include <cjson/cJSON.h>

#include "kernels/gelu.h"

/* Formats the message into err and returns -1. */
__attribute__((format(printf, 3, 4))) int model_config_fail(char *err, size_t err_len,
                                                            const char *fmt, ...);
/* Positive integer key in [1, max]; absent or null -> def (def 0: the key is required).
 * Returns 0, or -1 with a message naming the key. */
int model_config_size(const cJSON *o, const char *key, size_t def, size_t max, size_t *out,
                      char *err, size_t err_len);
/* Positive number; absent or null -> def. Returns 0 or -1 with a message. */
int model_config_float(const cJSON *o, const char *key, float def, float *out, char *err,
                       size_t err_len);
/* A boolean key; absent or not a boolean -> def. */
bool model_config_bool(const cJSON *o, const char *key, bool def);
/* An activation name: gelu (exact), gelu_new / gelu_pytorch_tanh (tanh); absent -> gelu.
 * Returns 0, or -1 with a message listing the supported names. */
int model_config_act(const cJSON *o, const char *key, enum gelu_kind *out, char *err,
                     size_t err_len);

#endif
