/* clause_go_ahead.c — "go ahead and get them", "go ahead and order 2 tacos": "go ahead and"
 * before a verb of getting or ordering tells the shop to proceed with what follows; it opens
 * a request as "can i get" does, with no subject said. */
#include "gateway/order/clause_internal.h"

size_t clause_go_ahead_opener(const char *text, const struct order_token *tokens, size_t p,
                              size_t e)
{
    static const char *const getting[] = {"get", "order", "grab", "take", "do", "make"};
    if (!order_tok_is(text, tokens, p, e, "go") ||
        !order_tok_is(text, tokens, p + 1U, e, "ahead") ||
        !order_tok_is(text, tokens, p + 2U, e, "and") || !CLAUSE_IN(getting, p + 3U))
        return 0;
    return 4U;
}
