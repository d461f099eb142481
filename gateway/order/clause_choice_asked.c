/* clause_choice_asked.c — a choice asked after a dash: "the mango smoothie - real mango or
 * syrup?", "falafel wrap - baked or fried?". Two short sides joined by one "or", closing the
 * sentence with a question mark, ask which way the thing before the dash is made: a question
 * of its own, not a list of more dishes. */
#include "gateway/order/clause_internal.h"

enum { CHOICE_SIDE_WORDS_MAX = 3 };

bool clause_choice_asked_after(const char *text, const struct order_token *tokens, size_t i,
                               size_t n)
{
    size_t words = 0, ors = 0;
    for (size_t p = i; p < n; p++) {
        const struct order_token *t = &tokens[p];
        if (t->kind == ORDER_TOKEN_PUNCT)
            return t->punct == '?' && ors == 1U && words > 0;
        if (order_tok_is(text, tokens, p, n, "or")) {
            if (words == 0 || ++ors > 1U)
                return false;
            words = 0;
            continue;
        }
        if (++words > CHOICE_SIDE_WORDS_MAX)
            return false;
    }
    return false;
}
