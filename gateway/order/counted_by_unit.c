/* counted_by_unit.c — "that cake with the cream cheese icing, 2 slices": a count and a unit
 * of serving after a dish, where the unit is a word of the dish's own name ("Carrot Cake
 * Slice"), count the dish before them as "2 slices of that cake" would; the unit names no
 * second dish. A dish asked about in a question before is no dish asked for: the unit
 * after it asks for one. */
#include "gateway/order/reading.h"
#include "gateway/order/understanding.h"

void order_read_counted_by_unit(const struct order_reader *rd, const char *text,
                                const struct order_token *tokens, struct order_reading *rg)
{
    for (size_t x = 1; x < rg->n_things; x++) {
        struct order_thing *u = &rg->things[x];
        if (!u->is_span || u->item < 0 || !u->qty_explicit || u->reference ||
            u->end != u->begin + 1U || !order_unit_word_at(rd->u, text, tokens, u->begin, u->end))
            continue;
        struct order_thing *d = &rg->things[x - 1U];
        if (!d->is_span || d->item != u->item || d->qty_explicit || d->reference ||
            d->end > u->begin)
            continue;
        /* "how big is the carrot cake? ok 1 slice": the dish was asked about, the unit
         * asks for it */
        if (d->clause != u->clause && order_clause_asks_only(&rg->clauses[d->clause]))
            continue;
        d->qty = u->qty;
        d->qty_explicit = true;
        u->reference = true;
        rg->roles[u->begin] = ORDER_ROLE_FILLER;
    }
}
