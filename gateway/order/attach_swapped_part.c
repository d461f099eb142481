/* attach_swapped_part.c — "tofu bowl no edamame. can i get the brown rice swapped for quinoa"
 * (attach.c, reading.h pass 4): a clause asking for a part of the dish before swapped for
 * something else. What goes out ("brown rice") is no dish asked for but what the dish's
 * description holds, and what comes in ("quinoa") no dish either, though the words may
 * name dishes of their own ("quinoa power bowl"): the clause is a change of that dish,
 * written as a swap (attach_modifier_write.c). */
#include <string.h>

#include "gateway/order/attach_internal.h"

/* The tokens of "swapped for" (or "subbed", "switched out for" ...) at p, or 0. */
static size_t swapped_for_at(const char *text, const struct order_token *t, size_t p, size_t e)
{
    static const char *const done[] = {"swapped", "subbed", "substituted", "switched", "changed"};
    if (!order_tok_in(text, t, p, e, done, ORDER_WORDS_N(done)))
        return 0;
    size_t f = order_tok_is(text, t, p + 1U, e, "out") ? p + 2U : p + 1U;
    return order_tok_is(text, t, f, e, "for") || order_tok_is(text, t, f, e, "to") ? f + 1U - p : 0;
}

void attach_swapped_part(struct attach_state *st, size_t first)
{
    if (!ORDER_CUES_ANY(&st->cues, "swapped", "subbed", "substituted", "switched", "changed") ||
        !ORDER_CUES_ANY(&st->cues, "for", "to"))
        return;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    struct order_reading *rg = st->rg;
    for (size_t v = st->b + 1U; v < st->e; v++) {
        size_t k = swapped_for_at(text, t, v, st->e);
        if (k == 0)
            continue;
        /* what goes out: the first thing of the clause, ending right before the verb */
        struct order_thing *out = NULL;
        for (size_t x = first; x < rg->n_things; x++)
            if (!rg->things[x].reference && rg->things[x].end == v &&
                (!out || rg->things[x].begin < out->begin))
                out = &rg->things[x];
        struct order_thing *dish = attach_last_item(st, st->b);
        if (!out || !dish || dish->item < 0 || dish->clause == out->clause ||
            !order_read_item_holds(st->rd, (size_t)dish->item, text + t[v - 1U].off, t[v - 1U].len))
            return;
        size_t end = v + k;
        while (end < st->e && t[end].kind == ORDER_TOKEN_WORD &&
               !order_tok_is(text, t, end, st->e, "and") &&
               !order_tok_is(text, t, end, st->e, "please") &&
               !order_tok_is(text, t, end, st->e, "pls"))
            end++;
        if (end == v + k)
            return;
        for (size_t x = first; x < rg->n_things; x++)
            if (rg->things[x].begin >= out->begin && rg->things[x].begin < end)
                rg->things[x].reference = true; /* a part and its swap, no dishes */
        memset(rg->roles + out->begin, ORDER_ROLE_MODIFIER, end - out->begin);
        attach_add_modifier(st, dish, out->begin, end);
        return;
    }
}
