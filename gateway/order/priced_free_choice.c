/* priced_free_choice.c — a dish left to the kitchen within a price (reading.h): "i'll do
 * whatever's 11.50", "anything that's 4.50 and a cold brew". The price picks the menu's
 * dishes at it: one is the dish, ties are asked back among them. A price no dish has is left
 * to the passes after (a dish left to the kitchen, asked back). */
#include "gateway/order/reading.h"

void order_read_priced_free_choice(const struct order_reader *rd, const char *text,
                                   const struct order_token *tokens, size_t c,
                                   struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "whatevers", "whatever", "anything", "anythings"))
        return;
    static const char *const free_choice[] = {"whatevers", "whatever", "anything", "anythings"};
    static const char *const being[] = {"is", "thats", "for", "at"};
    const struct menu *menu = rd->lex->menu;
    size_t lo = rg->clauses[c].begin, e = rg->clauses[c].end;
    for (size_t p = lo; p + 1U < e; p++) {
        if (rg->roles[p] != ORDER_ROLE_NONE ||
            !order_tok_in(text, tokens, p, e, free_choice, ORDER_WORDS_N(free_choice)))
            continue;
        size_t q = p + 1U;
        if (order_tok_in(text, tokens, q, e, being, ORDER_WORDS_N(being)))
            q++; /* "whatever is 11.50", "anything for 4.50" */
        size_t first;
        int32_t cents = q < e && rg->roles[q] == ORDER_ROLE_NONE
                            ? order_written_price_at(text, tokens, q, q, &first)
                            : -1;
        if (cents < 0)
            continue;
        struct order_item_set priced;
        size_t n;
        int32_t item = order_menu_priced(menu, cents, &priced, &n);
        if (n == 0)
            continue;
        if (!order_read_add_priced(text, tokens, c, p, q + 1U, item, &priced, rg))
            return;
        p = q;
    }
}
