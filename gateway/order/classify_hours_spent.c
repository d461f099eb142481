/* classify_hours_spent.c — hours the customer spent doing something are no opening hours
 * (classify.c, reading.h pass 5): "we spent 4 hours hiking, two falafel wraps please",
 * "after six hours of packing boxes i need a burger". "hours" is a cue of another matter
 * (when the place opens), but a count of hours spent, or after which the customer writes,
 * measures the customer's day: it tells why they order and asks nothing of the place.
 * "it's been 2 hours" or "waited 3 hours for my order" keep their cue: nothing was spent. */
#include "gateway/order/classify_internal.h"

bool classify_hours_spent(const struct order_understanding *u, const char *text,
                          const struct order_token *tokens, size_t b, size_t i, size_t e)
{
    enum { COUNT_WORDS = 3, WORDS_BEFORE = 3 }; /* "spent | the last | two | hours" */
    static const char *const hours[] = {"hours", "hrs", "hour"};
    static const char *const spending[] = {"spent", "spend", "spending", "after"};
    if (!order_tok_in(text, tokens, i, e, hours, ORDER_WORDS_N(hours)))
        return false;
    for (size_t s = i > b + COUNT_WORDS ? i - COUNT_WORDS : b; s < i; s++) {
        int32_t v;
        if (order_read_number(u, text, tokens, s, e, &v) != i - s)
            continue; /* "3 hours", "two hours", "a couple of hours" */
        for (size_t k = s > b + WORDS_BEFORE ? s - WORDS_BEFORE : b; k < s; k++)
            if (order_tok_in(text, tokens, k, e, spending, ORDER_WORDS_N(spending)))
                return true;
        return false;
    }
    return false;
}
