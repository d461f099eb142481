/* clause_dictated_address.c — a dictated message's address standing as a clause of its own:
 * "hey siri message greenbite | does the falafel wrap have nuts". The assistant's name, a verb
 * of sending and who to send to make no request nor question; the clause after holds what the
 * customer says. */
#include "gateway/order/clause_internal.h"

bool clause_address_alone(const char *text, const struct order_token *tokens, size_t p, size_t e)
{
    enum { ADDRESSEE_WORDS_MAX = 4 }; /* "to green bite burger" */
    static const char *const sending[] = {"message", "text", "send", "msg", "tell", "txt"};
    if (!CLAUSE_IN(sending, p))
        return false;
    size_t words = 0;
    for (size_t i = p + 1U; i < e; i++) {
        if (tokens[i].kind != ORDER_TOKEN_WORD)
            return false;
        words++;
    }
    return words > 0 && words <= ADDRESSEE_WORDS_MAX;
}
