/* model_weights.c — tensor lookup, F32 conversion, owned copies and packing; see
 * model_weights.h. */
#include "embed/model_weights.h"

#include <errno.h>
#include <stdalign.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#include "embed/embed_assert.h"

static void load_fail(struct model_loader *ld, const char *fmt, ...)
{
    if (ld->failed)
        return; /* keep the first, most specific message */
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(ld->err, ld->err_len, fmt, ap);
    va_end(ap);
    ld->failed = true;
}

static const struct safetensors_tensor *find_tensor(struct model_loader *ld, const char *name)
{
    const struct safetensors_tensor *t = safetensors_find(ld->m->st, name);
    if (t || !ld->alt_prefix)
        return t;
    char alt[MODEL_TENSOR_NAME_MAX * 2];
    snprintf(alt, sizeof(alt), "%s%s", ld->alt_prefix, name);
    return safetensors_find(ld->m->st, alt);
}

float *model_owned_new(struct model *m, size_t n)
{
    EMBED_ASSERT(m->owned_count < MODEL_WEIGHTS_MAX);
    float *p = malloc(n * sizeof(float));
    EMBED_OOM_CHECK(p);
    m->owned[m->owned_count++] = p;
    return p;
}

/* Checks t against [d0] / [d0, d1] and a float dtype; converts into dst (NULL: return a
 * pointer into the mapping when F32 and aligned, else an owned copy). */
static const float *tensor_f32(struct model_loader *ld, const struct safetensors_tensor *t,
                               size_t d0, size_t d1, float *dst)
{
    size_t ndim = d1 ? 2 : 1;
    if (t->ndim != ndim || (size_t)t->shape[0] != d0 || (d1 && (size_t)t->shape[1] != d1)) {
        load_fail(ld, "tensor '%s': shape [%lld%s%lld] (%zu dims), expected [%zu, %zu]", t->name,
                  (long long)t->shape[0], t->ndim > 1 ? ", " : "",
                  t->ndim > 1 ? (long long)t->shape[1] : 0LL, t->ndim, d0, d1);
        return NULL;
    }
    if (t->dtype != SAFETENSORS_DTYPE_F32 && t->dtype != SAFETENSORS_DTYPE_F16 &&
        t->dtype != SAFETENSORS_DTYPE_BF16) {
        load_fail(ld, "tensor '%s': dtype %s, expected F32, F16 or BF16", t->name,
                  safetensors_dtype_name(t->dtype));
        return NULL;
    }
    bool aligned = ((uintptr_t)t->data % alignof(float)) == 0;
    if (!dst && t->dtype == SAFETENSORS_DTYPE_F32 && aligned)
        return t->data;
    if (!dst)
        dst = model_owned_new(ld->m, t->numel);
    EMBED_ASSERT(safetensors_to_f32(t, dst) == 0);
    return dst;
}

const float *model_weight(struct model_loader *ld, const char *name, size_t d0, size_t d1)
{
    if (ld->failed)
        return NULL;
    const struct safetensors_tensor *t = find_tensor(ld, name);
    if (!t) {
        load_fail(ld, "model.safetensors: missing tensor '%s'", name);
        return NULL;
    }
    return tensor_f32(ld, t, d0, d1, NULL);
}

const float *model_weight_stack(struct model_loader *ld, const char *const *names, size_t count,
                                size_t d0, size_t d1)
{
    if (ld->failed)
        return NULL;
    size_t each = d0 * (d1 ? d1 : 1);
    float *dst = model_owned_new(ld->m, each * count);
    for (size_t i = 0; i < count && !ld->failed; i++) {
        const struct safetensors_tensor *t = find_tensor(ld, names[i]);
        if (!t)
            load_fail(ld, "model.safetensors: missing tensor '%s'", names[i]);
        else
            tensor_f32(ld, t, d0, d1, dst + i * each);
    }
    return ld->failed ? NULL : dst;
}

/* The source of a packed matrix is no longer read: an owned copy is freed; pages of the
 * mapping are dropped from the resident set (a private read-only file mapping: the kernel
 * would read them back from the file if they were ever touched again). Without this the
 * weights would be resident twice, mapping and packed copy. */
static void weight_release(struct model *m, const float *w, size_t n)
{
    for (size_t i = 0; i < m->owned_count; i++) {
        if (m->owned[i] == w) {
            free(m->owned[i]);
            m->owned[i] = NULL;
            return;
        }
    }
    uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
    uintptr_t lo = ((uintptr_t)w + page - 1) / page * page;
    uintptr_t hi = ((uintptr_t)(w + n)) / page * page;
    if (hi > lo)
        madvise((void *)lo, hi - lo, MADV_DONTNEED); /* advice only: failure changes nothing */
}

static void pack_one(struct model *m, struct linear *l, const float **w, const float *bias,
                     size_t out, size_t in)
{
    linear_init(l, *w, bias, out, in);
    weight_release(m, *w, out * in);
    *w = NULL;
}

void model_weights_pack(struct model *m)
{
    size_t h = m->cfg.hidden, mw = model_mlp_width(m), in = m->cfg.intermediate;
    for (size_t i = 0; i < m->cfg.layers; i++) {
        struct model_layer *l = &m->layers[i];
        pack_one(m, &l->qkv, &l->wqkv, l->bqkv, 3 * h, h);
        pack_one(m, &l->o, &l->wo, l->bo, h, h);
        pack_one(m, &l->up, &l->wi, l->bi, mw, h);
        pack_one(m, &l->down, &l->wo2, l->bo2, h, in);
    }
}

/* The four dense layers of layer i. */
static void layer_linears(struct model *m, size_t i, struct linear *out[4])
{
    struct model_layer *l = &m->layers[i];
    out[0] = &l->qkv, out[1] = &l->o, out[2] = &l->up, out[3] = &l->down;
}

int model_set_cpu_kernel(struct model *m, enum linear_dtype dtype, enum linear_isa isa)
{
    EMBED_ASSERT(m && m->cfg.layers >= 1);
    if (dtype >= LINEAR_DTYPE_MAX)
        return -EINVAL;
    if (isa == LINEAR_ISA_MAX)
        isa = linear_kernel_best(dtype);
    if (!linear_kernel_supported(dtype, isa))
        return -EINVAL;
    enum linear_dtype held = m->layers[0].qkv.dtype;
    if (held != LINEAR_DTYPE_F32 && held != dtype)
        return -EINVAL; /* 16-bit weights do not widen back to the checkpoint's F32 */
    for (size_t i = 0; i < m->cfg.layers; i++) {
        struct linear *ls[4];
        layer_linears(m, i, ls);
        for (size_t k = 0; k < 4; k++) {
            if (held == LINEAR_DTYPE_F32)
                linear_convert(ls[k], dtype, isa); /* one layer at a time: small peak */
            else if (isa == LINEAR_ISA_AVX512_BF16 && ls[k]->in > LINEAR_X16_IN_MAX)
                ls[k]->isa = LINEAR_ISA_AVX512; /* as linear_init_dtype chooses */
            else
                ls[k]->isa = isa; /* the same layout for every kernel of a dtype */
        }
    }
    return 0;
}

size_t model_cpu_weight_bytes(const struct model *m)
{
    size_t bytes = 0;
    for (size_t i = 0; i < m->cfg.layers; i++) {
        const struct model_layer *l = &m->layers[i];
        bytes += linear_bytes(&l->qkv) + linear_bytes(&l->o) + linear_bytes(&l->up) +
                 linear_bytes(&l->down);
    }
    return bytes;
}

void model_cpu_kernel(const struct model *m, enum linear_dtype *dtype, enum linear_isa *isa)
{
    *dtype = m->layers[0].qkv.dtype;
    *isa = m->layers[0].qkv.isa;
}
