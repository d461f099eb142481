/* been_said.c — how long or how the customer's day has been, told in a part of its own beside
 * the dishes (reading.h): "a flan, its been a long day", "a wrap, been a rough week", "its been
 * a long day, a cheeseburger please". "its been", "it has been", "ive been", "weve been" or
 * "been" opening the part after a mark or at the clause's start: what follows the verb of being
 * says how things are, it names no dish ("been" is no misspelt "bean"). The words left over there
 * are asked for by nobody, and the classifier reads the part as a remark of its own
 * (classify_remark_own.c). Where a dish follows them in the part ("2 tacos, been craving
 * churros") and another is asked for outside it, that dish tells how things have been too. */
#include "gateway/order/reading.h"

size_t order_been_said(const char *text, const struct order_token *tokens, size_t i, size_t e)
{
    static const char *const subjects[] = {"its", "ive", "weve", "itll"};
    size_t n = i;
    if (order_tok_in(text, tokens, n, e, subjects, ORDER_WORDS_N(subjects)))
        n++;
    else if (order_tok_is(text, tokens, n, e, "it") && order_tok_is(text, tokens, n + 1U, e, "has"))
        n += 2U;
    if (!order_tok_is(text, tokens, n, e, "been"))
        return 0;
    return n + 1U - i;
}

/* Where the part opening at token s ends: the next mark or the clause's end. */
static size_t been_part_end(const struct order_token *tokens, const struct order_clause *cl,
                            size_t s)
{
    size_t n = s;
    while (n < cl->end && tokens[n].kind != ORDER_TOKEN_PUNCT)
        n++;
    return n;
}

/* Is a dish asked for outside the part [s, pe)? */
static bool been_dish_outside(const struct order_reading *rg, size_t s, size_t pe)
{
    for (size_t y = 0; y < rg->n_things; y++) {
        const struct order_thing *o = &rg->things[y];
        if (o->is_span && !o->reference && (o->end <= s || o->begin >= pe))
            return true;
    }
    return false;
}

void order_read_been_said(const char *text, const struct order_token *tokens,
                          struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "been"))
        return;
    for (size_t x = 0; x < rg->n_things; x++) {
        struct order_thing *th = &rg->things[x];
        const struct order_clause *cl = &rg->clauses[th->clause];
        if (th->is_span || th->reference)
            continue;
        /* the part opens at a mark or the clause's start, the verb in the words left over or
         * right before them */
        enum { BEEN_WORDS_MAX = 3 }; /* "it has been" */
        size_t s = order_part_open_before(tokens, cl->begin, th->begin, BEEN_WORDS_MAX);
        if (s == SIZE_MAX)
            continue;
        size_t k = order_been_said(text, tokens, s, cl->end);
        if (k == 0 || s + k < th->begin || s + k >= th->end)
            continue;
        size_t pe = been_part_end(tokens, cl, s);
        if (th->end == pe) {
            th->reference = true; /* "its been a long day" */
            continue;
        }
        /* "2 tacos, been craving churros": the dish the part names after the words left over
         * tells how things have been too, where a dish is asked for outside the part */
        if (!been_dish_outside(rg, s, pe))
            continue;
        for (size_t y = 0; y < rg->n_things; y++)
            if (rg->things[y].begin >= s && rg->things[y].end <= pe)
                rg->things[y].reference = true;
    }
}
