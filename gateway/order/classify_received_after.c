/* classify_received_after.c — a dish named with who received it right after it (classify.c,
 * reading.h pass 5): "my dissatisfaction with the onion rings I received", "about the wrap we
 * got on friday". A subject and a past verb of getting right after a dish make a clause of
 * its own that says the dish came already: the customer tells of an order that was, a matter
 * for a person, and asks for no dish. So does "found" before the dish ("he found the
 * spoons"): what was come upon is there already. A request, a count or politeness still
 * asks ("the wrap i had last time please", "found your menu online, 2 fries please"). */
#include "gateway/order/classify_internal.h"

/* Do a subject pronoun and a past verb of getting stand at token p ("i received", "we got")? */
static bool classify_received_at(const struct order_class_input *in, size_t p, size_t e)
{
    static const char *const subjects[] = {"i", "we", "he", "she", "they"};
    static const char *const received[] = {"received", "got",       "ordered", "bought",
                                           "had",      "collected", "picked"};
    return order_tok_in(in->text, in->tokens, p, e, subjects, ORDER_WORDS_N(subjects)) &&
           order_tok_in(in->text, in->tokens, p + 1U, e, received, ORDER_WORDS_N(received));
}

bool classify_received_after(const struct order_class_input *in, const struct order_reading *rg,
                             size_t c)
{
    if (!ORDER_CUES_ANY(&rg->cues, "found", "received", "got", "ordered", "bought", "had",
                        "collected", "picked"))
        return false;
    const struct order_clause *cl = &rg->clauses[c];
    if (cl->question_form || cl->request_form || cl->has_quantity || classify_asks_politely(in, cl))
        return false;
    size_t first = cl->end;
    for (size_t t = 0; t < rg->n_things; t++)
        if (rg->things[t].clause == c && rg->things[t].begin < first)
            first = rg->things[t].begin;
    /* "he found the spoons": "found" right before the thing or one word before it */
    for (size_t i = first > cl->begin + 2U ? first - 2U : cl->begin; i < first; i++)
        if ((rg->roles[i] == ORDER_ROLE_NONE || rg->roles[i] == ORDER_ROLE_LEFTOVER) &&
            order_tok_is(in->text, in->tokens, i, first, "found") &&
            (i + 1U == first || in->tokens[i + 1U].kind == ORDER_TOKEN_WORD))
            return true;
    for (size_t t = 0; t < rg->n_things; t++) {
        const struct order_thing *th = &rg->things[t];
        if (th->clause == c && th->is_span && classify_received_at(in, th->end, cl->end))
            return true;
    }
    return false;
}
