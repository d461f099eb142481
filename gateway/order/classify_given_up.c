/* classify_given_up.c — requests that ask for nothing now (classify.c, reading.h pass 5): a
 * plan told in the past and given up after "but" ("we were gonna get 10 tacos but plans
 * changed"), and a dish of an order before asked to be put right ("can i get one
 * refunded"). The dishes say what the plan or the complaint was about; none is ordered. */
#include "gateway/order/classify_internal.h"

/* Does a plan told in the past start at token i: "was"/"were" after the one who planned,
 * then "gonna" or "going to" ("i was gonna get", "we were going to order")? The match form
 * reads "we're" as "were", so "were" needs its subject before it: "we're gonna" is a plan
 * of now. */
static bool classify_past_plan_at(const struct order_class_input *in, size_t i, size_t begin,
                                  size_t end)
{
    static const char *const plural[] = {"we", "they", "you"};
    const char *t = in->text;
    bool was = order_tok_is(t, in->tokens, i, end, "was");
    if (!was && !order_tok_is(t, in->tokens, i, end, "were"))
        return false;
    if (i == begin || in->tokens[i - 1U].kind != ORDER_TOKEN_WORD ||
        (!was && !order_tok_in(t, in->tokens, i - 1U, end, plural, ORDER_WORDS_N(plural))))
        return false;
    return order_tok_is(t, in->tokens, i + 1U, end, "gonna") ||
           (order_tok_is(t, in->tokens, i + 1U, end, "going") &&
            order_tok_is(t, in->tokens, i + 2U, end, "to"));
}

/* Do the tokens [from, end) ask for or change nothing: no dish, count, change or opener? */
static bool classify_asks_nothing(const struct order_reading *rg, size_t from, size_t end)
{
    for (size_t k = from; k < end; k++)
        if (rg->roles[k] == ORDER_ROLE_ITEM || rg->roles[k] == ORDER_ROLE_QTY ||
            rg->roles[k] == ORDER_ROLE_LEFTOVER || rg->roles[k] == ORDER_ROLE_MODIFIER ||
            rg->roles[k] == ORDER_ROLE_OPENER)
            return false;
    return true;
}

/* Is the plan of clause c given up: "but" after its last thing with nothing asked after it,
 * in the clause or opening the next one ("..., but plans changed")? */
static bool classify_plan_dropped(const struct order_class_input *in,
                                  const struct order_reading *rg, size_t c, size_t last)
{
    const struct order_clause *cl = &rg->clauses[c];
    for (size_t k = last; k < cl->end; k++)
        if (order_tok_is(in->text, in->tokens, k, cl->end, "but"))
            return classify_asks_nothing(rg, k + 1U, cl->end);
    if (c + 1U >= rg->n_clauses)
        return false;
    const struct order_clause *next = &rg->clauses[c + 1U];
    return next->intent != ORDER_INTENT_REQUEST &&
           order_tok_is(in->text, in->tokens, next->begin, next->end, "but") &&
           classify_asks_nothing(rg, next->begin, next->end);
}

/* Does clause q ask of a dish by a pronoun after its verb ("is it safe for her?", "are they
 * spicy", "does it have nuts")? */
static bool classify_asks_of_pronoun(const struct order_class_input *in,
                                     const struct order_reading *rg, size_t q)
{
    static const char *const verbs[] = {"is", "are", "does", "do", "would", "will", "can"};
    static const char *const pronouns[] = {"it", "they", "its"};
    const struct order_clause *cl = &rg->clauses[q];
    if (cl->intent != ORDER_INTENT_OTHER || !cl->question_form || classify_clause_things(rg, q) > 0)
        return false;
    return order_tok_in(in->text, in->tokens, cl->begin, cl->end, verbs, ORDER_WORDS_N(verbs)) &&
           order_tok_in(in->text, in->tokens, cl->begin + 1U, cl->end, pronouns,
                        ORDER_WORDS_N(pronouns));
}

void classify_plans_given_up(const struct order_class_input *in, struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "but") || !ORDER_CUES_ANY(&rg->cues, "gonna", "going") ||
        !ORDER_CUES_ANY(&rg->cues, "was", "were"))
        return;
    for (size_t c = 0; c < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        if (cl->intent != ORDER_INTENT_REQUEST && cl->intent != ORDER_INTENT_NONE)
            continue; /* a plan told as no matter of its own is given up as well */
        size_t first = cl->end, last = cl->begin;
        for (size_t x = 0; x < rg->n_things; x++) {
            const struct order_thing *th = &rg->things[x];
            if (th->clause != c)
                continue;
            first = th->begin < first ? th->begin : first;
            last = th->end > last ? th->end : last;
        }
        if (first == cl->end)
            continue;
        bool planned = false;
        for (size_t i = cl->begin; i < first && !planned; i++)
            planned = classify_past_plan_at(in, i, cl->begin, cl->end);
        if (!planned || !classify_plan_dropped(in, rg, c, last))
            continue;
        cl->intent = ORDER_INTENT_NONE;
        /* "..., but she can't have gluten, is it safe for her?": the dish given up is what
         * a question after the reason asks of */
        for (size_t q = c + 1U; q < rg->n_clauses && q <= c + 2U; q++)
            if (classify_asks_of_pronoun(in, rg, q))
                rg->clauses[q].intent = ORDER_INTENT_QUESTION;
    }
}

void classify_remedy_asked(const struct order_class_input *in, struct order_reading *rg)
{
    /* what is done to a dish that came wrong or was charged wrong, said of it as done */
    static const char *const remedies[] = {"refunded",    "replaced", "remade", "redone",
                                           "reimbursed",  "credited", "comped", "resent",
                                           "redelivered", "exchanged"};
    if (!ORDER_CUES_ANY(&rg->cues, "refunded", "replaced", "remade", "redone", "reimbursed",
                        "credited", "comped", "resent", "redelivered", "exchanged"))
        return;
    for (size_t c = 0; c < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        if (cl->intent != ORDER_INTENT_REQUEST || !cl->request_form)
            continue;
        for (size_t i = cl->begin + 1U; i < cl->end; i++)
            if (rg->roles[i] != ORDER_ROLE_ITEM &&
                order_tok_in(in->text, in->tokens, i, cl->end, remedies, ORDER_WORDS_N(remedies))) {
                cl->intent = ORDER_INTENT_OTHER;
                break;
            }
    }
}
