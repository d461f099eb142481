/* classify_echoed_contents.c — right after a question, food said inside other food and asked
 * back ("what's in the california burrito? fries IN a burrito??", "is there egg in it? egg on
 * a burger?"): the customer repeats what the dish holds in surprise. The clause names dishes,
 * yet it only takes up the question before it; it orders nothing (classify.c, reading.h
 * pass 5). */
#include "gateway/order/classify_internal.h"

/* Is token i inside a thing of clause c? */
static bool classify_in_thing(const struct order_reading *rg, size_t c, size_t i)
{
    for (size_t t = 0; t < rg->n_things; t++)
        if (rg->things[t].clause == c && rg->things[t].begin <= i && i < rg->things[t].end)
            return true;
    return false;
}

/* Is clause c things joined by a preposition of where food goes ("in", "on", "inside"),
 * articles and '?' alone, ending in '?'? */
static bool classify_contents_echoed(const struct order_class_input *in,
                                     const struct order_reading *rg, size_t c)
{
    static const char *const where[] = {"in", "inside", "on", "into"};
    const struct order_clause *cl = &rg->clauses[c];
    const struct order_token *t = in->tokens;
    if (cl->end <= cl->begin || t[cl->end - 1U].kind != ORDER_TOKEN_PUNCT ||
        t[cl->end - 1U].punct != '?')
        return false;
    size_t things = 0, joins = 0;
    bool in_thing = false;
    for (size_t i = cl->begin; i < cl->end; i++) {
        if (t[i].kind == ORDER_TOKEN_PUNCT) {
            if (t[i].punct != '?')
                return false;
            in_thing = false;
            continue;
        }
        if (classify_in_thing(rg, c, i)) {
            things += !in_thing;
            in_thing = true;
            continue;
        }
        in_thing = false;
        if (order_tok_in(in->text, t, i, cl->end, where, ORDER_WORDS_N(where)))
            joins++;
        else if (!order_tok_article(in->text, t, i, cl->end))
            return false;
    }
    return joins == 1 && things == 2;
}

void classify_echoed_contents(const struct order_class_input *in, struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "in", "inside", "on", "into"))
        return;
    for (size_t c = 1; c < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        if (cl->intent == ORDER_INTENT_REQUEST && !cl->request_form &&
            rg->clauses[c - 1].intent == ORDER_INTENT_QUESTION &&
            classify_contents_echoed(in, rg, c))
            cl->intent = ORDER_INTENT_QUESTION;
    }
}
