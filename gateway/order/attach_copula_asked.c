/* attach_copula_asked.c — a question that opens with a copula before a dish ("is the fish
 * one spicy?", "are the pork ones gluten free?"): the words after the dish are what is asked
 * of it, no change of it. Read as a change, "the X one" pointing at a dish asked for before
 * gave that dish the change. Asked by attach_modifier_says_nothing. */
#include "gateway/order/attach_internal.h"

bool attach_copula_asked(const struct attach_state *st, const struct order_thing *th, size_t a,
                         size_t b)
{
    if (!ORDER_CUES_ANY(&st->rg->cues, "is", "are", "isnt", "arent") ||
        !ORDER_CUES_ANY(&st->rg->cues, "the", "this", "that", "these", "those", "your", "ur"))
        return false;
    static const char *const copulas[] = {"is", "are", "isnt", "arent"};
    static const char *const pointers[] = {"the", "this", "that", "these", "those", "your", "ur"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    const struct order_clause *cl = &st->rg->clauses[th->clause];
    if (!cl->question_form || cl->request_form || a < th->end || th->begin < cl->begin + 2U)
        return false;
    size_t p = th->begin - 1U;
    if (!order_tok_in(text, t, p, th->begin, pointers, ORDER_WORDS_N(pointers)))
        return false;
    p--;
    if (!order_tok_in(text, t, p, th->begin, copulas, ORDER_WORDS_N(copulas)))
        return false;
    /* the copula opens the clause, past its punctuation */
    for (size_t q = cl->begin; q < p; q++)
        if (t[q].kind != ORDER_TOKEN_PUNCT)
            return false;
    /* what is asked runs to the clause's end */
    for (size_t q = b; q < cl->end; q++)
        if (t[q].kind != ORDER_TOKEN_PUNCT)
            return false;
    return true;
}
