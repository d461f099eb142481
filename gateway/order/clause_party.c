/* clause_party.c — a party counted out as the subject of a request (clause_openers.c,
 * reading.h pass 3): "two of us", "the 3 of us", "both of us", "all of them". Said before a
 * modal and a verb of getting ("two of us would like a beer") it is who wants what follows,
 * as "we" would be: the count tells the people, and what they want is a thing asked for,
 * whether the menu has it or not. */
#include "gateway/order/clause_internal.h"

size_t clause_party_at(const char *text, const struct order_token *tokens, size_t i, size_t e)
{
    /* how many of the party: a count, or a word that counts all or some of it */
    static const char *const counts[] = {"two",   "three", "four", "five",    "six", "seven",
                                         "eight", "nine",  "ten",  "both",    "all", "each",
                                         "some",  "most",  "few",  "several", "many"};
    static const char *const party[] = {"us", "them", "you"};
    size_t p = i;
    if (order_tok_is(text, tokens, p, e, "the"))
        p++; /* "the two of us" */
    if (p >= e || tokens[p].kind != ORDER_TOKEN_WORD)
        return 0;
    bool digits = tokens[p].len > 0 && tokens[p].len <= 2;
    for (size_t k = 0; digits && k < tokens[p].len; k++)
        digits = text[tokens[p].off + k] >= '0' && text[tokens[p].off + k] <= '9';
    if (!digits && !CLAUSE_IN(counts, p))
        return 0;
    if (!order_tok_is(text, tokens, p + 1, e, "of") || !CLAUSE_IN(party, p + 2))
        return 0;
    return p + 3 - i;
}
