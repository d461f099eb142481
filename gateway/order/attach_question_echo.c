/* attach_question_echo.c — the word a question asked about, said again right after it
 * (attach.c, reading.h pass 4): "is the buffalo wrap hot? like spicy hot or warm hot". A
 * question that ends in a word of how a dish is ("hot", "spicy") is followed by a clause that
 * says which sense of it is meant: the words around the word again are the question's, and a
 * menu word among them ("spicy" of a spicy dish) names no dish to ask back. Only a clause with
 * no request and no count is read so, and only an adjective that is no food: "do you have
 * beer? beer and fries then" asks for the beer. */
#include <string.h>

#include "gateway/order/attach_internal.h"

/* The last word of clause c, its '?' or other marks after it skipped, or SIZE_MAX. */
static size_t echo_last_word(const struct attach_state *st, size_t c)
{
    const struct order_clause *cl = &st->rg->clauses[c];
    for (size_t i = cl->end; i > cl->begin; i--)
        if (st->tokens[i - 1U].kind == ORDER_TOKEN_WORD)
            return i - 1U;
    return SIZE_MAX;
}

void attach_question_echo(struct attach_state *st, size_t first)
{
    struct order_reading *rg = st->rg;
    /* a drop moves the next thing to h: h-- lets h++ visit it (at h == 0 it wraps, defined) */
    for (size_t h = first; h < rg->n_things; h++) {
        struct order_thing *k = &rg->things[h];
        const struct order_clause *cl = &rg->clauses[k->clause];
        if (k->is_span || k->reference || k->qty_explicit || k->clause == 0 || cl->request_form ||
            !rg->clauses[k->clause - 1U].question_form)
            continue;
        size_t w = echo_last_word(st, k->clause - 1U);
        /* an adjective, no food: "do you have beer? beer and fries then" asks for the beer */
        if (w == SIZE_MAX || attach_food_token(st, w) ||
            !order_dictionary_has(st->rd->lex->adjectives, st->text + st->tokens[w].off,
                                  st->tokens[w].len))
            continue;
        const struct order_token *q = &st->tokens[w];
        bool echoed = false, food = false;
        for (size_t p = k->begin; p < k->end; p++) {
            echoed =
                echoed || (st->tokens[p].kind == ORDER_TOKEN_WORD && st->tokens[p].len == q->len &&
                           memcmp(st->text + st->tokens[p].off, st->text + q->off, q->len) == 0);
            food = food || attach_food_token(st, p); /* "cold? cold beer then": the beer */
        }
        if (!echoed || food)
            continue;
        for (size_t p = k->begin; p < k->end; p++)
            rg->roles[p] = ORDER_ROLE_FILLER; /* the question's words: nothing asked for */
        order_reading_drop_leftovers_in(rg, k->clause, k->begin, k->begin + 1U);
        h--;
    }
}
