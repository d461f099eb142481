/* clause_price_asked.c — "price on the falafel wrap", "prices for the bowls": a clause that
 * opens with the noun "price" (or "prices", "cost") and "on" / "for" / "of" asks what the
 * dish after it costs, '?' or not, as "price of" does. Read without its '?', the dish after
 * it was ordered. */
#include "gateway/order/clause_internal.h"

size_t clause_price_asked_at(const char *text, const struct order_token *tokens, size_t s, size_t e)
{
    static const char *const price[] = {"price", "prices", "cost"};
    static const char *const of[] = {"on", "for", "of"};
    if (!CLAUSE_IN(price, s) || !CLAUSE_IN(of, s + 1U) || s + 2U >= e ||
        tokens[s + 2U].kind != ORDER_TOKEN_WORD)
        return 0;
    return 2;
}
