/* attach_them_determiner.c — "two burgers and one of them iced teas", "a wrap plus 2 of those
 * lemonades": after a word that joins another dish on ("and", "plus"), a count, "of them" or
 * "of those" and a dish's words with no article between are a count of that dish; "them"
 * points at the dish after it, as "those" does in "one of those lemonades". It is no swap of
 * part of the dish before ("two burgers. make one of them the veggie one", attach_swap_part),
 * which "make" or an article before the new dish says. */
#include "gateway/order/attach_internal.h"

bool attach_them_determiner(const struct attach_state *st, size_t count_at, size_t dish_at)
{
    /* attach_them_at's words, "of", and a word that joins */
    if (!ORDER_CUES_ANY(&st->rg->cues, "them", "those", "these", "em") ||
        !ORDER_CUES_ANY(&st->rg->cues, "of") ||
        !ORDER_CUES_ANY(&st->rg->cues, "and", "n", "plus", "&", "+"))
        return false;
    static const char *const joins[] = {"and", "n", "plus", "&", "+"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (count_at <= st->b || dish_at < 2U || !attach_them_at(text, t, dish_at - 1U, st->e) ||
        !order_tok_is(text, t, dish_at - 2U, st->e, "of"))
        return false;
    return attach_in(text, t, count_at - 1U, st->e, joins, ORDER_WORDS_N(joins));
}
