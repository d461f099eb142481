/* classify_got_fewer.c — dishes counted, then how many of them came (classify_clause.c,
 * reading.h pass 5): "(2 horchatas, only got 1)", "ordered 3 tacos but got 2". The count that
 * came, after "got" or "received", tells of an order that was short: a matter for a person,
 * no dish asked for. */
#include "gateway/order/classify_internal.h"

bool classify_got_fewer(const struct order_understanding *u, const struct order_class_input *in,
                        const struct order_reading *rg, size_t c)
{
    static const char *const came[] = {"got", "received", "came", "recieved"};
    static const char *const nothing[] = {"none", "zero", "nothing"};
    if (!ORDER_CUES_ANY(&rg->cues, "got", "received", "came", "recieved"))
        return false;
    const struct order_clause *cl = &rg->clauses[c];
    if (cl->request_form || cl->question_start)
        return false;
    size_t last = cl->begin;
    for (size_t t = 0; t < rg->n_things; t++)
        if (rg->things[t].clause == c && rg->things[t].end > last)
            last = rg->things[t].end;
    /* after the dishes: "only got 1", "but we got 2", "got none" */
    for (size_t i = last; i + 1U < cl->end; i++) {
        if (!order_tok_in(in->text, in->tokens, i, cl->end, came, ORDER_WORDS_N(came)))
            continue;
        /* "a protein shake if u got one": what the restaurant has, no order that came short */
        static const char *const you[] = {"you", "u", "ya", "yall"};
        if (i > cl->begin &&
            order_tok_in(in->text, in->tokens, i - 1U, cl->end, you, ORDER_WORDS_N(you)))
            continue;
        int32_t v;
        if (order_read_number(u, in->text, in->tokens, i + 1U, cl->end, &v) > 0 ||
            order_tok_in(in->text, in->tokens, i + 1U, cl->end, nothing, ORDER_WORDS_N(nothing)))
            return true;
    }
    return false;
}
