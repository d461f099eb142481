/* attach_counts_back.c — counts pointing back at a dish named before them in the message
 * (attach.c, reading.h pass 4; the clauses that only refer back are attach_references.c's,
 * pronouns attach_pronoun_object.c's): a count set off before a clause's first dish ("if so
 * 2 please and a cheeseburger"), and a count of a kind of earlier dishes ("two of the burgers
 * with no pickles"). */
#include <string.h>

#include "gateway/order/attach_internal.h"

/* "do you have lemonade? if so 2 please and a cheeseburger": a count standing alone before
 * the clause's first dish, set off from it by "and" or a comma, points back at the dish
 * asked about before, as it would in a clause of its own ("if so 2 please"): the part before
 * the separator is read as that clause. */
void attach_back_count_before(struct attach_state *st, size_t c, size_t first)
{
    static const char *const joins[] = {"and", "n", "plus"};
    struct order_clause *cl = &st->rg->clauses[c];
    size_t b = cl->end;
    for (size_t s = first; s < first + cl->n_spans; s++)
        if (st->rg->things[s].begin < b)
            b = st->rg->things[s].begin;
    size_t cut = b;
    for (size_t j = cl->begin; j < b; j++) {
        const struct order_token *w = &st->tokens[j];
        if ((w->kind == ORDER_TOKEN_PUNCT && (w->punct == ',' || w->punct == '+')) ||
            attach_in(st->text, st->tokens, j, b, joins, ORDER_WORDS_N(joins)))
            cut = j;
    }
    if (cut == b || cut == cl->begin)
        return;
    bool counted = false;
    int32_t v;
    for (size_t j = cl->begin; j < cut && !counted; j++)
        counted = attach_free(st, j) && attach_count_at(st, j, cut, &v) > 0;
    if (!counted)
        return;
    uint16_t end = cl->end;
    size_t e = st->e;
    cl->end = (uint16_t)cut;
    st->e = cut;
    attach_back_reference(st, c);
    cl->end = end;
    st->e = e;
}

/* "two of the burgers with no pickles" after "3 cheeseburgers": a count of a kind of
 * dish (a span several items fit) after "of the" / "of those" names part of a dish asked for
 * before, one of that kind: the part is split off it, to take its own modifiers. */
void attach_parts_of_earlier(struct attach_state *st, size_t first, size_t end)
{
    if (!ORDER_CUES_ANY(&st->cues, "of") || !ORDER_CUES_ANY(&st->cues, "the", "those", "these"))
        return;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    for (size_t s = first; s < end; s++) {
        struct order_thing *th = &st->rg->things[s];
        size_t b = th->begin;
        if (!th->is_span || th->item >= 0 || th->reference || b < st->b + 3 ||
            !(order_tok_is(text, t, b - 1, st->e, "the") ||
              order_tok_is(text, t, b - 1, st->e, "those") ||
              order_tok_is(text, t, b - 1, st->e, "these")) ||
            !order_tok_is(text, t, b - 2, st->e, "of"))
            continue;
        int32_t k;
        if (attach_number(st->rd->u, text, t, b - 3, b - 2, &k) == 0)
            continue;
        struct order_thing *earlier = NULL;
        for (size_t e = 0; e < st->rg->n_things; e++) {
            struct order_thing *x = &st->rg->things[e];
            if (x->is_span && x->item >= 0 && !x->reference && x->end <= b - 3 && x->qty > k &&
                order_item_set_has(&th->candidates, (size_t)x->item) &&
                (!earlier || x->end > earlier->end))
                earlier = x;
        }
        if (!earlier)
            continue;
        th->item = earlier->item;
        th->qty = k;
        th->qty_explicit = true;
        th->points_back = true; /* its part is taken: attach_part_of_named takes none more */
        earlier->qty -= k;
        memset(st->rg->roles + b - 3, ORDER_ROLE_QTY, 3);
    }
}
