/* classify_examples_offered.c — "do you have anything sweet for kids? like churros or a small
 * flan": right after a question, a clause that opens with "like" and offers things joined by "or"
 * gives examples of what the question means. Alternatives are not all wanted, and one is not
 * picked: nothing is ordered, the clause asks with the question before it. */
#include "gateway/order/classify_internal.h"

bool classify_examples_offered(const struct order_class_input *in, const struct order_clause *cl,
                               size_t at)
{
    if (!order_tok_is(in->text, in->tokens, at, cl->end, "like"))
        return false;
    for (size_t i = at + 2U; i + 1U < cl->end; i++)
        if (order_tok_is(in->text, in->tokens, i, cl->end, "or"))
            return true;
    return false;
}
