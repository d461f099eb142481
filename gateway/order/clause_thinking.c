/* clause_thinking.c — "i was thinking the carnitas bowl", "we were thinking maybe two
 * burritos": a subject thinking of dishes, in the past or the present, says what it means to
 * order, as "i think i'll have" does (clause_openers.c). It opens a request only when a menu
 * word follows within a few words and before any punctuation, the words between no
 * preposition: "i was thinking about the tacos i had" tells of them, it asks for nothing. */
#include "gateway/order/clause_internal.h"

size_t clause_thinking_opener(const char *text, const struct order_token *tokens, size_t p,
                              size_t e, const struct order_reading *out)
{
    enum { DISH_WORDS_AFTER = 4 }; /* "maybe | enough | chicken | taquitos" */
    static const char *const subjects[] = {"i was", "we were", "i am", "we are"};
    static const char *const prepositions[] = {"about", "of", "on", "that", "if", "to"};
    if (!ORDER_CUES_ANY(&out->cues, "thinking"))
        return 0;
    size_t q = p;
    if (order_tok_is(text, tokens, q, e, "im") || order_tok_is(text, tokens, q, e, "were"))
        q++;
    else if (CLAUSE_IN(subjects, q))
        q += 2U;
    if (q == p || !order_tok_is(text, tokens, q, e, "thinking"))
        return 0;
    for (size_t d = q + 1U; d < e && d <= q + DISH_WORDS_AFTER; d++) {
        if (tokens[d].kind != ORDER_TOKEN_WORD ||
            order_tok_in(text, tokens, d, e, prepositions, ORDER_WORDS_N(prepositions)))
            return 0;
        if (out->n_hits[d] > 0)
            return q + 1U - p;
    }
    return 0;
}
