/* classify_fan_of.c — "huge fan of the nachos", "massive fan of your churros": the customer
 * calling themself a fan of dishes tells a taste, as "we love tostadas" does
 * (classify_clause.c, reading.h pass 7); nothing is asked for. Only a clause that counts no
 * dish and opens no request: "fan of your tacos so ill take 3" asks in its request. */
#include "gateway/order/classify_internal.h"

bool classify_fan_of(const struct order_class_input *in, const struct order_reading *rg, size_t c,
                     size_t at)
{
    enum { FAN_LEAD_MAX = 4 }; /* "im such a big fan", "long-time fan" */
    static const char *const fans[] = {"fan", "fans"};
    const struct order_clause *cl = &rg->clauses[c];
    if (cl->request_form || cl->has_quantity)
        return false;
    for (size_t i = at; i < cl->end && i <= at + FAN_LEAD_MAX; i++) {
        if (in->tokens[i].kind != ORDER_TOKEN_WORD || rg->roles[i] == ORDER_ROLE_ITEM ||
            rg->roles[i] == ORDER_ROLE_QTY)
            return false;
        if (order_tok_in(in->text, in->tokens, i, cl->end, fans, ORDER_WORDS_N(fans)) &&
            order_tok_is(in->text, in->tokens, i + 1U, cl->end, "of"))
            return true;
    }
    return false;
}
