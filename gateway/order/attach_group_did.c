/* attach_group_did.c — what a party counted as "N of us" did, in words no span read
 * (attach_leftovers.c, reading.h pass 4): "4 of us just hiked 20 miles", "3 of us are
 * starving". The count says how many people, not how many of a dish, and the words after it
 * tell what befell them: no dish stands there to be asked back. A verb of wanting after the
 * party ("2 of us want ...") keeps its object a dish, and so does food in the words. */
#include "gateway/order/attach_internal.h"

/* Does "of us" at p follow a count, the party's size ("4 of us")? */
static bool group_counted_at(const struct attach_state *st, size_t p)
{
    int32_t v;
    return p > st->b && order_tok_is(st->text, st->tokens, p, st->e, "of") &&
           order_tok_is(st->text, st->tokens, p + 1U, st->e, "us") &&
           attach_number(st->rd->u, st->text, st->tokens, p - 1U, p, &v) == 1 && v >= 2;
}

bool attach_group_did(const struct attach_state *st, size_t i, size_t j)
{
    enum { LEAD_WORDS_MAX = 3 }; /* "5 | of us" before the run, or inside it */
    static const char *const wanting[] = {"want", "wanna", "need", "would", "will",
                                          "ll",   "like",  "get",  "have",  "take"};
    static const char *const adverbs[] = {"just", "all", "finally", "both", "each"};
    size_t p = i > st->b + LEAD_WORDS_MAX ? i - LEAD_WORDS_MAX : st->b;
    while (p < j && p <= i + 1U && !group_counted_at(st, p))
        p++; /* the count opens the run or stands right before it */
    if (p >= j || p > i + 1U)
        return false;
    size_t v = p + 2U;
    while (v < j && attach_in(st->text, st->tokens, v, j, adverbs, ORDER_WORDS_N(adverbs)))
        v++;
    if (v < i || v >= j || st->tokens[v].kind != ORDER_TOKEN_WORD ||
        attach_in(st->text, st->tokens, v, j, wanting, ORDER_WORDS_N(wanting)))
        return false;
    for (size_t k = v; k < j; k++)
        if (attach_food_token(st, k))
            return false;
    return true;
}
