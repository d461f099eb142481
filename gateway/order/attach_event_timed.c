/* attach_event_timed.c — "5 cold brews, crew meeting at 9", "2 wraps, kickoff at 6": words of
 * the language right before "in"/"at"/"by" and a number name something of the customer's day
 * that happens then, no dish, though a word of them is a letter off a menu word ("crew" of
 * "brew"). Read as a dish misspelt, it was asked back. A food or a word the menu spells as
 * it is stays a thing where it stands. */
#include "gateway/order/attach_internal.h"

bool attach_event_timed(const struct attach_state *st, size_t i, size_t b)
{
    if (!ORDER_CUES_ANY(&st->cues, "in", "at", "by"))
        return false;
    static const char *const when[] = {"in", "at", "by"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t q = i;
    int32_t v;
    while (q < st->e && t[q].kind == ORDER_TOKEN_WORD &&
           !attach_in(text, t, q, st->e, when, ORDER_WORDS_N(when))) {
        if (attach_food_token(st, q) || st->rg->dish_word[q] ||
            !order_dictionary_has(st->rd->dict, text + t[q].off, t[q].len))
            return false;
        for (size_t h = 0; h < st->rg->n_hits[q]; h++)
            if (st->rg->hits[q][h].edits == 0)
                return false;
        q++;
    }
    return q > i && q >= b && q + 1U < st->e &&
           attach_in(text, t, q, st->e, when, ORDER_WORDS_N(when)) &&
           attach_number(st->rd->u, text, t, q + 1U, st->e, &v) > 0;
}
