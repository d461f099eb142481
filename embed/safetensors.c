/* safetensors.c — mmap + validated header parse; see safetensors.h. */
#include "embed/safetensors.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "embed/embed_assert.h"

#define SAFETENSORS_LEN_BYTES 8
#define SAFETENSORS_PREFIX    "model."

struct safetensors {
    void *map;
    size_t map_len;
    const uint8_t *data; /* start of the data section */
    size_t data_len;
    size_t count;
    struct safetensors_tensor *tensors;
};

static const struct {
    const char *name;
    size_t size;
} dtype_table[SAFETENSORS_DTYPE_MAX] = {
    [SAFETENSORS_DTYPE_F32] = {"F32", 4},   [SAFETENSORS_DTYPE_F16] = {"F16", 2},
    [SAFETENSORS_DTYPE_BF16] = {"BF16", 2}, [SAFETENSORS_DTYPE_F64] = {"F64", 8},
    [SAFETENSORS_DTYPE_I64] = {"I64", 8},   [SAFETENSORS_DTYPE_I32] = {"I32", 4},
    [SAFETENSORS_DTYPE_I16] = {"I16", 2},   [SAFETENSORS_DTYPE_I8] = {"I8", 1},
    [SAFETENSORS_DTYPE_U8] = {"U8", 1},     [SAFETENSORS_DTYPE_BOOL] = {"BOOL", 1},
};

static int fail(char *err, size_t err_len, int rc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    if (err && err_len)
        vsnprintf(err, err_len, fmt, ap);
    va_end(ap);
    return rc;
}

const char *safetensors_dtype_name(enum safetensors_dtype dtype)
{
    EMBED_ASSERT(dtype < SAFETENSORS_DTYPE_MAX);
    return dtype_table[dtype].name;
}

size_t safetensors_dtype_size(enum safetensors_dtype dtype)
{
    EMBED_ASSERT(dtype < SAFETENSORS_DTYPE_MAX);
    return dtype_table[dtype].size;
}

static int dtype_parse(const char *s, enum safetensors_dtype *out)
{
    for (int i = 0; i < SAFETENSORS_DTYPE_MAX; i++) {
        if (strcmp(s, dtype_table[i].name) == 0) {
            *out = (enum safetensors_dtype)i;
            return 0;
        }
    }
    return -1;
}

/* A JSON number that is a non-negative integer representable exactly (<= 2^53). */
static int json_uint(const cJSON *v, uint64_t max, uint64_t *out)
{
    if (!cJSON_IsNumber(v))
        return -1;
    double d = v->valuedouble;
    if (!(d >= 0.0) || d > (double)max || d != (double)(uint64_t)d)
        return -1;
    *out = (uint64_t)d;
    return 0;
}

static int parse_shape(const cJSON *shape, struct safetensors_tensor *t)
{
    if (!cJSON_IsArray(shape))
        return -1;
    int n = cJSON_GetArraySize(shape);
    if (n < 0 || n > SAFETENSORS_DIMS_MAX)
        return -1;
    t->ndim = (size_t)n;
    uint64_t numel = 1;
    for (int i = 0; i < n; i++) {
        uint64_t dim;
        if (json_uint(cJSON_GetArrayItem(shape, i), (uint64_t)SAFETENSORS_DIM_MAX, &dim) != 0)
            return -1;
        t->shape[i] = (int64_t)dim;
        if (dim != 0 && numel > (UINT64_MAX / 2) / dim)
            return -1; /* overflow: no real tensor is this big */
        numel *= dim;
    }
    t->numel = (size_t)numel;
    return 0;
}

/* Validates one header entry and fills t (name not yet set). */
static int parse_entry(struct safetensors *st, const cJSON *e, struct safetensors_tensor *t,
                       char *err, size_t err_len)
{
    const char *name = e->string;
    if (!cJSON_IsObject(e))
        return fail(err, err_len, -EINVAL, "tensor '%s': entry is not an object", name);
    const cJSON *dtype = cJSON_GetObjectItemCaseSensitive(e, "dtype");
    if (!cJSON_IsString(dtype))
        return fail(err, err_len, -EINVAL, "tensor '%s': missing dtype", name);
    if (dtype_parse(dtype->valuestring, &t->dtype) != 0)
        return fail(err, err_len, -EINVAL, "tensor '%s': unknown dtype '%s'", name,
                    dtype->valuestring);
    if (parse_shape(cJSON_GetObjectItemCaseSensitive(e, "shape"), t) != 0)
        return fail(err, err_len, -EINVAL, "tensor '%s': bad shape", name);
    const cJSON *offs = cJSON_GetObjectItemCaseSensitive(e, "data_offsets");
    uint64_t begin, end;
    if (!cJSON_IsArray(offs) || cJSON_GetArraySize(offs) != 2 ||
        json_uint(cJSON_GetArrayItem(offs, 0), UINT64_MAX >> 11, &begin) != 0 ||
        json_uint(cJSON_GetArrayItem(offs, 1), UINT64_MAX >> 11, &end) != 0)
        return fail(err, err_len, -EINVAL, "tensor '%s': bad data_offsets", name);
    if (begin > end)
        return fail(err, err_len, -EINVAL, "tensor '%s': data_offsets begin > end", name);
    if (end > st->data_len)
        return fail(err, err_len, -EINVAL,
                    "tensor '%s': data_offsets end %llu past the data section (%zu bytes)", name,
                    (unsigned long long)end, st->data_len);
    size_t want = t->numel * dtype_table[t->dtype].size;
    if (end - begin != want)
        return fail(err, err_len, -EINVAL, "tensor '%s': %llu bytes but shape x %s needs %zu", name,
                    (unsigned long long)(end - begin), dtype_table[t->dtype].name, want);
    t->data = st->data + begin;
    t->nbytes = want;
    return 0;
}

static int parse_header(struct safetensors *st, const char *json, size_t len, char *err,
                        size_t err_len)
{
    cJSON *root = cJSON_ParseWithLength(json, len);
    if (!root || !cJSON_IsObject(root)) {
        cJSON_Delete(root);
        return fail(err, err_len, -EINVAL, "header is not a JSON object");
    }
    int n = cJSON_GetArraySize(root);
    if (n > SAFETENSORS_TENSORS_MAX) {
        cJSON_Delete(root);
        return fail(err, err_len, -EINVAL, "%d tensors, limit %d", n, SAFETENSORS_TENSORS_MAX);
    }
    st->tensors = calloc((size_t)n + 1, sizeof(*st->tensors));
    EMBED_OOM_CHECK(st->tensors);
    int rc = 0;
    for (const cJSON *e = root->child; e && rc == 0; e = e->next) {
        if (strcmp(e->string, "__metadata__") == 0)
            continue;
        if (strlen(e->string) >= SAFETENSORS_NAME_MAX) {
            rc = fail(err, err_len, -EINVAL, "tensor name longer than %d", SAFETENSORS_NAME_MAX);
            break;
        }
        struct safetensors_tensor *t = &st->tensors[st->count];
        rc = parse_entry(st, e, t, err, err_len);
        if (rc == 0) {
            t->name = strdup(e->string);
            EMBED_OOM_CHECK(t->name);
            st->count++;
        }
    }
    cJSON_Delete(root);
    return rc;
}

static int map_file(const char *path, struct safetensors *st, char *err, size_t err_len)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return fail(err, err_len, -errno, "%s: %s", path, strerror(errno));
    struct stat sb;
    if (fstat(fd, &sb) != 0) {
        int rc = -errno;
        close(fd);
        return fail(err, err_len, rc, "%s: %s", path, strerror(-rc));
    }
    if (sb.st_size < SAFETENSORS_LEN_BYTES) {
        close(fd);
        return fail(err, err_len, -EINVAL, "%s: %lld bytes, too short for a header", path,
                    (long long)sb.st_size);
    }
    st->map_len = (size_t)sb.st_size;
    st->map = mmap(NULL, st->map_len, PROT_READ, MAP_PRIVATE, fd, 0);
    int rc = st->map == MAP_FAILED ? -errno : 0;
    close(fd);
    if (rc != 0) {
        st->map = NULL;
        return fail(err, err_len, rc, "%s: mmap: %s", path, strerror(-rc));
    }
    return 0;
}

int safetensors_open(const char *path, struct safetensors **out, char *err, size_t err_len)
{
    EMBED_ASSERT(path && out);
    *out = NULL;
    struct safetensors *st = calloc(1, sizeof(*st));
    EMBED_OOM_CHECK(st);
    int rc = map_file(path, st, err, err_len);
    if (rc != 0) {
        free(st);
        return rc;
    }
    const uint8_t *p = st->map;
    uint64_t hlen = 0;
    for (int i = SAFETENSORS_LEN_BYTES - 1; i >= 0; i--)
        hlen = (hlen << 8) | p[i];
    size_t room = st->map_len - SAFETENSORS_LEN_BYTES;
    if (hlen > SAFETENSORS_HEADER_MAX || hlen > room) {
        rc = fail(err, err_len, -EINVAL, "%s: header length %llu past end of file (%zu bytes)",
                  path, (unsigned long long)hlen, st->map_len);
    } else if (hlen < 2 || p[SAFETENSORS_LEN_BYTES] != '{') {
        rc = fail(err, err_len, -EINVAL, "%s: header does not start with '{'", path);
    } else {
        st->data = p + SAFETENSORS_LEN_BYTES + hlen;
        st->data_len = room - hlen;
        size_t msg = strlen(path) + 2;
        rc = parse_header(st, (const char *)p + SAFETENSORS_LEN_BYTES, hlen,
                          err_len > msg ? err + msg : NULL, err_len > msg ? err_len - msg : 0);
        if (rc != 0 && err_len > msg) {
            memcpy(err, path, msg - 2); /* prefix the file name to parse_header's message */
            err[msg - 2] = ':';
            err[msg - 1] = ' ';
        }
    }
    if (rc != 0) {
        safetensors_close(st);
        return rc;
    }
    *out = st;
    return 0;
}

void safetensors_close(struct safetensors *st)
{
    if (!st)
        return;
    for (size_t i = 0; i < st->count; i++)
        free((char *)st->tensors[i].name);
    free(st->tensors);
    if (st->map)
        munmap(st->map, st->map_len);
    free(st);
}

size_t safetensors_count(const struct safetensors *st)
{
    return st->count;
}

const struct safetensors_tensor *safetensors_at(const struct safetensors *st, size_t i)
{
    EMBED_ASSERT(i < st->count);
    return &st->tensors[i];
}

static const struct safetensors_tensor *find_exact(const struct safetensors *st, const char *name)
{
    for (size_t i = 0; i < st->count; i++)
        if (strcmp(st->tensors[i].name, name) == 0)
            return &st->tensors[i];
    return NULL;
}

const struct safetensors_tensor *safetensors_find(const struct safetensors *st, const char *name)
{
    const struct safetensors_tensor *t = find_exact(st, name);
    if (t)
        return t;
    char prefixed[SAFETENSORS_NAME_MAX + sizeof(SAFETENSORS_PREFIX)];
    int n = snprintf(prefixed, sizeof(prefixed), SAFETENSORS_PREFIX "%s", name);
    if (n < 0 || (size_t)n >= sizeof(prefixed))
        return NULL;
    return find_exact(st, prefixed);
}

float safetensors_f16_to_f32(uint16_t h)
{
    uint32_t sign = (uint32_t)(h & 0x8000u) << 16;
    uint32_t exp = (h >> 10) & 0x1fu;
    uint32_t man = h & 0x3ffu;
    uint32_t bits;
    if (exp == 0x1f) {
        bits = sign | 0x7f800000u | (man << 13); /* inf / nan */
    } else if (exp != 0) {
        bits = sign | ((exp + 112u) << 23) | (man << 13); /* rebias 15 -> 127 */
    } else if (man == 0) {
        bits = sign;
    } else {
        /* subnormal half: normalise the mantissa */
        exp = 113;
        while (!(man & 0x400u)) {
            man <<= 1;
            exp--;
        }
        bits = sign | (exp << 23) | ((man & 0x3ffu) << 13);
    }
    float f;
    memcpy(&f, &bits, sizeof(f));
    return f;
}

float safetensors_bf16_to_f32(uint16_t h)
{
    uint32_t bits = (uint32_t)h << 16;
    float f;
    memcpy(&f, &bits, sizeof(f));
    return f;
}

int safetensors_to_f32(const struct safetensors_tensor *t, float *dst)
{
    const uint8_t *src = t->data;
    switch (t->dtype) {
    case SAFETENSORS_DTYPE_F32:
        memcpy(dst, src, t->numel * sizeof(float));
        return 0;
    case SAFETENSORS_DTYPE_F16:
    case SAFETENSORS_DTYPE_BF16:
        for (size_t i = 0; i < t->numel; i++) {
            uint16_t h = (uint16_t)(src[2 * i] | (src[2 * i + 1] << 8)); /* little-endian */
            dst[i] = t->dtype == SAFETENSORS_DTYPE_F16 ? safetensors_f16_to_f32(h)
                                                       : safetensors_bf16_to_f32(h);
        }
        return 0;
    default:
        return -EINVAL;
    }
}
