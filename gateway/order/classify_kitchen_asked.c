/* classify_kitchen_asked.c — "can the kitchen go light on the truffle oil?", "could the chef
 * make it less spicy": the kitchen asked to do something with a dish is the restaurant
 * addressed, as "can you" addresses it; "is the kitchen still doing the buffalo wrap" asks
 * whether a dish is made; "whichever your kitchen is proudest of" picks a dish. The cue "kitchen"
 * (a matter of the place: "is the kitchen open", "the kitchen forgot my fries") is taken back there
 * (order_cue_taken_back). */
#include "gateway/order/classify_internal.h"

bool classify_kitchen_asked(const char *text, const struct order_token *tokens, size_t b, size_t i,
                            size_t e)
{
    static const char *const kitchens[] = {"kitchen", "chef", "chefs", "cook", "cooks"};
    static const char *const modals[] = {"can", "could", "would", "will", "cud", "cn"};
    if (i < b + 2U || !order_tok_in(text, tokens, i, e, kitchens, ORDER_WORDS_N(kitchens)))
        return false;
    /* "the chocolate one, whichever your kitchen is proudest of": the kitchen's choice picks a
     * dish, a free relative */
    static const char *const free_choice[] = {"whichever", "whatever", "whichevers", "whatevers"};
    if (order_tok_in(text, tokens, i - 2U, e, free_choice, ORDER_WORDS_N(free_choice)))
        return true;
    if (!order_tok_is(text, tokens, i - 1U, e, "the"))
        return false;
    /* "is the kitchen still doing the buffalo wrap": whether a dish is made, a question of
     * the menu */
    static const char *const making[] = {"doing", "making", "serving", "cooking", "frying"};
    size_t v = i + 1U + (order_tok_is(text, tokens, i + 1U, e, "still") ? 1U : 0U);
    if ((order_tok_is(text, tokens, i - 2U, e, "is") ||
         order_tok_is(text, tokens, i - 2U, e, "are")) &&
        order_tok_in(text, tokens, v, e, making, ORDER_WORDS_N(making)))
        return true;
    if (!order_tok_in(text, tokens, i - 2U, e, modals, ORDER_WORDS_N(modals)))
        return false;
    /* a verb of doing after it: "go light", "make it", "do", "leave off", not "be open" */
    static const char *const doing[] = {"go",  "make", "do",   "leave", "put",  "add",   "hold",
                                        "cut", "use",  "swap", "skip",  "cook", "toast", "grill"};
    return order_tok_in(text, tokens, i + 1U, e, doing, ORDER_WORDS_N(doing));
}
