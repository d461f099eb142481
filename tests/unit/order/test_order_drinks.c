/* test_order_drinks.c — the drinks of the food lexicon (order_food_drink: WordNet's
 * beverages, generated into gateway/order/drink_words.txt) and of a menu
 * (order_lexicon_item_drink: a name whose head is one, or a section named so), on both sample
 * menus. */
#include <string.h>

#include "check.h"
#include "gateway/order/dictionary.h"
#include "gateway/order/food.h"
#include "gateway/order/lexicon.h"
#include "gateway/order/understanding.h"
#include "io/menu.h"
#include "test_util.h"

static bool drink(const struct order_food *f, const char *phrase)
{
    return order_food_drink(f, phrase, strlen(phrase));
}

static void test_food_drinks(const struct order_food *f)
{
    CHECK(drink(f, "coke"));
    CHECK(drink(f, "cokes"));
    CHECK(drink(f, "root beer"));
    CHECK(drink(f, "root beers"));
    CHECK(drink(f, "iced tea"));
    CHECK(drink(f, "sprite")); /* a brand the generator adds */
    CHECK(drink(f, "milkshake"));
    CHECK(drink(f, "water"));
    CHECK(!drink(f, "burger"));
    CHECK(!drink(f, "fries"));
    CHECK(!drink(f, "chocolate")); /* a flavour first: the generator's drink stop list */
    CHECK(!drink(f, "gravy"));
    CHECK(!drink(f, "lemon juice"));
    CHECK(!drink(f, "diet"));
    CHECK(!drink(f, ""));
}

/* The names of the items of the menu at path that are drinks, joined by '|'. */
static void menu_drinks(const char *path, const struct order_food *food, char *out, size_t cap)
{
    char full[TEST_PATH_BYTES], err[256];
    test_source_path(full, sizeof(full), path);
    struct menu m = {0};
    CHECK_INT_EQ(menu_load_csv_file(full, &m, err, sizeof(err)), 0);
    struct order_understanding *u = order_understanding_default();
    struct order_dictionary *dict = order_dictionary_new();
    struct order_lexicon lx;
    CHECK_INT_EQ(order_lexicon_init(&lx, &m, u, dict, dict, food, err, sizeof(err)), 0);
    size_t o = 0;
    out[0] = '\0';
    for (size_t i = 0; i < m.count; i++)
        if (order_lexicon_item_drink(&lx, (int32_t)i))
            o += (size_t)snprintf(out + o, cap - o, "%s%s", o ? "|" : "", m.items[i].name);
    CHECK(!order_lexicon_item_drink(&lx, -1));
    CHECK(!order_lexicon_item_drink(&lx, (int32_t)m.count));
    order_lexicon_free(&lx);
    order_dictionary_free(dict);
    order_understanding_free(u);
    menu_free(&m);
}

int main(void)
{
    struct order_food *f = order_food_new();
    test_food_drinks(f);
    char names[2048];
    /* every item of the "drinks" section, and no other */
    menu_drinks("bench/data/menu.csv", f, names, sizeof(names));
    CHECK_STR_EQ(names, "Fresh Lemonade|Iced Green Tea|Mango Smoothie|Strawberry Banana Smoothie|"
                        "Cold Brew Coffee|Sparkling Water|Vanilla Oat Milkshake|"
                        "Chocolate Milkshake");
    menu_drinks("bench/data/taqueria/menu.csv", f, names, sizeof(names));
    CHECK_STR_EQ(names, "Horchata|Jamaica Agua Fresca|Watermelon Agua Fresca|Mexican Coca-Cola|"
                        "Jarritos Mandarin|Jarritos Tamarind");
    order_food_free(f);
    return check_finish("test_order_drinks");
}
