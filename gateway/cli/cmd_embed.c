/* cmd_embed.c — `brigade embed`: texts on stdin, one JSON line of embedding per text out.
 *
 * Input lines are plain text, or JSON objects {"text": ...} (decided per line: a line whose
 * first non-blank byte is '{'). Blank lines are skipped. Output keeps input order:
 * {"text": ..., "dim": D, "embedding": [...]}, floats printed with %.9g so a float32 reads
 * back bit-exact. A JSON text ends at a U+0000 escape (texts are C strings on the way to
 * the tokenizer). Texts go through the same engine the server uses, CHUNK_LINES at a time
 * split over several requests, so the engine batches them as it batches cores' work. */
#include <cJSON.h>
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include "embed/embed_setup.h"
#include "embed/engine.h"

enum {
    CMD_EMBED_CHUNK_LINES = 256,  /* lines read before a round of submissions */
    CMD_EMBED_REQUEST_TEXTS = 16, /* texts per request */
    CMD_EMBED_REQUESTS = CMD_EMBED_CHUNK_LINES / CMD_EMBED_REQUEST_TEXTS,
    CMD_EMBED_STDOUT_BUFFER = 1 << 16,
};
_Static_assert(CMD_EMBED_CHUNK_LINES % CMD_EMBED_REQUEST_TEXTS == 0, "whole requests");
_Static_assert((CMD_EMBED_REQUESTS & (CMD_EMBED_REQUESTS - 1)) == 0, "cq size: power of two");

struct cmd_embed_opts {
    const char *model_dir;
    const char *backend;       /* NULL: cpu with a model, lexical without */
    int threads;               /* 0: OpenBLAS default */
    const char *cpu_precision; /* NULL: the CPU's native (embed_setup.h) */
    int cuda_device;
    enum embed_cuda_precision cuda_precision;
};

struct cmd_embed_chunk {
    char *texts[CMD_EMBED_CHUNK_LINES];
    size_t lens[CMD_EMBED_CHUNK_LINES];
    size_t n;
};

static void cmd_embed_usage(FILE *out)
{
    fprintf(out,
            "usage: brigade embed [--model DIR] [--backend cuda|cpu|lexical] [--threads N]\n"
            "                     [--cpu-precision f32|bf16|f16]\n"
            "                     [--cuda-device N] [--cuda-precision bf16|fp16|fp32]\n\n"
            "Reads texts from stdin (plain lines, or JSON lines {\"text\": ...}) and writes\n"
            "one JSON line per text: {\"text\": ..., \"dim\": D, \"embedding\": [...]}.\n\n"
            "  --model DIR      Hugging Face model directory (config.json, model.safetensors,\n"
            "                   tokenizer.json); vectors are the model's pooled output\n"
            "  --backend NAME   cuda or cpu (need --model; cuda falls back to cpu, saying\n"
            "                   why on stderr, where no GPU can run it) or lexical\n"
            "                   (weightless hashed n-grams, the default without --model)\n"
            "  --threads N      compute threads of the cpu backend\n"
            "  --cpu-precision P  the cpu backend's weights: f32, bf16 or f16 (default: bf16\n"
            "                   where the CPU has AVX512-BF16, else f32; BRIGADE_CPU_KERNEL\n"
            "                   forces a kernel: portable, avx2, avx512, avx512bf16)\n"
            "  --cuda-device N  CUDA device ordinal (default 0)\n"
            "  --cuda-precision P  weights and activations on the GPU: bf16 (default), fp16\n"
            "                   or fp32; accumulation is float32 in every case\n");
}

/* Returns 0, or 2 after printing a usage error. */
static int cmd_embed_parse(int argc, char **argv, struct cmd_embed_opts *o)
{
    static const struct option longopts[] = {
        {"model", required_argument, NULL, 'm'},
        {"backend", required_argument, NULL, 'b'},
        {"threads", required_argument, NULL, 't'},
        {"cuda-device", required_argument, NULL, 'd'},
        {"cuda-precision", required_argument, NULL, 'p'},
        {"cpu-precision", required_argument, NULL, 'P'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    memset(o, 0, sizeof(*o));
    optind = 1;
    int c;
    while ((c = getopt_long(argc, argv, "m:b:t:d:p:P:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'm':
            o->model_dir = optarg;
            break;
        case 'b':
            o->backend = optarg;
            break;
        case 't':
            if (embed_setup_threads(optarg, &o->threads) != 0) {
                fprintf(stderr, "brigade embed: --threads wants 1..%d\n", EMBED_SETUP_THREADS_MAX);
                return 2;
            }
            break;
        case 'd':
            if (embed_setup_cuda_device(optarg, &o->cuda_device) != 0) {
                fprintf(stderr, "brigade embed: --cuda-device wants 0..%d\n",
                        EMBED_SETUP_CUDA_DEVICE_MAX);
                return 2;
            }
            break;
        case 'p':
            if (embed_setup_precision(optarg, &o->cuda_precision) != 0) {
                fprintf(stderr, "brigade embed: --cuda-precision wants bf16, fp16 or fp32\n");
                return 2;
            }
            break;
        case 'P':
            if (embed_setup_cpu_precision(optarg, &(enum linear_dtype){0}) != 0) {
                fprintf(stderr, "brigade embed: --cpu-precision wants f32, bf16 or f16\n");
                return 2;
            }
            o->cpu_precision = optarg;
            break;
        case 'h':
            cmd_embed_usage(stdout);
            exit(0);
        default:
            cmd_embed_usage(stderr);
            return 2;
        }
    }
    o->backend = embed_setup_backend(o->backend, o->model_dir);
    if (!o->backend || optind < argc) {
        fprintf(stderr, "brigade embed: --backend cuda|cpu needs --model; lexical takes none\n");
        cmd_embed_usage(stderr);
        return 2;
    }
    return 0;
}

/* Builds the engine for the options. Returns 0, or 1 after printing why. */
static int cmd_embed_open(const struct cmd_embed_opts *o, struct model **model,
                          struct engine **engine)
{
    struct engine_config c;
    engine_config_default(&c);
    c.batch_deadline_us = 0; /* a tool submits whole chunks: nothing to wait for */
    /* The model's own pooling and normalisation, as sentence-transformers gives them. */
    char err[512], notice[EMBED_SETUP_NOTICE_BYTES];
    const struct embed_setup s = {o->backend,
                                  o->model_dir,
                                  o->threads,
                                  .cpu_precision = o->cpu_precision,
                                  .normalize = false,
                                  .cuda_device = o->cuda_device,
                                  .cuda_precision = o->cuda_precision,
                                  .notice = notice,
                                  .notice_len = sizeof(notice)};
    int rc = embed_setup_open(&s, &c, model, engine, err, sizeof(err));
    if (notice[0])
        fprintf(stderr, "brigade embed: %s\n", notice);
    if (rc == EMBED_SETUP_MODEL_FAILED) {
        fprintf(stderr, "brigade embed: %s\n", err);
        return 1;
    }
    if (rc != 0) {
        fprintf(stderr, "brigade embed: cannot start the %s backend: %s\n", o->backend,
                strerror(-rc));
        return 1;
    }
    return 0;
}

/* Takes one input line (no newline). Returns a malloc'd text and its length via *len, NULL
 * for a blank line; -EINVAL for a JSON line without a string "text". */
static int cmd_embed_text(const char *line, size_t len, char **out, size_t *out_len)
{
    size_t i = 0;
    while (i < len && (line[i] == ' ' || line[i] == '\t'))
        i++;
    *out = NULL;
    if (i == len)
        return 0;
    if (line[i] != '{') {
        *out = strndup(line, len);
        *out_len = len;
        return *out ? 0 : -ENOMEM;
    }
    cJSON *j = cJSON_ParseWithLength(line, len);
    const cJSON *t = j ? cJSON_GetObjectItemCaseSensitive(j, "text") : NULL;
    if (!cJSON_IsString(t)) {
        cJSON_Delete(j);
        return -EINVAL;
    }
    *out_len = strlen(t->valuestring);
    *out = strdup(t->valuestring);
    cJSON_Delete(j);
    return *out ? 0 : -ENOMEM;
}

static void cmd_embed_json_string(FILE *f, const char *s, size_t len)
{
    fputc('"', f);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\')
            fprintf(f, "\\%c", c);
        else if (c == '\n')
            fputs("\\n", f);
        else if (c == '\t')
            fputs("\\t", f);
        else if (c < 0x20)
            fprintf(f, "\\u%04x", c);
        else
            fputc(c, f);
    }
    fputc('"', f);
}

static void cmd_embed_print(const struct cmd_embed_chunk *ch, const float *vecs, size_t dim)
{
    for (size_t i = 0; i < ch->n; i++) {
        fputs("{\"text\": ", stdout);
        cmd_embed_json_string(stdout, ch->texts[i], ch->lens[i]);
        printf(", \"dim\": %zu, \"embedding\": [", dim);
        for (size_t d = 0; d < dim; d++)
            printf(d ? ", %.9g" : "%.9g", (double)vecs[i * dim + d]);
        fputs("]}\n", stdout);
    }
}

/* Embeds one chunk through the engine: all its requests in flight at once. */
static int cmd_embed_chunk(struct engine *e, struct embed_cq *cq, const struct cmd_embed_chunk *ch,
                           float *vecs)
{
    struct embed_request reqs[CMD_EMBED_REQUESTS];
    size_t n_reqs = 0, dim = engine_dim(e);
    for (size_t first = 0; first < ch->n; first += CMD_EMBED_REQUEST_TEXTS) {
        size_t n =
            ch->n - first < CMD_EMBED_REQUEST_TEXTS ? ch->n - first : CMD_EMBED_REQUEST_TEXTS;
        reqs[n_reqs] = (struct embed_request){
            .n_seqs = n,
            .texts = (const char *const *)ch->texts + first,
            .lens = ch->lens + first,
            .out = vecs + first * dim,
            .cq = cq,
        };
        int rc;
        while ((rc = engine_submit(e, &reqs[n_reqs])) == -EAGAIN)
            usleep(100); /* engine queue full: it drains on its own */
        if (rc != 0)
            return rc;
        n_reqs++;
    }
    int status = 0;
    for (size_t i = 0; i < n_reqs; i++) {
        struct embed_request *r = embed_cq_wait(cq);
        if (r->status != 0)
            status = r->status;
    }
    return status;
}

static void cmd_embed_chunk_clear(struct cmd_embed_chunk *ch)
{
    for (size_t i = 0; i < ch->n; i++)
        free(ch->texts[i]);
    ch->n = 0;
}

/* Reads stdin to the end, chunk by chunk. Returns the exit status. */
static int cmd_embed_stream(struct engine *e, struct embed_cq *cq)
{
    static struct cmd_embed_chunk ch;
    size_t dim = engine_dim(e);
    float *vecs = malloc(CMD_EMBED_CHUNK_LINES * dim * sizeof(float));
    if (!vecs)
        return 1;
    char *line = NULL;
    size_t cap = 0, line_no = 0;
    ssize_t got;
    int status = 0;
    bool eof = false;
    while (!eof && status == 0) {
        while (ch.n < CMD_EMBED_CHUNK_LINES && !(eof = (got = getline(&line, &cap, stdin)) < 0)) {
            line_no++;
            size_t len = (size_t)got;
            while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
                len--;
            int rc = cmd_embed_text(line, len, &ch.texts[ch.n], &ch.lens[ch.n]);
            if (rc != 0) {
                fprintf(stderr, "brigade embed: line %zu: %s\n", line_no,
                        rc == -EINVAL ? "JSON line without a string \"text\"" : strerror(-rc));
                status = 1;
                break;
            }
            ch.n += ch.texts[ch.n] != NULL;
        }
        if (status == 0 && ch.n > 0) {
            int rc = cmd_embed_chunk(e, cq, &ch, vecs);
            if (rc != 0) {
                fprintf(stderr, "brigade embed: embedding failed: %s\n", strerror(-rc));
                status = 1;
            } else {
                cmd_embed_print(&ch, vecs, dim);
            }
        }
        cmd_embed_chunk_clear(&ch);
    }
    free(line);
    free(vecs);
    return status;
}

int cmd_embed(int argc, char **argv)
{
    struct cmd_embed_opts o;
    int rc = cmd_embed_parse(argc, argv, &o);
    if (rc != 0)
        return rc;
    struct model *model;
    struct engine *engine;
    if (cmd_embed_open(&o, &model, &engine) != 0)
        return 1;
    static char outbuf[CMD_EMBED_STDOUT_BUFFER];
    setvbuf(stdout, outbuf, _IOFBF, sizeof(outbuf));
    int efd = eventfd(0, EFD_CLOEXEC);
    struct embed_cq cq;
    int status = 1;
    if (efd >= 0 && embed_cq_init(&cq, CMD_EMBED_REQUESTS, efd) == 0) {
        status = cmd_embed_stream(engine, &cq);
        embed_cq_free(&cq);
    }
    engine_free(engine); /* the engine may still write efd after the last pop */
    if (efd >= 0)
        close(efd);
    model_free(model);
    if (fflush(stdout) != 0 && status == 0) {
        perror("brigade embed: stdout");
        status = 1;
    }
    return status;
}
