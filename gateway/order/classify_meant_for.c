/* classify_meant_for.c — who the dish just named is for, said with a copula after it
 * (classify_facts.c, reading.h pass 5): "a horchata, it is for my mom", "a wrap, this is for
 * my son", "one brownie, that one is for her". A pronoun pointing at the dish, "is" or "are",
 * then "for" and the person: the copula tells whom the dish goes to, nothing of the dish
 * itself. Read as a statement about the dish ("the fries were cold") it made the order a
 * remark and lost it; "its for my mom" was read as asked already. */
#include "gateway/order/classify_internal.h"

#define MEANT_IN(list, at)                                                                         \
    order_tok_in(in->text, in->tokens, (at), cl->end, list, ORDER_WORDS_N(list))

bool classify_meant_for_at(const struct order_class_input *in, const struct order_reading *rg,
                           const struct order_clause *cl, size_t i)
{
    static const char *const copulas[] = {"is", "are", "s"};
    static const char *const pointers[] = {"it", "this", "that", "they", "these", "those"};
    /* the person: a possessive or an object pronoun, or "the" / "a" and a noun */
    static const char *const people[] = {"my",  "our", "his",  "her", "their", "your",   "me",
                                         "him", "us",  "them", "the", "a",     "someone"};
    if (!ORDER_CUES_ANY(&rg->cues, "for") || !ORDER_CUES_ANY(&rg->cues, "is", "are", "s") ||
        !ORDER_CUES_ANY(&rg->cues, "it", "this", "that", "they", "these", "those"))
        return false;
    if (i <= cl->begin || !MEANT_IN(copulas, i) ||
        !order_tok_is(in->text, in->tokens, i + 1U, cl->end, "for") || !MEANT_IN(people, i + 2U))
        return false;
    size_t s = i - 1U; /* "that one is for her" */
    if (order_tok_is(in->text, in->tokens, s, cl->end, "one") && s > cl->begin)
        s--;
    if (!MEANT_IN(pointers, s) || s == cl->begin || in->tokens[s - 1U].kind != ORDER_TOKEN_PUNCT)
        return false;
    /* the person names no dish ("it is for the fries" is no such remark) */
    for (size_t p = i + 2U; p < cl->end && in->tokens[p].kind != ORDER_TOKEN_PUNCT; p++)
        if (rg->roles[p] == ORDER_ROLE_ITEM || rg->roles[p] == ORDER_ROLE_QTY)
            return false;
    return true;
}
