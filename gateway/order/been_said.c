/* been_said.c — how long or how the customer's day has been, told in a part of its own beside
 * the dishes (reading.h): "a flan, its been a long day", "a wrap, been a rough week", "its been
 * a long day, a cheeseburger please". "its been", "it has been", "ive been", "weve been" or
 * "been" opening the part after a mark or at the clause's start: what follows the verb of being
 * says how things are, it names no dish ("been" is no misspelt "bean"). The words left over there
 * are asked for by nobody, and the classifier reads the part as a remark of its own
 * (classify_remark_own.c). */
#include "gateway/order/reading.h"

size_t order_been_said(const char *text, const struct order_token *tokens, size_t i, size_t e)
{
    static const char *const subjects[] = {"its", "ive", "weve", "itll"};
    size_t n = i;
    if (order_tok_in(text, tokens, n, e, subjects, ORDER_WORDS_N(subjects)))
        n++;
    else if (order_tok_is(text, tokens, n, e, "it") && order_tok_is(text, tokens, n + 1U, e, "has"))
        n += 2U;
    if (!order_tok_is(text, tokens, n, e, "been"))
        return 0;
    return n + 1U - i;
}

void order_read_been_said(const char *text, const struct order_token *tokens,
                          struct order_reading *rg)
{
    for (size_t x = 0; x < rg->n_things; x++) {
        struct order_thing *th = &rg->things[x];
        const struct order_clause *cl = &rg->clauses[th->clause];
        if (th->is_span || th->reference ||
            (th->end < cl->end && tokens[th->end].kind != ORDER_TOKEN_PUNCT))
            continue;
        /* the part opens at a mark or the clause's start, the verb in the words left over or
         * right before them */
        size_t s = th->begin;
        enum { BEEN_WORDS_MAX = 3 }; /* "it has been" */
        while (s > cl->begin && tokens[s - 1U].kind == ORDER_TOKEN_WORD &&
               th->begin - s < BEEN_WORDS_MAX)
            s--;
        if (s > cl->begin && tokens[s - 1U].kind != ORDER_TOKEN_PUNCT)
            continue;
        size_t k = order_been_said(text, tokens, s, cl->end);
        if (k > 0 && s + k >= th->begin && s + k < th->end)
            th->reference = true; /* "its been a long day" */
    }
}
