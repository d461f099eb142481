/* attach_please.c — the words of politeness the attach passes step over (attach.c, reading.h
 * pass 4): "please" as it is texted ("pls", "plz"), and with thanks beside it. Kept in one
 * place so that a new spelling reaches every pass that looks past a "please". */
#include "gateway/order/attach_internal.h"

bool attach_please_at(const char *text, const struct order_token *t, size_t i, size_t end)
{
    static const char *const please[] = {"please", "pls", "plz"};
    return order_tok_in(text, t, i, end, please, ORDER_WORDS_N(please));
}

bool attach_courtesy_at(const char *text, const struct order_token *t, size_t i, size_t end)
{
    static const char *const thanks[] = {"thanks", "thx"};
    return attach_please_at(text, t, i, end) ||
           order_tok_in(text, t, i, end, thanks, ORDER_WORDS_N(thanks));
}
