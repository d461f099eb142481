/* test_order_artifact_words.c — the things made by people (artifact_words.h) are found by a
 * binary search over the compiled-in lines of artifact_words.txt: every line is found, alone
 * and in the plurals the lookup reads, from the first line to the last; a word between two
 * lines, a food, a part of a word and a word too short or too long are not. The people of
 * person_words.txt are found by the same search, and are neither things nor foods. */
#include <stdbool.h>

#include "check.h"
#include "gateway/order/artifact_words.h"

extern const char order_artifact_words[];
extern const size_t order_artifact_words_len;
extern const char order_person_words[];
extern const size_t order_person_words_len;

/* The list's form of w ("" when w is no person). */
static const char *person(const char *w)
{
    static char form[ORDER_ARTIFACT_WORD_MAX + 1];
    size_t n = order_person_listed_form(w, strlen(w), form);
    form[n] = '\0';
    return form;
}

static size_t person_lines(void)
{
    size_t lines = 0;
    for (size_t at = 0; at < order_person_words_len;) {
        const char *nl = memchr(order_person_words + at, '\n', order_person_words_len - at);
        size_t end = nl ? (size_t)(nl - order_person_words) : order_person_words_len;
        char form[ORDER_ARTIFACT_WORD_MAX];
        if (end > at && order_person_words[at] != '#') {
            CHECK_INT_EQ(order_person_listed_form(order_person_words + at, end - at, form),
                         end - at);
            lines++;
        }
        at = end + 1;
    }
    return lines;
}

static bool listed(const char *w)
{
    return order_artifact_word(w, strlen(w));
}

static void expect(const char *w, bool want)
{
    if (listed(w) != want) {
        fprintf(stderr, "\"%s\": expected %s\n", w, want ? "a thing made by people" : "none");
        check_failures++;
    }
}

int main(void)
{
    /* every line of the list, read as the search reads it */
    size_t lines = 0;
    char word[32];
    for (size_t at = 0; at < order_artifact_words_len;) {
        const char *nl = memchr(order_artifact_words + at, '\n', order_artifact_words_len - at);
        size_t end = nl ? (size_t)(nl - order_artifact_words) : order_artifact_words_len;
        size_t n = end - at;
        if (n > 0 && order_artifact_words[at] != '#' && n + 1 < sizeof word) {
            CHECK(order_artifact_word(order_artifact_words + at, n));
            memcpy(word, order_artifact_words + at, n);
            memcpy(word + n, "s", 2); /* "umbrellas" */
            CHECK(listed(word));
            lines++;
        }
        at = end + 1;
    }
    CHECK_INT_EQ(lines, 1290);
    expect("abbey", true); /* the first line */
    expect("zoo", true);   /* the last */
    expect("boxes", true);
    expect("accessories", true);
    expect("umbrella", true);
    expect("aaa", false); /* before the first */
    expect("zzz", false); /* after the last */
    expect("burrito", false);
    expect("taco", false);
    expect("umbrell", false);   /* a part of a line */
    expect("umbrellax", false); /* a line and more */
    expect("", false);
    expect("ab", false);
    expect("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", false);
    CHECK_INT_EQ(person_lines(), 10029);
    CHECK_STR_EQ(person("welders"), "welder");
    CHECK_STR_EQ(person("patients"), "patient");
    CHECK_STR_EQ(person("nurse"), "nurse");
    CHECK_STR_EQ(person("burrito"), "");
    CHECK_STR_EQ(person("umbrellas"), "");
    expect("welders", false); /* a person is no thing made by people */
    return check_finish("test_order_artifact_words");
}
