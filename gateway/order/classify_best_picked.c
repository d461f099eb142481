/* classify_best_picked.c — "a burger, the best one", "the chocolate one, whichever is best",
 * "whichever you like best": "best" that picks among dishes says which one is wanted, it
 * praises nothing. The understanding's cue reads "best" as a remark ("best burger ever"); in
 * a clause that names a dish it turned the order into a remark and the dish was lost. The
 * word is masked from the clause's cues where "one" follows it or a free choice ("whichever",
 * "whatever") stands before it. */
#include "gateway/order/classify_internal.h"

bool classify_best_picked(const struct order_class_input *in, const struct order_clause *cl,
                          uint8_t *roles)
{
    static const char *const ones[] = {"one", "ones"};
    static const char *const choices[] = {"whichever", "whatever"};
    bool choice = false, masked = false;
    for (size_t i = cl->begin; i < cl->end; i++) {
        choice = choice ||
                 order_tok_in(in->text, in->tokens, i, cl->end, choices, ORDER_WORDS_N(choices));
        if (order_tok_is(in->text, in->tokens, i, cl->end, "best") &&
            (choice ||
             order_tok_in(in->text, in->tokens, i + 1U, cl->end, ones, ORDER_WORDS_N(ones)))) {
            roles[i] = ORDER_ROLE_FILLER;
            masked = true;
        }
    }
    return masked;
}
