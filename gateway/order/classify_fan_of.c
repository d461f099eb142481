/* classify_fan_of.c — "huge fan of the nachos", "massive fan of your churros": the customer
 * calling themself a fan of dishes tells a taste, as "we love tostadas" does
 * (classify_clause.c, reading.h pass 7); nothing is asked for. Only a clause that counts no
 * dish and opens no request: "fan of your tacos so ill take 3" asks in its request. An article
 * before "fan" counts nothing ("not a fan of the nachos"). */
#include "gateway/order/classify_internal.h"

/* Is token i an article, "a" or "an"? It may read as a count of one ("im a big fan of ..."),
 * but before "fan" it counts nothing. */
static bool classify_fan_article(const struct order_class_input *in, size_t i, size_t e)
{
    return order_tok_is(in->text, in->tokens, i, e, "a") ||
           order_tok_is(in->text, in->tokens, i, e, "an");
}

bool classify_fan_of(const struct order_class_input *in, const struct order_reading *rg, size_t c,
                     size_t at)
{
    enum { FAN_LEAD_MAX = 4 }; /* "im such a big fan", "long-time fan", "not a fan" */
    static const char *const fans[] = {"fan", "fans"};
    if (!ORDER_CUES_ANY(&rg->cues, "fan", "fans"))
        return false;
    const struct order_clause *cl = &rg->clauses[c];
    if (cl->request_form)
        return false;
    size_t fan = cl->end;
    for (size_t i = at; i < cl->end && i <= at + FAN_LEAD_MAX && fan == cl->end; i++) {
        if (in->tokens[i].kind != ORDER_TOKEN_WORD || rg->roles[i] == ORDER_ROLE_ITEM ||
            (rg->roles[i] == ORDER_ROLE_QTY && !classify_fan_article(in, i, cl->end)))
            return false;
        if (order_tok_in(in->text, in->tokens, i, cl->end, fans, ORDER_WORDS_N(fans)) &&
            order_tok_is(in->text, in->tokens, i + 1U, cl->end, "of"))
            fan = i;
    }
    if (fan == cl->end)
        return false;
    /* a count after the fan asks ("fan of your tacos so ill take 3") */
    for (size_t i = fan; i < cl->end; i++)
        if (rg->roles[i] == ORDER_ROLE_QTY && !classify_fan_article(in, i, cl->end))
            return false;
    return true;
}
