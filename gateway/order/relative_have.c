/* relative_have.c — "that spicy burger u guys have", "the horchata you make", "the bowl that
 * yall serve": after a dish's name, the restaurant as subject and a verb of having or making,
 * closing its part, say which dish, as a relative clause does ("the burger (that) you guys
 * have"). Its words name no change and ask nothing: they are filler, and "u guys have" there
 * is no question. A '?' after them asks whether the restaurant has it. */
#include <string.h>

#include "gateway/order/reading.h"

/* The tokens of the restaurant as subject at token i ("you", "u guys", "yall", "ya"), or 0. */
static size_t relative_subject_at(const char *text, const struct order_token *tokens, size_t i,
                                  size_t e)
{
    static const char *const yous[] = {"you", "u", "ya", "yall", "y'all"};
    static const char *const groups[] = {"guys", "all", "folks"};
    if (!order_tok_in(text, tokens, i, e, yous, ORDER_WORDS_N(yous)))
        return 0;
    return order_tok_in(text, tokens, i + 1U, e, groups, ORDER_WORDS_N(groups)) ? 2 : 1;
}

void order_read_relative_have(const char *text, const struct order_token *tokens, size_t c,
                              struct order_reading *rg)
{
    static const char *const verbs[] = {"have", "make", "sell", "serve", "do", "got", "had"};
    if (!ORDER_CUES_ANY(&rg->cues, "have", "make", "sell", "serve", "do", "got", "had"))
        return;
    size_t e = rg->clauses[c].end;
    for (size_t t = 0; t < rg->n_things; t++) {
        const struct order_thing *th = &rg->things[t];
        if (th->clause != c || !th->is_span)
            continue;
        size_t p = th->end;
        if (order_tok_is(text, tokens, p, e, "that") || order_tok_is(text, tokens, p, e, "which"))
            p++;
        size_t k = relative_subject_at(text, tokens, p, e);
        if (k == 0 || !order_tok_in(text, tokens, p + k, e, verbs, ORDER_WORDS_N(verbs)))
            continue;
        size_t end = p + k + 1U;
        /* closed by the clause's end, a mark other than '?' or "and" ("..., and 2 fries") */
        bool closes = end >= e || order_tok_is(text, tokens, end, e, "and") ||
                      (tokens[end].kind == ORDER_TOKEN_PUNCT && tokens[end].punct != '?');
        for (size_t q = end; q < e && closes && tokens[q].kind == ORDER_TOKEN_PUNCT; q++)
            closes = tokens[q].punct != '?';
        for (size_t q = th->end; closes && q < end; q++)
            closes = rg->roles[q] == ORDER_ROLE_NONE;
        if (closes)
            memset(rg->roles + th->end, ORDER_ROLE_FILLER, end - th->end);
    }
}
