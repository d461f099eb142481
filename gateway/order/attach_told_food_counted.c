/* attach_told_food_counted.c — "someone on reddit said ur "mango agua fresca" is elite. 2 of
 * those pls" (attach_references.c): a count pointing back with "those" / "them" where no dish
 * was asked for, after a sentence that only told of a dish the menu lacks (words that make such
 * a dish, reading_compounds.c), asks for that dish: a thing of its own, the words told of its
 * phrase, declined as the menu lacks it. Without the dish told of the count pointed at nothing
 * and the request was lost. */
#include <string.h>

#include "gateway/order/attach_internal.h"

/* The last run of words that make a dish the menu lacks before token i, [*a, *b); false when
 * none. */
static bool told_dish_before(const struct attach_state *st, size_t i, size_t *a, size_t *b)
{
    size_t e = i;
    while (e > 0 && !st->rg->dish_word[e - 1U])
        e--;
    if (e == 0)
        return false;
    size_t s = e; /* "mango agua fresca": the food words before the menu's too */
    while (
        s > 0 && st->tokens[s - 1U].kind == ORDER_TOKEN_WORD &&
        (st->rg->dish_word[s - 1U] ||
         order_food_word(st->rd->food, st->text + st->tokens[s - 1U].off, st->tokens[s - 1U].len)))
        s--;
    *a = s;
    *b = e;
    return s < e;
}

bool attach_told_food_counted(struct attach_state *st, size_t c, size_t i, size_t j, int32_t v)
{
    size_t a, b;
    if (c == 0 || !told_dish_before(st, st->rg->clauses[c].begin, &a, &b))
        return false;
    for (size_t s = 0; s < st->rg->n_things; s++)
        if (st->rg->things[s].end > a && st->rg->things[s].begin < b)
            return false; /* the words are a thing's already */
    struct order_thing *th = order_reading_add_thing(st->rg, c, i, j);
    if (!th)
        return false;
    th->leftover_kind = ORDER_LEFTOVER_FOOD;
    th->item = -1;
    th->qty = v;
    th->qty_explicit = true;
    th->phrase_len =
        (uint16_t)order_words_join(st->text, st->tokens, a, b, th->phrase, sizeof(th->phrase));
    memset(st->rg->roles + i, ORDER_ROLE_LEFTOVER, j - i);
    st->rg->clauses[c].n_leftovers++;
    return true;
}
