/* attach_side_with.c — a food served with a dish the menu lacks (attach_leftovers.c).
 *
 * "a pork chop with mashed potatoes": after a dish the menu lacks, "with" and a food of two
 * words or more is a second thing the menu lacks, not a change of the first. No change of
 * a dish the kitchen does not make is ever written out, so read as one the food was lost
 * without a word to the customer. A bare ingredient ("with cheese") stays a change: it is
 * how the dish is topped, and a "no" or "extra" before the food is a change as ever. */
#include "gateway/order/attach_internal.h"

bool attach_side_with(const struct attach_state *st, const struct order_thing *unread, size_t i,
                      size_t j)
{
    if (!ORDER_CUES_ANY(&st->cues, "with", "w"))
        return false;
    enum { SIDE_WORDS_MIN = 2 };
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (unread->leftover_kind != ORDER_LEFTOVER_FOOD || unread->ingredient)
        return false;
    size_t a = i;
    if (order_tok_is(text, t, a, j, "with") || order_tok_is(text, t, a, j, "w"))
        a++;
    else if (a <= st->b ||
             !(order_tok_is(text, t, a - 1U, j, "with") || order_tok_is(text, t, a - 1U, j, "w")))
        return false;
    if (attach_is_article(text, t, a, j))
        a++;
    const struct order_understanding *u = st->rd->u;
    if (a + SIDE_WORDS_MIN > j || order_patterns_longest(&u->modifier_leads, text, t, a, j, NULL) ||
        order_patterns_longest(&u->modifier_starts, text, t, a, j, NULL) ||
        order_patterns_longest(&u->modifier_zone_starts, text, t, a, j, NULL) ||
        order_patterns_longest(&u->modifiers, text, t, a, j, NULL))
        return false;
    for (size_t p = a; p < j; p++)
        if (t[p].kind != ORDER_TOKEN_WORD)
            return false;
    return attach_food_run(st, a, j) && attach_food_token(st, j - 1U);
}
