/* attach_food_pair.c — "1x the pea and quinoa burger", "2 rice and bean bowls": a food word
 * the menu names no dish by, "and", then a dish whose name or description holds that food
 * too. The pair describes the one dish (a counter reads the menu's descriptions); the food
 * before "and" is no second thing ordered, and the count before it counts the dish. */
#include "gateway/order/attach_internal.h"
#include "gateway/order/reading.h"

#include <string.h>

bool attach_food_pair_of_dish(struct attach_state *st, size_t a, size_t i, size_t b, int32_t qty,
                              bool explicit_qty)
{
    static const char *const ands[] = {"and", "n", "&"};
    const struct order_token *t = st->tokens;
    struct order_reading *rg = st->rg;
    if (b + 1U >= st->e || rg->roles[b] != ORDER_ROLE_NONE ||
        !(order_tok_in(st->text, t, b, st->e, ands, ORDER_WORDS_N(ands)) ||
          (t[b].kind == ORDER_TOKEN_PUNCT && t[b].punct == '&')))
        return false;
    struct order_thing *dish = NULL;
    for (size_t k = st->first; k < rg->n_things && !dish; k++)
        if (rg->things[k].is_span && rg->things[k].begin == b + 1U && rg->things[k].item >= 0 &&
            !rg->things[k].reference)
            dish = &rg->things[k];
    /* "2 beers and onion rings": a whole name after "and" is a dish of its own, told beside
     * another thing, though its description holds that thing ("beer-battered") */
    if (!dish || order_read_span_whole(st->rd, rg, dish))
        return false;
    for (size_t w = i; w < b; w++)
        if (t[w].kind != ORDER_TOKEN_WORD ||
            !order_read_item_holds(st->rd, (size_t)dish->item, st->text + t[w].off, t[w].len))
            return false;
    if (explicit_qty && !dish->qty_explicit) {
        dish->qty = qty;
        dish->qty_explicit = true;
    }
    memset(rg->roles + a, ORDER_ROLE_FILLER, i - a);
    memset(rg->roles + i, ORDER_ROLE_ITEM, b + 1U - i);
    dish->begin = (uint16_t)i;
    dish->phrase_len =
        (uint16_t)order_words_join(st->text, t, i, dish->end, dish->phrase, sizeof(dish->phrase));
    return true;
}
