/* attach_kind_then_pick.c — "is it ok if I order just a drink? maybe an iced green tea": a kind
 * several dishes fit, asked for at the end of a clause, then the next clause opening (past a
 * hedge) on one dish of that kind, tells which one (attach.c, reading.h pass 4). The kind
 * points at the dish and asks nothing back. */
#include "gateway/order/attach_internal.h"

/* The first token of clause [b, e) past a hedge and an article ("maybe an", "probably the"). */
static size_t pick_start(const struct attach_state *st)
{
    static const char *const hedges[] = {"maybe", "probably", "prob", "perhaps", "like", "so"};
    static const char *const articles[] = {"a", "an", "the"};
    size_t p = st->b;
    while (p < st->e && st->tokens[p].kind == ORDER_TOKEN_PUNCT)
        p++;
    if (order_tok_in(st->text, st->tokens, p, st->e, hedges, ORDER_WORDS_N(hedges)))
        p++;
    if (order_tok_in(st->text, st->tokens, p, st->e, articles, ORDER_WORDS_N(articles)))
        p++;
    return p;
}

void attach_kind_then_pick(struct attach_state *st, size_t first, size_t end)
{
    if (first == 0 || first >= end)
        return;
    struct order_thing *s = &st->rg->things[first], *kind = &st->rg->things[first - 1U];
    if (!s->is_span || s->item < 0 || s->reference || s->qty_explicit || !kind->is_span ||
        kind->item >= 0 || kind->reference || kind->qty_explicit ||
        kind->clause + 1U != s->clause || !order_item_set_has(&kind->candidates, (size_t)s->item) ||
        s->begin != pick_start(st))
        return;
    /* the kind ends its clause: "just a drink?", not "a drink with ice" */
    const struct order_clause *kc = &st->rg->clauses[kind->clause];
    for (size_t p = kind->end; p < kc->end; p++)
        if (st->tokens[p].kind == ORDER_TOKEN_WORD)
            return;
    attach_point_back(kind, s);
}
