/* clause_bring.c — "bring me a serving", "could you bring us two servings": a verb of bringing
 * with the customer as its object, then a serving and no dish, asks for a serving of the dish
 * the message asked about before ("are the fries crispy? bring me a serving"), as "get me a
 * portion" does. Read as a request opener there, the serving points back; dishes named after
 * the verb are read as they are without it, so only the serving form opens here. */
#include "gateway/order/clause_internal.h"

size_t clause_bring_opener(const char *text, const struct order_token *tokens, size_t p, size_t e)
{
    static const char *const bringing[] = {"bring", "fetch"};
    static const char *const receivers[] = {"me", "us"};
    static const char *const counts[] = {"a", "an", "one", "two", "three", "another"};
    static const char *const servings[] = {"portion", "portions", "serving", "servings",
                                           "order",   "orders",   "plate",   "plates"};
    size_t q = clause_you_asked_end(text, tokens, p, e);
    if (!CLAUSE_IN(bringing, q) || !CLAUSE_IN(receivers, q + 1U))
        return 0;
    size_t c = q + 2U; /* the count: a word of the list, or digits */
    bool counted =
        CLAUSE_IN(counts, c) || (c < e && tokens[c].kind == ORDER_TOKEN_WORD &&
                                 text[tokens[c].off] >= '1' && text[tokens[c].off] <= '9');
    return counted && CLAUSE_IN(servings, c + 1U) ? q + 2U - p : 0;
}
