/* clause_aside_closed.c — a bracketed aside that ends the clause it closes: "🙈🙈 (sorry,
 * that was my kid typing) a mango smoothie and a cold brew". A bracket of several words that
 * name nothing of the menu, after words that name nothing either, is a remark of the
 * customer's: what follows it starts a clause afresh, so the remark's verbs ("was",
 * "grabbed") never make the dishes after it a story told. Short brackets ("(x2)",
 * "(large)"), brackets naming a menu word ("(no onions)") and those after a dish ("the burger
 * (she says it's the best), fries") stay in their clause. Read only at an opening bracket,
 * looking no further than its clause's start and its closing bracket. */
#include "gateway/order/clause_internal.h"

enum { CLAUSE_ASIDE_WORDS_MIN = 4 }; /* "(that was my son)" */

size_t clause_aside_at(const struct order_token *tokens, size_t start, size_t i, size_t n,
                       const struct order_reading *out)
{
    if (tokens[i].kind != ORDER_TOKEN_PUNCT || tokens[i].punct != '(')
        return 0;
    for (size_t p = start; p < i; p++)
        if (out->n_hits[p] > 0)
            return 0;
    size_t words = 0;
    for (size_t p = i + 1U; p < n; p++) {
        if (tokens[p].kind == ORDER_TOKEN_PUNCT && tokens[p].punct == ')')
            return words >= CLAUSE_ASIDE_WORDS_MIN && p + 1U < n ? p : 0;
        if (out->n_hits[p] > 0 || (tokens[p].kind == ORDER_TOKEN_PUNCT && tokens[p].punct == '('))
            return 0;
        words += tokens[p].kind == ORDER_TOKEN_WORD;
    }
    return 0;
}
