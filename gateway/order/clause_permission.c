/* clause_permission.c — "is it ok if i order the burger", "would it be alright if we got two
 * fries", "do you mind if i grab a lemonade": asking leave to get a dish is asking for it, as
 * "can i get" is. The question mark makes it no question about the menu: what is asked is
 * whether the customer may have the dish, and the answer is to make it. The customer and a verb
 * of getting must follow the leave asked, so "is it ok if the fries are cold" asks nothing for
 * the kitchen; "is it possible to get" or "is it ok to get" asks what the kitchen can do, which
 * is a question of its own (clause.c). */
#include "gateway/order/clause_internal.h"

/* The words of the leave asked at p: "is it ok if", "would it be alright if", "do you mind if",
 * "mind if"; 0 when none stands there. */
static size_t permission_asked(const char *text, const struct order_token *tokens, size_t p,
                               size_t e)
{
    static const char *const being[] = {"is", "would", "will", "isnt", "wouldnt"};
    static const char *const fine[] = {"ok", "okay", "alright", "fine", "cool"};
    size_t q = p;
    if (order_tok_is(text, tokens, q, e, "do") && order_tok_is(text, tokens, q + 1U, e, "you"))
        q += 2U;
    if (order_tok_is(text, tokens, q, e, "mind") && order_tok_is(text, tokens, q + 1U, e, "if"))
        return q + 2U - p;
    if (q > p || !CLAUSE_IN(being, q) || !order_tok_is(text, tokens, q + 1U, e, "it"))
        return 0;
    q += 2U;
    if (order_tok_is(text, tokens, q, e, "be"))
        q++;
    if (!CLAUSE_IN(fine, q))
        return 0;
    return order_tok_is(text, tokens, q + 1U, e, "if") ? q + 2U - p : 0;
}

size_t clause_permission_opener(const char *text, const struct order_token *tokens, size_t p,
                                size_t e)
{
    static const char *const subjects[] = {"i", "we"};
    static const char *const manner[] = {"just", "also", "maybe", "quickly", "please", "pls"};
    static const char *const getting[] = {"get",     "got", "have", "had",  "grab", "order",
                                          "ordered", "try", "take", "took", "buy"};
    size_t q = p + permission_asked(text, tokens, p, e);
    if (q == p || !CLAUSE_IN(subjects, q))
        return 0;
    q++;
    for (size_t m = 0; m < 2U && CLAUSE_IN(manner, q); m++)
        q++;
    return CLAUSE_IN(getting, q) ? q + 1U - p : 0;
}
