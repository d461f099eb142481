/* test_order_cues.c — the filters of a message's and a clause's words (cues.h) hold their
 * words and, for the words checked, none other; and the readers' gates skip nothing they
 * would have read: every message of the sample inbox (bench/data/messages.jsonl), of the
 * generator's noisy inbox and of every hand-written set, analysed with the gates and again
 * with every gate open (order_cues_ignore), gives byte-identical result JSON. The taqueria's
 * sets run on their own menu (FIXTURE_MENU). A gate that misses a word its reader reads fails
 * here on any message that holds the word and no other of the gate's. With arguments, the
 * JSONL files named (paths as given) are compared instead. */
#include <dirent.h>

#include "gateway/order/cues.h"
#include "order_fixture.h"

static struct fixture f;

/* The filters themselves: every word of the text or clause is there, and words absent are
 * not (these happen to hash to bits the text leaves clear); an open gate says yes to all. */
static void check_filters(void)
{
    static char text[] = "two burgers with fries , each no onion";
    struct order_token tokens[16];
    size_t n = order_tokenize(text, strlen(text), tokens, 16);
    CHECK(n == 8);
    struct order_cues c;
    order_cues_build(&c, text, tokens, n);
    CHECK(ORDER_CUES_ANY(&c, "two") && ORDER_CUES_ANY(&c, "burgers") &&
          ORDER_CUES_ANY(&c, "fries") && ORDER_CUES_ANY(&c, ",") && ORDER_CUES_ANY(&c, "onion"));
    CHECK(ORDER_CUES_ANY(&c, "both", "each"));
    CHECK(!ORDER_CUES_ANY(&c, "both") && !ORDER_CUES_ANY(&c, "burger", "fry", "without"));
    struct order_clause_cues cl;
    order_clause_cues_build(&cl, text, tokens, 5, n); /* "each no onion" */
    CHECK(ORDER_CUES_ANY(&cl, "each") && ORDER_CUES_ANY(&cl, "no") && ORDER_CUES_ANY(&cl, "onion"));
    CHECK(!ORDER_CUES_ANY(&cl, "with") && !ORDER_CUES_ANY(&cl, "two", "burgers", "fries"));
    order_cues_ignore(true);
    CHECK(ORDER_CUES_ANY(&c, "both") && ORDER_CUES_ANY(&cl, "with"));
    order_cues_ignore(false);
}
static char json_open[ORDER_RESULT_JSON_MAX];

static void compare(const char *id, const char *text, void *ctx)
{
    (void)ctx;
    order_cues_ignore(true);
    fixture_run(&f, text);
    memcpy(json_open, f.json, sizeof(json_open));
    order_cues_ignore(false);
    fixture_run(&f, text);
    if (strcmp(json_open, f.json) != 0) {
        fprintf(stderr, "%s: \"%s\"\n  every gate open: %s\n  gated:           %s\n", id, text,
                json_open, f.json);
        check_failures++;
    }
}

static size_t run_file(const char *rel)
{
    size_t n = fixture_each_message(rel, compare, NULL);
    CHECK(n > 0);
    return n;
}

/* Every *.jsonl file of the source directory dir; returns the messages compared. */
static size_t run_dir(const char *dir)
{
    char path[TEST_PATH_BYTES];
    test_source_path(path, sizeof(path), "%s", dir);
    DIR *d = opendir(path);
    CHECK(d != NULL);
    if (!d)
        return 0;
    size_t n = 0, files = 0;
    for (const struct dirent *e; (e = readdir(d)) != NULL;) {
        size_t len = strlen(e->d_name);
        if (len < 7 || strcmp(e->d_name + len - 6, ".jsonl") != 0)
            continue;
        char rel[TEST_PATH_BYTES];
        snprintf(rel, sizeof(rel), "%s/%s", dir, e->d_name);
        n += run_file(rel);
        files++;
    }
    closedir(d);
    CHECK(files > 0);
    return n;
}

int main(int argc, char **argv)
{
    check_filters();
    fixture_open(&f);
    size_t n = 0;
    if (argc > 1) {
        for (int i = 1; i < argc; i++)
            n += fixture_each_message_at(argv[i], compare, NULL);
    } else if (getenv("FIXTURE_MENU")) {
        n = run_dir("bench/data/taqueria");
    } else {
        n = run_file("bench/data/messages.jsonl") + run_file("bench/data/noisy/messages.jsonl") +
            run_dir("bench/data/hand");
    }
    printf("%zu messages read alike with the gates and without\n", n);
    fixture_close(&f);
    return check_finish("test_order_cues");
}
