/* test_menu_csv.c — the menu CSV parser, slugs and exact prices. */
#include "check.h"
#include "io/menu.h"
#include "test_util.h"

#include <errno.h>

static int parse(const char *csv, struct menu *menu, char *err)
{
    memset(menu, 0, sizeof(*menu));
    err[0] = '\0';
    return menu_parse_csv(csv, strlen(csv), menu, err, MENU_ERROR_MAX);
}

/* Expects `csv` to be rejected with exactly `expected` as the message. */
static void check_rejected(const char *csv, const char *expected, int line)
{
    struct menu menu;
    char err[MENU_ERROR_MAX];
    int rc = parse(csv, &menu, err);
    if (rc != -EINVAL || strcmp(err, expected) != 0) {
        fprintf(stderr, "case at line %d: rc %d err \"%s\", expected \"%s\"\n", line, rc, err,
                expected);
        check_failures++;
    }
    CHECK_INT_EQ(menu.count, 0);
    CHECK(menu.items == NULL);
}
#define REJECTED(csv, expected) check_rejected(csv, expected, __LINE__)

static void test_quoting(void)
{
    const char *csv = "name,section,price,description\r\n"
                      "Crème Brûlée,desserts,6.50,\"Vanilla custard, \"\"burnt\"\" sugar\"\r\n"
                      "\n"
                      "  Plain Fries  ,sides , 3 ,\"two\nlines | and a pipe\"\n"
                      "Tea,drinks,0.5,\n";
    struct menu menu;
    char err[MENU_ERROR_MAX];
    CHECK_INT_EQ(parse(csv, &menu, err), 0);
    CHECK_INT_EQ(menu.count, 3);
    CHECK_INT_EQ(menu.version, 0);
    if (menu.count != 3)
        return;
    CHECK_STR_EQ(menu.items[0].key, "creme-brulee");
    CHECK_STR_EQ(menu.items[0].name, "Crème Brûlée");
    CHECK_STR_EQ(menu.items[0].section, "desserts");
    CHECK_STR_EQ(menu.items[0].description, "Vanilla custard, \"burnt\" sugar");
    CHECK_INT_EQ(menu.items[0].price_cents, 650);
    CHECK_STR_EQ(menu.items[1].key, "plain-fries");
    CHECK_STR_EQ(menu.items[1].name, "Plain Fries");
    CHECK_STR_EQ(menu.items[1].section, "sides");
    CHECK_STR_EQ(menu.items[1].description, "two\nlines | and a pipe");
    CHECK_INT_EQ(menu.items[1].price_cents, 300);
    CHECK_STR_EQ(menu.items[2].key, "tea");
    CHECK_STR_EQ(menu.items[2].description, "");
    CHECK_INT_EQ(menu.items[2].price_cents, 50);
    menu_free(&menu);
    CHECK_INT_EQ(menu.count, 0);
    CHECK(menu.items == NULL);
}

static void test_header_order_and_bom(void)
{
    const char *csv = "\xef\xbb\xbfPrice,Description,Name,Section\n1.25,d,Cola,drinks";
    struct menu menu;
    char err[MENU_ERROR_MAX];
    CHECK_INT_EQ(parse(csv, &menu, err), 0);
    CHECK_INT_EQ(menu.count, 1);
    if (menu.count == 1) {
        CHECK_STR_EQ(menu.items[0].name, "Cola");
        CHECK_STR_EQ(menu.items[0].section, "drinks");
        CHECK_STR_EQ(menu.items[0].description, "d");
        CHECK_INT_EQ(menu.items[0].price_cents, 125);
    }
    menu_free(&menu);
}

static void test_errors(void)
{
    const char *h = "name,section,price,description\n";
    char csv[512];
#define WITH_HEADER(body) (snprintf(csv, sizeof(csv), "%s%s", h, body), csv)
    REJECTED("", "line 1: empty file (want a header: name,section,price,description)");
    REJECTED("name,section,cost,description\n", "line 1: unknown column 'cost' in the header");
    REJECTED("name,section,price\n",
             "line 1: header lacks column 'description' (want name,section,price,description)");
    REJECTED(WITH_HEADER("A,s,1.00,d\nB,s,2.00\n"), "line 3: expected 4 fields, found 3");
    REJECTED(WITH_HEADER("A,s,1.00,d,extra\n"), "line 2: expected 4 fields, found 5");
    REJECTED(WITH_HEADER("A,s,1.00,\"multi\nline\"\n,s,1.00,d\n"), "line 4: empty name");
    REJECTED(WITH_HEADER("A,s,9.9.9,d\n"),
             "line 2: bad price '9.9.9' (want dollars with at most two decimals, e.g. 9.95)");
    REJECTED(WITH_HEADER("A,s,1.999,d\n"),
             "line 2: bad price '1.999' (want dollars with at most two decimals, e.g. 9.95)");
    REJECTED(WITH_HEADER("A,s,,d\n"),
             "line 2: bad price '' (want dollars with at most two decimals, e.g. 9.95)");
    REJECTED(WITH_HEADER("A,s,-1.00,d\n"), "line 2: negative price '-1.00'");
    REJECTED(WITH_HEADER("A,s,100000.01,d\n"), "line 2: price '100000.01' above the maximum "
                                               "100000.00");
    REJECTED(WITH_HEADER("Veggie Burger,s,1,d\nveggie  burger!,s,2,d\n"),
             "line 3: duplicate key 'veggie-burger' (name 'veggie  burger!' repeats 'Veggie "
             "Burger')");
    REJECTED(WITH_HEADER("A,s,1,d\nB\xff,s,1,d\n"), "line 3: invalid UTF-8 in name");
    REJECTED(WITH_HEADER("A,s,1,\"bad \xc3\x28\"\n"), "line 2: invalid UTF-8 in description");
    REJECTED(WITH_HEADER("Fish|Chips,s,1,d\n"),
             "line 2: name contains '|' (it separates memcached fields)");
    REJECTED(WITH_HEADER("\"Two\nLines\",s,1,d\n"), "line 2: control character in name");
    REJECTED(WITH_HEADER("!!!,s,1,d\n"), "line 2: name '!!!' has no letters or digits for a key");
    REJECTED(WITH_HEADER("A,s,1,\"open\n"), "line 2: unterminated quoted field");
    REJECTED(WITH_HEADER("A,s,1,\"quoted\"tail\n"),
             "line 2: unexpected character after a closing quote");
    REJECTED(WITH_HEADER("A,s,1,say \"hi\"\n"), "line 2: quote inside an unquoted field");
#undef WITH_HEADER
}

static void test_slug(void)
{
    char out[MENU_KEY_MAX + 1];
    struct {
        const char *name, *slug;
    } cases[] = {
        {"The Green Garden Vegan Burger", "the-green-garden-vegan-burger"},
        {"Crème Brûlée", "creme-brulee"},
        {"Jalapeño Poppers (6)", "jalapeno-poppers-6"},
        {"Jack's Fries", "jacks-fries"},
        {"Jack\xe2\x80\x99s Fries", "jacks-fries"},
        {"Straße Salat", "strasse-salat"},
        {"  --Mac & Cheese--  ", "mac-cheese"},
        {"Smørrebrød", "smrrebrd"},
        {"Green\xc2\xa0Tea", "green-tea"},
        {"Ramen 🍜 Bowl", "ramen-bowl"},
        {"ÇA VA 100%", "ca-va-100"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        int n = menu_slug(cases[i].name, strlen(cases[i].name), out, sizeof(out));
        CHECK_INT_EQ(n, (int)strlen(cases[i].slug));
        CHECK_STR_EQ(n > 0 ? out : "(error)", cases[i].slug);
    }
    CHECK_INT_EQ(menu_slug("!!!", 3, out, sizeof(out)), -EINVAL);
    CHECK_INT_EQ(menu_slug("\xff", 1, out, sizeof(out)), -EINVAL);

    /* 70 letters in words of 9: cut at the last whole word within 64 bytes. */
    const char *long_name = "abcdefghi abcdefghi abcdefghi abcdefghi abcdefghi abcdefghi abcdefghi";
    int n = menu_slug(long_name, strlen(long_name), out, sizeof(out));
    CHECK_STR_EQ(out, "abcdefghi-abcdefghi-abcdefghi-abcdefghi-abcdefghi-abcdefghi");
    CHECK_INT_EQ(n, 59);
    /* One 80-letter word has no boundary: cut at exactly 64 bytes. */
    char word[81];
    memset(word, 'x', 80);
    word[80] = '\0';
    CHECK_INT_EQ(menu_slug(word, 80, out, sizeof(out)), MENU_KEY_MAX);
    CHECK_INT_EQ(strlen(out), MENU_KEY_MAX);
}

static void test_price(void)
{
    struct {
        const char *text;
        int rc;
        int32_t cents;
    } cases[] = {
        {"9.95", 0, 995},
        {"10.50", 0, 1050},
        {"9.5", 0, 950},
        {"9", 0, 900},
        {"0", 0, 0},
        {"0.05", 0, 5},
        {"09.10", 0, 910},
        {"100000", 0, 10000000},
        {"100000.00", 0, 10000000},
        {"100000.01", -ERANGE, 0},
        {"99999999999999999999", -ERANGE, 0},
        {"9.9.9", -EINVAL, 0},
        {"9.999", -EINVAL, 0},
        {"-1", -EINVAL, 0},
        {"", -EINVAL, 0},
        {".5", -EINVAL, 0},
        {"9.", -EINVAL, 0},
        {"$9", -EINVAL, 0},
        {"9,95", -EINVAL, 0},
        {"+9", -EINVAL, 0},
        {"1e3", -EINVAL, 0},
        {"9 .5", -EINVAL, 0},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        int32_t cents = -1;
        int rc = menu_parse_price(cases[i].text, strlen(cases[i].text), &cents);
        if (rc != cases[i].rc || (rc == 0 && cents != cases[i].cents)) {
            fprintf(stderr, "price '%s': rc %d cents %d, expected rc %d cents %d\n", cases[i].text,
                    rc, cents, cases[i].rc, cases[i].cents);
            check_failures++;
        }
    }
    char text[MENU_PRICE_TEXT_MAX];
    CHECK_INT_EQ(menu_format_price(995, text, sizeof(text)), 4);
    CHECK_STR_EQ(text, "9.95");
    menu_format_price(5, text, sizeof(text));
    CHECK_STR_EQ(text, "0.05");
    menu_format_price(MENU_PRICE_CENTS_MAX, text, sizeof(text));
    CHECK_STR_EQ(text, "100000.00");
}

static void test_sample_file(void)
{
    if (!getenv("BRIGADE_SOURCE_DIR"))
        return;
    char path[TEST_PATH_BYTES], err[MENU_ERROR_MAX];
    test_source_path(path, sizeof(path), "bench/data/menu.csv");
    struct menu menu = {0};
    CHECK_INT_EQ(menu_load_csv_file(path, &menu, err, sizeof(err)), 0);
    CHECK(menu.count > 0);
    if (menu.count > 0) {
        CHECK_STR_EQ(menu.items[0].key, "the-green-garden-vegan-burger");
        CHECK_INT_EQ(menu.items[0].price_cents, 995);
    }
    menu_free(&menu);
    CHECK_INT_EQ(menu_load_csv_file("/nonexistent/menu.csv", &menu, err, sizeof(err)), -ENOENT);
    CHECK_STR_EQ(err, "/nonexistent/menu.csv: No such file or directory");
}

int main(void)
{
    test_quoting();
    test_header_order_and_bom();
    test_errors();
    test_slug();
    test_price();
    test_sample_file();
    return check_finish("test_menu_csv");
}
