/* classify_past_reason.c — a visit before told beside a question of the menu (classify.c,
 * reading.h pass 5): "do you have the falafel wrap today? last time you were out", "last
 * time i had the elote it was pretty spicy. is the chili powder optional?". A clause in the
 * past reads as a report of what came, another matter; right beside a question that names
 * a dish or food of the menu, in a message that asks for nothing, it only says why the
 * customer asks. A clause that names the customer's own order or things ("my order last
 * night was missing the fries", "our fries were cold") stays a complaint. */
#include "gateway/order/classify_internal.h"

/* Does clause c name a dish, a word of the menu or food? */
static bool past_reason_names_menu(const struct order_class_input *in,
                                   const struct order_reading *rg, size_t c)
{
    const struct order_clause *cl = &rg->clauses[c];
    for (size_t i = cl->begin; i < cl->end; i++)
        if (rg->roles[i] == ORDER_ROLE_ITEM)
            return true;
    return classify_names_food(in, cl->begin, cl->end);
}

/* Is clause c a statement of the past that holds nothing of the customer's own ("my",
 * "our") and no order, no question mark? */
static bool past_reason_told(const struct order_class_input *in, const struct order_reading *rg,
                             size_t c)
{
    static const char *const owned[] = {"my", "our", "order", "orders"};
    const struct order_clause *cl = &rg->clauses[c];
    if (cl->intent != ORDER_INTENT_OTHER || cl->request_form || cl->question_form ||
        classify_clause_asked(in, cl))
        return false;
    for (size_t i = cl->begin; i < cl->end; i++)
        if (order_tok_in(in->text, in->tokens, i, cl->end, owned, ORDER_WORDS_N(owned)))
            return false;
    return classify_about_past(in, rg, cl, cl->end, true);
}

/* Do clauses c and q each name dishes of the menu, c one that q does not? "the brownie i got
 * last week was stale. do you still do the carrot cake?": a report of another dish, its own
 * matter. A question of a part ("is the chili powder optional?") names no dish of its own. */
static bool past_reason_other_dish(const struct order_reading *rg, size_t c, size_t q)
{
    bool asked = false;
    for (size_t y = 0; y < rg->n_things && !asked; y++)
        asked = rg->things[y].clause == q && rg->things[y].is_span && rg->things[y].item >= 0;
    for (size_t x = 0; x < rg->n_things && asked; x++) {
        const struct order_thing *th = &rg->things[x];
        if (th->clause != c || !th->is_span || th->item < 0)
            continue;
        bool shared = false;
        for (size_t y = 0; y < rg->n_things && !shared; y++)
            shared = rg->things[y].clause == q && rg->things[y].is_span &&
                     rg->things[y].item == th->item;
        if (!shared)
            return true;
    }
    return false;
}

/* Is clause c a question of the menu? */
static bool past_reason_asks(const struct order_class_input *in, const struct order_reading *rg,
                             size_t c)
{
    return rg->clauses[c].intent == ORDER_INTENT_QUESTION && past_reason_names_menu(in, rg, c);
}

void classify_past_reasons(const struct order_class_input *in, struct order_reading *rg)
{
    classify_again_reasons(in, rg); /* "last time i had ... i'll have that again" */
    /* the past of classify_about_past, which past_reason_told needs */
    if (!ORDER_CUES_ANY(&rg->cues, "was", "had", "did", "wasnt", "werent", "didnt", "hadnt",
                        "tasted", "came", "arrived", "forgot", "received", "got", "ate", "bought",
                        "tried", "ordered", "left", "gave", "stole", "took", "dropped", "spilled",
                        "loved", "enjoyed", "finished", "devoured", "brought", "threw", "paid") &&
        !ORDER_CUES_ANY(&rg->cues, "were", "made"))
        return;
    if (rg->n_clauses < 2U || classify_any_intent(rg, ORDER_INTENT_REQUEST))
        return;
    for (size_t c = 0; c < rg->n_clauses; c++) {
        size_t q = c > 0 && past_reason_asks(in, rg, c - 1U) ? c - 1U : c;
        if (q == c && c + 1U < rg->n_clauses && past_reason_asks(in, rg, c + 1U))
            q = c + 1U;
        if (q != c && past_reason_told(in, rg, c) && !past_reason_other_dish(rg, c, q))
            rg->clauses[c].intent = ORDER_INTENT_NONE;
    }
}
