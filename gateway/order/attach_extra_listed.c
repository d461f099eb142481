/* attach_extra_listed.c — "beefburger medium well, no sauce, and an extra patty": "an extra"
 * and food listed after a dish, where that dish holds the food (its name or description says
 * it) and no dish of the menu is named, asks for more of a part of that dish, not for a dish
 * the menu lacks. A food the dish does not hold ("and an extra coke") stays off the menu. */
#include <stddef.h>

#include "gateway/order/attach_internal.h"

/* The dish of clause c named last before token at, or NULL. */
static struct order_thing *extra_dish_before(struct order_reading *rg, size_t c, size_t at)
{
    struct order_thing *dish = NULL;
    for (size_t t = 0; t < rg->n_things; t++) {
        struct order_thing *th = &rg->things[t];
        if (th->clause == c && th->is_span && th->item >= 0 && !th->reference && th->end <= at)
            dish = th;
    }
    return dish;
}

/* Does the dish hold every word of [b, e)? */
static bool extra_held(const struct attach_state *st, const struct order_thing *dish, size_t b,
                       size_t e)
{
    for (size_t i = b; i < e; i++)
        if (st->tokens[i].kind != ORDER_TOKEN_WORD ||
            !order_read_item_holds(st->rd, (size_t)dish->item, st->text + st->tokens[i].off,
                                   st->tokens[i].len))
            return false;
    return e > b;
}

void attach_extra_listed(struct attach_state *st, size_t c)
{
    if (!ORDER_CUES_ANY(&st->rg->cues, "extra") || !ORDER_CUES_ANY(&st->rg->cues, "a", "an"))
        return;
    struct order_reading *rg = st->rg;
    for (size_t t = 0; t < rg->n_things; t++) {
        const struct order_thing *th = &rg->things[t];
        /* th may leave the reading below: its tokens are read first */
        size_t b = th->begin, e = th->end;
        if (th->clause != c || th->is_span || th->past || th->qty_explicit ||
            th->leftover_kind != ORDER_LEFTOVER_FOOD || e < b + 2U ||
            !order_tok_is(st->text, st->tokens, b, e, "extra") || b == st->b ||
            !(order_tok_is(st->text, st->tokens, b - 1U, e, "an") ||
              order_tok_is(st->text, st->tokens, b - 1U, e, "a")))
            continue;
        struct order_thing *dish = extra_dish_before(rg, c, b);
        if (!dish || !extra_held(st, dish, b + 1U, e))
            continue;
        ptrdiff_t d = dish - rg->things; /* before th, so dropping th leaves it in place */
        order_reading_drop_leftovers_in(rg, c, b, b + 1U);
        attach_add_modifier(st, &rg->things[d], b, e);
        t--;
    }
}
