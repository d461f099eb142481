/* attach_split_parts.c — the parts a dish is split into (attach.c, reading.h pass 4): "split
 * a quinoa power bowl into 2 bowls", "cut into two boxes". A span after "into" or "onto" and a
 * count names what the dish before is served in, no dish of its own: it is dropped before the
 * changes are read, its words left to the change ("into 2 bowls"). */
#include "gateway/order/attach_internal.h"

void attach_split_parts(struct attach_state *st, size_t first)
{
    if (!ORDER_CUES_ANY(&st->cues, "into", "onto"))
        return;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    struct order_reading *rg = st->rg;
    for (size_t x = first; x < rg->n_things; x++) {
        const struct order_thing *th = &rg->things[x];
        size_t a = th->begin;
        int32_t v;
        if (!th->is_span || th->qty_explicit || x == 0 || a < st->b + 2U ||
            !attach_into_at(st, a - 2U) || attach_is_article(text, t, a - 1U, st->e) ||
            attach_number(st->rd->u, text, t, a - 1U, st->e, &v) != 1)
            continue;
        size_t b = th->end;
        order_reading_drop_thing(rg, x);
        for (size_t k = a; k < b; k++)
            rg->roles[k] = ORDER_ROLE_NONE;
        x--;
    }
}
