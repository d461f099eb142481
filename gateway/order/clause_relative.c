/* clause_relative.c — "2 horchatas, which i love", "the salsa, which we all adore":
 * "which" or "who" and then a subject open a relative clause that goes on with what came
 * before (clause.c, reading.h pass 2); the subject after the pronoun says it is no question
 * ("which is bigger", "which one", "who makes" ask). Read as a question start, the clause was
 * an inquiry. A '?' still makes the clause a question. */
#include "gateway/order/clause_internal.h"

bool clause_relative_at(const char *text, const struct order_token *tokens, size_t s, size_t e)
{
    static const char *const pronouns[] = {"which", "who", "whom"};
    static const char *const subjects[] = {"nobody",  "noone", "everyone", "everybody", "i",
                                           "we",      "he",    "she",      "they",      "somebody",
                                           "someone", "my",    "our",      "his",       "their"};
    return CLAUSE_IN(pronouns, s) && CLAUSE_IN(subjects, s + 1U);
}
