/* test_cuda_attention — the two attention kernels on the GPU (kernels/attention.cu, the simple
 * one, and kernels/attention_tiled.cu) against a double-precision reference computed from the
 * very inputs the device holds (rounded to the dtype), at gte-modernbert-base's head_dim (64),
 * 96, 128 and 256 (where the device grants its shared memory), in fp32, fp16 and bf16, global
 * and with windows 1, 8 and 64, over sequences shorter than a query tile, ending on and just
 * past tile edges and longer than the window, with an empty (padding) sequence in the batch;
 * every output row written (the output starts as NaN). First, without a device, the backend's
 * choice of kernel (cuda_attention_choose) for each head size, shared-memory limit and
 * environment value. The device part skips (77) on a host without a usable GPU:
 * bench/gpu/run.sh runs it there. */
#include <cuda_runtime_api.h>
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attention_reference.h"
#include "check.h"
#include "embed/cuda_backend.h"
#include "embed/half.h"
#include "kernels/attention_cuda.h"
#include "kernels/attention_index.h"
#include "kernels/attention_tile.h"
#include "kernels/attention_tiled_cuda.h"
#include "test_util.h"

#define HEADS 2
#define SEQS  10

/* Output within this of the reference: fp32 rounding of the sums, or half an ulp of the
 * stored dtype at |out| < 2 plus that. */
static const double abs_max[KERNEL_DTYPE_MAX] = {
    [KERNEL_DTYPE_F32] = 2e-5,
    [KERNEL_DTYPE_F16] = 1e-3,  /* half an ulp at [1, 2): 2^-11 */
    [KERNEL_DTYPE_BF16] = 5e-3, /* 2^-8 */
};
static const char *const dtype_name[KERNEL_DTYPE_MAX] = {"fp32", "fp16", "bf16"};

static void check_choice(void)
{
    enum cuda_attention a;
    char msg[256];
    size_t big = 227 * 1024, a100 = 163 * 1024, small = 48 * 1024;
    CHECK_INT_EQ(cuda_attention_choose(NULL, 64, big, &a, msg, sizeof(msg)), 0);
    CHECK_INT_EQ(a, CUDA_ATTENTION_TILED);
    CHECK_INT_EQ(cuda_attention_choose("", 128, a100, &a, msg, sizeof(msg)), 0);
    CHECK_INT_EQ(a, CUDA_ATTENTION_TILED);
    CHECK_INT_EQ(cuda_attention_choose(NULL, 128, small, &a, msg, sizeof(msg)), 0);
    CHECK_INT_EQ(a, CUDA_ATTENTION_SIMPLE); /* 53760 bytes do not fit */
    CHECK_INT_EQ(cuda_attention_choose(NULL, 30, big, &a, msg, sizeof(msg)), 0);
    CHECK_INT_EQ(a, CUDA_ATTENTION_SIMPLE); /* not a multiple of 4 */
    CHECK_INT_EQ(cuda_attention_choose("simple", 64, big, &a, msg, sizeof(msg)), 0);
    CHECK_INT_EQ(a, CUDA_ATTENTION_SIMPLE);
    CHECK_INT_EQ(cuda_attention_choose("tiled", 64, big, &a, msg, sizeof(msg)), 0);
    CHECK_INT_EQ(a, CUDA_ATTENTION_TILED);
    CHECK_INT_EQ(cuda_attention_choose("tiled", 30, big, &a, msg, sizeof(msg)), -ENOTSUP);
    CHECK(strstr(msg, "head_dim 30") != NULL);
    CHECK_INT_EQ(cuda_attention_choose("flash", 64, big, &a, msg, sizeof(msg)), -ENOTSUP);
    CHECK(strstr(msg, "'flash'") != NULL);
    CHECK_STR_EQ(cuda_attention_name(CUDA_ATTENTION_TILED), "tiled");
    CHECK_STR_EQ(cuda_attention_name(CUDA_ATTENTION_SIMPLE), "simple");
}

static size_t dtype_bytes(enum kernel_dtype d)
{
    return d == KERNEL_DTYPE_F32 ? 4 : 2;
}

/* x rounded to d and stored at dst[i]; returns the rounded value. */
static float store(void *dst, size_t i, float x, enum kernel_dtype d)
{
    if (d == KERNEL_DTYPE_F32) {
        ((float *)dst)[i] = x;
        return x;
    }
    uint16_t h = d == KERNEL_DTYPE_F16 ? half_f16_from_f32(x) : half_bf16_from_f32(x);
    ((uint16_t *)dst)[i] = h;
    return d == KERNEL_DTYPE_F16 ? half_f16_to_f32(h) : half_bf16_to_f32(h);
}

static float load(const void *src, size_t i, enum kernel_dtype d)
{
    if (d == KERNEL_DTYPE_F32)
        return ((const float *)src)[i];
    uint16_t h = ((const uint16_t *)src)[i];
    return d == KERNEL_DTYPE_F16 ? half_f16_to_f32(h) : half_bf16_to_f32(h);
}

struct device_bufs {
    void *qkv, *out;
    int32_t *cu;
};

/* One kernel, one dtype, one window: NaN-filled output, launch, compare every element. */
static void check_run(enum cuda_attention kernel, enum kernel_dtype d, size_t hd,
                      size_t window_half, const struct device_bufs *dev, size_t tokens,
                      size_t max_len, const double *ref, void *host_out)
{
    size_t n = tokens * HEADS * hd, bytes = n * dtype_bytes(d);
    CHECK_INT_EQ(cudaMemset(dev->out, 0xff, bytes), cudaSuccess); /* NaN in every dtype */
    cudaError_t e = kernel == CUDA_ATTENTION_TILED
                        ? attention_tiled_cuda(dev->qkv, dev->out, dev->cu, SEQS, max_len, HEADS,
                                               hd, window_half, NULL, NULL, d, 0)
                        : attention_cuda(dev->qkv, dev->out, dev->cu, SEQS, max_len, HEADS, hd,
                                         window_half, d, 0);
    CHECK_INT_EQ(e, cudaSuccess);
    CHECK_INT_EQ(cudaDeviceSynchronize(), cudaSuccess);
    CHECK_INT_EQ(cudaMemcpy(host_out, dev->out, bytes, cudaMemcpyDeviceToHost), cudaSuccess);
    double worst = 0.0;
    for (size_t i = 0; i < n; i++) {
        double diff = fabs((double)load(host_out, i, d) - ref[i]);
        worst = diff > worst || diff != diff ? diff : worst; /* NaN: a row never written */
    }
    printf("%-6s %s head_dim %3zu window %2zu: max |diff| vs double %.3g\n",
           cuda_attention_name(kernel), dtype_name[d], hd, window_half, worst);
    CHECK(worst <= abs_max[d]);
}

static void check_device(size_t hd)
{
    /* the eighth sequence is empty (padding): nothing reads or writes it */
    static const int32_t lens[SEQS] = {1, 5, 31, 32, 33, 64, 95, 0, 200, 2};
    int32_t cu[SEQS + 1] = {0};
    size_t max_len = 0;
    for (size_t i = 0; i < SEQS; i++) {
        cu[i + 1] = cu[i] + lens[i];
        max_len = (size_t)lens[i] > max_len ? (size_t)lens[i] : max_len;
    }
    size_t tokens = (size_t)cu[SEQS], n_in = tokens * 3 * HEADS * hd, n_out = tokens * HEADS * hd;
    float *src = malloc(n_in * sizeof(float)), *rounded = malloc(n_in * sizeof(float));
    void *host_in = malloc(n_in * sizeof(float)), *host_out = malloc(n_out * sizeof(float));
    double *ref = malloc(n_out * sizeof(double));
    uint64_t rng = 77 + hd;
    for (size_t i = 0; i < n_in; i++)
        src[i] = 2.0f * test_noise(&rng);
    struct device_bufs dev;
    CHECK_INT_EQ(cudaMalloc(&dev.qkv, n_in * sizeof(float)), cudaSuccess);
    CHECK_INT_EQ(cudaMalloc(&dev.out, n_out * sizeof(float)), cudaSuccess);
    CHECK_INT_EQ(cudaMalloc((void **)&dev.cu, sizeof(cu)), cudaSuccess);
    CHECK_INT_EQ(cudaMemcpy(dev.cu, cu, sizeof(cu), cudaMemcpyHostToDevice), cudaSuccess);
    static const size_t windows[] = {0, 1, 8, 64};
    for (int d = 0; d < KERNEL_DTYPE_MAX; d++) {
        enum kernel_dtype dt = (enum kernel_dtype)d;
        for (size_t i = 0; i < n_in; i++)
            rounded[i] = store(host_in, i, src[i], dt);
        CHECK_INT_EQ(cudaMemcpy(dev.qkv, host_in, n_in * dtype_bytes(dt), cudaMemcpyHostToDevice),
                     cudaSuccess);
        for (size_t w = 0; w < sizeof(windows) / sizeof(windows[0]); w++) {
            attention_reference(rounded, cu, SEQS, HEADS, hd, windows[w],
                                ref); /* the rounded inputs */
            for (int k = 0; k < CUDA_ATTENTION_MAX; k++)
                check_run((enum cuda_attention)k, dt, hd, windows[w], &dev, tokens, max_len, ref,
                          host_out);
        }
    }
    cudaFree(dev.qkv);
    cudaFree(dev.out);
    cudaFree(dev.cu);
    free(src);
    free(rounded);
    free(host_in);
    free(host_out);
    free(ref);
}

/* With --host-only (the test_cuda_attention_choice ctest): the kernel choice alone, which
 * needs no device, so it runs and can fail on every CUDA build. */
int main(int argc, char **argv)
{
    check_choice();
    if (argc > 1 && strcmp(argv[1], "--host-only") == 0)
        return check_finish("test_cuda_attention_choice");
    int count = 0;
    struct cudaDeviceProp props;
    if (cudaGetDeviceCount(&count) != cudaSuccess || count == 0)
        SKIP("no CUDA device");
    CHECK_INT_EQ(cudaGetDeviceProperties(&props, 0), cudaSuccess);
    if (props.major < 8)
        SKIP("CUDA device 0 has compute capability %d.%d; the kernels need 8.0", props.major,
             props.minor);
    CHECK(props.sharedMemPerBlockOptin >= attention_tile_smem_bytes(128));
    /* gte's, a wide one, odd slots, widest; 36: no whole 16-byte chunks in 16-bit types */
    static const size_t dims[] = {64, 128, 96, 256, 36};
    for (size_t i = 0; i < sizeof(dims) / sizeof(dims[0]); i++) {
        if (attention_tile_smem_bytes(dims[i]) > props.sharedMemPerBlockOptin) {
            printf("head_dim %zu: %zu bytes of shared memory, the device grants %zu: the backend "
                   "runs the simple kernel there\n",
                   dims[i], attention_tile_smem_bytes(dims[i]), props.sharedMemPerBlockOptin);
            continue;
        }
        CHECK_INT_EQ(attention_tiled_prepare(dims[i]), cudaSuccess);
        check_device(dims[i]);
    }
    return check_finish("test_cuda_attention");
}
