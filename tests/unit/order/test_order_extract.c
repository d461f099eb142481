/* test_order_extract.c — normalisation, tokens, quantities in every form, each modifier form
 * on the right item, size words in every form (and names that hold one), each separator,
 * openers and fillers, exact phrase by phrase. */
#include <errno.h>

#include "check.h"
#include "gateway/order/extract.h"
#include "gateway/order/normalize.h"
#include "gateway/order/understanding.h"

static struct order_understanding *u;
static struct order_patterns names; /* a few menu names and aliases: "and" inside, sizes */
static struct order_arena arena;
static char folded[ORDER_FOLDED_BYTES_MAX];
static struct order_token toks[ORDER_TOKENS_MAX];
static struct order_extract x;

static const struct order_extract *extract(const char *text)
{
    int n = order_normalize_match(text, strlen(text), folded, sizeof(folded));
    CHECK(n >= 0);
    size_t nt = order_tokenize(folded, (size_t)(n < 0 ? 0 : n), toks, ORDER_TOKENS_MAX);
    order_extract_items(u, &names, folded, toks, nt, &x);
    return &x;
}

/* "phrase:qty[:label,label]" per item, joined with " | ". */
static const char *describe(const char *text)
{
    static char out[2048];
    extract(text);
    size_t o = 0;
    out[0] = '\0';
    for (size_t i = 0; i < x.n_items; i++) {
        const struct order_item_phrase *it = &x.items[i];
        o += (size_t)snprintf(out + o, sizeof(out) - o, "%s%s:%d", i ? " | " : "", it->text,
                              it->qty);
        for (size_t m = 0; m < it->n_modifiers; m++)
            o += (size_t)snprintf(out + o, sizeof(out) - o, "%c%s", m ? ',' : ':',
                                  u->labels[it->modifiers[m]]);
    }
    return out;
}

static void test_normalize(void)
{
    char out[ORDER_FOLDED_BYTES_MAX];
    CHECK_INT_EQ(order_normalize_display("Cafe\xcc\x81  au\t lait \n\n x ", 22, out, sizeof(out)),
                 15);
    CHECK_STR_EQ(out, "Caf\xc3\xa9 au lait\nx");
    const char *m = "I'd LIKE Jalape\xc3\xb1os \xe2\x80\x99n";
    CHECK(order_normalize_match(m, strlen(m), out, sizeof(out)) > 0);
    CHECK_STR_EQ(out, "id like jalapenos n");
    CHECK_INT_EQ(order_normalize_display("bad \xff byte", 10, out, sizeof(out)), -EINVAL);
    CHECK_INT_EQ(order_normalize_match("nul\0byte", 8, out, sizeof(out)), -EINVAL);
    CHECK_INT_EQ(order_normalize_display("abc", ORDER_TEXT_BYTES_MAX + 1, out, sizeof(out)),
                 -E2BIG);
    CHECK_INT_EQ(order_normalize_display("abcdef", 6, out, 6), -E2BIG);
    CHECK_INT_EQ(order_normalize_display("abcdef", 6, out, 7), 6); /* exactly fits */
    static char full[ORDER_TEXT_BYTES_MAX];
    memset(full, 'a', sizeof(full));
    CHECK_INT_EQ(order_normalize_display(full, sizeof(full), out, ORDER_TEXT_BYTES_MAX + 1),
                 ORDER_TEXT_BYTES_MAX);
    CHECK_INT_EQ(order_normalize_display("   ", 3, out, sizeof(out)), 0);
}

static void test_tokens(void)
{
    const char *t = "gluten-free, 6:30 pm & 2x\xe2\x80\xa2"
                    "fries-";
    size_t n = order_tokenize(t, strlen(t), toks, ORDER_TOKENS_MAX);
    CHECK_INT_EQ(n, 9);
    CHECK(order_token_is(t, &toks[0], "gluten-free"));
    CHECK_INT_EQ(toks[1].punct, ',');
    CHECK(order_token_is(t, &toks[2], "6:30"));
    CHECK_INT_EQ(toks[4].punct, '&');
    CHECK(order_token_is(t, &toks[5], "2x"));
    CHECK_INT_EQ(toks[6].punct, ','); /* the bullet */
    CHECK(order_token_is(t, &toks[7], "fries"));
    CHECK_INT_EQ(toks[8].punct, '-');
    CHECK(order_word_near("chedar", 6, "cheddar", 7));              /* a dropped letter */
    CHECK(order_word_near("cheeseburegr", 12, "cheeseburger", 12)); /* a swap */
    CHECK(!order_word_near("hcedar", 6, "cheddar", 7));             /* never the first letter */
    CHECK(!order_word_near("fris", 4, "frie", 4));                  /* short words stay exact */
    CHECK(order_word_near("chedda", 6, "cheddar", 7));              /* the last letter dropped */
    CHECK(!order_word_near("chdar", 5, "cheddar", 7));              /* two letters */
}

static void test_quantities(void)
{
    CHECK_STR_EQ(describe("2 cheeseburgers"), "cheeseburgers:2");
    CHECK_STR_EQ(describe("two cheeseburgers"), "cheeseburgers:2");
    CHECK_STR_EQ(describe("twenty cheeseburgers"), "cheeseburgers:20");
    CHECK_STR_EQ(describe("13 cheeseburgers"), "cheeseburgers:13");
    CHECK_STR_EQ(describe("a cheeseburger"), "cheeseburger:1");
    CHECK_STR_EQ(describe("an onion ring"), "onion ring:1");
    CHECK_STR_EQ(describe("one cheeseburger"), "cheeseburger:1");
    CHECK_STR_EQ(describe("cheeseburger"), "cheeseburger:1");
    CHECK_STR_EQ(describe("a couple of cheeseburgers"), "cheeseburgers:2");
    CHECK_STR_EQ(describe("half a dozen cheeseburgers"), "cheeseburgers:6");
    CHECK_STR_EQ(describe("a dozen cheeseburgers"), "cheeseburgers:12");
    CHECK_STR_EQ(describe("2x Cheddar Cheeseburger"), "cheddar cheeseburger:2");
    CHECK_STR_EQ(describe("2 x Cheddar Cheeseburger"), "cheddar cheeseburger:2");
    CHECK_STR_EQ(describe("two x Cheddar Cheeseburger"), "cheddar cheeseburger:2");
    CHECK_STR_EQ(describe("Cheddar Cheeseburger x3"), "cheddar cheeseburger:3");
    CHECK_STR_EQ(describe("3 orders of fries"), "fries:3");
    CHECK_STR_EQ(describe("an order of fries"), "fries:1");
    CHECK_STR_EQ(describe("a side of fries"), "fries:1");
    CHECK_STR_EQ(describe("cheeseburger hold the pickles x2"), "cheeseburger:2:no pickles");
    /* numbers in fillers are not quantities */
    CHECK_STR_EQ(describe("a cheeseburger for pickup at 6"), "cheeseburger:1");
    CHECK_STR_EQ(describe("fries, pickup in 20 min"), "fries:1");
    CHECK_STR_EQ(describe("100 fries"), "100 fries:1"); /* past ORDER_QTY_MAX: not a count */
    int32_t q;
    extract("2 fries");
    CHECK_INT_EQ(order_extract_quantity(u, folded, toks, 0, 2, &q), 1);
    CHECK_INT_EQ(q, 2);
    CHECK_INT_EQ(order_extract_quantity(u, folded, toks, 0, 1, &q), 0); /* "2" alone */
    CHECK_INT_EQ(q, 1);
}

static void test_modifiers(void)
{
    CHECK_STR_EQ(describe("a cheeseburger with bacon"), "cheeseburger:1:add bacon");
    CHECK_STR_EQ(describe("a cheeseburger without pickles"), "cheeseburger:1:no pickles");
    CHECK_STR_EQ(describe("a cheeseburger no pickles"), "cheeseburger:1:no pickles");
    CHECK_STR_EQ(describe("a cheeseburger, hold the pickles"), "cheeseburger:1:no pickles");
    CHECK_STR_EQ(describe("a cheeseburger extra cheese"), "cheeseburger:1:extra cheese");
    CHECK_STR_EQ(describe("a cheeseburger - add bacon"), "cheeseburger:1:add bacon");
    CHECK_STR_EQ(describe("a cheeseburger (sauce on the side)"),
                 "cheeseburger:1:sauce on the side");
    CHECK_STR_EQ(describe("a lemonade, light ice"), "lemonade:1:light ice");
    CHECK_STR_EQ(describe("a lemonade easy on the ice"), "lemonade:1:light ice");
    CHECK_STR_EQ(describe("onion rings nice and crispy"), "onion rings:1:extra crispy");
    CHECK_STR_EQ(describe("a vegan burger with extra avocado and no onions"),
                 "vegan burger:1:extra avocado,no onions");
    CHECK_STR_EQ(describe("a vegan burger with extra avocado and onion rings"),
                 "vegan burger:1:extra avocado | onion rings:1");
    CHECK_STR_EQ(describe("a cheeseburger with extra pickles & well done, 2 fries with extra salt"),
                 "cheeseburger:1:extra pickles,well done | fries:2:extra salt");
    CHECK_STR_EQ(describe("a cheeseburger no pickles no pickles"), "cheeseburger:1:no pickles");
    CHECK_STR_EQ(describe("no pickles"), ""); /* a modifier with no item before it */
}

static void test_separators(void)
{
    CHECK_STR_EQ(describe("fries and a cheeseburger"), "fries:1 | cheeseburger:1");
    CHECK_STR_EQ(describe("fries, a cheeseburger"), "fries:1 | cheeseburger:1");
    CHECK_STR_EQ(describe("fries + a cheeseburger"), "fries:1 | cheeseburger:1");
    CHECK_STR_EQ(describe("fries & a cheeseburger"), "fries:1 | cheeseburger:1");
    CHECK_STR_EQ(describe("fries\na cheeseburger"), "fries:1 | cheeseburger:1");
    CHECK_STR_EQ(describe("fries plus a cheeseburger"), "fries:1 | cheeseburger:1");
    CHECK_STR_EQ(describe("fries; a cheeseburger"), "fries:1 | cheeseburger:1");
    CHECK_STR_EQ(describe("order:\n- fries\n* a cheeseburger\n\xe2\x80\xa2 2 lemonades"),
                 "fries:1 | cheeseburger:1 | lemonades:2");
    CHECK_STR_EQ(describe("2 mac and cheese bites and a lemonade"),
                 "mac and cheese bites:2 | lemonade:1");
    CHECK_STR_EQ(describe("2 mac and chese bites and a lemonade"), /* a typo next to "and" */
                 "mac and chese bites:2 | lemonade:1");
}

static void test_openers_fillers(void)
{
    CHECK_STR_EQ(describe("Hi, can I get fries please"), "fries:1");
    CHECK_STR_EQ(describe("I'd like fries, thanks!"), "fries:1");
    CHECK_STR_EQ(describe("I want to order fries for Maria"), "fries:1");
    CHECK_STR_EQ(describe("could I have fries asap"), "fries:1");
    CHECK_STR_EQ(describe("gimme fries to go"), "fries:1");
    CHECK_STR_EQ(describe("Order: fries. For pickup at 6:30"), "fries:1");
    CHECK_STR_EQ(describe("Good evening\nLet me get fries\nThanks, Maria"), "fries:1");
    CHECK_STR_EQ(describe("fries! I'm 10 minutes away"), "fries:1");
    CHECK(x.signed_off);
    CHECK(x.opener_seen == false);
    CHECK(x.roles[2] == ORDER_ROLE_FILLER); /* "im" */
    extract("Hi, can I get 2 fries");
    CHECK(x.opener_seen);
    CHECK(x.qty_seen);
    CHECK_INT_EQ(x.roles[0], ORDER_ROLE_GREETING);
    CHECK_INT_EQ(x.roles[2], ORDER_ROLE_OPENER);
    CHECK_STR_EQ(describe("thanks!"), "");
    CHECK_STR_EQ(describe("order 12345 please"), ""); /* digits alone are not an item */
}

/* Size words: taken off the phrase onto the item as its first modifier, in every form. */
static void test_sizes(void)
{
    CHECK_STR_EQ(describe("a large lemonade"), "lemonade:1:large");
    CHECK_STR_EQ(describe("two small fries"), "fries:2:small");
    CHECK_STR_EQ(describe("regular cold brew"), "cold brew:1:regular");
    CHECK_STR_EQ(describe("a big chocolate milkshake"), "chocolate milkshake:1:large");
    CHECK_STR_EQ(describe("medium onion rings"), "onion rings:1:medium");
    CHECK_STR_EQ(describe("an XL lemonade"), "lemonade:1:extra large");
    CHECK_STR_EQ(describe("an extra-large lemonade"), "lemonade:1:extra large");
    CHECK_STR_EQ(describe("kids size fries"), "fries:1:kids size");
    CHECK_STR_EQ(describe("a kid's size fries"), "fries:1:kids size");
    CHECK_STR_EQ(describe("3 large size cold brews"), "cold brews:3:large");
    CHECK_STR_EQ(describe("two big portions of onion rings"), "onion rings:2:large");
    CHECK_STR_EQ(describe("small kids burger"), "kids burger:1:small");
    /* after the name, in its own chunk, before or after modifiers: still first */
    CHECK_STR_EQ(describe("a lemonade large"), "lemonade:1:large");
    CHECK_STR_EQ(describe("kids burger large please"), "kids burger:1:large");
    CHECK(x.signed_off);
    CHECK_STR_EQ(describe("a lemonade, large"), "lemonade:1:large");
    CHECK_STR_EQ(describe("a lemonade (large)"), "lemonade:1:large");
    CHECK_STR_EQ(describe("a lemonade with no ice, large"), "lemonade:1:large,no ice");
    CHECK_STR_EQ(describe("fries (large, extra salt)"), "fries:1:large,extra salt");
    CHECK_STR_EQ(describe("a large lemonade with no ice"), "lemonade:1:large,no ice");
    CHECK_STR_EQ(describe("a lemonade, large x2"), "lemonade:2:large");
    CHECK_STR_EQ(describe("a large lemonade, small"), "lemonade:1:large"); /* the first said */
    /* "extra large" is a size, not the modifier "extra ..." */
    CHECK_STR_EQ(describe("an extra large lemonade with extra ice"),
                 "lemonade:1:extra large,extra ice");
    CHECK_STR_EQ(describe("a cheeseburger, extra large fries"),
                 "cheeseburger:1 | fries:1:extra large");
    CHECK_STR_EQ(describe("fries extra large, extra salt"), "fries:1:extra large,extra salt");
    CHECK_STR_EQ(describe("two Green Garden vegan burgers with extra avocado and a large "
                          "lemonade please"),
                 "green garden vegan burgers:2:extra avocado | lemonade:1:large");
    /* names keep their words: aliases and menu names holding a size or "kids" */
    CHECK_STR_EQ(describe("2 regular fries"), "regular fries:2");
    CHECK_STR_EQ(describe("a small salad"), "small salad:1");
    CHECK_STR_EQ(describe("a Kids Mini Burger"), "kids mini burger:1");
    CHECK_STR_EQ(describe("3 kids nuggets"), "kids nuggets:3");
    CHECK_STR_EQ(describe("Kids Chicken Nuggets x2"), "kids chicken nuggets:2");
    /* nothing on the menu without the size either: reported as said */
    CHECK_STR_EQ(describe("a large pork burger"), "large pork burger:1");
    CHECK_STR_EQ(describe("a large"), "large:1");
    CHECK_STR_EQ(describe("large"), "large:1"); /* a size of no item */
}

/* An understanding without "sizes" reads size words as part of the name. */
static void test_no_sizes(void)
{
    extern const char order_understanding_json[];
    extern const size_t order_understanding_json_len;
    char *copy = strdup(order_understanding_json);
    char *key = strstr(copy, "\"sizes\"");
    CHECK(key != NULL);
    if (key)
        memcpy(key, "\"sizeX\"", 7); /* an unknown key, ignored */
    struct order_understanding *plain, *builtin = u;
    char err[ORDER_ERROR_MAX];
    CHECK_INT_EQ(
        order_understanding_parse(copy, order_understanding_json_len, &plain, err, sizeof(err)), 0);
    free(copy);
    if (!plain)
        return;
    CHECK_INT_EQ(plain->sizes.count, 0);
    CHECK_INT_EQ(plain->n_labels + 6, builtin->n_labels); /* six size labels */
    u = plain;
    CHECK_STR_EQ(describe("a large lemonade"), "large lemonade:1");
    CHECK_STR_EQ(describe("a lemonade, large"), "lemonade:1 | large:1");
    u = builtin;
    order_understanding_free(plain);
}

static void test_limits(void)
{
    char text[ORDER_TEXT_BYTES_MAX];
    size_t o = 0;
    for (int i = 0; i < ORDER_ITEMS_MAX + 4; i++)
        o += (size_t)snprintf(text + o, sizeof(text) - o, "%sfries", i ? ", " : "");
    extract(text);
    CHECK_INT_EQ(x.n_items, ORDER_ITEMS_MAX);
    CHECK(x.truncated);
    char longword[ORDER_PHRASE_BYTES_MAX + 50];
    memset(longword, 'a', sizeof(longword) - 1);
    longword[sizeof(longword) - 1] = '\0';
    extract(longword);
    CHECK_INT_EQ(x.n_items, 0); /* a word longer than a phrase is dropped, not cut */
}

int main(void)
{
    u = order_understanding_default();
    arena.cap = 4096;
    arena.buf = malloc(arena.cap);
    static const struct {
        const char *name;
        int32_t item;
    } menu_names[] = {
        {"Mac and Cheese Bites", 0},
        {"Fresh Lemonade", 1},
        {"lemonade", 1},
        {"Classic Fries", 2},
        {"fries", 2},
        {"regular fries", 2},
        {"Side Salad", 3},
        {"small salad", 3},
        {"Cold Brew Coffee", 4},
        {"cold brew", 4},
        {"Chocolate Milkshake", 5},
        {"Onion Rings", 6},
        {"Kids Mini Burger", 7},
        {"kids burger", 7},
        {"Kids Chicken Nuggets", 8},
        {"kids nuggets", 8},
    };
    for (size_t i = 0; i < sizeof(menu_names) / sizeof(menu_names[0]); i++)
        CHECK(order_patterns_add(&names, &arena, menu_names[i].name, menu_names[i].item) == 0);
    test_normalize();
    test_tokens();
    test_quantities();
    test_modifiers();
    test_separators();
    test_openers_fillers();
    test_sizes();
    test_no_sizes();
    test_limits();
    order_patterns_free(&names);
    free(arena.buf);
    order_understanding_free(u);
    return check_finish("test_order_extract");
}
