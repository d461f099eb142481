/* test_order_engine_scores.c — the engine's scores give the results the core's own scoring
 * gave: every message of the sample inbox (bench/data/messages.jsonl) and of the hand-written
 * dev sets is analysed in batches of 256 (order_analyze_batch: the engine scores all of a
 * batch's texts with one sgemm per matrix) and again from its bare vectors, scored here as
 * order_finish once scored them on the core (each vector normalised with a double sum, one
 * sgemm over the message's phrases against the names, a float dot-product loop over the
 * prototypes, one sgemm of the message against the items); the result JSON must be
 * byte-identical. The taqueria dev sets run on their own menu (FIXTURE_MENU). With
 * FIXTURE_MINILM set the engine runs all-MiniLM-L6-v2 ($BRIGADE_MINILM_DIR; skipped without
 * it) with the calibrated understanding instead of the lexical backend and the built-in one. */
#include <cjson/cJSON.h>
#include <math.h>
#include <string.h>

#include "embed/menu_matrix.h"
#include "embed/embed_setup.h"
#include "order_fixture.h"

enum { BATCH = 256 };

static struct fixture f;
static struct order_work *works[BATCH];
static struct order_result results[BATCH];
static struct order_message msgs[BATCH];
static char *texts[BATCH], *ids[BATCH];
static char json[ORDER_RESULT_JSON_MAX], json_ref[ORDER_RESULT_JSON_MAX];

static void unit(float *v, size_t dim)
{
    double ss = 0;
    for (size_t d = 0; d < dim; d++)
        ss += (double)v[d] * v[d];
    float inv = ss > 0 ? (float)(1.0 / sqrt(ss)) : 0.0f;
    for (size_t d = 0; d < dim; d++)
        v[d] *= inv;
}

static struct model *minilm;

/* Swaps the fixture's lexical engine and built-in understanding for MiniLM and the
 * calibrated one; exits 77 (skip) when the model is not there. */
static void fixture_minilm(void)
{
    const char *dir = getenv("BRIGADE_MINILM_DIR");
    if (!dir || !*dir) {
        fprintf(stderr, "BRIGADE_MINILM_DIR is not set: skipped\n");
        exit(77);
    }
    order_work_free(f.w);
    order_pipeline_free(f.p);
    engine_free(f.engine);
    order_understanding_free(f.u);
    char path[TEST_PATH_BYTES], err[512];
    test_source_path(path, sizeof(path), "bench/data/calibrated/all-MiniLM-L6-v2.json");
    CHECK_INT_EQ(order_understanding_load(path, &f.u, err, sizeof(err)), 0);
    struct embed_setup es = {.backend = "cpu", .model_dir = dir};
    struct engine_config c;
    engine_config_default(&c);
    c.batch_deadline_us = 0;
    if (embed_setup_open(&es, &c, &minilm, &f.engine, err, sizeof(err)) != 0 ||
        order_pipeline_new(&f.menu, f.u, f.engine, &f.p, err, sizeof(err)) != 0) {
        fprintf(stderr, "%s\n", err);
        exit(1);
    }
    f.w = order_work_new(f.p);
}

/* The scores of w's texts as the core computed them before the engine did. */
static void reference_scores(struct order_work *w, struct engine_score *out)
{
    const struct engine_score_set *set = order_pipeline_score_set(f.p);
    size_t dim = order_pipeline_dim(f.p), pairs = engine_score_set_pairs(set);
    static float q[ORDER_EMBED_TEXTS_MAX * 1024], scratch[ORDER_EMBED_TEXTS_MAX * 4096];
    CHECK(dim <= 1024);
    if (w->n_embed == 0)
        return; /* order_finish reads no score */
    /* each text is embed_lens[i] bytes, not to its NUL: the message is embedded without
     * the courtesies at its edges */
    static char copies[ORDER_EMBED_TEXTS_MAX][ORDER_TEXT_BYTES_MAX + 1];
    const char *texts[ORDER_EMBED_TEXTS_MAX];
    for (size_t i = 0; i < w->n_embed; i++) {
        CHECK(w->embed_lens[i] < sizeof(copies[i]));
        memcpy(copies[i], w->embed_texts[i], w->embed_lens[i]);
        copies[i][w->embed_lens[i]] = '\0';
        texts[i] = copies[i];
    }
    CHECK_INT_EQ(engine_embed_sync(f.engine, texts, w->n_embed, q), 0);
    for (size_t i = 0; i < w->n_embed; i++)
        unit(q + i * dim, dim);
    for (size_t i = 0; i < w->n_embed * pairs; i++)
        out[i] = (struct engine_score){UINT32_MAX, -INFINITY};
    size_t first = w->message_embedded ? 1 : 0;
    uint32_t idx[ORDER_EMBED_TEXTS_MAX * MENU_MATRIX_TOPK_MAX];
    float sc[ORDER_EMBED_TEXTS_MAX * MENU_MATRIX_TOPK_MAX];
    const struct menu_matrix *names = engine_score_set_rows(set, ORDER_SCORE_NAMES);
    size_t k = ORDER_MATCH_TOPK, n = w->n_embed - first;
    size_t got = n ? menu_matrix_topk(names, q + first * dim, n, k, idx, sc, scratch) : 0;
    size_t off = engine_score_set_offset(set, ORDER_SCORE_NAMES);
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < got; j++)
            out[(first + i) * pairs + off + j] =
                (struct engine_score){idx[i * k + j], sc[i * k + j]};
    if (!w->message_embedded)
        return;
    const struct menu_matrix *protos = engine_score_set_rows(set, ORDER_SCORE_PROTOTYPES);
    const uint32_t *cls = engine_score_set_row_class(set, ORDER_SCORE_PROTOTYPES);
    off = engine_score_set_offset(set, ORDER_SCORE_PROTOTYPES);
    for (uint32_t c = 0; c < ORDER_CATEGORY_MAX; c++)
        out[off + c] = (struct engine_score){c, -1.0f}; /* as the core started */
    for (size_t r = 0; r < protos->rows; r++) {
        float dot = 0;
        for (size_t d = 0; d < dim; d++)
            dot += q[d] * protos->data[r * dim + d];
        if (dot > out[off + cls[r]].score)
            out[off + cls[r]].score = dot;
    }
    const struct menu_matrix *items = engine_score_set_rows(set, ORDER_SCORE_ITEMS);
    k = order_pipeline_understanding(f.p)->retrieval_topk;
    got = menu_matrix_topk(items, q, 1, k, idx, sc, scratch);
    off = engine_score_set_offset(set, ORDER_SCORE_ITEMS);
    for (size_t j = 0; j < got; j++)
        out[off + j] = (struct engine_score){idx[j], sc[j]};
}

/* The batch both ways; returns the texts the engine embedded. */
static size_t compare_batch(size_t n)
{
    int rcs[BATCH];
    CHECK_INT_EQ(order_analyze_batch(f.p, f.engine, msgs, n, works, results, rcs), 0);
    static struct engine_score ref[ORDER_EMBED_TEXTS_MAX * ORDER_SCORE_PAIRS_MAX];
    size_t texts_embedded = 0;
    for (size_t i = 0; i < n; i++) {
        if (rcs[i] != 0)
            continue;
        texts_embedded += works[i]->n_embed;
        CHECK(order_result_json(&results[i], json, sizeof(json)) > 0);
        CHECK_INT_EQ(order_prepare(f.p, msgs[i].id, msgs[i].id_len, msgs[i].text, msgs[i].len, f.w),
                     0);
        reference_scores(f.w, ref);
        order_finish(f.p, f.w, ref, &f.r);
        CHECK(order_result_json(&f.r, json_ref, sizeof(json_ref)) > 0);
        if (strcmp(json, json_ref) != 0) {
            fprintf(stderr, "%s: \"%s\"\n  engine: %s\n  core:   %s\n", ids[i], texts[i], json,
                    json_ref);
            check_failures++;
        }
    }
    return texts_embedded;
}

struct batch_fill {
    size_t n, embedded;
    size_t stride, seen; /* every stride-th message of the file is compared */
};

/* One message into the batch; a full batch is compared. */
static void add_message(const char *id, const char *text, void *ctx)
{
    struct batch_fill *b = ctx;
    if (b->seen++ % b->stride != 0)
        return;
    free(texts[b->n]);
    free(ids[b->n]);
    texts[b->n] = strdup(text);
    ids[b->n] = strdup(id);
    msgs[b->n] =
        (struct order_message){ids[b->n], strlen(ids[b->n]), texts[b->n], strlen(texts[b->n])};
    if (++b->n == BATCH) {
        b->embedded += compare_batch(b->n);
        b->n = 0;
    }
}

static void run_file(const char *rel, size_t min_messages, size_t stride)
{
    struct batch_fill b = {0, 0, stride, 0};
    size_t messages = fixture_each_message(rel, add_message, &b);
    if (b.n)
        b.embedded += compare_batch(b.n);
    CHECK(messages >= min_messages);
    CHECK(b.embedded > 0);
    printf("%s: %zu messages, %zu texts scored by the engine\n", rel, messages, b.embedded);
}

int main(void)
{
    fixture_open(&f);
    (void)fixture_run; /* messages go in batches here, not one by one */
    if (getenv("FIXTURE_MINILM"))
        fixture_minilm();
    for (size_t i = 0; i < BATCH; i++)
        works[i] = order_work_new(f.p);
    if (getenv("FIXTURE_MENU")) {
        run_file("bench/data/taqueria/dev.jsonl", 50, 1);
        run_file("bench/data/taqueria/dev2.jsonl", 50, 1);
        run_file("bench/data/taqueria/dev3.jsonl", 50, 1);
    } else {
        /* Under AddressSanitizer the model's own code runs some thirty times slower: a model's
         * run over the whole inbox took 9 of its 10 minutes there. The sanitizer build checks
         * memory on one message in 8 of the inbox (the plain build compares every one). */
        size_t inbox_stride = 1;
#if defined(__SANITIZE_ADDRESS__)
        if (getenv("FIXTURE_MINILM"))
            inbox_stride = 8;
#endif
        run_file("bench/data/messages.jsonl", 6000, inbox_stride);
        run_file("bench/data/hand/dev.jsonl", 50, 1);
        run_file("bench/data/hand/dev2.jsonl", 50, 1);
        run_file("bench/data/hand/dev3.jsonl", 50, 1);
        run_file("bench/data/hand/dev4.jsonl", 50, 1);
        run_file("bench/data/hand/dev5.jsonl", 50, 1);
    }
    for (size_t i = 0; i < BATCH; i++) {
        order_work_free(works[i]);
        free(texts[i]);
        free(ids[i]);
    }
    fixture_close(&f);
    model_free(minilm);
    return check_finish("test_order_engine_scores");
}
