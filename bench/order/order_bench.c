/* order_bench.c — the core's share of understanding one message, timed per message.
 *
 * Usage: brigade-order-bench MENU_CSV MESSAGES_JSONL [TEXT_BYTES] [PASSES]
 *
 * Loads the menu, the built-in understanding and a lexical engine, reads the "text" of every
 * line of MESSAGES_JSONL and times, per message, the two steps a serving core runs:
 * order_prepare (normalise, tokenize, read) and order_finish + order_result_json (classify,
 * build the result, write the reply and the JSON). Embedding runs on the engine's threads in
 * the server, so it is done here untimed, between the two. With TEXT_BYTES > 0 the messages
 * are joined with ". " into texts of about TEXT_BYTES bytes (as bench/ndjson-stall builds its
 * NDJSON bodies) instead. Runs one warm-up pass, then PASSES passes (default 3), and prints
 * µs of CPU time per message (mean, p50, p99, max) for each step and their sum, one table row
 * each. */
#include <cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "embed/engine.h"
#include "embed/lexical.h"
#include "gateway/order/pipeline.h"
#include "io/menu.h"

enum { LINE_BYTES_MAX = 1 << 16, SYNTHETIC_SLACK = 120 };

struct texts {
    char **ptr;
    size_t *len;
    size_t n, cap;
};

static void texts_push(struct texts *t, const char *s, size_t len)
{
    if (t->n == t->cap) {
        t->cap = t->cap ? 2 * t->cap : 1024;
        t->ptr = realloc(t->ptr, t->cap * sizeof(*t->ptr));
        t->len = realloc(t->len, t->cap * sizeof(*t->len));
        if (!t->ptr || !t->len)
            abort();
    }
    t->ptr[t->n] = malloc(len + 1);
    if (!t->ptr[t->n])
        abort();
    memcpy(t->ptr[t->n], s, len);
    t->ptr[t->n][len] = '\0';
    t->len[t->n++] = len;
}

static int read_texts(const char *path, struct texts *t)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    static char line[LINE_BYTES_MAX];
    while (fgets(line, sizeof(line), f)) {
        cJSON *j = cJSON_Parse(line);
        const cJSON *text = cJSON_GetObjectItemCaseSensitive(j, "text");
        if (cJSON_IsString(text))
            texts_push(t, text->valuestring, strlen(text->valuestring));
        cJSON_Delete(j);
    }
    fclose(f);
    return t->n > 0 ? 0 : -1;
}

/* As many texts as `in` has, each of about text_bytes bytes: in's texts joined with ". ". */
static void texts_synthetic(const struct texts *in, size_t text_bytes, struct texts *out)
{
    char *buf = malloc(text_bytes + LINE_BYTES_MAX);
    if (!buf)
        abort();
    size_t k = 0;
    for (size_t i = 0; i < in->n; i++) {
        size_t o = 0;
        while (o + SYNTHETIC_SLACK < text_bytes) {
            const char *s = in->ptr[k % in->n];
            size_t len = in->len[k % in->n];
            k++;
            memcpy(buf + o, s, len);
            o += len;
            memcpy(buf + o, ". ", 2);
            o += 2;
        }
        texts_push(out, buf, o - 1); /* without the trailing blank */
    }
    free(buf);
}

/* This thread's CPU time: the machine is shared, and time spent preempted is not work. */
static double now_us(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec * 1e6 + (double)ts.tv_nsec * 1e-3;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static void report(const char *step, double *us, size_t n)
{
    double sum = 0;
    for (size_t i = 0; i < n; i++)
        sum += us[i];
    qsort(us, n, sizeof(*us), cmp_double);
    printf("%-8s %9.1f %9.1f %9.1f %9.1f\n", step, sum / (double)n, us[n / 2],
           us[(size_t)((double)n * 0.99)], us[n - 1]);
}

struct bench {
    struct order_pipeline *p;
    struct engine *engine;
    struct order_work *w;
    struct order_result r;
    char json[ORDER_RESULT_JSON_MAX];
    float *vecs;
};

/* One message: the times of prepare and of finish + JSON in us, or -1 when it was refused. */
static int bench_one(struct bench *b, const char *text, size_t len, double *prep, double *fin)
{
    double t0 = now_us();
    if (order_prepare(b->p, "b", 1, text, len, b->w) != 0)
        return -1;
    double t1 = now_us();
    struct embed_request req = {.n_seqs = b->w->n_embed,
                                .texts = b->w->embed_texts,
                                .lens = b->w->embed_lens,
                                .out = b->vecs,
                                .score_set = order_pipeline_score_set(b->p),
                                .score_mask = b->w->score_mask,
                                .scores = b->w->scores};
    if (b->w->n_embed > 0 && engine_request_sync(b->engine, &req) != 0)
        return -1;
    double t2 = now_us();
    order_finish(b->p, b->w, b->w->scores, &b->r);
    if (order_result_json(&b->r, b->json, sizeof(b->json)) < 0)
        return -1;
    *prep = t1 - t0;
    *fin = now_us() - t2;
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: %s MENU_CSV MESSAGES_JSONL [TEXT_BYTES] [PASSES]\n", argv[0]);
        return 2;
    }
    size_t text_bytes = argc > 3 ? strtoul(argv[3], NULL, 10) : 0;
    int passes = argc > 4 ? atoi(argv[4]) : 3;
    char err[512];
    struct menu menu;
    struct texts raw = {0}, synth = {0};
    if (menu_load_csv_file(argv[1], &menu, err, sizeof(err)) != 0) {
        fprintf(stderr, "%s\n", err);
        return 1;
    }
    if (read_texts(argv[2], &raw) != 0) {
        fprintf(stderr, "%s: no texts\n", argv[2]);
        return 1;
    }
    if (text_bytes > 0)
        texts_synthetic(&raw, text_bytes, &synth);
    const struct texts *t = text_bytes > 0 ? &synth : &raw;

    struct bench b = {0};
    struct engine_config c;
    engine_config_default(&c);
    c.batch_deadline_us = 0;
    struct embed_backend backend;
    struct lexical_params lp;
    lexical_params_default(&lp);
    struct order_understanding *u = order_understanding_default();
    if (embed_backend_lexical_init(&backend, &lp) != 0 || engine_new(&c, &backend, &b.engine) != 0)
        return 1;
    if (order_pipeline_new(&menu, u, b.engine, &b.p, err, sizeof(err)) != 0) {
        fprintf(stderr, "%s\n", err);
        return 1;
    }
    b.w = order_work_new(b.p);
    b.vecs = malloc(ORDER_EMBED_TEXTS_MAX * order_pipeline_dim(b.p) * sizeof(float));
    size_t cap = (size_t)passes * t->n;
    double *prep = malloc(cap * sizeof(double)), *fin = malloc(cap * sizeof(double));
    double *sum = malloc(cap * sizeof(double));
    if (!b.vecs || !prep || !fin || !sum)
        abort();

    size_t n = 0, refused = 0;
    for (int pass = -1; pass < passes; pass++) /* pass -1: warm-up, untimed */
        for (size_t i = 0; i < t->n; i++) {
            double p0, f0;
            if (bench_one(&b, t->ptr[i], t->len[i], &p0, &f0) != 0) {
                refused += pass < 0;
                continue;
            }
            if (pass >= 0) {
                prep[n] = p0;
                fin[n] = f0;
                sum[n++] = p0 + f0;
            }
        }
    if (n == 0) {
        fprintf(stderr, "every message was refused\n");
        return 1;
    }
    size_t bytes = 0;
    for (size_t i = 0; i < t->n; i++)
        bytes += t->len[i];
    printf("%zu messages of %.0f bytes on average (%zu refused), %d passes\n", t->n,
           (double)bytes / (double)t->n, refused, passes);
    printf("%-8s %9s %9s %9s %9s   (us per message)\n", "step", "mean", "p50", "p99", "max");
    report("prepare", prep, n);
    report("finish", fin, n);
    report("core", sum, n);

    free(prep);
    free(fin);
    free(sum);
    free(b.vecs);
    order_work_free(b.w);
    order_pipeline_free(b.p);
    engine_free(b.engine);
    order_understanding_free(u);
    menu_free(&menu);
    return 0;
}
