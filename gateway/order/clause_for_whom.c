/* clause_for_whom.c — whom or what the order is for, said before the request with no comma:
 * "for my mom i want 50 tamales", "For the party we need 30 churros". The words after "for"
 * name the occasion or the eater, no dish; the subject after them opens the request as at
 * the clause's start. Else the opener is not read, a dish the menu lacks after it is lost
 * rather than declined, and a clause of only such dishes is no order at all. */
#include "gateway/order/clause_internal.h"
#include "gateway/order/food.h"

bool clause_for_whom_before(const struct order_reader *rd, const char *text,
                            const struct order_token *tokens, const struct order_reading *out,
                            size_t s, size_t i, size_t e)
{
    enum { FOR_WHOM_WORDS_MAX = 4 };
    if (!ORDER_CUES_ANY(&out->cues, "for") || i < s + 2U || i > s + 1U + FOR_WHOM_WORDS_MAX ||
        !order_tok_is(text, tokens, s, e, "for") || out->roles[s] != ORDER_ROLE_NONE ||
        !clause_subject_at(text, tokens, i, e))
        return false;
    for (size_t p = s + 1U; p < i; p++)
        if (tokens[p].kind != ORDER_TOKEN_WORD || out->roles[p] != ORDER_ROLE_NONE ||
            out->n_hits[p] > 0 || order_food_word(rd->food, text + tokens[p].off, tokens[p].len))
            return false; /* "for 2 burgers we ...": a dish, no eater */
    return true;
}
