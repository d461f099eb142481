/* lexicon_drinks.c — which items of the menu are drinks, told from the menu itself when the
 * lexicon is built: a name whose head (its last word, or last two) is a drink of the food
 * lexicon ("Fresh Lemonade", "Cold Brew Coffee", "Mexican Coca-Cola"), or an item of a section
 * whose name is one ("drinks", "beverages": "Horchata", "Jarritos Tamarind", which no lexicon
 * knows). A drink after a dish that is none is the next thing asked for, never a change of
 * that dish ("cheeseburger fries coke"); after a drink it may be one ("cold brew milk"). */
#define _GNU_SOURCE /* memrchr */
#include <stdlib.h>
#include <string.h>

#include "gateway/order/food.h"
#include "gateway/order/lexicon_internal.h"
#include "gateway/order/normalize.h"
#include "gateway/order/order_assert.h"

/* Does the folded phrase s[0..len) end in a drink: its last word, or its last two? */
static bool lex_ends_in_drink(const struct order_food *food, const char *s, size_t len)
{
    while (len > 0 && s[len - 1U] == ' ')
        len--;
    const char *sp = len > 0 ? memrchr(s, ' ', len) : NULL;
    size_t last = sp ? (size_t)(sp - s) + 1U : 0;
    if (order_food_drink(food, s + last, len - last))
        return true;
    if (last < 2U)
        return false;
    const char *sp2 = memrchr(s, ' ', last - 1U);
    size_t second = sp2 ? (size_t)(sp2 - s) + 1U : 0;
    return order_food_drink(food, s + second, len - second); /* "iced tea" */
}

static bool lex_folded_drink(const struct order_food *food, const char *text)
{
    char folded[ORDER_FOLDED_BYTES_MAX];
    int n = order_normalize_match(text, strlen(text), folded, sizeof(folded));
    return n > 0 && lex_ends_in_drink(food, folded, (size_t)n);
}

void lex_mark_drinks(struct order_lexicon *lx)
{
    lx->item_drink = calloc(lx->menu->count ? lx->menu->count : 1, sizeof(*lx->item_drink));
    ORDER_ASSERT(lx->item_drink != NULL);
    for (size_t i = 0; i < lx->menu->count; i++) {
        const struct menu_item *it = &lx->menu->items[i];
        lx->item_drink[i] = lex_folded_drink(lx->food, it->name) ||
                            (it->section && lex_folded_drink(lx->food, it->section));
    }
}

bool order_lexicon_item_drink(const struct order_lexicon *lx, int32_t item)
{
    return item >= 0 && (size_t)item < lx->menu->count && lx->item_drink[item];
}
