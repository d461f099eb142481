/* attach_diet_part.c — a diet said of part of a counted dish (attach.c, reading.h pass 4):
 * "two black bean burgers, one vegan". A span of one diet word alone ("vegan" starts the
 * Green Garden Vegan Burger's name) after a stop and a count smaller than the dish's before
 * it is how that part comes (attach_part), no dish of its own. */
#include "gateway/order/attach_internal.h"

void attach_diet_parts(struct attach_state *st, size_t first)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    struct order_reading *rg = st->rg;
    for (size_t x = first + 1U; x < rg->n_things; x++) {
        const struct order_thing *th = &rg->things[x], *dish = &rg->things[x - 1U];
        size_t a = th->begin;
        if (!th->is_span || th->qty_explicit || th->end != a + 1U || th->clause != dish->clause ||
            !dish->is_span || dish->item < 0 || dish->reference || dish->begin <= st->b ||
            a < dish->end + 2U ||
            order_patterns_longest(&st->rd->u->diet_cues, text, t, a, a + 1U, NULL) != 1U)
            continue;
        /* the dish counted before it ("two black bean burgers"), the part after a stop */
        int32_t many = 0, part = 0;
        if (attach_number(st->rd->u, text, t, dish->begin - 1U, dish->begin, &many) == 0 ||
            attach_is_article(text, t, a - 1U, a) ||
            attach_number(st->rd->u, text, t, a - 1U, a, &part) == 0 || part >= many)
            continue;
        bool stops = true;
        for (size_t p = dish->end; p + 1U < a && stops; p++)
            stops = t[p].kind == ORDER_TOKEN_PUNCT;
        if (!stops)
            continue;
        order_reading_drop_thing(rg, x);
        rg->roles[a] = ORDER_ROLE_NONE;
        x--;
    }
}
