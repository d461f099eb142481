/* clause_add_back.c — "please add them to tonight's pickup", "the flan looks good, add it":
 * "add" before a pronoun that points back asks for the dish named before, as "can you add
 * them" does; "add cheese" or "add a flan" are read as they are without it. */
#include "gateway/order/clause_internal.h"

size_t clause_add_back_opener(const char *text, const struct order_token *tokens, size_t p,
                              size_t e, const struct order_reading *out)
{
    static const char *const pointing[] = {"it", "them", "those", "these", "em"};
    if (!ORDER_CUES_ANY(&out->cues, "add") ||
        !ORDER_CUES_ANY(&out->cues, "it", "them", "those", "these", "em"))
        return 0;
    size_t q = clause_you_asked_end(text, tokens, p, e);
    return order_tok_is(text, tokens, q, e, "add") && CLAUSE_IN(pointing, q + 1U) ? q + 1U - p : 0;
}
