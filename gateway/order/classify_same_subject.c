/* classify_same_subject.c — a question that goes on asking of what the question before it
 * was about (classify.c, reading.h pass 5): "do you make the nuggets in house or are they
 * frozen?", "is the wrap spicy? is it big?". An auxiliary and a pronoun open it, pointing at
 * the dish just asked about: whatever its words would say alone (a complaint of food
 * "frozen"), it is the same question's; so is one that says what the question means ("like
 * what rennet is in the cheese"). */
#include "gateway/order/classify_internal.h"

void classify_same_subject(const struct order_understanding *u, const struct order_class_input *in,
                           struct order_reading *rg)
{
    static const char *const auxiliaries[] = {"is", "are", "does", "do", "was", "were", "can"};
    static const char *const pronouns[] = {"it", "they", "those", "these", "that", "them"};
    for (size_t c = 1; c < rg->n_clauses; c++) {
        struct order_clause *cl = &rg->clauses[c];
        const struct order_clause *q = &rg->clauses[c - 1U];
        if (cl->intent != ORDER_INTENT_OTHER || q->intent != ORDER_INTENT_QUESTION)
            continue;
        size_t i = cl->begin;
        while (i < cl->end && in->tokens[i].kind != ORDER_TOKEN_WORD)
            i++;
        if (cl->question_form && classify_clause_things(rg, c) == 0 &&
            order_tok_in(in->text, in->tokens, i, cl->end, auxiliaries,
                         sizeof(auxiliaries) / sizeof(*auxiliaries)) &&
            order_tok_in(in->text, in->tokens, i + 1U, cl->end, pronouns,
                         sizeof(pronouns) / sizeof(*pronouns)))
            cl->intent = ORDER_INTENT_QUESTION;
        /* "is it veggie? like what rennet is in the cheese": "like" and a question's start
         * say what the question means */
        else if (order_tok_is(in->text, in->tokens, i, cl->end, "like") &&
                 order_patterns_longest(&u->question_starts, in->text, in->tokens, i + 1U, cl->end,
                                        NULL) > 0)
            cl->intent = ORDER_INTENT_QUESTION;
    }
}
