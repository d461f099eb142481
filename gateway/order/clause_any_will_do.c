/* clause_any_will_do.c — "any burger is fine", "any smoothie will do": "any" opens a
 * question ("any vegan options?"), but before a kind of dish and words saying it would
 * content the customer, it leaves the pick among that kind to the kitchen. The dish is asked
 * for, which one of the kind is open: a request, no question of what there is. */
#include "gateway/order/clause_internal.h"

#include <string.h>

/* "two salads, any kind, and a lemonade": "any" and a word for a kind in general, set off
 * by a comma or ending the sentence, no '?' in the clause, leaves the pick of the dish named
 * before to the kitchen as "any burger is fine" does; it asks nothing. Otherwise *p moves
 * past the word, for the words of content after it ("any kind is fine"). */
static bool clause_any_kind_said(const char *text, const struct order_token *tokens, size_t s,
                                 size_t e, size_t *p)
{
    static const char *const kinds[] = {"kind", "type", "sort", "flavor", "flavour", "one"};
    if (!CLAUSE_IN(kinds, s + 1U))
        return false;
    *p = s + 2U;
    for (size_t i = s; i < e; i++)
        if (tokens[i].kind == ORDER_TOKEN_PUNCT && tokens[i].punct == '?')
            return false;
    return *p == e || (tokens[*p].kind == ORDER_TOKEN_PUNCT && strchr(",.!", tokens[*p].punct));
}

bool clause_any_will_do(const char *text, const struct order_token *tokens,
                        const struct order_reading *out, size_t s, size_t e)
{
    enum { KIND_WORDS_MAX = 3 };
    static const char *const be[] = {"is", "would be", "will be", "should be"};
    static const char *const content[] = {"fine", "ok", "okay", "good", "great", "cool"};
    static const char *const doing[] = {"will do", "would do", "works", "should do"};
    if (!ORDER_CUES_ANY(&out->cues, "any"))
        return false;
    if (!order_tok_is(text, tokens, s, e, "any"))
        return false;
    size_t p = s + 1U;
    while (p < e && p < s + 1U + KIND_WORDS_MAX && tokens[p].kind == ORDER_TOKEN_WORD &&
           out->n_hits[p] > 0)
        p++;
    if (p == s + 1U && clause_any_kind_said(text, tokens, s, e, &p))
        return true;
    if (p == s + 1U)
        return false;
    if (CLAUSE_IN(doing, p))
        return true;
    if (!CLAUSE_IN(be, p))
        return false;
    p += order_tok_is(text, tokens, p, e, "is") ? 1U : 2U;
    return CLAUSE_IN(content, p);
}
