/* embed_bench.c — brigade-embed-bench: CPU embeddings per second through the engine.
 *
 * usage: brigade-embed-bench --model DIR [--threads N] [--batch B] [--seconds S]
 *                            [--tokens T] [--backend cpu|lexical]
 *                            [--cpu-precision f32|bf16|f16] [--cpu-kernel NAME] [--bandwidth]
 *
 * Each iteration embeds B distinct restaurant sentences of about T tokens (tokenize, forward,
 * pool, normalise: the whole path a request takes) as one engine batch, and the run repeats
 * until S seconds have passed after one warm-up iteration. Prints one JSON line:
 * {"backend", "batch", "threads", "tokens_per_text", "iterations", "embeddings_per_s",
 *  "embeddings_per_cpu_s", "ms_per_batch", "peak_rss_kib", "precision", "kernel",
 *  "weight_mb"}, and with --bandwidth "read_gb_per_s" (one core's streaming read bandwidth,
 *  bench/embed/read_bandwidth.h) and "weights_read_ms" (weight_mb at that bandwidth: the
 *  memory wall a batch-1 forward pass cannot beat; the bound is 1.25 x that), and
 *  the arithmetic floor beside it: "kernel_peak_gflop_per_s" (the same dtype and kernel at
 *  KERNEL_PEAK_ROWS rows, compute-bound, bench/embed/kernel_peak.h), "dense_gflop_per_text"
 *  (2 x tokens per text x the packed weights' values: the dense layers' multiply-adds of one
 *  text) and "arith_floor_ms" (one text's at that peak: what batch 1 cannot beat either).
 * The engine's embedding cache is off: the texts repeat every iteration.
 * --cpu-precision and --cpu-kernel repack the model as the server's --cpu-precision and
 * BRIGADE_CPU_KERNEL do (default: the CPU's native precision and its fastest kernel).
 * embeddings_per_cpu_s divides by the process's CPU time (user + system, all threads) instead of
 * the wall clock: on a shared machine it moves far less with other processes' load, and with one
 * thread it reads as the speed on an idle core. The same texts as bench/embed_peers.py. */
#include <cblas.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "embed/engine.h"
#include "kernel_peak.h"
#include "read_bandwidth.h"

enum {
    BENCH_BATCH_MAX = 1024,
    BENCH_TEXT_BYTES = 512,
    BENCH_WORDS_N = 24,
};

static const char *const bench_words[BENCH_WORDS_N] = {
    "burger", "vegan", "fries",  "cheddar", "please",  "two",  "large",   "smoothie",
    "mango",  "no",    "onions", "extra",   "pickles", "with", "garden",  "crispy",
    "salad",  "and",   "a",      "side",    "of",      "kale", "chicken", "lemonade",
};

/* Sentence i: tokens_per_text words picked by a fixed LCG (about one token per word for
 * these common words, plus [CLS]/[SEP]). Same generator as bench/embed_peers.py. */
static void bench_text(size_t i, size_t words, char *out)
{
    uint32_t x = (uint32_t)(i * 2654435761u + 12345u);
    size_t len = 0;
    for (size_t w = 0; w < words; w++) {
        x = x * 1103515245u + 12345u;
        const char *word = bench_words[(x >> 16) % BENCH_WORDS_N];
        len += (size_t)snprintf(out + len, BENCH_TEXT_BYTES - len, w ? " %s" : "%s", word);
    }
}

static double bench_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* CPU seconds this process has used, every thread (the engine's included). */
static double bench_cpu(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

struct bench_opts {
    const char *model_dir, *backend;
    const char *cpu_precision, *cpu_kernel; /* NULL: native precision, fastest kernel */
    bool bandwidth;
    int threads;
    size_t batch, words;
    double seconds;
};

static int bench_parse(int argc, char **argv, struct bench_opts *o)
{
    static const struct option longopts[] = {
        {"model", required_argument, NULL, 'm'},
        {"threads", required_argument, NULL, 't'},
        {"batch", required_argument, NULL, 'b'},
        {"seconds", required_argument, NULL, 's'},
        {"tokens", required_argument, NULL, 'k'},
        {"backend", required_argument, NULL, 'B'},
        {"cpu-precision", required_argument, NULL, 'P'},
        {"cpu-kernel", required_argument, NULL, 'K'},
        {"bandwidth", no_argument, NULL, 'W'},
        {NULL, 0, NULL, 0},
    };
    *o = (struct bench_opts){
        .backend = "cpu", .threads = 1, .batch = 1, .words = 22, .seconds = 3.0};
    int c;
    while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
        if (c == 'm')
            o->model_dir = optarg;
        else if (c == 't')
            o->threads = atoi(optarg);
        else if (c == 'b')
            o->batch = (size_t)atol(optarg);
        else if (c == 's')
            o->seconds = atof(optarg);
        else if (c == 'k')
            o->words = (size_t)atol(optarg) > 2 ? (size_t)atol(optarg) - 2 : 1;
        else if (c == 'B')
            o->backend = optarg;
        else if (c == 'P')
            o->cpu_precision = optarg;
        else if (c == 'K')
            o->cpu_kernel = optarg;
        else if (c == 'W')
            o->bandwidth = true;
        else
            return -1;
    }
    bool cpu = strcmp(o->backend, "cpu") == 0;
    if (o->batch < 1 || o->batch > BENCH_BATCH_MAX || o->threads < 1 || (cpu && !o->model_dir))
        return -1;
    return 0;
}

static struct engine *bench_engine(const struct bench_opts *o, struct model **m)
{
    struct engine_config c;
    engine_config_default(&c);
    c.max_batch_sequences = o->batch;
    c.batch_deadline_us = 0;
    c.cache_entries = 0; /* every iteration repeats its texts: measure passes, not cache hits */
    struct embed_backend b;
    *m = NULL;
    if (strcmp(o->backend, "lexical") == 0) {
        struct lexical_params p;
        lexical_params_default(&p);
        embed_backend_lexical_init(&b, &p);
    } else {
        char err[512];
        if (model_load(o->model_dir, m, err, sizeof(err)) != 0) {
            fprintf(stderr, "brigade-embed-bench: %s\n", err);
            return NULL;
        }
        model_set_threads((size_t)o->threads);
        enum linear_dtype dtype =
            o->cpu_precision ? linear_dtype_from_name(o->cpu_precision) : linear_dtype_native();
        enum linear_isa isa = o->cpu_kernel ? linear_isa_from_name(o->cpu_kernel) : LINEAR_ISA_MAX;
        if (dtype == LINEAR_DTYPE_MAX || (o->cpu_kernel && isa == LINEAR_ISA_MAX) ||
            model_set_cpu_kernel(*m, dtype, isa) != 0) {
            fprintf(stderr,
                    "brigade-embed-bench: precision %s / kernel %s: unknown, or not "
                    "runnable on this CPU\n",
                    o->cpu_precision ? o->cpu_precision : "native",
                    o->cpu_kernel ? o->cpu_kernel : "fastest");
            return NULL;
        }
        if (embed_backend_cpu_init(&b, *m, c.max_batch_tokens, c.max_batch_sequences, true))
            return NULL;
    }
    struct engine *e;
    return engine_new(&c, &b, &e) == 0 ? e : NULL;
}

/* The rest of the JSON line: precision, kernel, weight bytes and, with --bandwidth, the
 * memory wall they set at batch 1 (measured after the run, so it does not warm the caches). */
static void bench_print_weights(const struct bench_opts *o, const struct model *m,
                                double tokens_per_text)
{
    if (!m) {
        printf("}\n");
        return;
    }
    enum linear_dtype dtype;
    enum linear_isa isa;
    model_cpu_kernel(m, &dtype, &isa);
    double bytes = (double)model_cpu_weight_bytes(m);
    printf(", \"precision\": \"%s\", \"kernel\": \"%s\", \"weight_mb\": %.1f",
           linear_dtype_name(dtype), linear_isa_name(isa), bytes / 1e6);
    if (o->bandwidth) {
        double bw = read_bandwidth_measure(3);
        printf(", \"read_gb_per_s\": %.2f, \"weights_read_ms\": %.3f", bw / 1e9,
               bw > 0 ? 1e3 * bytes / bw : 0.0);
        double peak = kernel_peak_flops(dtype, isa);
        double flop = 2.0 * tokens_per_text * bytes / (dtype == LINEAR_DTYPE_F32 ? 4.0 : 2.0);
        printf(", \"kernel_peak_gflop_per_s\": %.2f, \"dense_gflop_per_text\": %.4f, "
               "\"arith_floor_ms\": %.3f",
               peak / 1e9, flop / 1e9, peak > 0 ? 1e3 * flop / peak : 0.0);
    }
    printf("}\n");
}

int main(int argc, char **argv)
{
    struct bench_opts o;
    if (bench_parse(argc, argv, &o) != 0) {
        fprintf(stderr, "usage: brigade-embed-bench --model DIR [--threads N] [--batch B] "
                        "[--seconds S] [--tokens T] [--backend cpu|lexical]\n"
                        "       [--cpu-precision f32|bf16|f16] [--cpu-kernel NAME] "
                        "[--bandwidth]\n");
        return 2;
    }
    struct model *m;
    struct engine *e = bench_engine(&o, &m);
    if (!e)
        return 1;
    static char store[BENCH_BATCH_MAX][BENCH_TEXT_BYTES];
    static const char *texts[BENCH_BATCH_MAX];
    for (size_t i = 0; i < o.batch; i++) {
        bench_text(i, o.words, store[i]);
        texts[i] = store[i];
    }
    float *out = malloc(o.batch * engine_dim(e) * sizeof(float));
    if (!out || engine_embed_sync(e, texts, o.batch, out) != 0) /* warm-up */
        return 1;
    size_t iters = 0;
    double t0 = bench_now(), t1, c0 = bench_cpu();
    do {
        if (engine_embed_sync(e, texts, o.batch, out) != 0)
            return 1;
        iters++;
        t1 = bench_now();
    } while (t1 - t0 < o.seconds);
    double cpu = bench_cpu() - c0;
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    struct engine_stats st;
    engine_stats(e, &st);
    printf("{\"backend\": \"%s\", \"batch\": %zu, \"threads\": %d, \"tokens_per_text\": %.1f, "
           "\"iterations\": %zu, \"embeddings_per_s\": %.2f, \"embeddings_per_cpu_s\": %.2f, "
           "\"ms_per_batch\": %.3f, "
           "\"peak_rss_kib\": %ld",
           o.backend, o.batch, o.threads,
           st.sequences ? (double)st.tokens / (double)st.sequences : 0.0, iters,
           (double)(iters * o.batch) / (t1 - t0), (double)(iters * o.batch) / cpu,
           1e3 * (t1 - t0) / (double)iters, ru.ru_maxrss);
    bench_print_weights(&o, m, st.sequences ? (double)st.tokens / (double)st.sequences : 0.0);
    free(out);
    engine_free(e);
    model_free(m);
    return 0;
}
