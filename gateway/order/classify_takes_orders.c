/* classify_takes_orders.c — ordering for a later day (classify.c, pass 5): "r u taking orders for
 * sunday", "do you accept orders for the weekend" ask what the place does, as "can I order for
 * tomorrow?" does; "still taking orders?" with no day after it asks whether it is open now, which
 * is no menu question. */
#include "gateway/order/classify_internal.h"

bool classify_later_day_from(const struct order_class_input *in, const struct order_clause *cl,
                             size_t from)
{
    static const char *const later[] = {"tomorrow", "tmrw",      "tmr",      "monday",
                                        "tuesday",  "wednesday", "thursday", "friday",
                                        "saturday", "sunday",    "weekend",  "week"};
    for (size_t k = from; k < cl->end; k++)
        if (order_tok_in(in->text, in->tokens, k, cl->end, later, ORDER_WORDS_N(later)))
            return true;
    return false;
}

bool classify_takes_orders_ahead(const struct order_class_input *in, const struct order_clause *cl)
{
    static const char *const takes[] = {"taking", "take", "accepting", "accept", "doing"};
    static const char *const orders[] = {"orders", "preorders", "pre-orders", "order"};
    const char *t = in->text;
    size_t j = cl->begin;
    while (j + 1U < cl->end &&
           !(order_tok_in(t, in->tokens, j, cl->end, takes, ORDER_WORDS_N(takes)) &&
             order_tok_in(t, in->tokens, j + 1U, cl->end, orders, ORDER_WORDS_N(orders))))
        j++;
    return j + 1U < cl->end && classify_later_day_from(in, cl, j + 2U);
}
