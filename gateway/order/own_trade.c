/* own_trade.c — "we sell free range eggs", "i grow my own basil", "we also bake sourdough":
 * the customer (or their party) telling what they sell, grow or make for a living names food
 * of theirs, not food asked of the kitchen. Told by a supplier, a stall beside the restaurant
 * or a fellow cook, the food is neither ordered nor declined. "you sell" asks what the
 * restaurant has, which is read elsewhere. */
#include "gateway/order/reading.h"

bool order_own_trade_before(const char *text, const struct order_token *tokens, size_t b, size_t i)
{
    static const char *const subjects[] = {"i", "we"};
    static const char *const adverbs[] = {"also", "just", "mostly", "only", "even"};
    static const char *const trading[] = {"sell",   "grow", "bake",  "brew", "produce",
                                          "supply", "farm", "raise", "roast"};
    size_t v = i;
    while (v > b && (order_tok_is(text, tokens, v - 1U, i, "our") ||
                     order_tok_is(text, tokens, v - 1U, i, "my") ||
                     order_tok_is(text, tokens, v - 1U, i, "own")))
        v--; /* "we grow our own basil" */
    if (v < b + 2U || !order_tok_in(text, tokens, v - 1U, i, trading, ORDER_WORDS_N(trading)))
        return false;
    size_t s = v - 2U;
    if (s > b && order_tok_in(text, tokens, s, i, adverbs, ORDER_WORDS_N(adverbs)))
        s--;
    return order_tok_in(text, tokens, s, i, subjects, ORDER_WORDS_N(subjects));
}
