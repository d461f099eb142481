/* fuzz_order.c — libFuzzer target: arbitrary bytes as a customer message through the whole
 * order understanding (normalise, read, embed with the lexical backend, finish, reply, JSON)
 * on the sample menu. Checks, beyond "no crash, no leak, no UB": a text order_prepare
 * accepts always gives a result whose JSON fits ORDER_RESULT_JSON_MAX and is valid UTF-8
 * (the result quotes the customer's words), every item's quantity at least 1 and bounded,
 * and a category and status that go together (a question back only in a review), and the
 * same result JSON with every reader's gate open (cues.h: a gate skips nothing it would have
 * read). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gateway/order/cues.h"
#include "gateway/order/pipeline.h"

static struct menu menu;
static struct order_understanding *understanding;
static struct engine *engine;
static struct order_pipeline *pipeline;
static struct order_work *work;
static struct order_result result;
static char json[ORDER_RESULT_JSON_MAX], json_open[ORDER_RESULT_JSON_MAX];

#define FUZZ_CHECK(cond)                                                                           \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fprintf(stderr, "fuzz_order: %s:%d: %s\n", __FILE__, __LINE__, #cond);                 \
            abort();                                                                               \
        }                                                                                          \
    } while (0)

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    char err[512];
    const char *path = getenv("BRIGADE_FUZZ_MENU") ? getenv("BRIGADE_FUZZ_MENU")
                                                   : BRIGADE_SOURCE_DIR "/bench/data/menu.csv";
    FUZZ_CHECK(menu_load_csv_file(path, &menu, err, sizeof(err)) == 0);
    understanding = order_understanding_default();
    struct engine_config c;
    engine_config_default(&c);
    c.batch_deadline_us = 0;
    struct embed_backend b;
    struct lexical_params lp;
    lexical_params_default(&lp);
    FUZZ_CHECK(embed_backend_lexical_init(&b, &lp) == 0 && engine_new(&c, &b, &engine) == 0);
    FUZZ_CHECK(order_pipeline_new(&menu, understanding, engine, &pipeline, err, sizeof(err)) == 0);
    work = order_work_new(pipeline);
    return 0;
}

static bool fuzz_utf8_valid(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        size_t k = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (k == 0 || i + k > n)
            return false;
        for (size_t j = 1; j < k; j++)
            if (((unsigned char)s[i + j] & 0xC0) != 0x80)
                return false;
        i += k;
    }
    return true;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct order_message m = {"f", 1, (const char *)data, size};
    int rc = -1;
    FUZZ_CHECK(order_analyze_batch(pipeline, engine, &m, 1, &work, &result, &rc) == 0);
    if (rc != 0)
        return 0; /* refused (invalid UTF-8, empty, too long): the endpoint answers 4xx */
    int n = order_result_json(&result, json, sizeof(json));
    FUZZ_CHECK(n > 0 && (size_t)n < sizeof(json));
    FUZZ_CHECK(fuzz_utf8_valid(json, (size_t)n));
    order_cues_ignore(true);
    FUZZ_CHECK(order_analyze_batch(pipeline, engine, &m, 1, &work, &result, &rc) == 0 && rc == 0);
    FUZZ_CHECK(order_result_json(&result, json_open, sizeof(json_open)) == n);
    order_cues_ignore(false);
    FUZZ_CHECK(memcmp(json, json_open, (size_t)n) == 0);
    for (size_t i = 0; i < result.n_items; i++)
        FUZZ_CHECK(result.items[i].qty >= 1 &&
                   result.items[i].qty <= ORDER_QTY_MAX * ORDER_ITEMS_MAX);
    switch (result.category) {
    case ORDER_CATEGORY_ORDER:
        FUZZ_CHECK(result.status == ORDER_STATUS_ACCEPTED ||
                   result.status == ORDER_STATUS_REJECTED || result.status == ORDER_STATUS_REVIEW);
        FUZZ_CHECK(result.n_clarify == 0 || result.status == ORDER_STATUS_REVIEW);
        break;
    case ORDER_CATEGORY_INQUIRY: /* a question not in English is read by a person */
        FUZZ_CHECK(result.status == ORDER_STATUS_ANSWERED ||
                   (result.status == ORDER_STATUS_REVIEW && result.foreign));
        break;
    default: /* as an inquiry: another matter not in English is read by a person */
        FUZZ_CHECK(result.category == ORDER_CATEGORY_OTHER &&
                   (result.status == ORDER_STATUS_LOGGED ||
                    (result.status == ORDER_STATUS_REVIEW && result.foreign)));
    }
    return 0;
}
