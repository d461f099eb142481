/* priced_one_of_kind.c — a price and "one(s)" right after a dish named (reading.h): "2 tacos,
 * the $4.95 ones", "a burrito - the 12.50 one". The price says which of the kind just named
 * the customer means, as "the $4.95 tacos" does: the dishes of the kind at that price are the
 * dish (ties asked back among them). After a dish named as one that costs that price the
 * words only restate it ("the fish taco, the $4.50 one"); the kind's place on the menu between
 * ("the tacos section, the $4.95 ones") changes nothing. A price no dish of the kind has is
 * left to order_read_priced_ones, which reads it on the whole menu. */
#include <string.h>

#include "gateway/order/reading.h"

/* May token k stand between the dish and its price: a comma, dash, parenthesis or colon, or
 * a word read as filler ("section")? Words that join dishes ("and", "plus") never. */
static bool priced_gap(const char *text, const struct order_token *tokens, size_t k, size_t e,
                       const struct order_reading *rg)
{
    static const char *const joins[] = {"and", "plus", "or", "also", "then", "with", "n"};
    if (tokens[k].kind == ORDER_TOKEN_PUNCT)
        return tokens[k].punct == ',' || tokens[k].punct == '-' || tokens[k].punct == '(' ||
               tokens[k].punct == ':';
    if (rg->roles[k] != ORDER_ROLE_FILLER && rg->roles[k] != ORDER_ROLE_NONE)
        return false;
    return !order_tok_in(text, tokens, k, e, joins, ORDER_WORDS_N(joins));
}

bool order_read_priced_one_of_kind(const struct order_reader *rd, const char *text,
                                   const struct order_token *tokens, size_t c, size_t d, size_t end,
                                   int32_t cents, struct order_reading *rg)
{
    const struct menu *menu = rd->lex->menu;
    struct order_thing *th = NULL;
    for (size_t t = 0; t < rg->n_things; t++)
        if (rg->things[t].clause == c && rg->things[t].is_span && rg->things[t].end <= d)
            th = &rg->things[t];
    if (!th || d - th->end > 3U)
        return false;
    for (size_t k = th->end; k < d; k++)
        if (!priced_gap(text, tokens, k, rg->clauses[c].end, rg))
            return false;
    if (th->item >= 0 && (size_t)th->item < menu->count &&
        menu->items[th->item].price_cents != cents)
        return false;
    if (th->item < 0) {
        struct order_item_set priced;
        memset(&priced, 0, sizeof(priced));
        size_t n = 0;
        int32_t item = -1;
        for (int32_t i = order_item_set_next(&th->candidates, 0); i >= 0;
             i = order_item_set_next(&th->candidates, (size_t)i + 1))
            if ((size_t)i < menu->count && menu->items[i].price_cents == cents) {
                order_item_set_add(&priced, (size_t)i);
                item = n++ == 0 ? i : -1;
            }
        if (n == 0)
            return false;
        th->candidates = priced;
        th->item = item;
        /* "the tacos section, the $4.95 ones": the kind's place on the menu changes nothing */
        static const char *const places[] = {"section", "menu", "list", "part", "page"};
        for (size_t k = th->end; k < d; k++)
            if (rg->roles[k] == ORDER_ROLE_NONE &&
                order_tok_in(text, tokens, k, d, places, ORDER_WORDS_N(places)))
                rg->roles[k] = ORDER_ROLE_FILLER;
    }
    memset(rg->roles + d, ORDER_ROLE_FILLER, end - d);
    return true;
}
