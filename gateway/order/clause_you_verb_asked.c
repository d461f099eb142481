/* clause_you_verb_asked.c — "you make onion rings?", "you boys sell churros?", "u folks do
 * breakfast?": a question whose auxiliary was dropped, "you" (perhaps with a word that
 * addresses a group) and a verb of making or selling at the clause's start, and a question
 * mark in the clause. It asks what the kitchen does, as "do you make ..." would; without the
 * mark ("you make the best fries") it is no question. */
#include "gateway/order/clause_internal.h"

size_t clause_you_verb_asked(const char *text, const struct order_token *tokens, size_t s, size_t e)
{
    static const char *const yous[] = {"you", "u", "ya"};
    static const char *const groups[] = {"guys", "boys", "girls", "folks", "all", "people"};
    static const char *const verbs[] = {"make", "sell", "serve", "carry", "do"};
    if (!CLAUSE_IN(yous, s))
        return 0;
    size_t p = s + 1U + (CLAUSE_IN(groups, s + 1U) ? 1U : 0U);
    if (!CLAUSE_IN(verbs, p))
        return 0;
    for (size_t q = p + 1U; q < e; q++)
        if (tokens[q].kind == ORDER_TOKEN_PUNCT && tokens[q].punct == '?')
            return p + 1U - s;
    return 0;
}
