/* doneness_counted.c — "4 cheeseburgers 2 med 2 well", "2 beef burgers well done n 1 med": a
 * count and one word of a size ("med"), right after a dish cooked to order, is a part of that
 * dish and how it is cooked, not a dish of its own that the word also begins ("med" of the
 * alias "med salad"). Only a word that ends no name is so read: "2 burgers 1 salad" stands. */
#include "gateway/order/reading.h"

void order_read_counted_doneness(const struct order_reader *rd, const char *text,
                                 const struct order_token *tokens, size_t first,
                                 struct order_reading *rg)
{
    const struct menu *menu = rd->lex->menu;
    for (size_t s = first + 1U; s < rg->n_things; s++) {
        const struct order_thing *a = &rg->things[s - 1U], *b = &rg->things[s];
        if (!b->is_span || b->end != b->begin + 1U || b->begin < a->end + 1U || !a->is_span ||
            a->reference || a->item < 0 || (size_t)a->item >= menu->count ||
            order_patterns_longest(&rd->u->sizes, text, tokens, b->begin, b->end, NULL) != 1)
            continue;
        /* the count right before the word, and the cooked dish right before the count */
        size_t at = a->end;
        int32_t v;
        while (at < b->begin &&
               order_read_number(rd->u, text, tokens, at, b->begin, &v) != b->begin - at)
            at++;
        if (at == b->begin || !order_read_cooked_to_order(rd->lex, a->item) ||
            order_read_token_head(rd, rg, b->begin))
            continue;
        rg->roles[b->begin] = ORDER_ROLE_NONE;
        order_reading_drop_thing(rg, s--);
    }
}
