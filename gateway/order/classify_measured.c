/* classify_measured.c — a dish named, then measured out: "onion rings, a portion", "the
 * flan, one slice". A measure said after the dish (an article or "one" and a noun of
 * serving, nothing after it) tells how much of it to bring, which only an order does: the
 * dish is no topic of a question that follows ("... are they vegan btw?"). */
#include "gateway/order/classify_internal.h"

bool classify_measured_after(const struct order_class_input *in, const struct order_reading *rg,
                             const struct order_clause *cl)
{
    static const char *const ones[] = {"a", "an", "one", "1"};
    static const char *const servings[] = {"portion", "serving", "order", "side",   "plate",
                                           "bowl",    "basket",  "slice", "glass",  "cup",
                                           "bottle",  "can",     "piece", "helping"};
    if (!ORDER_CUES_ANY(&rg->cues, "portion", "serving", "order", "side", "plate", "bowl", "basket",
                        "slice", "glass", "cup", "bottle", "can", "piece", "helping") ||
        !ORDER_CUES_ANY(&rg->cues, "a", "an", "one", "1"))
        return false;
    size_t e = cl->end;
    while (e > cl->begin && in->tokens[e - 1U].kind == ORDER_TOKEN_PUNCT)
        e--;
    if (e < cl->begin + 3U || rg->roles[e - 1U] == ORDER_ROLE_ITEM ||
        !order_tok_in(in->text, in->tokens, e - 1U, e, servings, ORDER_WORDS_N(servings)) ||
        !order_tok_in(in->text, in->tokens, e - 2U, e, ones, ORDER_WORDS_N(ones)))
        return false;
    /* the dish stands before the measure, set off by a comma */
    size_t p = e - 2U;
    return in->tokens[p - 1U].kind == ORDER_TOKEN_PUNCT && in->tokens[p - 1U].punct == ',' &&
           p >= cl->begin + 2U &&
           (rg->roles[p - 2U] == ORDER_ROLE_ITEM || rg->roles[p - 2U] == ORDER_ROLE_LEFTOVER);
}
