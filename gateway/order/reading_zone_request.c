/* reading_zone_request.c — a request that ends a change told before it (reading_zones.c):
 * "hey, instead of the fries can i get a side salad?", "no onions on that, could we also
 * have 2 lemonades". A change runs over the words no other reading took; a request opener
 * by its grammar ("can i get", "could we also have") followed by a dish of the menu starts
 * what is asked for, so the change stops before it rather than taking the dish in. */
#include "gateway/order/reading.h"

bool order_read_zone_request_at(const struct order_reader *rd, const char *text,
                                const struct order_token *tokens, const struct order_reading *rg,
                                size_t j, size_t e)
{
    if (tokens[j].kind != ORDER_TOKEN_WORD)
        return false;
    size_t k = order_read_opener_grammar(rd, text, tokens, j, e, rg);
    if (k == 0 || j + k >= e)
        return false;
    int32_t qty;
    size_t d = j + k;
    d += order_read_quantity(rd->u, text, tokens, d, e, &qty);
    return order_read_one_dish_at(rd, text, tokens, rg, d, e) >= 0;
}
