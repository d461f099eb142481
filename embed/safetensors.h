/* safetensors.h — read-only access to a .safetensors file through mmap.
 *
 * Layout: 8-byte little-endian header length N, N bytes of JSON
 * {"name": {"dtype": "F32", "shape": [..], "data_offsets": [begin, end]}, "__metadata__": {..}},
 * then the data section; offsets are relative to the data section. Everything is checked on
 * open: header length against the file size, JSON syntax, known dtype, sane shape, begin <= end,
 * end within the data section and end - begin == product(shape) * dtype size. After a
 * successful open every tensor's bytes are inside the mapping.
 *
 * The mapping stays alive until safetensors_close, so a future GPU backend can upload the
 * raw F16/BF16 bytes; the CPU backend converts to F32 with safetensors_to_f32. */
#ifndef BRIGADE_EMBED_SAFETENSORS_H
#define BRIGADE_EMBED_SAFETENSORS_H

#include <stddef.h>
#include <stdint.h>

#define SAFETENSORS_HEADER_MAX  (100u << 20) /* bytes of JSON header, as the Rust crate */
#define SAFETENSORS_DIMS_MAX    8
#define SAFETENSORS_DIM_MAX     ((int64_t)1 << 40) /* per dimension, well past any real model */
#define SAFETENSORS_TENSORS_MAX 100000
#define SAFETENSORS_NAME_MAX    512

enum safetensors_dtype {
    SAFETENSORS_DTYPE_F32,
    SAFETENSORS_DTYPE_F16,
    SAFETENSORS_DTYPE_BF16,
    /* Known but not usable as weights (e.g. BERT's int64 position_ids buffer): parsed and
     * bounds-checked, rejected by safetensors_to_f32. */
    SAFETENSORS_DTYPE_F64,
    SAFETENSORS_DTYPE_I64,
    SAFETENSORS_DTYPE_I32,
    SAFETENSORS_DTYPE_I16,
    SAFETENSORS_DTYPE_I8,
    SAFETENSORS_DTYPE_U8,
    SAFETENSORS_DTYPE_BOOL,
    SAFETENSORS_DTYPE_MAX,
};

struct safetensors_tensor {
    const char *name;
    enum safetensors_dtype dtype;
    size_t ndim;
    int64_t shape[SAFETENSORS_DIMS_MAX];
    size_t numel;
    const void *data; /* inside the mapping; not necessarily aligned */
    size_t nbytes;
};

struct safetensors;

/* Maps and validates `path`. Returns 0, or -errno (-ENOENT, -EINVAL for a malformed file,
 * -ENOMEM) with a message naming the file and the problem in err. */
int safetensors_open(const char *path, struct safetensors **out, char *err, size_t err_len);
void safetensors_close(struct safetensors *st);

size_t safetensors_count(const struct safetensors *st);
const struct safetensors_tensor *safetensors_at(const struct safetensors *st, size_t i);

/* Finds `name`, else "model." + name (checkpoints saved from a *ForMaskedLM wrapper).
 * Returns NULL when neither exists. */
const struct safetensors_tensor *safetensors_find(const struct safetensors *st, const char *name);

const char *safetensors_dtype_name(enum safetensors_dtype dtype);
size_t safetensors_dtype_size(enum safetensors_dtype dtype);

/* Converts F32/F16/BF16 to F32 into dst (numel floats). Returns 0, or -EINVAL for any
 * other dtype. */
int safetensors_to_f32(const struct safetensors_tensor *t, float *dst);

/* IEEE half and bfloat16 to float, exact (every value of either is a float). */
float safetensors_f16_to_f32(uint16_t h);
float safetensors_bf16_to_f32(uint16_t h);

#endif
