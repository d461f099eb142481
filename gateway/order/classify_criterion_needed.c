/* classify_criterion_needed.c — "which taco has the most meat? i need the most protein": right
 * after a question, a clause of needing or wanting whose object is a degree ("need the most", "want
 * the most protein", "i need less sugar") and that names no thing says by what the customer will
 * choose among what was asked about. It is the question's, no request of its own: with no
 * dish there is nothing to order, and read as one it made the message an empty order. */
#include "gateway/order/classify_internal.h"

/* The token of the degree that a word of needing at i opens ("need the most", "i need less",
 * "we want the most"), or end when none does. */
static size_t criterion_at(const struct order_class_input *in, size_t i, size_t end)
{
    static const char *const subjects[] = {"i", "we", "just", "really"};
    static const char *const needing[] = {"need", "needs", "want", "wants", "wanna"};
    static const char *const degrees[] = {"max",   "maximum", "most",    "more",   "less",
                                          "least", "min",     "minimum", "fewest", "lowest"};
    const char *text = in->text;
    const struct order_token *t = in->tokens;
    for (size_t k = 0; k < 2U && order_tok_in(text, t, i, end, subjects, ORDER_WORDS_N(subjects));
         k++)
        i++; /* "i really need" */
    if (!order_tok_in(text, t, i, end, needing, ORDER_WORDS_N(needing)))
        return end;
    i += 1U + order_tok_is(text, t, i + 1U, end, "the"); /* "want the most protein" */
    return order_tok_in(text, t, i, end, degrees, ORDER_WORDS_N(degrees)) ? i : end;
}

/* Does clause c name a dish of the menu, or a leftover that starts before the degree at d?
 * What follows the degree ("max sugar") is what is measured, no dish. */
static bool criterion_names_thing(const struct order_reading *rg, size_t c, size_t d)
{
    for (size_t k = 0; k < rg->n_things; k++) {
        const struct order_thing *th = &rg->things[k];
        if (th->clause == c && (th->is_span || th->begin < d))
            return true;
    }
    return false;
}

void classify_criterion_needed(const struct order_class_input *in, struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "need", "needs", "want", "wants", "wanna") ||
        !ORDER_CUES_ANY(&rg->cues, "max", "maximum", "most", "more", "less", "least", "min",
                        "minimum", "fewest", "lowest"))
        return;
    for (size_t c = 1; c < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        if (cl->intent != ORDER_INTENT_REQUEST ||
            rg->clauses[c - 1U].intent != ORDER_INTENT_QUESTION)
            continue;
        size_t i = cl->begin;
        while (i < cl->end &&
               (in->tokens[i].kind != ORDER_TOKEN_WORD || rg->roles[i] == ORDER_ROLE_GREETING))
            i++;
        size_t d = criterion_at(in, i, cl->end);
        if (d < cl->end && !criterion_names_thing(rg, c, d))
            cl->intent = ORDER_INTENT_NONE;
    }
}
