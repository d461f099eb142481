/* test_order_embed_less.c — leaving a message's vector out changes no result: every message
 * of the sample inbox (bench/data/messages.jsonl) and of the hand-written dev sets, analysed
 * as order_prepare decides and again with the message embedded whatever it decides
 * (order_work.embed_all), gives byte-identical result JSON; and most messages are left out.
 * The taqueria dev set runs on its own menu (FIXTURE_MENU). Lexical backend: exact vectors,
 * so any difference is the pipeline's. */
#include <cjson/cJSON.h>

#include "order_fixture.h"

static struct fixture f;
static char json_all[ORDER_RESULT_JSON_MAX];

/* One message both ways; counts the texts each way needed. */
static void compare(const char *id, const char *text, size_t *texts, size_t *texts_all)
{
    f.w->embed_all = true;
    fixture_run(&f, text);
    *texts_all += f.w->n_embed;
    CHECK(f.w->message_embedded);
    memcpy(json_all, f.json, sizeof(json_all));
    f.w->embed_all = false;
    fixture_run(&f, text);
    *texts += f.w->n_embed;
    if (strcmp(json_all, f.json) != 0) {
        fprintf(stderr, "%s: \"%s\"\n  all:  %s\n  less: %s\n", id, text, json_all, f.json);
        check_failures++;
    }
}

struct embed_counts {
    size_t texts, texts_all;
};

static void compare_one(const char *id, const char *text, void *ctx)
{
    struct embed_counts *n = ctx;
    compare(id, text, &n->texts, &n->texts_all);
}

static void run_file(const char *rel, size_t min_messages)
{
    struct embed_counts n = {0, 0};
    size_t messages = fixture_each_message(rel, compare_one, &n);
    CHECK(messages >= min_messages);
    CHECK(n.texts < n.texts_all); /* some vectors were left out */
    printf("%s: %zu messages, %zu texts embedded (%zu with every message's)\n", rel, messages,
           n.texts, n.texts_all);
}

int main(void)
{
    fixture_open(&f);
    if (getenv("FIXTURE_MENU")) {
        run_file("bench/data/taqueria/dev.jsonl", 50);
    } else {
        run_file("bench/data/messages.jsonl", 6000);
        run_file("bench/data/hand/dev.jsonl", 50);
        run_file("bench/data/hand/dev2.jsonl", 50);
        run_file("bench/data/hand/dev3.jsonl", 50);
    }
    fixture_close(&f);
    return check_finish("test_order_embed_less");
}
