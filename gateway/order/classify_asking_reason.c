/* classify_asking_reason.c — "is the flan made in house? asking as the owner next door":
 * right after a question, a clause that opens with "asking" ("just asking", "im asking",
 * "only asking") says why the customer asks. It is the question's, no matter of its own,
 * whatever the words after it (a job, a shop, a person) would otherwise be read as. */
#include "gateway/order/classify_internal.h"

/* The token after the words that lead to "asking" in clause cl ("im just asking"), past
 * greetings and punctuation. */
static size_t asking_at(const struct order_class_input *in, const struct order_reading *rg,
                        const struct order_clause *cl)
{
    enum { LEAD_WORDS_MAX = 2 }; /* "im just | asking" */
    static const char *const leads[] = {"just", "only", "im", "i", "am", "was", "simply"};
    size_t i = cl->begin;
    while (i < cl->end &&
           (in->tokens[i].kind != ORDER_TOKEN_WORD || rg->roles[i] == ORDER_ROLE_GREETING))
        i++;
    for (size_t k = 0; k < LEAD_WORDS_MAX &&
                       order_tok_in(in->text, in->tokens, i, cl->end, leads, ORDER_WORDS_N(leads));
         k++)
        i++;
    return i;
}

/* "would it be possible to get chicken in the california burrito? just asking before i
 * order": a request put as a question, then "asking before" ordering, was a question asked
 * ahead of the order, no order yet. */
static void asked_before_ordering(const struct order_class_input *in, struct order_reading *rg)
{
    static const char *const ordering[] = {"order", "ordering", "i"};
    for (size_t c = 1; c < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c], *prev = &rg->clauses[c - 1U];
        size_t i = asking_at(in, rg, cl);
        if (prev->intent != ORDER_INTENT_REQUEST || !prev->question_form ||
            !order_tok_is(in->text, in->tokens, i, cl->end, "asking") ||
            !order_tok_is(in->text, in->tokens, i + 1U, cl->end, "before") ||
            !order_tok_in(in->text, in->tokens, i + 2U, cl->end, ordering, ORDER_WORDS_N(ordering)))
            continue;
        prev->intent = ORDER_INTENT_QUESTION;
        cl->intent = ORDER_INTENT_NONE;
    }
}

void classify_asking_reason(const struct order_class_input *in, struct order_reading *rg)
{
    /* "asking" for its own reading, a word of needing for classify_criterion_needed's */
    if (!ORDER_CUES_ANY(&rg->cues, "asking", "need", "needs", "want", "wants", "wanna"))
        return;
    if (ORDER_CUES_ANY(&rg->cues, "asking") && ORDER_CUES_ANY(&rg->cues, "before"))
        asked_before_ordering(in, rg);
    for (size_t c = 1; c < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        if (cl->intent != ORDER_INTENT_OTHER || rg->clauses[c - 1U].intent != ORDER_INTENT_QUESTION)
            continue;
        if (order_tok_is(in->text, in->tokens, asking_at(in, rg, cl), cl->end, "asking"))
            cl->intent = ORDER_INTENT_NONE; /* "im just asking" */
    }
    classify_criterion_needed(in, rg); /* "... i need the most protein": why asked, too */
}
