/* test_order_dictionary.c — the English word list: the words typo correction must leave
 * alone (and the typos it must not), each inflection rule on a tiny list, hyphens and
 * non-letters, and lookup time. */
#include <stdbool.h>
#include <time.h>

#include <string.h>

#include "check.h"
#include "gateway/order/dictionary.h"

static bool has(const struct order_dictionary *d, const char *w)
{
    return order_dictionary_has(d, w, strlen(w));
}

static void expect(const struct order_dictionary *d, const char *w, bool english)
{
    if (has(d, w) != english) {
        fprintf(stderr, "\"%s\": expected %s\n", w, english ? "English" : "not English");
        check_failures++;
    }
}

static void test_english(const struct order_dictionary *d)
{
    /* Near-misses of menu words that are English all the same: never "corrected". */
    static const char *const english[] = {
        "later",
        "things",
        "beer",
        "bean",
        "water",
        "rings",
        "fries",
        "cheese",
        "ordered",
        "ordering",
        "tomatoes",
        "gonna",
        "pls",
        "the",
        "chicken",
        "avocado",
        "salad",
        "lemonade",
        /* "frys" is "fry" + -s */
        "frys",
    };
    for (size_t i = 0; i < sizeof(english) / sizeof(english[0]); i++)
        expect(d, english[i], true);
}

static void test_not_english(const struct order_dictionary *d)
{
    static const char *const typos[] = {
        "burgr",       "portobelo", "chikpea", "teryaki", "bowll",
        "cheesburger", "jackfuit",  "halumi",  "brgr",
    };
    for (size_t i = 0; i < sizeof(typos) / sizeof(typos[0]); i++)
        expect(d, typos[i], false);
    /* Only words WordNet's tagged corpus has seen: rare words and names are not common
     * English, so a misspelt dish ("browne" for brownie) can still be corrected, and the
     * menu's own words need not be here ("burger" is read from the menu). */
    static const char *const rare[] = {"browne", "frye", "jamaica", "burger", "smoothie"};
    for (size_t i = 0; i < sizeof(rare) / sizeof(rare[0]); i++)
        expect(d, rare[i], false);
    expect(d, "123", false);
    expect(d, "", false);
    expect(d, "burger1", false);
    expect(d, "Burger", false); /* the caller lowercases */
    CHECK(!order_dictionary_has(d, "burger", 0));
    CHECK(order_dictionary_has(d, "things and stuff", 6));
}

static void test_function_words(const struct order_dictionary *d)
{
    static const char *const words[] = {"i",    "a",    "u",    "and",   "of",    "youre",
                                        "dont", "thx",  "lol",  "wanna", "asap",  "oclock",
                                        "its",  "cant", "okay", "hello", "whose", "o-clock"};
    for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
        expect(d, words[i], true);
}

/* Each rule on a list that holds only bases, so a hit can only come from that rule. */
static void test_inflections(void)
{
    static const char list[] = "# bases only\nbake\nstop\nrun\nbig\nfry\ntomato\nlate\nquick\n"
                               "happy\ntasty\nbox\ngas\nnice\nadd\nx\n";
    struct order_dictionary *d = order_dictionary_from_text(list, sizeof(list) - 1);
    CHECK_INT_EQ(order_dictionary_count(d), 15);
    static const char *const yes[] = {
        "bake",    "bakes",  "baked",   "baking",  "baker",   "stops",    "stopped", "stopping",
        "running", "runs",   "bigger",  "biggest", "fries",   "fried",    "frys",    "tomatoes",
        "later",   "latest", "quickly", "happily", "happier", "happiest", "tastier", "boxes",
        "gases",   "nicer",  "nicest",  "added",   "adding",
    };
    for (size_t i = 0; i < sizeof(yes) / sizeof(yes[0]); i++)
        expect(d, yes[i], true);
    static const char *const no[] = {
        "gass",   /* -s after s */
        "xs",     /* base shorter than 2 letters */
        "bakess", /* one inflection only */
        "stopp",  "runn", "bak", "#", "bases",
    };
    for (size_t i = 0; i < sizeof(no) / sizeof(no[0]); i++)
        expect(d, no[i], false);
    expect(d, "x", true); /* an entry itself may be one letter */
    order_dictionary_free(d);
    /* A lexicon built without a list asks a NULL dictionary: it holds no word. */
    expect(NULL, "bake", false);
    expect(NULL, "x", false);
}

/* order_dictionary_each visits every entry once, whole, and nothing else. */
struct seen {
    char words[512];
    size_t n, letters;
};

static void collect(void *ctx, const char *w, size_t len)
{
    struct seen *s = ctx;
    s->n++;
    s->letters += len;
    strncat(s->words, w, len);
    strcat(s->words, " ");
}

static void test_each(void)
{
    static const char list[] = "# not a word\nbake\nstop\n\nbake\nfry\n";
    struct order_dictionary *d = order_dictionary_from_text(list, sizeof(list) - 1);
    struct seen s = {.n = 0};
    order_dictionary_each(d, collect, &s);
    CHECK_INT_EQ(s.n, 3); /* "bake" twice in the list, once in the dictionary */
    CHECK_INT_EQ(s.letters, 11);
    CHECK(strstr(s.words, "bake ") && strstr(s.words, "stop ") && strstr(s.words, "fry "));
    order_dictionary_free(d);
}

static double now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static void test_timing(const struct order_dictionary *d)
{
    /* Hits, misses that try every rule, and long words: the slow paths. */
    static const char *const words[] = {"water",    "burgr",     "cheesburger", "ordering",
                                        "jackfuit", "portobelo", "things",      "halumi"};
    enum { ROUNDS = 200000, WORDS = sizeof(words) / sizeof(words[0]) };
    size_t lens[WORDS], hits = 0;
    for (size_t i = 0; i < WORDS; i++)
        lens[i] = strlen(words[i]);
    double t0 = now_ns();
    for (int r = 0; r < ROUNDS; r++)
        for (size_t i = 0; i < WORDS; i++)
            hits += order_dictionary_has(d, words[i], lens[i]);
    double ns = (now_ns() - t0) / ((double)ROUNDS * WORDS);
    printf("lookup: %.1f ns on average (%zu hits)\n", ns, hits);
    CHECK_INT_EQ(hits, (size_t)ROUNDS * 3);
    /* Generous: catches a scan of the list, not a slow or instrumented machine. */
    CHECK(ns < 10000.0);
}

int main(void)
{
    double t0 = now_ns();
    struct order_dictionary *d = order_dictionary_new();
    printf("built: %zu entries in %.1f ms\n", order_dictionary_count(d), (now_ns() - t0) / 1e6);
    CHECK(order_dictionary_count(d) > 15000);
    test_english(d);
    test_not_english(d);
    test_function_words(d);
    test_inflections();
    test_each();
    test_timing(d);
    order_dictionary_free(d);
    return check_finish("test_order_dictionary");
}
