/* classify_serving_asked.c — a question of how many come in a serving (classify_facts.c,
 * reading.h pass 5): "how many come in a serving?", "how many pieces per portion?". What a serving
 * of the menu holds is a question about the menu though no dish is named in the clause: the
 * dish is the one the message asks of elsewhere, or any. */
#include "gateway/order/classify_internal.h"

bool classify_serving_asked(const struct order_class_input *in, size_t b, size_t e)
{
    static const char *const servings[] = {"order", "serving", "portion", "plate", "side"};
    static const char *const per[] = {"in", "per", "an", "a", "one", "each"};
    size_t p = b;
    while (p < e && in->tokens[p].kind != ORDER_TOKEN_WORD)
        p++;
    if (!order_tok_is(in->text, in->tokens, p, e, "how") ||
        !order_tok_is(in->text, in->tokens, p + 1U, e, "many"))
        return false;
    for (size_t i = p + 2U; i + 1U < e; i++)
        if (order_tok_in(in->text, in->tokens, i, e, per, ORDER_WORDS_N(per)) &&
            order_tok_in(in->text, in->tokens, i + 1U, e, servings, ORDER_WORDS_N(servings)))
            return true;
    return false;
}
