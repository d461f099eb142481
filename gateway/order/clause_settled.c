/* clause_settled.c — "we settled on 3 shrimp tacos", "i've decided on the carnitas bowl",
 * "we finally landed on two flan": a choice the customer (or their party) has come to, told in
 * the past, is what they order now, as "i'll go with" is. It is no report of an earlier visit:
 * the object of a choice "on" is the dish chosen. Someone else's choice ("she decided on") is
 * reported speech, read elsewhere. */
#include "gateway/order/clause_internal.h"

size_t clause_settled_opener(const char *text, const struct order_token *tokens, size_t p, size_t e)
{
    static const char *const subjects[] = {"i", "we", "ive", "weve"};
    static const char *const adverbs[] = {"finally", "just", "now", "all", "eventually"};
    static const char *const choosing[] = {"settled", "decided", "landed", "agreed"};
    size_t q = p;
    if (!CLAUSE_IN(subjects, q))
        return 0;
    q++;
    if (order_tok_is(text, tokens, q, e, "have"))
        q++;
    if (CLAUSE_IN(adverbs, q))
        q++;
    if (!CLAUSE_IN(choosing, q) || !order_tok_is(text, tokens, q + 1U, e, "on"))
        return 0;
    return q + 2U - p;
}
