/* order_fixture.h — the sample menu, the built-in understanding and a lexical engine, shared
 * by the order domain's tests. */
#ifndef BRIGADE_TESTS_ORDER_FIXTURE_H
#define BRIGADE_TESTS_ORDER_FIXTURE_H

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "gateway/order/pipeline.h"
#include "test_util.h"

struct fixture {
    struct menu menu;
    struct order_understanding *u;
    struct engine *engine;
    struct order_pipeline *p;
    struct order_work *w;
    struct order_result r;
    char json[ORDER_RESULT_JSON_MAX];
};

static void fixture_open(struct fixture *f)
{
    char path[TEST_PATH_BYTES], err[512];
    test_source_path(path, sizeof(path),
                     getenv("FIXTURE_MENU") ? getenv("FIXTURE_MENU") : "bench/data/menu.csv");
    memset(f, 0, sizeof(*f));
    if (menu_load_csv_file(path, &f->menu, err, sizeof(err)) != 0) {
        fprintf(stderr, "%s\n", err);
        exit(1);
    }
    f->u = order_understanding_default();
    struct engine_config c;
    engine_config_default(&c);
    c.batch_deadline_us = 0;
    struct embed_backend b;
    struct lexical_params lp;
    lexical_params_default(&lp);
    if (embed_backend_lexical_init(&b, &lp) != 0 || engine_new(&c, &b, &f->engine) != 0)
        exit(1);
    if (order_pipeline_new(&f->menu, f->u, f->engine, &f->p, err, sizeof(err)) != 0) {
        fprintf(stderr, "%s\n", err);
        exit(1);
    }
    f->w = order_work_new(f->p);
}

static void fixture_close(struct fixture *f)
{
    order_work_free(f->w);
    order_pipeline_free(f->p);
    engine_free(f->engine);
    order_understanding_free(f->u);
    menu_free(&f->menu);
}

/* Analyses one message (id "t"); returns the result, f->json holds its JSON. */
static const struct order_result *fixture_run(struct fixture *f, const char *text)
{
    struct order_message m = {"t", 1, text, strlen(text)};
    int rc = -1;
    int erc = order_analyze_batch(f->p, f->engine, &m, 1, &f->w, &f->r, &rc);
    if (erc != 0 || rc != 0) {
        fprintf(stderr, "analyze \"%s\": %d %d\n", text, erc, rc);
        exit(1);
    }
    if (order_result_json(&f->r, f->json, sizeof(f->json)) < 0)
        exit(1);
    return &f->r;
}

__attribute__((unused)) static const char *fixture_item_name(const struct fixture *f, size_t i)
{
    return f->menu.items[f->r.items[i].menu_index].name;
}

__attribute__((unused)) static const char *fixture_modifier(const struct fixture *f, size_t i,
                                                            size_t m)
{
    return f->r.items[i].mods.text[m];
}

/* Calls each(id, text, ctx) for every line of the JSON-lines file at path that has a non-empty
 * "text" (id "?" when the line has none); returns how many. */
static inline size_t
fixture_each_message_at(const char *path, void (*each)(const char *id, const char *text, void *ctx),
                        void *ctx)
{
    FILE *in = fopen(path, "r");
    CHECK(in != NULL);
    if (!in)
        return 0;
    static char line[1 << 16];
    size_t messages = 0;
    while (fgets(line, sizeof(line), in)) {
        cJSON *j = cJSON_Parse(line);
        const cJSON *text = cJSON_GetObjectItemCaseSensitive(j, "text");
        const cJSON *id = cJSON_GetObjectItemCaseSensitive(j, "id");
        if (cJSON_IsString(text) && text->valuestring[0]) {
            each(cJSON_IsString(id) ? id->valuestring : "?", text->valuestring, ctx);
            messages++;
        }
        cJSON_Delete(j);
    }
    fclose(in);
    return messages;
}

/* fixture_each_message_at over the file at rel, a path in the source tree. */
static inline size_t fixture_each_message(const char *rel,
                                          void (*each)(const char *id, const char *text, void *ctx),
                                          void *ctx)
{
    char path[TEST_PATH_BYTES];
    test_source_path(path, sizeof(path), "%s", rel);
    return fixture_each_message_at(path, each, ctx);
}

#endif
