/* classify_payment_asked.c — "do you guys take cards", "do you accept debit?": a question
 * whether the place takes a means of payment asks how to pay, a matter of the order's
 * handing over, not of the menu (classify_facts.c, reading.h pass 7). After dishes ordered
 * the menu is named in the message, which made such a question read as one about the menu. */
#include "gateway/order/classify_internal.h"

bool classify_payment_asked(const struct order_class_input *in, const struct order_clause *cl)
{
    static const char *const taking[] = {"take", "accept", "takes", "accepts"};
    static const char *const means[] = {"card",   "cards",  "credit", "debit",  "cash",
                                        "checks", "cheque", "venmo",  "paypal", "contactless"};
    for (size_t i = cl->begin; i + 1U < cl->end; i++)
        if (order_tok_in(in->text, in->tokens, i, cl->end, taking, ORDER_WORDS_N(taking)) &&
            order_tok_in(in->text, in->tokens, i + 1U, cl->end, means, ORDER_WORDS_N(means)))
            return true;
    return false;
}
