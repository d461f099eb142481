/* classify_taste_then_asked.c — the customer's taste told first, then a request in a part of
 * its own after a mark (classify_clause.c): "i love the cheeseburger, can i get 2", "we love
 * the falafel wrap, 2 of those please". A taste told alone ("we also love tostadas") asks for
 * nothing; a request opener or a count after the mark asks for the dish the taste named, and
 * the clause is read by its other rules. After being "not a fan of" something, a dish named
 * after the mark (dishes) is asked for too ("not a fan of spicy, a crispy chicken burger
 * please"). */
#include "gateway/order/classify_internal.h"

bool classify_taste_then_asked(const struct order_reading *rg, const struct order_class_input *in,
                               const struct order_clause *cl, bool dishes)
{
    size_t m = cl->begin;
    while (m < cl->end && in->tokens[m].kind != ORDER_TOKEN_PUNCT)
        m++;
    for (size_t i = m; i < cl->end; i++)
        if (rg->roles[i] == ORDER_ROLE_OPENER || rg->roles[i] == ORDER_ROLE_QTY ||
            (dishes && rg->roles[i] == ORDER_ROLE_ITEM))
            return true;
    return false;
}
