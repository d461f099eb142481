/* classify_indifference.c — someone's indifference to the choice (classify_facts.c,
 * reading.h pass 5): "a bowl for my sister (she doesnt mind which)", "any shake, he doesnt
 * care". A negated verb of being or doing is said of the dishes ("the wrap isnt spicy"), but
 * not minding or not caring is said of a person's taste: it leaves the choice open and says
 * nothing of the dishes asked for. */
#include "gateway/order/classify_internal.h"

/* Is token i a negated "does" or "is" before a word of indifference ("doesnt care",
 * "doesnt mind", "doesnt matter", "isnt fussy", "isnt picky", "isnt bothered")? */
bool classify_indifference_at(const struct order_class_input *in, const struct order_clause *cl,
                              size_t i)
{
    static const char *const indifferent[] = {"care",  "mind",  "matter",
                                              "fussy", "picky", "bothered"};
    return (order_tok_is(in->text, in->tokens, i, cl->end, "doesnt") ||
            order_tok_is(in->text, in->tokens, i, cl->end, "isnt")) &&
           order_tok_in(in->text, in->tokens, i + 1U, cl->end, indifferent,
                        ORDER_WORDS_N(indifferent));
}
