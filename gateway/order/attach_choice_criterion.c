/* attach_choice_criterion.c — the choice among a kind left to the kitchen by what the dish
 * is: "a flan and an agua fresca, whichever one is less sweet", "whichever has less sugar".
 * After "whichever" (and "one"), a verb of being or holding leaves the choice to the words
 * that follow; they say which dish, no change of one. Read as a change ("less sugar" opens a
 * change), they were passed to the kitchen on the dish named before. */
#include "gateway/order/attach_internal.h"

bool attach_choice_criterion_piece(const struct attach_state *st, size_t a, size_t b)
{
    if (!ORDER_CUES_ANY(&st->cues, "whichever") ||
        !ORDER_CUES_ANY(&st->cues, "is", "are", "has", "have", "tastes", "taste"))
        return false;
    static const char *const ones[] = {"one", "ones"};
    static const char *const being[] = {"is", "are", "has", "have", "tastes", "taste"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t p = a;
    if (p > st->b && order_tok_in(text, t, p - 1U, b, being, ORDER_WORDS_N(being)))
        p--; /* the verb right before the piece */
    else if (!order_tok_in(text, t, p, b, being, ORDER_WORDS_N(being)))
        return false; /* nor does the verb open the piece itself */
    if (p > st->b && order_tok_in(text, t, p - 1U, b, ones, ORDER_WORDS_N(ones)))
        p--;
    return p > st->b && order_tok_is(text, t, p - 1U, b, "whichever");
}
