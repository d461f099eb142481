/* cuda_bench.c — brigade-cuda-bench: the cuda backend's throughput sweep on one GPU.
 *
 * usage: brigade-cuda-bench --model DIR [--precision bf16|fp16|fp32] [--device N]
 *                           [--peak-tflops T] [--seconds S] [--json FILE] [--no-graphs]
 *                           [--pipelined] [--profile]
 *
 * For 16, 32 and 128 tokens per message and batches of 1K to 64K tokens (messages = batch
 * tokens / message tokens), embeds synthetic packed batches (ids drawn below 2048, so any
 * vocabulary takes them) straight through the backend's embed_batch: upload, encoder, pooling,
 * download — the engine's queueing and tokenization are not in the timing. Each shape runs
 * for S seconds (at least 5 batches) after two warm-up batches. Prints one table row per
 * shape (messages/s, tokens/s, p50/p99 batch ms, achieved TFLOP/s and its fraction of the
 * peak) and writes the same as a JSON array with the device memory in use. FLOPs count the
 * dense layers (2 x parameters per token) and attention (4 x keys x hidden per token and
 * layer, keys the window or the sequence). Exit 2 on usage errors, 1 when the backend does not
 * start on the GPU (a bench must not quietly measure the CPU).
 *
 * --pipelined: two batches in flight, as the engine runs the backend (submit batch n+1, then
 * collect batch n), so the upload of one batch and the download of another overlap a compute;
 * a batch's latency is then from its submit to its collect, the wait behind the batch before
 * it included. Against the default (embed_batch, one batch at a time) it shows what the
 * overlap gains per shape.
 *
 * --profile: instead of the sweep, where the time of one batch goes, for a few shapes: the
 * device time of each kind of step (GEMM qkv/out/up/down, attention local/global, layernorm,
 * rope, geglu, pooling, ...) from events between the steps of an eager pass, as milliseconds
 * and as a share of the pass. */
#include <cuda_runtime_api.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "embed/embed_setup.h"
#include "embed/engine.h"
#include "embed/model.h"
#include "embed/model_graph.h"

#define BENCH_BATCH_TOKENS_MAX (64 * 1024)
#define BENCH_LAT_MAX          100000
#define BENCH_IDS_BELOW        2048 /* the tiny fixture's tokenizer: every vocabulary has them */

static const size_t bench_msg_tokens[] = {16, 32, 128};
static const size_t bench_batch_tokens[] = {1024, 2048, 4096, 8192, 16384, 32768, 65536};

struct bench_opts {
    const char *model_dir, *json_path;
    enum embed_cuda_precision precision;
    int device;
    double peak_tflops, seconds;
    bool no_graphs; /* every batch eager: what the CUDA graphs save */
    bool pipelined; /* two batches in flight through submit/collect */
    bool profile;   /* the step profile of a few shapes instead of the sweep */
};

struct bench_row {
    size_t msg_tokens, batch_tokens, messages, batches;
    double msgs_per_s, tokens_per_s, p50_ms, p99_ms, tflops;
};

static double bench_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int bench_cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* FLOPs of one batch of n sequences of len tokens. */
static double bench_flops(const struct model *m, size_t n, size_t len)
{
    const struct model_config *c = &m->cfg;
    double h = (double)c->hidden, dense = 0.0, attn = 0.0;
    dense = 2.0 * (4.0 * h * h + 3.0 * h * (double)c->intermediate); /* Wqkv, Wo, Wi, Wo2 */
    for (size_t l = 0; l < c->layers; l++) {
        size_t keys = len;
        if (!c->layer_global[l] && 2 * c->window_half + 1 < len)
            keys = 2 * c->window_half + 1; /* an upper bound near the sequence's ends */
        attn += 4.0 * (double)keys * h;
    }
    return (double)(n * len) * (dense * (double)c->layers + attn);
}

/* Timed batches one at a time; returns 0 with *count latencies in lat, or -1. */
static int bench_loop_sync(struct embed_backend *b, const struct embed_batch *batch, float *out,
                           const struct bench_opts *o, double *lat, size_t *count)
{
    size_t k = 0;
    double start = bench_now();
    while (k < BENCH_LAT_MAX && (k < 5 || bench_now() - start < o->seconds)) {
        double t0 = bench_now();
        if (b->embed_batch(b->ctx, batch, out) != 0)
            return -1;
        lat[k++] = bench_now() - t0;
    }
    *count = k;
    return 0;
}

/* Timed batches two in flight: submit batch n+1, then collect batch n. */
static int bench_loop_pipelined(struct embed_backend *b, const struct embed_batch *batch,
                                float *out, const struct bench_opts *o, double *lat, size_t *count)
{
    double sent_at[2], start = bench_now();
    size_t sent = 0, k = 0;
    for (;;) {
        bool more = sent < BENCH_LAT_MAX && (sent < 5 || bench_now() - start < o->seconds);
        if (more && sent - k < 2) {
            sent_at[sent % 2] = bench_now();
            if (b->submit(b->ctx, batch) != 0)
                return -1;
            sent++;
        }
        if (k == sent)
            break;
        if (more && sent - k < 2)
            continue; /* fill the pipeline first */
        if (b->collect(b->ctx, out) != 0)
            return -1;
        lat[k] = bench_now() - sent_at[k % 2];
        k++;
    }
    *count = k;
    return 0;
}

static int bench_shape(struct embed_backend *b, const struct model *m, size_t msg, size_t total,
                       const struct bench_opts *o, int32_t *ids, int32_t *cu, float *out,
                       double *lat, struct bench_row *row)
{
    size_t n = total / msg;
    for (size_t i = 0; i <= n; i++)
        cu[i] = (int32_t)(i * msg);
    struct embed_batch batch = {.n_seqs = n, .ids = ids, .cu_seqlens = cu};
    for (int w = 0; w < 2; w++)
        if (b->embed_batch(b->ctx, &batch, out) != 0)
            return -1;
    size_t k = 0;
    double start = bench_now();
    int rc = o->pipelined ? bench_loop_pipelined(b, &batch, out, o, lat, &k)
                          : bench_loop_sync(b, &batch, out, o, lat, &k);
    if (rc != 0)
        return -1;
    double elapsed = bench_now() - start;
    qsort(lat, k, sizeof(double), bench_cmp);
    *row = (struct bench_row){
        .msg_tokens = msg,
        .batch_tokens = total,
        .messages = n,
        .batches = k,
        .msgs_per_s = (double)(n * k) / elapsed,
        .tokens_per_s = (double)(total * k) / elapsed,
        .p50_ms = lat[k / 2] * 1e3,
        .p99_ms = lat[(k * 99) / 100 < k ? (k * 99) / 100 : k - 1] * 1e3,
        .tflops = bench_flops(m, n, msg) * (double)k / elapsed * 1e-12,
    };
    return 0;
}

static int bench_parse(int argc, char **argv, struct bench_opts *o)
{
    static const struct option longopts[] = {
        {"model", required_argument, NULL, 'm'},   {"precision", required_argument, NULL, 'p'},
        {"device", required_argument, NULL, 'd'},  {"peak-tflops", required_argument, NULL, 'P'},
        {"seconds", required_argument, NULL, 's'}, {"json", required_argument, NULL, 'j'},
        {"no-graphs", no_argument, NULL, 'g'},     {"pipelined", no_argument, NULL, 'l'},
        {"profile", no_argument, NULL, 'f'},       {NULL, 0, NULL, 0},
    };
    *o = (struct bench_opts){.peak_tflops = 989.0, .seconds = 1.0};
    int c;
    while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
        if (c == 'm')
            o->model_dir = optarg;
        else if (c == 'p' && embed_setup_precision(optarg, &o->precision) == 0)
            continue;
        else if (c == 'd' && embed_setup_cuda_device(optarg, &o->device) == 0)
            continue;
        else if (c == 'P')
            o->peak_tflops = atof(optarg);
        else if (c == 's')
            o->seconds = atof(optarg);
        else if (c == 'j')
            o->json_path = optarg;
        else if (c == 'g')
            o->no_graphs = true;
        else if (c == 'l')
            o->pipelined = true;
        else if (c == 'f')
            o->profile = true;
        else
            return -1;
    }
    return o->model_dir && o->peak_tflops > 0 && o->seconds > 0 ? 0 : -1;
}

static void bench_json(FILE *f, const struct bench_row *rows, size_t n, const struct bench_opts *o,
                       const char *report, size_t used_bytes)
{
    fprintf(f,
            "{\"report\": \"%s\", \"peak_tflops\": %.1f, \"gpu_memory_used_mib\": %.0f, "
            "\"rows\": [",
            report, o->peak_tflops, (double)used_bytes / 1048576.0);
    for (size_t i = 0; i < n; i++)
        fprintf(f,
                "%s\n {\"tokens_per_message\": %zu, \"batch_tokens\": %zu, \"messages\": %zu, "
                "\"batches\": %zu, \"messages_per_s\": %.1f, \"tokens_per_s\": %.1f, "
                "\"p50_ms\": %.4f, \"p99_ms\": %.4f, \"tflops\": %.2f, \"peak_fraction\": %.4f}",
                i ? "," : "", rows[i].msg_tokens, rows[i].batch_tokens, rows[i].messages,
                rows[i].batches, rows[i].msgs_per_s, rows[i].tokens_per_s, rows[i].p50_ms,
                rows[i].p99_ms, rows[i].tflops, rows[i].tflops / o->peak_tflops);
    fprintf(f, "\n]}\n");
}

/* The step profile of one shape: two warm-up batches, then the fastest of three profiled
 * passes (the least disturbed). */
static int bench_profile_shape(struct embed_backend *b, size_t msg, size_t total, int32_t *ids,
                               int32_t *cu, float *out)
{
    size_t n = total / msg;
    for (size_t i = 0; i <= n; i++)
        cu[i] = (int32_t)(i * msg);
    struct embed_batch batch = {.n_seqs = n, .ids = ids, .cu_seqlens = cu};
    struct embed_cuda_profile best = {0}, p;
    char err[256];
    for (int w = 0; w < 2; w++)
        if (b->embed_batch(b->ctx, &batch, out) != 0)
            return -1;
    for (int r = 0; r < 3; r++) {
        if (embed_backend_cuda_profile(b, &batch, &p, err, sizeof(err)) != 0) {
            fprintf(stderr, "brigade-cuda-bench: %s\n", err);
            return -1;
        }
        if (r == 0 || p.total_ms < best.total_ms)
            best = p;
    }
    printf("\n%zu messages of %zu tokens (%zu tokens): %.3f ms\n%-18s %6s %10s %7s\n", n, msg,
           total, best.total_ms, "step", "steps", "ms", "share");
    for (size_t k = 0; k < best.kinds; k++)
        printf("%-18s %6zu %10.3f %6.1f%%\n", best.kind[k], best.steps[k], best.ms[k],
               100.0 * best.ms[k] / best.total_ms);
    return 0;
}

/* The step profile of a few shapes (--profile). */
static int bench_profiles(struct embed_backend *b, int32_t *ids, int32_t *cu, float *out)
{
    static const size_t shapes[][2] = {{32, 2048}, {32, 65536}, {16, 65536}, {128, 65536}};
    for (size_t i = 0; i < sizeof(shapes) / sizeof(shapes[0]); i++)
        if (bench_profile_shape(b, shapes[i][0], shapes[i][1], ids, cu, out) != 0)
            return 1;
    return 0;
}

/* The sweep: a table row per shape on stdout, the rows as JSON in --json. */
static int bench_sweep(struct embed_backend *b, const struct model *m, const struct bench_opts *o,
                       int32_t *ids, int32_t *cu, float *out, double *lat, const char *report,
                       size_t used_bytes, size_t total_bytes)
{
    printf("%8s %8s %8s %12s %12s %9s %9s %9s %7s\n", "tok/msg", "batch", "msgs", "msgs/s",
           "tokens/s", "p50 ms", "p99 ms", "TFLOP/s", "peak");
    struct bench_row rows[32];
    size_t n_rows = 0;
    int rc = 0;
    for (size_t i = 0; i < sizeof(bench_msg_tokens) / sizeof(bench_msg_tokens[0]) && !rc; i++)
        for (size_t j = 0; j < sizeof(bench_batch_tokens) / sizeof(bench_batch_tokens[0]); j++) {
            struct bench_row *r = &rows[n_rows];
            if (bench_shape(b, m, bench_msg_tokens[i], bench_batch_tokens[j], o, ids, cu, out, lat,
                            r) != 0) {
                fprintf(stderr, "brigade-cuda-bench: batch failed: %s\n",
                        b->error && b->error(b->ctx) ? b->error(b->ctx) : "(no message)");
                rc = 1;
                break;
            }
            printf("%8zu %8zu %8zu %12.0f %12.0f %9.3f %9.3f %9.1f %6.1f%%\n", r->msg_tokens,
                   r->batch_tokens, r->messages, r->msgs_per_s, r->tokens_per_s, r->p50_ms,
                   r->p99_ms, r->tflops, 100.0 * r->tflops / o->peak_tflops);
            n_rows++;
        }
    printf("GPU memory in use: %.0f MiB of %.0f MiB\n", (double)used_bytes / 1048576.0,
           (double)total_bytes / 1048576.0);
    if (o->json_path) {
        FILE *f = fopen(o->json_path, "w");
        if (f) {
            bench_json(f, rows, n_rows, o, report, used_bytes);
            fclose(f);
        }
    }
    return rc;
}

int main(int argc, char **argv)
{
    struct bench_opts o;
    if (bench_parse(argc, argv, &o) != 0) {
        fprintf(stderr, "usage: brigade-cuda-bench --model DIR [--precision bf16|fp16|fp32] "
                        "[--device N] [--peak-tflops T] [--seconds S] [--json FILE] [--no-graphs] "
                        "[--pipelined] [--profile]\n");
        return 2;
    }
    struct model *m;
    char msg[512];
    if (model_load(o.model_dir, &m, msg, sizeof(msg)) != 0) {
        fprintf(stderr, "brigade-cuda-bench: %s\n", msg);
        return 1;
    }
    size_t seqs_max = BENCH_BATCH_TOKENS_MAX / bench_msg_tokens[0];
    struct embed_cuda_params p = {.device = o.device,
                                  .precision = o.precision,
                                  .tokens_max = BENCH_BATCH_TOKENS_MAX,
                                  .seqs_max = seqs_max,
                                  .no_graphs = o.no_graphs};
    struct embed_backend b;
    if (embed_backend_cuda_init(&b, m, &p, msg, sizeof(msg)) != 0) {
        fprintf(stderr, "brigade-cuda-bench: the cuda backend did not start: %s\n", msg);
        return 1;
    }
    if (o.pipelined && (b.max_in_flight < 2 || !b.submit || !b.collect)) {
        fprintf(stderr, "brigade-cuda-bench: --pipelined: the backend does not submit\n");
        return 1;
    }
    size_t free_b = 0, total_b = 0;
    cudaMemGetInfo(&free_b, &total_b);
    printf("%s\n", msg);
    int32_t *ids = malloc(BENCH_BATCH_TOKENS_MAX * sizeof(int32_t));
    int32_t *cu = malloc((seqs_max + 1) * sizeof(int32_t));
    float *out = malloc(seqs_max * model_info(m)->hidden * sizeof(float));
    double *lat = malloc(BENCH_LAT_MAX * sizeof(double));
    uint32_t x = 12345;
    for (size_t t = 0; t < BENCH_BATCH_TOKENS_MAX; t++) {
        x = x * 1103515245u + 12345u;
        ids[t] = (int32_t)((x >> 8) % BENCH_IDS_BELOW);
    }
    int rc = o.profile ? bench_profiles(&b, ids, cu, out)
                       : bench_sweep(&b, m, &o, ids, cu, out, lat, msg, total_b - free_b, total_b);
    embed_backend_free(&b);
    model_free(m);
    free(ids);
    free(cu);
    free(out);
    free(lat);
    return rc;
}
