/* test_safetensors — the safetensors reader on hand-built files: a valid file with every
 * float dtype, and each kind of corruption rejected with a message, never read past EOF. */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "embed/safetensors.h"
#include "test_util.h"

static char dir[TEST_TEMP_DIR_BYTES];

/* Writes [u64 hlen][header][data_len bytes 0..]; hlen_override != UINT64_MAX replaces the
 * real header length. Returns the path (static buffer). */
static const char *write_file(const char *name, const char *header, uint64_t hlen_override,
                              const uint8_t *data, size_t data_len)
{
    static char path[128];
    snprintf(path, sizeof(path), "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    if (!f)
        abort();
    uint64_t hlen = hlen_override != UINT64_MAX ? hlen_override : strlen(header);
    uint8_t le[8];
    for (int i = 0; i < 8; i++)
        le[i] = (uint8_t)(hlen >> (8 * i));
    fwrite(le, 1, 8, f);
    fwrite(header, 1, strlen(header), f);
    if (data_len)
        fwrite(data, 1, data_len, f);
    fclose(f);
    return path;
}

/* Opening must fail with -EINVAL and a message containing `needle`. */
static void expect_invalid(const char *path, const char *needle)
{
    struct safetensors *st = (struct safetensors *)1;
    char err[256] = "";
    int rc = safetensors_open(path, &st, err, sizeof(err));
    CHECK_INT_EQ(rc, -EINVAL);
    CHECK(st == NULL);
    if (!strstr(err, needle)) {
        fprintf(stderr, "%s: message \"%s\" lacks \"%s\"\n", path, err, needle);
        check_failures++;
    }
}

static void test_valid(void)
{
    /* a: F32 [2,2] = 1,2,3,-4; b: F16 [3] = 1, -2, 65504; c: BF16 [2] = 1.5, -0.15625;
     * pos: I64 [1] (parsed, not convertible) */
    uint8_t data[16 + 6 + 4 + 8];
    float a[4] = {1.0f, 2.0f, 3.0f, -4.0f};
    memcpy(data, a, 16);
    uint16_t b[3] = {0x3c00, 0xc000, 0x7bff};
    memcpy(data + 16, b, 6);
    uint16_t c[2] = {0x3fc0, 0xbe20};
    memcpy(data + 22, c, 4);
    memset(data + 26, 0, 8);
    const char *hdr = "{\"__metadata__\":{\"format\":\"pt\"},"
                      "\"model.a\":{\"dtype\":\"F32\",\"shape\":[2,2],\"data_offsets\":[0,16]},"
                      "\"b\":{\"dtype\":\"F16\",\"shape\":[3],\"data_offsets\":[16,22]},"
                      "\"c\":{\"dtype\":\"BF16\",\"shape\":[2],\"data_offsets\":[22,26]},"
                      "\"pos\":{\"dtype\":\"I64\",\"shape\":[1],\"data_offsets\":[26,34]}}";
    const char *path = write_file("ok.safetensors", hdr, UINT64_MAX, data, sizeof(data));
    struct safetensors *st;
    char err[256];
    CHECK_INT_EQ(safetensors_open(path, &st, err, sizeof(err)), 0);
    CHECK_INT_EQ(safetensors_count(st), 4);
    const struct safetensors_tensor *t = safetensors_find(st, "a"); /* via the model. prefix */
    CHECK(t != NULL);
    CHECK_STR_EQ(t->name, "model.a");
    CHECK_INT_EQ(t->ndim, 2);
    CHECK_INT_EQ(t->shape[1], 2);
    float out[4];
    CHECK_INT_EQ(safetensors_to_f32(t, out), 0);
    CHECK(memcmp(out, a, sizeof(a)) == 0);
    t = safetensors_find(st, "b");
    CHECK(t && t->dtype == SAFETENSORS_DTYPE_F16 && t->nbytes == 6);
    CHECK_INT_EQ(safetensors_to_f32(t, out), 0);
    CHECK(out[0] == 1.0f && out[1] == -2.0f && out[2] == 65504.0f);
    t = safetensors_find(st, "c");
    CHECK_INT_EQ(safetensors_to_f32(t, out), 0);
    CHECK(out[0] == 1.5f && out[1] == -0.15625f);
    t = safetensors_find(st, "pos");
    CHECK(t && t->dtype == SAFETENSORS_DTYPE_I64);
    CHECK_INT_EQ(safetensors_to_f32(t, out), -EINVAL);
    CHECK(safetensors_find(st, "missing") == NULL);
    safetensors_close(st);
}

static void test_half_conversion(void)
{
    CHECK(safetensors_f16_to_f32(0x0000) == 0.0f);
    CHECK(safetensors_f16_to_f32(0x0001) == 5.9604644775390625e-08f);  /* smallest subnormal */
    CHECK(safetensors_f16_to_f32(0x03ff) == 6.09755516052246094e-05f); /* largest subnormal */
    CHECK(safetensors_f16_to_f32(0x0400) == 6.103515625e-05f);         /* smallest normal */
    CHECK(safetensors_f16_to_f32(0x3555) == 0.333251953125f);
    CHECK(safetensors_f16_to_f32(0xfc00) == -INFINITY);
    float nan = safetensors_f16_to_f32(0x7e00);
    CHECK(nan != nan);
    CHECK(safetensors_bf16_to_f32(0x4049) == 3.140625f);
}

static void test_corrupt(void)
{
    uint8_t data[16] = {0};
    const char *good = "{\"a\":{\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[0,16]}}";

    /* file shorter than the 8-byte length */
    char path[128];
    snprintf(path, sizeof(path), "%s/short.safetensors", dir);
    FILE *f = fopen(path, "wb");
    fwrite("abc", 1, 3, f);
    fclose(f);
    expect_invalid(path, "too short");

    expect_invalid(write_file("len_past_eof", good, 1000, data, 16), "past end of file");
    expect_invalid(write_file("len_huge", good, UINT64_MAX - 1, data, 16), "past end of file");
    /* header claims fewer bytes: the JSON is cut mid-way */
    expect_invalid(write_file("truncated_hdr", good, 20, data, 16), "not a JSON object");
    expect_invalid(write_file("bad_json", "{\"a\":{\"dtype\":\"F32\",", UINT64_MAX, NULL, 0),
                   "not a JSON object");
    expect_invalid(write_file("not_object", "[1, 2, 3]", UINT64_MAX, NULL, 0), "start with '{'");
    expect_invalid(write_file("data_trunc", good, UINT64_MAX, data, 12), "past the data section");
    expect_invalid(write_file("off_past",
                              "{\"a\":{\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[16,32]}}",
                              UINT64_MAX, data, 16),
                   "past the data section");
    expect_invalid(write_file("begin_gt_end",
                              "{\"a\":{\"dtype\":\"F32\",\"shape\":[0],\"data_offsets\":[8,4]}}",
                              UINT64_MAX, data, 16),
                   "begin > end");
    expect_invalid(write_file("size_mismatch",
                              "{\"a\":{\"dtype\":\"F32\",\"shape\":[2,3],\"data_offsets\":[0,16]}}",
                              UINT64_MAX, data, 16),
                   "shape x F32 needs 24");
    expect_invalid(write_file("dtype",
                              "{\"a\":{\"dtype\":\"F48\",\"shape\":[4],\"data_offsets\":[0,16]}}",
                              UINT64_MAX, data, 16),
                   "unknown dtype 'F48'");
    expect_invalid(write_file("neg_dim",
                              "{\"a\":{\"dtype\":\"F32\",\"shape\":[-4],\"data_offsets\":[0,16]}}",
                              UINT64_MAX, data, 16),
                   "bad shape");
    expect_invalid(write_file("huge_dims",
                              "{\"a\":{\"dtype\":\"F32\",\"shape\":[1099511627776,1099511627776],"
                              "\"data_offsets\":[0,16]}}",
                              UINT64_MAX, data, 16),
                   "bad shape");
    expect_invalid(write_file("frac_off",
                              "{\"a\":{\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[0.5,16]}}",
                              UINT64_MAX, data, 16),
                   "bad data_offsets");
    expect_invalid(write_file("no_dtype", "{\"a\":{\"shape\":[4],\"data_offsets\":[0,16]}}",
                              UINT64_MAX, data, 16),
                   "missing dtype");

    struct safetensors *st;
    char err[256];
    snprintf(path, sizeof(path), "%s/none", dir);
    CHECK_INT_EQ(safetensors_open(path, &st, err, sizeof(err)), -ENOENT);
}

int main(void)
{
    test_temp_dir(dir, sizeof(dir), "st");
    test_valid();
    test_half_conversion();
    test_corrupt();
    test_remove_dir(dir);
    return check_finish("test_safetensors");
}
