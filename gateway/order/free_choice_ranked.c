/* free_choice_ranked.c — "whatever the healthiest thing is", "whichever the most filling one
 * is": a free choice whose description comes first, as the subject's complement, and its
 * verb of being last. The superlative picks by a quality no menu states, so the phrase names
 * no dish: the kitchen cannot tell which one is meant (leftover_words.c asks it back, as it
 * does "whatever has the most protein"). */
#include "gateway/order/reading.h"

size_t order_read_ranked_choice(const char *text, const struct order_token *tokens, size_t i,
                                size_t e)
{
    static const char *const most[] = {"most", "least"};
    static const char *const pro[] = {"thing", "one", "dish", "option", "item"};
    static const char *const being[] = {"is", "was"};
    if (!order_tok_is(text, tokens, i, e, "whatever") &&
        !order_tok_is(text, tokens, i, e, "whichever"))
        return 0;
    size_t p = i + 1U;
    if (!order_tok_is(text, tokens, p, e, "the"))
        return 0;
    p++;
    if (p >= e || tokens[p].kind != ORDER_TOKEN_WORD)
        return 0;
    if (order_tok_in(text, tokens, p, e, most, ORDER_WORDS_N(most))) {
        p++; /* "the most filling" */
        if (p >= e || tokens[p].kind != ORDER_TOKEN_WORD)
            return 0;
    } else if (!order_tok_superlative_form(text, tokens, p, e, ORDER_SUPERLATIVE_PICK_MIN)) {
        return 0;
    }
    p++;
    if (order_tok_in(text, tokens, p, e, pro, ORDER_WORDS_N(pro)))
        p++;
    return order_tok_in(text, tokens, p, e, being, ORDER_WORDS_N(being)) ? p + 1U - i : 0;
}
