/* clause_modal_asked.c — "would the brownie be ok for my son?", "will the wrap keep till
 * tonight?", "should these fries be this soft?": a modal verb opening a clause before a
 * noun phrase's determiner puts the subject after the verb, which English does to ask. "can
 * the" is already a question start; "could i" asks for something, so only modals before a
 * determiner of a thing are read here, and "might you", which asks as "would you" does. */
#include "gateway/order/clause_internal.h"

bool clause_modal_asked(const char *text, const struct order_token *tokens, size_t s, size_t e)
{
    static const char *const modals[] = {"would", "will", "should", "might", "shall"};
    static const char *const determiners[] = {"the",   "this", "that",   "these",
                                              "those", "your", "either", "both"};
    /* "might you tell me ...": as "would you" asks (a question start of the understanding) */
    if (order_tok_is(text, tokens, s, e, "might") && order_tok_is(text, tokens, s + 1U, e, "you"))
        return true;
    return CLAUSE_IN(modals, s) && CLAUSE_IN(determiners, s + 1U);
}
