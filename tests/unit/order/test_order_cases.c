/* test_order_cases.c — what the understanding makes of whole messages on the sample menu and
 * the taqueria's with the lexical backend, case by case from the tables of order_cases.h.
 *
 * Every expectation is what bench/data/hand/LABELLING.md says a careful person at the counter
 * would understand, not what the program happens to answer: a case that fails points at the
 * understanding, never at the table. Each case is rendered, expected and actual, into the same
 * one-line form (category/status, intents, items, unknown, clarify, language, unsure), so a
 * failing case prints one line that shows both sides; the checks the form cannot hold (reply text,
 * nothing lost) join that line. All cases run; the test fails when any did. */
#include <ctype.h>
#include <stdarg.h>
#include <stdbool.h>

#include "order_cases.h"
#include "order_fixture.h"

static struct fixture f;

/* A one-line rendering, cut (never overrun) when it would not fit. */
struct line {
    char s[RENDER_BYTES];
    size_t n;
};

__attribute__((format(printf, 2, 3))) static void put(struct line *l, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(l->s + l->n, sizeof(l->s) - l->n, fmt, ap);
    va_end(ap);
    if (k > 0)
        l->n += (size_t)k < sizeof(l->s) - l->n ? (size_t)k : sizeof(l->s) - l->n - 1;
}

/* The two sides share these pieces so that equal meaning renders equal. */
static void put_item(struct line *l, size_t i, const char *name, int qty, const char *const *mods,
                     size_t n_mods)
{
    put(l, "%s%s x%d", i ? ", " : "", name, qty);
    for (size_t m = 0; m < n_mods; m++)
        put(l, "%s%s", m ? "; " : " (", mods[m]);
    if (n_mods)
        put(l, ")");
}

static void put_head(struct line *l, const char *category, const char *status,
                     const char *const *intents, size_t n_intents)
{
    put(l, "%s/%s intents=[", category, status);
    for (size_t i = 0; i < n_intents; i++)
        put(l, "%s%s", i ? ", " : "", intents[i]);
    put(l, "] items=[");
}

static size_t count(const char *const *list, size_t cap)
{
    size_t n = 0;
    while (n < cap && list[n])
        n++;
    return n;
}

static void render_want(const struct order_case *c, struct line *l)
{
    put_head(l, c->category, c->status, c->intents, count(c->intents, CASE_INTENTS));
    for (size_t i = 0; i < CASE_ITEMS && c->items[i].name; i++)
        put_item(l, i, c->items[i].name, c->items[i].qty, c->items[i].mods,
                 count(c->items[i].mods, CASE_MODS));
    put(l, "] unknown=[");
    for (size_t i = 0; i < CASE_LIST && c->unknown[i]; i++)
        put(l, "%s%s", i ? ", " : "", c->unknown[i]);
    put(l, "] clarify=[");
    for (size_t i = 0; i < CASE_LIST && c->clarify[i].phrase; i++) {
        put(l, "%s%s:", i ? ", " : "", c->clarify[i].phrase);
        for (size_t k = 0; k < CASE_CANDIDATES && c->clarify[i].candidates[k]; k++)
            put(l, "%s%s", k ? " | " : " ", c->clarify[i].candidates[k]);
        if (c->clarify[i].how_many)
            put(l, " (how many)");
    }
    put(l, "]");
    if (c->language)
        put(l, " language=%s", c->language);
    if (c->unsure)
        put(l, " unsure");
}

/* Candidates in menu order: the result may list them best first. */
static void put_candidates(struct line *l, const struct order_clarify *q)
{
    int32_t sorted[ORDER_CLARIFY_CANDIDATES_MAX];
    size_t n = q->n_candidates;
    memcpy(sorted, q->candidates, n * sizeof(sorted[0]));
    for (size_t i = 1; i < n; i++)
        for (size_t j = i; j > 0 && sorted[j - 1] > sorted[j]; j--) {
            int32_t t = sorted[j];
            sorted[j] = sorted[j - 1];
            sorted[j - 1] = t;
        }
    for (size_t k = 0; k < n; k++)
        put(l, "%s%s", k ? " | " : " ", f.menu.items[sorted[k]].name);
    if (q->more)
        put(l, " | (more)");
    if (q->how_many)
        put(l, " (how many)");
}

static void render_got(const struct order_result *r, struct line *l)
{
    const char *intents[ORDER_CATEGORY_MAX];
    for (size_t i = 0; i < r->n_intents; i++)
        intents[i] = order_category_name(r->intents[i]);
    put_head(l, order_category_name(r->category), order_status_name(r->status), intents,
             r->n_intents);
    for (size_t i = 0; i < r->n_items; i++) {
        const char *mods[ORDER_ITEM_MODIFIERS_MAX];
        for (size_t m = 0; m < r->items[i].mods.n; m++)
            mods[m] = fixture_modifier(&f, i, m);
        put_item(l, i, fixture_item_name(&f, i), r->items[i].qty, mods, r->items[i].mods.n);
    }
    /* as the JSON shows them: an inquiry's unknown things only feed its reply */
    put(l, "] unknown=[");
    for (size_t i = 0; r->category == ORDER_CATEGORY_ORDER && i < r->n_unknown; i++)
        put(l, "%s%s", i ? ", " : "", r->unknown[i]);
    put(l, "] clarify=[");
    for (size_t i = 0; i < r->n_clarify; i++) {
        put(l, "%s%s:", i ? ", " : "", r->clarify[i].phrase);
        put_candidates(l, &r->clarify[i]);
    }
    put(l, "]");
    if (strstr(f.json, "\"language\": "))
        put(l, " language=%s", r->language);
    else if (r->foreign)
        put(l, " language=%s (missing from the JSON)", r->language);
    if (strstr(f.json, "\"unsure\": true"))
        put(l, " unsure");
    else if (r->unsure)
        put(l, " unsure (missing from the JSON)");
}

/* Case-insensitive substring: replies capitalise what the customer did not. */
static bool contains(const char *hay, const char *needle)
{
    size_t n = strlen(needle);
    for (; *hay; hay++) {
        size_t i = 0;
        while (i < n && hay[i] &&
               tolower((unsigned char)hay[i]) == tolower((unsigned char)needle[i]))
            i++;
        if (i == n)
            return true;
    }
    return n == 0;
}

static bool phrase_overlaps(const char *phrase, const char *words)
{
    return contains(phrase, words) || contains(words, phrase);
}

static bool accounted(const struct order_result *r, const struct want_thing *t)
{
    for (size_t i = 0; t->item && i < r->n_items; i++)
        if (strcmp(fixture_item_name(&f, i), t->item) == 0)
            return true;
    for (size_t i = 0; i < r->n_unknown; i++)
        if (phrase_overlaps(r->unknown[i], t->words))
            return true;
    for (size_t i = 0; i < r->n_clarify; i++)
        if (phrase_overlaps(r->clarify[i].phrase, t->words))
            return true;
    return false;
}

/* What the one-line form cannot hold: the reply's words and things lost on the way. */
static void check_extras(const struct order_case *c, const struct order_result *r, struct line *l)
{
    bool reply_wrong = false;
    for (size_t i = 0; i < CASE_REPLY_WORDS && c->reply_has[i]; i++)
        if (!contains(r->reply, c->reply_has[i])) {
            put(l, " | reply lacks \"%s\"", c->reply_has[i]);
            reply_wrong = true;
        }
    for (size_t i = 0; i < CASE_REPLY_WORDS && c->reply_lacks[i]; i++)
        if (contains(r->reply, c->reply_lacks[i])) {
            put(l, " | reply echoes \"%s\"", c->reply_lacks[i]);
            reply_wrong = true;
        }
    if (reply_wrong)
        put(l, " (reply \"%s\")", r->reply);
    for (size_t i = 0; i < CASE_ITEMS && c->asked[i].words; i++)
        if (!accounted(r, &c->asked[i]))
            put(l, " | lost silently: \"%s\"", c->asked[i].words);
}

/* Runs one case; prints one line and returns false when anything differs. */
static bool run_case(const struct order_case *c)
{
    const struct order_result *r = fixture_run(&f, c->text);
    struct line want = {.n = 0}, got = {.n = 0}, extra = {.n = 0};
    render_want(c, &want);
    render_got(r, &got);
    check_extras(c, r, &extra);
    if (strcmp(want.s, got.s) == 0 && extra.n == 0) {
        if (getenv("ORDER_CASES_VERBOSE")) /* to see what each passing case was held to */
            fprintf(stderr, "ok \"%s\" | %s | reply: %s\n", c->text, got.s, r->reply);
        return true;
    }
    fprintf(stderr, "FAIL \"%s\" | expected: %s | got: %s%s\n", c->text, want.s, got.s, extra.s);
    return false;
}

/* The same rules on the second menu (bench/data/taqueria/menu.csv), for what the sample menu
 * has no example of. */

static size_t run_cases(const struct order_case *table, size_t n)
{
    size_t failed = 0;
    for (size_t i = 0; i < n; i++)
        if (!run_case(&table[i]))
            failed++;
    fprintf(stderr, "%zu of %zu cases failed\n", failed, n);
    return failed;
}

int main(void)
{
    fixture_open(&f);
    check_failures += (int)run_cases(order_cases_greenbite, order_cases_greenbite_count);
    fixture_close(&f);
    setenv("FIXTURE_MENU", "bench/data/taqueria/menu.csv", 1);
    fixture_open(&f);
    check_failures += (int)run_cases(order_cases_taqueria, order_cases_taqueria_count);
    fixture_close(&f);
    return check_finish("test_order_cases");
}
