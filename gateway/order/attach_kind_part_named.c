/* attach_kind_part_named.c — a part of a counted kind named by one of its dishes: "3 kids
 * meals, 2 with nuggets", "4 burgers, 2 w the cheeseburger". The count before the dish is how
 * many of the kind are that dish; the rest of the kind's count is still to be asked. */
#include "gateway/order/attach_internal.h"

/* After kind, a counted span of several dishes, and dish, one of them with no count of its
 * own: a comma, a count and "with" ("w") between them give the dish that count, taken from
 * the kind's. */
static void attach_kind_part(struct attach_state *st, struct order_thing *kind,
                             struct order_thing *dish)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t p = kind->end;
    while (p < dish->begin && attach_please_at(text, t, p, dish->begin))
        p++;
    if (p >= dish->begin || t[p].kind != ORDER_TOKEN_PUNCT || t[p].punct != ',')
        return;
    int32_t m;
    size_t k = attach_number(st->rd->u, text, t, p + 1U, dish->begin, &m);
    size_t w = p + 1U + k;
    if (k == 0 || m < 1 || m > kind->qty || w + 1U != dish->begin ||
        !(order_tok_is(text, t, w, dish->begin, "with") ||
          order_tok_is(text, t, w, dish->begin, "w")))
        return;
    dish->qty = m;
    dish->qty_explicit = true;
    if (m == kind->qty)
        kind->reference = true; /* every one of the kind is that dish */
    else
        kind->qty -= m;
}

void attach_kind_parts_named(struct attach_state *st, size_t first, size_t end)
{
    if (!ORDER_CUES_ANY(&st->cues, "with", "w"))
        return;
    for (size_t s = first; s + 1U < end; s++) {
        struct order_thing *kind = &st->rg->things[s], *dish = &st->rg->things[s + 1U];
        if (kind->is_span && kind->item < 0 && kind->qty_explicit && kind->qty >= 2 &&
            dish->is_span && dish->item >= 0 && !dish->qty_explicit && dish->mods.n == 0 &&
            order_item_set_has(&kind->candidates, (size_t)dish->item))
            attach_kind_part(st, kind, dish);
    }
}
