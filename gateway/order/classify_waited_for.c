/* classify_waited_for.c — a span of time the dishes took (classify_clause.c, reading.h pass
 * 5): "wow 55 minutes for two wraps", "waited 40 mins for 2 burgers", "an hour for a
 * lemonade??". A count of minutes or hours, then "for" and the dishes, measures how long they
 * took: the customer tells of an order that was slow, a matter for a person, and asks for no
 * dish. A request or a question of the clause still asks ("can i get 2 burgers for 20 mins
 * from now"). */
#include "gateway/order/classify_internal.h"

bool classify_waited_for(const struct order_understanding *u, const struct order_class_input *in,
                         const struct order_reading *rg, size_t c)
{
    static const char *const spans[] = {"minutes", "mins", "min", "hours", "hrs", "hour"};
    if (!ORDER_CUES_ANY(&rg->cues, "minutes", "mins", "min", "hours", "hrs", "hour") ||
        !ORDER_CUES_ANY(&rg->cues, "for"))
        return false;
    const struct order_clause *cl = &rg->clauses[c];
    if (cl->request_form || cl->question_start)
        return false; /* "45 minutes for a lemonade??" asks nothing of the menu: no start */
    /* "20 mins for 2 burgers ok?": the time asked to be agreed, for dishes asked for */
    static const char *const agreed[] = {"ok", "okay", "fine", "alright", "good"};
    for (size_t i = cl->begin; i < cl->end; i++)
        if (order_tok_in(in->text, in->tokens, i, cl->end, agreed, ORDER_WORDS_N(agreed)))
            return false;
    size_t first = cl->end;
    for (size_t t = 0; t < rg->n_things; t++)
        if (rg->things[t].clause == c && rg->things[t].begin < first)
            first = rg->things[t].begin;
    /* "<count> <span> for" before the first dish, its own count between ("for two wraps") */
    for (size_t i = cl->begin; i + 1U < first; i++) {
        if (!order_tok_in(in->text, in->tokens, i, first, spans, ORDER_WORDS_N(spans)) ||
            !order_tok_is(in->text, in->tokens, i + 1U, first, "for") || i == cl->begin)
            continue;
        int32_t v;
        bool dish_next = true; /* only the dish's count or article between "for" and it */
        for (size_t p = i + 2U; p < first && dish_next; p++)
            dish_next = rg->roles[p] == ORDER_ROLE_QTY ||
                        order_read_number(u, in->text, in->tokens, p, first, &v) > 0;
        if (order_read_number(u, in->text, in->tokens, i - 1U, i, &v) == 1U && dish_next)
            return true;
    }
    return false;
}
