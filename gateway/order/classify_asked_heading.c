/* classify_asked_heading.c — a list of dishes after a colon whose heading asks a question of
 * them: "price for: the nachos, a lemonade", "price of: A, B" (classify_clause.c,
 * reading.h pass 7). A list after a colon asks for its dishes whatever story stands before it
 * ("so here goes: A, B"); a heading made only of the words a question opens with asks about
 * the list instead, as "price of A and B" does without the colon. */
#include "gateway/order/classify_internal.h"

bool classify_asked_heading(const struct order_understanding *u, const struct order_class_input *in,
                            const struct order_reading *rg, size_t c, size_t at)
{
    const struct order_clause *cl = &rg->clauses[c];
    size_t colon = at;
    while (colon < cl->end &&
           !(in->tokens[colon].kind == ORDER_TOKEN_PUNCT && in->tokens[colon].punct == ':'))
        colon++;
    return colon > at && colon < cl->end &&
           order_patterns_longest(&u->question_starts, in->text, in->tokens, at, colon, NULL) ==
               colon - at;
}
