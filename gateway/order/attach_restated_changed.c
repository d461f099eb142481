/* attach_restated_changed.c — "2 truffle fries. 2 truffle fries, no parmesan on either", "a
 * side salad. side salad with extra cucumber actually": a sentence that only asks for a dish,
 * then the next opening on the same dish with the same count, or none, and changes it, says
 * the dish again to change it (attach.c, reading.h pass 4). More of it would be counted apart
 * ("2 truffle fries, and 2 more with no parmesan"). The second points back at the first, its
 * changes going with it. */
#include "gateway/order/attach_internal.h"

/* Is clause c only thing th, but for its count and article, punctuation and greetings? */
static bool restated_alone(const struct attach_state *st, const struct order_thing *th, size_t c)
{
    const struct order_clause *cl = &st->rg->clauses[c];
    for (size_t p = cl->begin; p < cl->end; p++) {
        uint8_t role = st->rg->roles[p];
        if (st->tokens[p].kind == ORDER_TOKEN_WORD && (p < th->begin || p >= th->end) &&
            role != ORDER_ROLE_QTY && role != ORDER_ROLE_GREETING &&
            !attach_is_article(st->text, st->tokens, p, cl->end))
            return false;
    }
    return true;
}

void attach_restated_changed(struct attach_state *st, size_t first, size_t end)
{
    if (first == 0 || first >= end)
        return;
    struct order_thing *s = &st->rg->things[first], *p = &st->rg->things[first - 1U];
    if (!s->is_span || s->item < 0 || s->reference || s->mods.n == 0 || !p->is_span ||
        p->item != s->item || p->reference || p->mods.n > 0 || p->clause + 1U != s->clause ||
        (s->qty_explicit && s->qty != p->qty) || !restated_alone(st, p, p->clause))
        return;
    /* a sentence closed by a full stop: lines of a list ("1 quinoa power bowl\n1 quinoa power
     * bowl no avocado") count each dish apart */
    const struct order_clause *pc = &st->rg->clauses[p->clause];
    size_t last = pc->end;
    while (last > pc->begin && st->tokens[last - 1U].kind == ORDER_TOKEN_PUNCT &&
           st->tokens[last - 1U].punct == '\n')
        last--;
    if (last == pc->begin || st->tokens[last - 1U].kind != ORDER_TOKEN_PUNCT ||
        !(st->tokens[last - 1U].punct == '.' || st->tokens[last - 1U].punct == '!') ||
        last < pc->end)
        return;
    /* the dish opens its clause, its count or article before it */
    for (size_t q = st->b; q < s->begin; q++)
        if (st->tokens[q].kind == ORDER_TOKEN_WORD && st->rg->roles[q] != ORDER_ROLE_QTY &&
            st->rg->roles[q] != ORDER_ROLE_GREETING &&
            !attach_is_article(st->text, st->tokens, q, st->e))
            return;
    attach_point_back(s, p);
}
