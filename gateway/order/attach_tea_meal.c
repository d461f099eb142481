/* attach_tea_meal.c — "tea" as a meal (attach.c, reading.h pass 4): "I'm ordering for my
 * grandson's birthday tea", "for our afternoon tea". After a word that makes it a meal, "tea"
 * names when the food is eaten, not the tea the menu pours: its span leaves, its words say
 * nothing to order. */
#include "gateway/order/attach_internal.h"

void attach_tea_meal(struct attach_state *st, size_t first)
{
    if (!ORDER_CUES_ANY(&st->cues, "tea"))
        return;
    static const char *const meal_of[] = {"birthday", "afternoon", "high", "cream", "christmas"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    struct order_reading *rg = st->rg;
    for (size_t x = first; x < rg->n_things; x++) {
        const struct order_thing *th = &rg->things[x];
        size_t a = th->begin;
        if (!th->is_span || th->qty_explicit || th->end != a + 1U || a == st->b ||
            !order_tok_is(text, t, a, a + 1U, "tea") ||
            !attach_in(text, t, a - 1U, a, meal_of, ORDER_WORDS_N(meal_of)) ||
            (rg->roles[a - 1U] != ORDER_ROLE_NONE && rg->roles[a - 1U] != ORDER_ROLE_FILLER))
            continue;
        order_reading_drop_thing(rg, x);
        rg->roles[a - 1U] = ORDER_ROLE_FILLER;
        rg->roles[a] = ORDER_ROLE_FILLER;
        x--;
    }
}
