/* order_cases.h — the case tables of test_order_cases.c: one whole message on a menu and
 * what a careful person at the counter understands of it (bench/data/hand/LABELLING.md).
 * The sample menu's cases are in order_cases_greenbite.c, the taqueria's in
 * order_cases_taqueria.c; test_order_cases.c runs them. */
#ifndef BRIGADE_TESTS_ORDER_CASES_H
#define BRIGADE_TESTS_ORDER_CASES_H

#include <stdbool.h>
#include <stddef.h>

enum {
    CASE_INTENTS = 3,
    CASE_ITEMS = 6,
    CASE_MODS = 3,
    CASE_LIST = 3,
    CASE_CANDIDATES = 5,
    CASE_REPLY_WORDS = 3,
    RENDER_BYTES = 2048,
};

struct want_item {
    const char *name; /* exactly as in the menu */
    int qty;
    const char *mods[CASE_MODS]; /* in the customer's order */
};

struct want_clarify {
    const char *phrase;
    const char *candidates[CASE_CANDIDATES]; /* in menu order, "(more)" after the first 4 */
    bool how_many;                           /* the count is asked, not the item */
};

/* One thing the customer asked for: found as the item, or as an unknown or clarify phrase
 * holding (or held by) its words. */
struct want_thing {
    const char *words;
    const char *item; /* NULL: no single menu item */
};

struct order_case {
    const char *text;
    const char *category, *status;
    const char *intents[CASE_INTENTS];
    struct want_item items[CASE_ITEMS];
    const char *unknown[CASE_LIST];
    struct want_clarify clarify[CASE_LIST];
    const char *language; /* not English: the code the JSON's "language" holds */
    bool unsure;          /* an order read from counted dishes alone: the JSON's "unsure" */
    const char *reply_has[CASE_REPLY_WORDS], *reply_lacks[CASE_REPLY_WORDS]; /* any case */
    struct want_thing asked[CASE_ITEMS]; /* "never lose an item silently" */
};

#define VANILLA_SHAKE   "Vanilla Oat Milkshake"
#define CHOCOLATE_SHAKE "Chocolate Milkshake"

extern const struct order_case order_cases_greenbite[];
extern const size_t order_cases_greenbite_count;
extern const struct order_case order_cases_taqueria[];
extern const size_t order_cases_taqueria_count;

#endif
