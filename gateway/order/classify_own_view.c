/* classify_own_view.c — the customer's own view of food (classify.c, reading.h pass 5): "i
 * find dressings rather disagree with me", "we think onions never sit well". "I" or "we" and
 * a verb of finding, thinking or knowing, then food and words that say something of it, tell
 * how the customer takes that food, or what they saw of it ("i see anchovies listed"):
 * nothing is asked for. The food was read as a dish with
 * no opener before it, as a bare list's line is. A food ending the clause ("i think the
 * falafel wrap") or followed by a modal ("i think fries would be good") is still a choice. */
#include "gateway/order/classify_internal.h"

/* The token after "I"/"we" and a verb of view that open clause cl (past greetings, fillers
 * and one adverb), or cl->end when it opens otherwise; the token after the subject in *s. */
static size_t own_view_after(const struct order_class_input *in, const struct order_reading *rg,
                             const struct order_clause *cl, size_t *s)
{
    static const char *const subjects[] = {"i", "we"};
    static const char *const adverbs[] = {"always",    "usually", "generally", "often",
                                          "sometimes", "really",  "honestly",  "personally"};
    static const char *const viewing[] = {
        "find",    "found",  "think",   "thought", "feel",    "felt", "know", "knew",
        "believe", "reckon", "suppose", "notice",  "noticed", "see",  "saw",  "spotted"};
    size_t p = cl->begin;
    while (p < cl->end &&
           (rg->roles[p] == ORDER_ROLE_GREETING || rg->roles[p] == ORDER_ROLE_FILLER ||
            in->tokens[p].kind == ORDER_TOKEN_PUNCT))
        p++;
    if (!order_tok_in(in->text, in->tokens, p, cl->end, subjects, ORDER_WORDS_N(subjects)))
        return cl->end;
    *s = ++p;
    if (order_tok_in(in->text, in->tokens, p, cl->end, adverbs, ORDER_WORDS_N(adverbs)))
        p++;
    if (!order_tok_in(in->text, in->tokens, p, cl->end, viewing, ORDER_WORDS_N(viewing)) ||
        order_tok_is(in->text, in->tokens, p + 1U, cl->end, "like")) /* "i feel like fries" */
        return cl->end;
    return p + 1U;
}

/* Does clause c tell the customer's view of the food it names? */
static bool own_view_of_food(const struct order_class_input *in, const struct order_reading *rg,
                             size_t c)
{
    static const char *const modals[] = {"would", "will", "could", "should", "might", "wd", "d"};
    const struct order_clause *cl = &rg->clauses[c];
    size_t s = cl->end, v = own_view_after(in, rg, cl, &s);
    if (v >= cl->end)
        return false;
    size_t last = 0;
    for (size_t t = 0; t < rg->n_things; t++) {
        const struct order_thing *th = &rg->things[t];
        if (th->clause != c)
            continue;
        if (th->begin < s || th->qty_explicit || th->reference)
            return false; /* a dish before the view, or one counted: asked for */
        last = th->end > last ? th->end : last;
    }
    if (last == 0)
        return false;
    /* "i reckon the falafel wrap then": words that close a choice say nothing of the food */
    static const char *const closing[] = {"then", "too", "also", "please", "pls", "thanks"};
    size_t said = 0; /* words after the last food that say something of it */
    for (size_t i = last; i < cl->end; i++) {
        if (in->tokens[i].kind != ORDER_TOKEN_WORD || rg->roles[i] == ORDER_ROLE_FILLER ||
            order_tok_in(in->text, in->tokens, i, cl->end, closing, ORDER_WORDS_N(closing)))
            continue;
        if (rg->roles[i] == ORDER_ROLE_ITEM || rg->roles[i] == ORDER_ROLE_QTY ||
            order_tok_in(in->text, in->tokens, i, cl->end, modals, ORDER_WORDS_N(modals)))
            return false;
        said++;
    }
    return said > 0;
}

void classify_own_views(const struct order_class_input *in, struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "i", "we") ||
        !ORDER_CUES_ANY(&rg->cues, "find", "found", "think", "thought", "feel", "felt", "know",
                        "knew", "believe", "reckon", "suppose", "notice", "noticed", "see", "saw",
                        "spotted"))
        return;
    for (size_t c = 0; c < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        if (!classify_request_unmarked(in, cl) || cl->question_form || !own_view_of_food(in, rg, c))
            continue;
        cl->intent = ORDER_INTENT_OTHER;
    }
}
