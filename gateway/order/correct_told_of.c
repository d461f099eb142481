/* correct_told_of.c — "the kids taquitos for my toddler? wait no. she won't eat taquitos. make
 * that the kids quesadilla": the dish a swap replaces is the last one named, but named there
 * bare after a verb of a statement ("eat taquitos") it is talked of, not asked for again:
 * the swap replaces the same dish asked for before the talk too. */
#include "gateway/order/correct_internal.h"

/* Is span th named bare (no count of its own) right after a word of a verb, no article, no
 * count, no frame word before it ("eat taquitos", "likes churros")? */
static bool correct_named_after_verb(const char *text, const struct order_token *tokens,
                                     const struct order_reading *rg, const struct order_thing *th)
{
    static const char *const determiners[] = {"a",    "an",    "the",   "another", "some",
                                              "more", "those", "these", "that",    "this"};
    if (th->qty_explicit || th->begin == 0 || th->begin <= rg->clauses[th->clause].begin)
        return false;
    size_t p = th->begin - 1U;
    return tokens[p].kind == ORDER_TOKEN_WORD && rg->roles[p] == ORDER_ROLE_NONE &&
           !order_tok_in(text, tokens, p, th->begin, determiners, ORDER_WORDS_N(determiners)) &&
           rg->n_hits[p] == 0;
}

struct order_thing *correct_asked_before_told(const char *text, const struct order_token *tokens,
                                              struct order_reading *rg,
                                              const struct order_thing *was)
{
    if (!was->is_span || was->item < 0 || !correct_named_after_verb(text, tokens, rg, was))
        return NULL;
    struct order_thing *asked = NULL;
    for (size_t s = 0; s < rg->n_things; s++) {
        struct order_thing *o = &rg->things[s];
        if (o != was && o->is_span && !o->reference && o->item == was->item &&
            o->clause < was->clause && (!asked || o->end > asked->end))
            asked = o;
    }
    return asked;
}
