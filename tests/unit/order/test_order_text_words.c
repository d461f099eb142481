/* test_order_text_words.c — order_text_words (text_words.h) tells which items' texts hold a
 * word as a scan of the texts does: the word itself, its base (a trailing "s" dropped past 3
 * bytes) plus "s" or "es", whole words only; on known texts, and against a scan of the texts
 * on every word, prefix and plural the texts can give. */
#include <stdlib.h>

#include "check.h"
#include "gateway/order/text_words.h"

/* The reading being replaced: w at a word start of text, then "", "s" or "es", then a word's
 * end. */
static bool scan_has(const char *text, const char *w, size_t len)
{
    size_t base = len > 3 && w[len - 1] == 's' ? len - 1 : len;
    for (const char *p = text; *p; p++) {
        if ((p > text && ((p[-1] >= 'a' && p[-1] <= 'z') || (p[-1] >= '0' && p[-1] <= '9'))) ||
            strncmp(p, w, base) != 0)
            continue;
        const char *q = p + base;
        if (q[0] == 'e' && q[1] == 's')
            q += 2;
        else if (q[0] == 's')
            q++;
        if (!((*q >= 'a' && *q <= 'z') || (*q >= '0' && *q <= '9')))
            return true;
    }
    return false;
}

static char *texts[] = {
    "cheddar cheeseburger. grass-fed beef patty, pickles and 2 sauces",
    "onion rings. thick-cut onion rings in beer batter",
    NULL, /* an item whose text did not fit: holds nothing */
    "mango smoothie. mango, banana and oat milk; dairy-free",
    "loaded nachos. tortilla chips, queso, jalapenos",
};
enum { N_TEXTS = sizeof(texts) / sizeof(texts[0]) };

/* The items holding w, as a bit mask of the first 64. */
static uint64_t holders(const struct order_text_words *tw, const char *w)
{
    struct order_item_set s;
    CHECK(order_text_words_items(tw, w, strlen(w), &s));
    return s.bits[0];
}

static void test_known(const struct order_text_words *tw)
{
    CHECK_INT_EQ(holders(tw, "onion"), 1u << 1);
    CHECK_INT_EQ(holders(tw, "onions"), 1u << 1); /* base "onion" */
    CHECK_INT_EQ(holders(tw, "ring"), 1u << 1);   /* "rings" is the base + "s" */
    CHECK_INT_EQ(holders(tw, "sauce"), 1u << 0);  /* "sauces" */
    CHECK_INT_EQ(holders(tw, "jalapeno"), 1u << 4);
    CHECK_INT_EQ(holders(tw, "jalapenos"), 1u << 4);
    CHECK_INT_EQ(holders(tw, "jalapenoes"), 0); /* base "jalapenoe": no word of it */
    CHECK_INT_EQ(holders(tw, "nacho"), 1u << 4);
    CHECK_INT_EQ(holders(tw, "free"), 1u << 3); /* "dairy-free": a hyphen ends a word */
    CHECK_INT_EQ(holders(tw, "beef"), 1u << 0);
    CHECK_INT_EQ(holders(tw, "bee"), 0);    /* "beef", "beer": not words of "bee" */
    CHECK_INT_EQ(holders(tw, "cheese"), 0); /* inside "cheeseburger" only */
    CHECK_INT_EQ(holders(tw, "2"), 1u << 0);
    CHECK_INT_EQ(holders(tw, "and"), 1u << 0 | 1u << 3);
    CHECK_INT_EQ(holders(tw, "bus"), 0); /* 3 bytes: the "s" stays */
    struct order_item_set s;
    CHECK(!order_text_words_items(tw, "onion rings", 11, &s)); /* phrases: the caller scans */
    CHECK(!order_text_words_items(tw, "", 0, &s));
    CHECK(!order_text_words_items(tw, "caf\xc3\xa9", 5, &s));
}

/* Every word of the texts, each prefix of it, with "s" and "es" added: the set answers as the
 * scan does for every item. */
static void test_against_scan(const struct order_text_words *tw)
{
    size_t tried = 0, bad = 0;
    for (size_t i = 0; i < N_TEXTS; i++)
        for (const char *p = texts[i]; p && *p;) {
            while (*p && !((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9')))
                p++;
            const char *b = p;
            while ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9'))
                p++;
            for (size_t len = 1; len <= (size_t)(p - b); len++)
                for (size_t e = 0; e < 3; e++) {
                    char w[40];
                    memcpy(w, b, len);
                    memcpy(w + len, e == 0 ? "" : e == 1 ? "s" : "es", e);
                    size_t wl = len + e;
                    struct order_item_set s;
                    CHECK(order_text_words_items(tw, w, wl, &s));
                    for (size_t k = 0; k < N_TEXTS; k++) {
                        bool want = texts[k] && scan_has(texts[k], w, wl);
                        bad += want != order_item_set_has(&s, k);
                        tried++;
                    }
                }
        }
    CHECK_INT_EQ(bad, 0);
    CHECK(tried > 1000);
}

int main(void)
{
    struct order_text_words tw;
    order_text_words_init(&tw, texts, N_TEXTS);
    test_known(&tw);
    test_against_scan(&tw);
    order_text_words_free(&tw);
    return check_failures ? 1 : 0;
}
