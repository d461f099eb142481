/* classify_paid_for.c — paying for a dish named is asking its price (classify.c, reading.h
 * pass 5): "is sparkling water free with meals or do i pay for it", "do you charge for the
 * lemonade?". "pay" is a cue of another matter (how to pay, a card, a bill), but what is paid
 * for here is a dish, and the question is of the menu. "can i pay for it by card?" keeps its
 * other cue ("card"). */
#include "gateway/order/classify_internal.h"

/* Is token i "pay" or "charge" before "for" and a dish named, or "it" / "them" / "that" /
 * "those" pointing at one ("do i pay for the lemonade", "do you charge for it")? What is paid for
 * is a dish, the question is of its price, no matter of paying. */
bool classify_paid_for_dish(const char *text, const struct order_token *tokens,
                            const uint8_t *roles, size_t i, size_t e)
{
    static const char *const paying[] = {"pay", "charge"};
    static const char *const back[] = {"it", "them", "that", "those"};
    if (!roles || !order_tok_in(text, tokens, i, e, paying, ORDER_WORDS_N(paying)) ||
        !order_tok_is(text, tokens, i + 1U, e, "for"))
        return false;
    size_t p = i + 2U;
    if (order_tok_is(text, tokens, p, e, "the") || order_tok_is(text, tokens, p, e, "a"))
        p++;
    return p < e && (roles[p] == ORDER_ROLE_ITEM ||
                     order_tok_in(text, tokens, p, e, back, ORDER_WORDS_N(back)));
}
