/* minilm_menu.h — what test_minilm and test_minilm_cpu16 both check on all-MiniLM-L6-v2's
 * real weights: the sample menu (bench/data/menu.csv) embedded three ways, and orderings of
 * its items that any correct backend, in any precision, must keep. Included by one test
 * program each. */
#ifndef BRIGADE_TESTS_MINILM_MENU_H
#define BRIGADE_TESTS_MINILM_MENU_H

#include "check.h"
#include "embed/engine.h"
#include "embed/menu_matrix.h"
#include "unit/lexical/menu_csv.h"
#include "unit/minilm/minilm_reference.h"

enum { ITEMS_MAX = MENU_CSV_ITEMS_MAX };

static struct menu_csv menu;

/* Index of a menu item by name (aborts when absent: the sample menu is fixed). */
static size_t item(const char *name)
{
    for (size_t i = 0; i < menu.n; i++)
        if (strcmp(menu.name[i], name) == 0)
            return i;
    abort();
}

static const char *top1(struct engine *e, const struct menu_matrix *mm, const char *query)
{
    float q[MINILM_REF_DIM], scratch[ITEMS_MAX], score[1];
    uint32_t idx[1];
    CHECK_INT_EQ(engine_embed_sync(e, &query, 1, q), 0);
    menu_matrix_topk(mm, q, 1, 1, idx, score, scratch);
    return menu.name[idx[0]];
}

static void check_orderings(struct engine *e)
{
    const char *descs[ITEMS_MAX];
    for (size_t i = 0; i < menu.n; i++)
        descs[i] = menu.description[i];
    struct menu_matrix *by_desc, *by_name_desc, *by_name;
    CHECK_INT_EQ(menu_matrix_build(e, descs, menu.n, &by_desc), 0);
    CHECK_INT_EQ(menu_matrix_build(e, menu.name_descs, menu.n, &by_name_desc), 0);
    CHECK_INT_EQ(menu_matrix_build(e, menu.names, menu.n, &by_name), 0);

    /* "vegan burger" is nearer the vegan burger's description than the beef burger's. */
    const char *q = "vegan burger";
    float v[MINILM_REF_DIM], scores[ITEMS_MAX], scratch[ITEMS_MAX];
    uint32_t idx[ITEMS_MAX];
    CHECK_INT_EQ(engine_embed_sync(e, &q, 1, v), 0);
    size_t k = menu_matrix_topk(by_desc, v, 1, MENU_MATRIX_TOPK_MAX, idx, scores, scratch);
    float green = -2, beef = -2;
    for (size_t j = 0; j < k; j++) {
        if (idx[j] == item("The Green Garden Vegan Burger"))
            green = scores[j];
        if (idx[j] == item("Classic Beef Burger"))
            beef = scores[j];
    }
    CHECK(green > -2 && green > beef + 0.05f);

    CHECK_STR_EQ(top1(e, by_name, "vegan burger"), "The Green Garden Vegan Burger");
    CHECK_STR_EQ(top1(e, by_name_desc, "is the brownie vegan"), "Vegan Chocolate Brownie");
    CHECK_STR_EQ(top1(e, by_desc, "is the brownie vegan"), "Vegan Chocolate Brownie");
    CHECK_STR_EQ(top1(e, by_name_desc, "something cold to drink with coffee"), "Cold Brew Coffee");
    menu_matrix_unref(by_desc);
    menu_matrix_unref(by_name_desc);
    menu_matrix_unref(by_name);
}

#endif
