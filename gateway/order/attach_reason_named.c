/* attach_reason_named.c — "and churros because i deserve churros", "a flan cuz flan is life":
 * a dish asked for, then a reason ("because", "cuz", ...) in which the same dish is named
 * again with no count of its own. The reason says why the dish is wanted; the second name
 * points back at the first and asks for no second one. */
#include "gateway/order/attach_internal.h"

/* Does a reason start between tokens a and b of one clause? */
static bool reason_between(const struct attach_state *st, size_t a, size_t b)
{
    for (size_t r = a; r < b; r++)
        if (attach_reason_at(st->text, st->tokens, r, b))
            return true;
    return false;
}

void attach_named_in_reason(struct attach_state *st, size_t first, size_t end)
{
    /* every word a reason opens with (attach_reason_at) */
    if (!ORDER_CUES_ANY(&st->rg->cues, "because", "cause", "cuz", "coz", "bc", "since", "as", "cos",
                        "so", "or"))
        return;
    for (size_t k = first + 1U; k < end; k++) {
        struct order_thing *s = &st->rg->things[k];
        if (!s->is_span || s->item < 0 || s->reference || s->qty_explicit || s->qty_unclear ||
            s->mods.n > 0)
            continue;
        struct order_thing *prev = attach_last_item(st, s->begin);
        if (!prev || prev->clause != s->clause || prev->item != s->item || prev->reference ||
            !reason_between(st, prev->end, s->begin))
            continue;
        s->reference = true; /* the dish asked for before, named in why it is wanted */
    }
}
