/* attach_part_asked.c — a part asked of a dish in a question ("does the veggie bowl have
 * cheese?", "do the tacos come with onions?"): the word after "have" / "come with" may name a
 * dish of the menu too ("cheese": the bean and cheese burrito), but the question asks
 * whether the dish before it holds it. A word pointing back after the question ("i'll take
 * one") points at the dish asked about, never at the part (attach_references.c). */
#include "gateway/order/attach_internal.h"

bool attach_part_asked(const struct attach_state *st, const struct order_thing *th)
{
    if (!ORDER_CUES_ANY(&st->rg->cues, "have", "has", "with", "contain", "contains", "include",
                        "includes", "there", "theres"))
        return false;
    static const char *const holding[] = {"have",     "has",     "with",    "contain",
                                          "contains", "include", "includes"};
    const struct order_reading *rg = st->rg;
    size_t b = th->begin;
    if (th->clause >= rg->n_clauses || !rg->clauses[th->clause].question_form || b < 2U)
        return false;
    size_t p = b - 1U;
    if (order_tok_is(st->text, st->tokens, p, b, "any") ||
        order_tok_is(st->text, st->tokens, p, b, "the"))
        p--; /* "have any cheese", "come with the rice" */
    /* "is the veggie taco fully vegan or is there cheese?": "is there" asks of the dish too */
    bool there = order_tok_is(st->text, st->tokens, p, b, "theres") ||
                 (p > 0 && order_tok_is(st->text, st->tokens, p, b, "there") &&
                  order_tok_is(st->text, st->tokens, p - 1U, b, "is"));
    if (p == 0 ||
        (!there && !order_tok_in(st->text, st->tokens, p, b, holding, ORDER_WORDS_N(holding))))
        return false;
    for (size_t t = 0; t < rg->n_things; t++) {
        const struct order_thing *d = &rg->things[t];
        if (d != th && d->is_span && d->item >= 0 && d->clause == th->clause && d->end <= p)
            return true; /* the dish the question asks of, before the verb */
    }
    return false;
}
