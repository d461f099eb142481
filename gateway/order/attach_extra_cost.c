/* attach_extra_cost.c — "does the dip come with it or is it extra?": "extra" alone after
 * "is it" / "is that" / "it's" is said of a dish or a part as the predicate of being. It
 * asks what that costs; it is no change asked for (attach_says_nothing.c). */
#include "gateway/order/attach_internal.h"

bool attach_extra_as_cost(const struct attach_state *st, size_t a, size_t b)
{
    if (!ORDER_CUES_ANY(&st->cues, "extra") ||
        !ORDER_CUES_ANY(&st->cues, "its", "thats", "theyre", "it", "that", "this", "they", "those"))
        return false;
    static const char *const pointing[] = {"it", "that", "this", "they", "those"};
    static const char *const being[] = {"its", "thats", "theyre"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (b != a + 1U || a <= st->b || !order_tok_is(text, t, a, b, "extra"))
        return false;
    if (order_tok_in(text, t, a - 1U, b, being, ORDER_WORDS_N(being)))
        return true;
    return a >= st->b + 2U && order_tok_in(text, t, a - 1U, b, pointing, ORDER_WORDS_N(pointing)) &&
           (order_tok_is(text, t, a - 2U, b, "is") || order_tok_is(text, t, a - 2U, b, "are"));
}
