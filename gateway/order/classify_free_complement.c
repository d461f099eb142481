/* classify_free_complement.c — "whatever bowl is best", "whichever taco is the best": the
 * word after the verb of being that closes a free relative ("whatever", "whichever" and a
 * few words) is its complement. The relative picks a dish by it, as "whichever is vegan"
 * does; the word says nothing of the dish to the restaurant, so a word of praise there
 * ("best", "great") is no cue of another matter (classify.c, cue_found). */
#include "gateway/order/classify_internal.h"

bool classify_free_complement(const char *text, const struct order_token *tokens, size_t b,
                              size_t i, size_t e)
{
    enum { RELATIVE_WORDS_MAX = 4 }; /* "whatever | the spicy chicken bowl | is" */
    static const char *const being[] = {"is", "are", "s"};
    static const char *const leads[] = {"whatever", "whichever"};
    size_t v = i;
    if (v > b && order_tok_is(text, tokens, v - 1U, e, "the"))
        v--;
    if (v < b + 2U || !order_tok_in(text, tokens, v - 1U, e, being, ORDER_WORDS_N(being)))
        return false;
    for (size_t p = v - 1U; p > b && p + RELATIVE_WORDS_MAX + 1U >= v; p--) {
        if (tokens[p - 1U].kind != ORDER_TOKEN_WORD)
            return false;
        if (order_tok_in(text, tokens, p - 1U, e, leads, ORDER_WORDS_N(leads)))
            return p + 1U < v; /* a noun between: "whatever is best" asks the kitchen */
    }
    return false;
}
