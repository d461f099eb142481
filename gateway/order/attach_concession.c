/* attach_concession.c — "the kids quesadilla even though im 34", "no onion although i love
 * them": a concession ("though", "although", "even though") before a subject tells what the
 * customer grants, not how the dish comes; so does a wait to judge ("lets see if its
 * better"). A change ends there (attach_modifiers.c); one opening with it is none. */
#include "gateway/order/attach_internal.h"

size_t attach_concession_at(const char *text, const struct order_token *t, size_t i, size_t e)
{
    static const char *const subjects[] = {"i",   "im",   "we",   "were",   "he", "hes",
                                           "she", "shes", "they", "theyre", "u",  "you",
                                           "its", "it",   "my",   "our"};
    /* "lets see if its better", "well see": the customer waits to judge the dish, as
     * granting something, no change */
    if ((order_tok_is(text, t, i, e, "lets") || order_tok_is(text, t, i, e, "well")) &&
        order_tok_is(text, t, i + 1U, e, "see"))
        return 2U;
    size_t k = order_tok_is(text, t, i, e, "even") ? 1U : 0U;
    if (!(order_tok_is(text, t, i + k, e, "though") || order_tok_is(text, t, i + k, e, "tho") ||
          (k == 0 && order_tok_is(text, t, i, e, "although"))) ||
        !order_tok_in(text, t, i + k + 1U, e, subjects, ORDER_WORDS_N(subjects)))
        return 0;
    return k + 1U;
}

bool attach_aside_said_at(const char *text, const struct order_token *t, size_t i, size_t e)
{
    return attach_aside_at(text, t, i, e) || attach_concession_at(text, t, i, e) > 0;
}
