/* clause_or_not.c — a clause closing with "or no" / "or not" after a question (clause.c):
 * "is the chili spicy? sour cream on top or not". Whether the thing named is there is asked,
 * as the question before asks: the clause asks too, though it lacks its question mark, and
 * the dish it names is asked about, not ordered. */
#include "gateway/order/clause_internal.h"

bool clause_or_not_closes(const char *text, const struct order_token *tokens, size_t b, size_t e)
{
    while (e > b && tokens[e - 1U].kind == ORDER_TOKEN_PUNCT)
        e--;
    if (e < b + 3U)
        return false; /* a word before the "or": "cheese or not" */
    return order_tok_is(text, tokens, e - 2U, e, "or") &&
           (order_tok_is(text, tokens, e - 1U, e, "no") ||
            order_tok_is(text, tokens, e - 1U, e, "not"));
}
