/* attach_unit_pair.c — "2 orders of rice n beans", "3 sides of slaw and fries" (attach.c,
 * reading.h pass 4): a count and a unit of serving ("orders of", "sides of") before two
 * dishes joined bare, the second with no count nor article of its own, ending the clause.
 * The unit governs the pair as one phrase: each dish of it is had that many times, as
 * "2 orders of each" would say. */
#include "gateway/order/attach_internal.h"

/* Is [a, b) one joining word between two dishes ("and", "n", "&", "+"), no article? */
static bool unit_pair_joined(const struct attach_state *st, size_t a, size_t b)
{
    const struct order_token *t = &st->tokens[a];
    return b == a + 1U && ((t->kind == ORDER_TOKEN_PUNCT && (t->punct == '&' || t->punct == '+')) ||
                           order_tok_is(st->text, st->tokens, a, b, "and") ||
                           order_tok_is(st->text, st->tokens, a, b, "n"));
}

void attach_unit_pair(struct attach_state *st, size_t first, size_t end)
{
    if (!ORDER_CUES_ANY(&st->cues, "of") ||
        !ORDER_CUES_ANY(&st->cues, "orders", "sides", "portions", "servings", "plates"))
        return;
    static const char *const units[] = {"orders", "sides", "portions", "servings", "plates"};
    struct order_reading *rg = st->rg;
    struct order_thing *pair[2];
    size_t n = 0;
    for (size_t s = first; s < end; s++) {
        if (!rg->things[s].is_span || rg->things[s].reference)
            continue;
        if (n == 2)
            return; /* a longer list: the count is the first dish's */
        pair[n++] = &rg->things[s];
    }
    if (n != 2)
        return;
    struct order_thing *a = pair[0], *b = pair[1];
    size_t p = b->end;
    while (p < st->e && st->tokens[p].kind == ORDER_TOKEN_PUNCT)
        p++;
    if (!a->qty_explicit || a->qty < 2 || b->qty_explicit || b->mods.n > 0 || a->mods.n > 0 ||
        p < st->e || a->begin < st->b + 1U || !unit_pair_joined(st, a->end, b->begin))
        return;
    /* the unit right before the first dish, or read into its span ("sides of onion rings") */
    bool unit = false;
    for (size_t u = a->begin >= st->b + 2U ? a->begin - 2U : a->begin; u <= a->begin && !unit; u++)
        unit = u + 2U < a->end + 1U && order_tok_is(st->text, st->tokens, u + 1U, st->e, "of") &&
               attach_in(st->text, st->tokens, u, st->e, units, ORDER_WORDS_N(units));
    if (!unit)
        return;
    b->qty = a->qty;
    b->qty_explicit = true;
}
