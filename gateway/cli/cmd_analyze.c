/* cmd_analyze.c — `brigade analyze`: the order pipeline offline, no database or network.
 *
 * Input lines are JSON objects {"id"?, "customer"?, "text"} (a line whose first non-blank
 * byte is '{') or plain text; blank lines are skipped. One result JSON per message goes to
 * stdout in input order (gateway/order/pipeline.h has the format). A line that cannot be
 * analysed still gets a line, {"id": ..., "error": {"code", "message"}}, so outputs stay
 * aligned with inputs. Messages go through the engine --batch at a time. */
#include <cJSON.h>
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "embed/embed_setup.h"
#include "embed/engine.h"
#include "gateway/http/json_strict.h"
#include "gateway/order/pipeline.h"

#define ANALYZE_MENU_DEFAULT "bench/data/menu.csv" /* the sample menu, for development */

enum {
    ANALYZE_BATCH_DEFAULT = 256,
    ANALYZE_BATCH_MAX = 4096,
    ANALYZE_STDOUT_BUFFER = 1 << 16,
};

struct analyze_opts {
    const char *model_dir;
    const char *backend; /* NULL: cpu with a model, lexical without */
    const char *menu_path;
    const char *understanding_path; /* NULL: the compiled-in default */
    size_t batch;
    int threads;
    const char *cpu_precision; /* NULL: the CPU's native (embed_setup.h) */
};

/* The same rules as POST /v1/messages (gateway/app/routes_messages.c), so a line the server
 * refuses is refused here with the same code, and one it accepts reads the same. */
static const struct json_strict_field analyze_fields[] = {
    {"id", JSON_STRICT_NO_NUL | JSON_STRICT_INT53},
    {"text", JSON_STRICT_NO_NUL},
    {NULL, 0},
};

/* One input line, owned. text NULL: the line was refused (code and message say why). */
struct analyze_line {
    char *id;
    char *text;
    size_t len;
    const char *code; /* NULL: the line was read */
    char message[JSON_STRICT_MESSAGE_BYTES_MAX + 32];
};

static void analyze_usage(FILE *out)
{
    fprintf(out,
            "usage: brigade analyze [--model DIR | --backend lexical] [--menu FILE.csv]\n"
            "                       [--understanding FILE] [--batch N] [--threads N]\n"
            "                       [--cpu-precision f32|bf16|f16]\n\n"
            "Reads customer messages from stdin (JSON lines {\"id\"?, \"customer\"?, \"text\"}\n"
            "or plain lines) and writes one result JSON per message, in input order.\n\n"
            "  --model DIR          Hugging Face model directory (cpu backend)\n"
            "  --backend NAME       cuda or cpu (need --model; cuda falls back to cpu where\n"
            "                       no GPU can run it) or lexical (the default without one)\n"
            "  --menu FILE          menu CSV (default " ANALYZE_MENU_DEFAULT ")\n"
            "  --understanding FILE cues, modifiers and thresholds (default: built in)\n"
            "  --batch N            messages per engine batch (default %d)\n"
            "  --threads N          compute threads of the cpu backend\n"
            "  --cpu-precision P    the cpu backend's weights: f32, bf16 or f16 (default:\n"
            "                       bf16 where the CPU has AVX512-BF16, else f32)\n",
            ANALYZE_BATCH_DEFAULT);
}

static int analyze_number(const char *arg, long max, const char *flag, long *out)
{
    char *end;
    *out = strtol(arg, &end, 10);
    if (*end || *out < 1 || *out > max) {
        fprintf(stderr, "brigade analyze: %s wants 1..%ld\n", flag, max);
        return 2;
    }
    return 0;
}

/* Returns 0, or 2 after printing a usage error. */
static int analyze_parse(int argc, char **argv, struct analyze_opts *o)
{
    static const struct option longopts[] = {
        {"model", required_argument, NULL, 'm'},
        {"backend", required_argument, NULL, 'b'},
        {"menu", required_argument, NULL, 'M'},
        {"understanding", required_argument, NULL, 'u'},
        {"batch", required_argument, NULL, 'n'},
        {"threads", required_argument, NULL, 't'},
        {"cpu-precision", required_argument, NULL, 'P'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    *o = (struct analyze_opts){.menu_path = ANALYZE_MENU_DEFAULT, .batch = ANALYZE_BATCH_DEFAULT};
    optind = 1;
    int c;
    long v;
    while ((c = getopt_long(argc, argv, "m:b:M:u:n:t:P:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'm':
            o->model_dir = optarg;
            break;
        case 'b':
            o->backend = optarg;
            break;
        case 'M':
            o->menu_path = optarg;
            break;
        case 'u':
            o->understanding_path = optarg;
            break;
        case 'n':
            if (analyze_number(optarg, ANALYZE_BATCH_MAX, "--batch", &v) != 0)
                return 2;
            o->batch = (size_t)v;
            break;
        case 't':
            if (embed_setup_threads(optarg, &o->threads) != 0) {
                fprintf(stderr, "brigade analyze: --threads wants 1..%d\n",
                        EMBED_SETUP_THREADS_MAX);
                return 2;
            }
            break;
        case 'P':
            if (embed_setup_cpu_precision(optarg, &(enum linear_dtype){0}) != 0) {
                fprintf(stderr, "brigade analyze: --cpu-precision wants f32, bf16 or f16\n");
                return 2;
            }
            o->cpu_precision = optarg;
            break;
        case 'h':
            analyze_usage(stdout);
            exit(0);
        default:
            analyze_usage(stderr);
            return 2;
        }
    }
    o->backend = embed_setup_backend(o->backend, o->model_dir);
    if (!o->backend || (strcmp(o->backend, "lexical") == 0 && o->model_dir) || optind < argc) {
        fprintf(stderr, "brigade analyze: --backend cuda|cpu needs --model; lexical takes none\n");
        analyze_usage(stderr);
        return 2;
    }
    return 0;
}

/* Starts the engine for the options. Returns 0, or 1 after printing why. */
static int analyze_engine(const struct analyze_opts *o, struct model **model,
                          struct engine **engine)
{
    struct engine_config c;
    engine_config_default(&c);
    c.batch_deadline_us = 0; /* whole batches are submitted at once: nothing to wait for */
    char err[512], notice[EMBED_SETUP_NOTICE_BYTES];
    const struct embed_setup s = {o->backend,
                                  o->model_dir,
                                  o->threads,
                                  .normalize = true,
                                  .cpu_precision = o->cpu_precision,
                                  .notice = notice,
                                  .notice_len = sizeof(notice)};
    int rc = embed_setup_open(&s, &c, model, engine, err, sizeof(err));
    if (notice[0])
        fprintf(stderr, "brigade analyze: %s\n", notice);
    if (rc == EMBED_SETUP_MODEL_FAILED) {
        fprintf(stderr, "brigade analyze: %s\n", err);
        return 1;
    }
    if (rc != 0) {
        fprintf(stderr, "brigade analyze: cannot start the %s backend: %s\n", o->backend,
                strerror(-rc));
        return 1;
    }
    return 0;
}

static void analyze_refuse(struct analyze_line *l, const char *code, const char *message)
{
    l->code = code;
    snprintf(l->message, sizeof(l->message), "%s", message);
}

/* The checks cJSON leaves out, in the server's order: the text itself, then unique keys, then
 * the fields' rules. Returns false with the line refused; a refused id is not echoed. */
static bool analyze_check_strict(const char *line, size_t len, const cJSON *j,
                                 struct analyze_line *l)
{
    struct json_strict_error field, keys, *e = NULL;
    bool text_ok = json_strict_check_text(line, len, analyze_fields, &field);
    if (!text_ok && field.kind != JSON_STRICT_INVALID_FIELD)
        e = &field;
    else if (!json_strict_check_keys(j, &keys))
        e = &keys;
    else if (!text_ok)
        e = &field;
    if (e == NULL)
        return true;
    char message[sizeof(l->message)];
    json_strict_describe(e, message, sizeof(message));
    analyze_refuse(l,
                   e->kind == JSON_STRICT_INVALID_UTF8    ? "invalid_utf8"
                   : e->kind == JSON_STRICT_INVALID_FIELD ? "invalid_field"
                                                          : "invalid_json",
                   message);
    if (e->kind != JSON_STRICT_INVALID_FIELD || strcmp(e->field, "id") == 0) {
        free(l->id);
        l->id = NULL;
    }
    return false;
}

/* Reads one input line (len bytes, no new line) into *l. Returns false for a blank line. */
static bool analyze_read_line(const char *line, size_t len, struct analyze_line *l)
{
    size_t i = 0;
    while (i < len && (line[i] == ' ' || line[i] == '\t'))
        i++;
    memset(l, 0, sizeof(*l));
    if (i == len)
        return false;
    if (line[i] != '{') {
        l->text = strndup(line, len);
        l->len = len;
        return true;
    }
    cJSON *j = cJSON_ParseWithLength(line, len);
    const cJSON *t = cJSON_GetObjectItemCaseSensitive(j, "text");
    const cJSON *id = cJSON_GetObjectItemCaseSensitive(j, "id");
    if (cJSON_IsString(id))
        l->id = strdup(id->valuestring);
    else if (cJSON_IsNumber(id)) {
        char num[32];
        snprintf(num, sizeof(num), "%.17g", id->valuedouble);
        l->id = strdup(num);
    }
    if (!j)
        analyze_refuse(l, "invalid_json", "the line is not valid JSON");
    else if (!analyze_check_strict(line, len, j, l)) {
        /* refused: l->code and l->message say why */
    } else if (!cJSON_IsString(t))
        analyze_refuse(l, "invalid_json", "the object has no string text");
    else {
        l->text = strdup(t->valuestring);
        l->len = strlen(t->valuestring);
    }
    cJSON_Delete(j);
    return true;
}

/* {"id": ..., "error": {"code": ..., "message": ...}} in the results' own spacing; code is a
 * fixed ASCII text, the id and the message are escaped by cJSON. */
static void analyze_error_line(const char *id, const char *code, const char *message)
{
    cJSON *j = id ? cJSON_CreateString(id) : NULL;
    cJSON *m = cJSON_CreateString(message);
    char *id_json = j ? cJSON_PrintUnformatted(j) : NULL;
    char *m_json = m ? cJSON_PrintUnformatted(m) : NULL;
    printf("{\"id\": %s, \"error\": {\"code\": \"%s\", \"message\": %s}}\n",
           id_json ? id_json : "null", code, m_json ? m_json : "\"\"");
    free(id_json);
    free(m_json);
    cJSON_Delete(j);
    cJSON_Delete(m);
}

struct analyze_batch {
    struct analyze_line *lines;
    struct order_message *msgs;
    struct order_work **works;
    struct order_result *results;
    int *rcs;
    char *json;
    size_t n, cap;
};

/* Analyses and prints the batch's lines, then frees them. Returns 0, or 1 when the engine
 * failed. */
static int analyze_flush(const struct order_pipeline *p, struct engine *e, struct analyze_batch *b)
{
    for (size_t i = 0; i < b->n; i++) {
        struct analyze_line *l = &b->lines[i];
        b->msgs[i] = (struct order_message){l->id, l->id ? strlen(l->id) : 0,
                                            l->text ? l->text : "", l->len};
    }
    int rc = order_analyze_batch(p, e, b->msgs, b->n, b->works, b->results, b->rcs);
    for (size_t i = 0; rc == 0 && i < b->n; i++) {
        const struct analyze_line *l = &b->lines[i];
        if (l->code)
            analyze_error_line(l->id, l->code, l->message);
        else if (b->rcs[i] == -E2BIG)
            analyze_error_line(l->id, "too_large", "the text or id is too long");
        else if (b->rcs[i] != 0)
            analyze_error_line(l->id, "invalid_text", "the text is empty or not valid UTF-8");
        else if (order_result_json(&b->results[i], b->json, ORDER_RESULT_JSON_MAX) >= 0)
            puts(b->json);
    }
    if (rc != 0)
        fprintf(stderr, "brigade analyze: embedding failed: %s\n", strerror(-rc));
    for (size_t i = 0; i < b->n; i++) {
        free(b->lines[i].id);
        free(b->lines[i].text);
    }
    b->n = 0;
    return rc != 0;
}

static void analyze_batch_init(struct analyze_batch *b, const struct order_pipeline *p, size_t cap)
{
    b->cap = cap;
    b->n = 0;
    b->lines = calloc(cap, sizeof(*b->lines));
    b->msgs = calloc(cap, sizeof(*b->msgs));
    b->works = calloc(cap, sizeof(*b->works));
    b->results = calloc(cap, sizeof(*b->results));
    b->rcs = calloc(cap, sizeof(*b->rcs));
    b->json = malloc(ORDER_RESULT_JSON_MAX);
    if (!b->lines || !b->msgs || !b->works || !b->results || !b->rcs || !b->json) {
        fprintf(stderr, "brigade analyze: out of memory\n");
        abort();
    }
    for (size_t i = 0; i < cap; i++)
        b->works[i] = order_work_new(p);
}

static void analyze_batch_free(struct analyze_batch *b)
{
    for (size_t i = 0; i < b->cap; i++)
        order_work_free(b->works[i]);
    free(b->lines);
    free(b->msgs);
    free(b->works);
    free(b->results);
    free(b->rcs);
    free(b->json);
}

static int analyze_stream(const struct order_pipeline *p, struct engine *e, size_t batch)
{
    struct analyze_batch b;
    analyze_batch_init(&b, p, batch);
    char *line = NULL;
    size_t cap = 0;
    ssize_t got;
    int status = 0;
    while (status == 0 && (got = getline(&line, &cap, stdin)) >= 0) {
        size_t len = (size_t)got;
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            len--;
        if (!analyze_read_line(line, len, &b.lines[b.n]))
            continue;
        if (++b.n == b.cap)
            status = analyze_flush(p, e, &b);
    }
    if (status == 0 && b.n > 0)
        status = analyze_flush(p, e, &b);
    free(line);
    analyze_batch_free(&b);
    return status;
}

/* Loads the menu and the understanding. Returns 0, or 1 after printing why. */
static int analyze_load(const struct analyze_opts *o, struct menu *menu,
                        struct order_understanding **u)
{
    char err[ORDER_ERROR_MAX + MENU_ERROR_MAX];
    if (access(o->menu_path, R_OK) != 0) {
        fprintf(stderr, "brigade analyze: cannot read the menu %s (give --menu FILE.csv)\n",
                o->menu_path);
        return 1;
    }
    if (menu_load_csv_file(o->menu_path, menu, err, sizeof(err)) != 0) {
        fprintf(stderr, "brigade analyze: %s\n", err);
        return 1;
    }
    if (!o->understanding_path) {
        *u = order_understanding_default();
        return 0;
    }
    if (order_understanding_load(o->understanding_path, u, err, sizeof(err)) != 0) {
        fprintf(stderr, "brigade analyze: %s\n", err);
        menu_free(menu);
        return 1;
    }
    return 0;
}

int cmd_analyze(int argc, char **argv)
{
    struct analyze_opts o;
    int rc = analyze_parse(argc, argv, &o);
    if (rc != 0)
        return rc;
    struct menu menu = {0};
    struct order_understanding *u;
    if (analyze_load(&o, &menu, &u) != 0)
        return 1;
    struct model *model;
    struct engine *engine;
    if (analyze_engine(&o, &model, &engine) != 0) {
        order_understanding_free(u);
        menu_free(&menu);
        return 1;
    }
    struct order_pipeline *p;
    char err[ORDER_ERROR_MAX];
    int status = 1;
    if (order_pipeline_new(&menu, u, engine, &p, err, sizeof(err)) != 0) {
        fprintf(stderr, "brigade analyze: %s\n", err);
    } else {
        static char outbuf[ANALYZE_STDOUT_BUFFER];
        setvbuf(stdout, outbuf, _IOFBF, sizeof(outbuf));
        status = analyze_stream(p, engine, o.batch);
        order_pipeline_free(p);
    }
    engine_free(engine);
    model_free(model);
    order_understanding_free(u);
    menu_free(&menu);
    if (fflush(stdout) != 0 && status == 0) {
        perror("brigade analyze: stdout");
        status = 1;
    }
    return status;
}
