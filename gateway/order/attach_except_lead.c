/* attach_except_lead.c — a change led by an exception ("everything on it except the sour
 * cream", "with everything except onions", "all but the cheese"): what is excepted from the
 * dish as it comes is taken off it, as "no" takes it off. */
#include "gateway/order/attach_internal.h"

size_t attach_except_lead(const char *text, const struct order_token *t, size_t a, size_t b)
{
    static const char *const whole[] = {"everything", "all"};
    size_t p = a;
    bool all = order_tok_in(text, t, p, b, whole, ORDER_WORDS_N(whole));
    if (all)
        p++;
    if (order_tok_is(text, t, p, b, "except") || order_tok_is(text, t, p, b, "excluding"))
        p += order_tok_is(text, t, p + 1U, b, "for") ? 2U : 1U;
    else if (all && order_tok_is(text, t, p, b, "but"))
        p++; /* "but" alone is a turn of the sentence, after "everything" an exception */
    else
        return 0;
    if (order_tok_is(text, t, p, b, "the"))
        p++;
    return p < b ? p - a : 0; /* something must be excepted */
}
