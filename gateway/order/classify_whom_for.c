/* classify_whom_for.c — a dish asked for before, said again to tell whom it is for (classify.c,
 * reading.h pass 5): "3x nuggets, 2 cold brews. yes the nuggets are for me". "the" points back
 * at the dish, and "are for" tells who eats it: the clause asks for nothing more. */
#include "gateway/order/classify_internal.h"

/* Does clause c ask for the item of thing th, a span, in a clause before it? */
static bool whom_for_asked_before(const struct order_reading *rg, size_t c,
                                  const struct order_thing *th)
{
    for (size_t t = 0; t < rg->n_things; t++) {
        const struct order_thing *d = &rg->things[t];
        if (d->clause < c && d->is_span && d->item == th->item &&
            rg->clauses[d->clause].intent == ORDER_INTENT_REQUEST)
            return true;
    }
    return false;
}

bool classify_said_whom_for(const struct order_class_input *in, const struct order_reading *rg,
                            size_t c, size_t at)
{
    static const char *const leads[] = {"yes", "yeah", "yep", "and", "oh", "ok", "so", "also"};
    static const char *const being[] = {"is", "are", "r", "s"};
    const struct order_clause *cl = &rg->clauses[c];
    if (c == 0 || cl->question_form)
        return false;
    while (at < cl->end &&
           order_tok_in(in->text, in->tokens, at, cl->end, leads, ORDER_WORDS_N(leads)))
        at++;
    if (!order_tok_is(in->text, in->tokens, at, cl->end, "the"))
        return false;
    for (size_t t = 0; t < rg->n_things; t++) {
        const struct order_thing *th = &rg->things[t];
        if (th->clause != c || th->begin != at + 1U)
            continue;
        return th->is_span && th->item >= 0 &&
               order_tok_in(in->text, in->tokens, th->end, cl->end, being, ORDER_WORDS_N(being)) &&
               order_tok_is(in->text, in->tokens, th->end + 1U, cl->end, "for") &&
               whom_for_asked_before(rg, c, th);
    }
    return false;
}
