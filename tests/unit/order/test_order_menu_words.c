/* test_order_menu_words.c — the menu-word index (menu_words.h) on a menu of known texts: which
 * words the menu spells (any ASCII case, hyphens inside a word, accents as written), and how
 * it spells a word written without its accents, plurals included; and on a menu with more
 * accented words than any fixed table would hold. */
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "gateway/order/menu_words.h"
#include "io/menu.h"

static const char MENU[] = "name,section,price,description\n"
                           "Jalapeño Poppers,sides,5.00,\"Crispy JALAPEÑOS with cilantro-lime "
                           "crema\"\n"
                           "Consomé Bowl,mains,9.50,\"Birria consomé, Jalapeño and onion\"\n"
                           "Crème Brûlée,desserts,6.00,Torched vanilla custard\n";

static void check_spelling(const struct order_menu_words *mw, const char *folded, const char *want,
                           bool want_plural)
{
    bool plural = !want_plural;
    const char *got = order_menu_words_accented(mw, folded, strlen(folded), &plural);
    if (!want) {
        CHECK(got == NULL);
        return;
    }
    CHECK(got != NULL && strcmp(got, want) == 0);
    CHECK(plural == want_plural);
}

static void check_known_menu(void)
{
    struct menu menu = {0};
    char err[128];
    CHECK_INT_EQ(menu_parse_csv(MENU, strlen(MENU), &menu, err, sizeof(err)), 0);
    struct order_menu_words mw;
    order_menu_words_init(&mw, &menu);
    CHECK(order_menu_words_has(&mw, "crispy", 6));
    CHECK(order_menu_words_has(&mw, "CRISPY", 6));
    CHECK(order_menu_words_has(&mw, "cilantro-lime", 13));
    CHECK(!order_menu_words_has(&mw, "cilantro lime", 13));
    CHECK(order_menu_words_has(&mw, "JALAPEÑOS", strlen("JALAPEÑOS")));
    CHECK(order_menu_words_has(&mw, "jalapeÑos", strlen("jalapeÑos"))); /* ASCII in any case */
    CHECK(!order_menu_words_has(&mw, "jalapenos", 9)); /* the menu never writes it so */
    CHECK(!order_menu_words_has(&mw, "cris", 4));      /* whole words only */
    CHECK(!order_menu_words_has(&mw, "", 0));
    /* jalapeño, jalapeños, consomé, crème, brûlée: each match form once, first spelling */
    CHECK_INT_EQ(mw.n_accented, 5);
    CHECK(strcmp(mw.accented[1].spelt, "jalapeños") == 0); /* JALAPEÑOS, lowercased whole */
    check_spelling(&mw, "jalapeno", "jalapeño", false);
    check_spelling(&mw, "jalapenos", "jalapeño", true); /* the singular, first on the menu */
    check_spelling(&mw, "consome", "consomé", false);
    check_spelling(&mw, "consomes", "consomé", true);
    check_spelling(&mw, "creme", "crème", false);
    check_spelling(&mw, "brulee", "brûlée", false);
    check_spelling(&mw, "crispy", NULL, false); /* ASCII on the menu: nothing to restore */
    check_spelling(&mw, "jalapenoes", NULL, false);
    order_menu_words_free(&mw);
    CHECK(mw.accented == NULL && mw.n_accented == 0 && mw.slots == NULL);
    menu_free(&menu);
}

/* 100 dishes, each with an accented word of its own: every one is restored. */
static void check_many_accented(void)
{
    enum { DISHES = 100 };
    static char csv[DISHES * 64 + 64];
    size_t o = (size_t)snprintf(csv, sizeof(csv), "name,section,price,description\n");
    for (int i = 0; i < DISHES; i++)
        o += (size_t)snprintf(csv + o, sizeof(csv) - o, "Dish %d,mains,1.00,Pâté%c%c\n", i,
                              'a' + i / 26, 'a' + i % 26);
    struct menu menu = {0};
    char err[128];
    CHECK_INT_EQ(menu_parse_csv(csv, o, &menu, err, sizeof(err)), 0);
    struct order_menu_words mw;
    order_menu_words_init(&mw, &menu);
    CHECK_INT_EQ(mw.n_accented, DISHES);
    check_spelling(&mw, "pateaa", "pâtéaa", false);
    check_spelling(&mw, "patedv", "pâtédv", false); /* the hundredth */
    check_spelling(&mw, "patedvs", "pâtédv", true);
    order_menu_words_free(&mw);
    menu_free(&menu);
}

int main(void)
{
    check_known_menu();
    check_many_accented();
    return check_finish("test_order_menu_words");
}
