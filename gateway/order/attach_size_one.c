/* attach_size_one.c — a size pointed back at a dish (attach.c, reading.h pass 4): "2
 * chocolate milkshakes but small ones". A size word the menu's texts hold reads as a dish
 * described by it ("the small one"); right after a dish, with "one(s)", it is that dish's
 * size. */
#include <string.h>

#include "gateway/order/attach_internal.h"

void attach_size_ones(struct attach_state *st, size_t first)
{
    if (!ORDER_CUES_ANY(&st->cues, "one", "ones"))
        return;
    static const char *const between[] = {"but", "the", "a", "an", "just", "only"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    struct order_reading *rg = st->rg;
    for (size_t x = first + 1U; x < rg->n_things; x++) {
        struct order_thing *th = &rg->things[x], *dish = &rg->things[x - 1U];
        size_t end = th->end; /* the span may hold "ones" itself */
        if (end > th->begin + 1U && (order_tok_is(text, t, end - 1U, end, "one") ||
                                     order_tok_is(text, t, end - 1U, end, "ones")))
            end--;
        if (!th->is_span || th->qty_explicit || th->clause != dish->clause || !dish->is_span ||
            dish->item < 0 || dish->reference || dish->end > th->begin ||
            order_patterns_longest(&st->rd->u->sizes, text, t, th->begin, end, NULL) !=
                (size_t)(end - th->begin) ||
            !(order_tok_is(text, t, end, st->e, "one") ||
              order_tok_is(text, t, end, st->e, "ones")))
            continue;
        bool joined = true; /* only joining words between the dish and the size */
        for (size_t p = dish->end; p < th->begin && joined; p++)
            joined = t[p].kind == ORDER_TOKEN_PUNCT ||
                     order_tok_in(text, t, p, th->begin, between, ORDER_WORDS_N(between));
        /* "2 lemonades, a small one and a large one": one of many is a part, not the size (the
         * count before the dish, not read yet) */
        int32_t many = 0;
        if (dish->begin > st->b)
            attach_number(st->rd->u, text, t, dish->begin - 1U, dish->begin, &many);
        if (!joined || (many > 1 && order_tok_is(text, t, end, st->e, "one")))
            continue;
        size_t a = th->begin;
        for (size_t p = dish->end; p < a; p++)
            if (rg->roles[p] == ORDER_ROLE_NONE && t[p].kind == ORDER_TOKEN_WORD)
                rg->roles[p] = ORDER_ROLE_FILLER; /* "but just": no change of its own */
        order_reading_drop_thing(rg, x);
        memset(rg->roles + a, ORDER_ROLE_MODIFIER, end + 1U - a);
        attach_add_modifier(st, &rg->things[x - 1U], a, end + 1U);
        x--;
    }
}
