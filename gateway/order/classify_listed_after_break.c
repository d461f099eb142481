/* classify_listed_after_break.c — dishes listed after a dash or a colon that closes a
 * statement of the customer's own (classify_facts.c, reading.h pass 5): "got 3 bags in one
 * hand - a burger and a shake". A verb before the dishes makes a report of what came ("we got
 * a burger and a shake"), but one whose object ends at the break ("3 bags in one hand")
 * tells of something else: the dishes after the break stand alone, a list asked for. */
#include "gateway/order/classify_internal.h"

static bool break_at(const struct order_token *t)
{
    return t->kind == ORDER_TOKEN_PUNCT && (t->punct == '-' || t->punct == ':');
}

static bool named_at(const struct order_reading *rg, size_t p)
{
    return rg->roles[p] == ORDER_ROLE_ITEM || rg->roles[p] == ORDER_ROLE_LEFTOVER;
}

bool classify_listed_after_break(const struct order_class_input *in, const struct order_reading *rg,
                                 const struct order_clause *cl, size_t i)
{
    const struct order_token *t = in->tokens;
    for (size_t p = cl->begin; p < i; p++)
        if (named_at(rg, p))
            return false; /* "the fries came - cold": said of the dish before */
    size_t d = i + 1U;
    while (d < cl->end && t[d].kind == ORDER_TOKEN_WORD && !named_at(rg, d)) {
        if (classify_tells_of_order(in, d, cl->end))
            return false; /* "got our delivery - 2 wraps": what came, told dish by dish */
        d++;
    }
    if (d == i + 1U || d >= cl->end || !break_at(&t[d]))
        return false; /* "we got: ...": the verb's object is after the break */
    for (size_t p = d + 1U; p < cl->end; p++)
        if (named_at(rg, p))
            return true;
    return false;
}
