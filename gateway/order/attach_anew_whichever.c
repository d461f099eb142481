/* attach_anew_whichever.c — a kind asked for anew by a count pointing back ("one of those"),
 * in a clause that picks by a diet in a free relative ("ill get whichever is vegan, one of
 * those": attach_count_reference.c, reading.h pass 4). The relative picks among the kind
 * asked for as "a shake, whichever is vegan" does, though the kind was named in a sentence
 * before; the diet changes nothing. */
#include <string.h>

#include "gateway/order/attach_internal.h"
#include "gateway/order/diet_claims.h"

/* The diet (an index into the understanding's diets) of "whichever is <diet>" or "whatever
 * one is <diet>" in clause c, or in the clause before it set off by a comma only (the same
 * sentence: "whichever is vegan, one of those"), or -1. */
static int32_t attach_whichever_diet(const struct attach_state *st, size_t c)
{
    static const char *const relatives[] = {"whichever", "whatever"};
    static const char *const being[] = {"is", "are", "s"};
    const struct order_clause *cl = &st->rg->clauses[c];
    size_t from = cl->begin, end = cl->end;
    if (c > 0 && st->rg->clauses[c - 1U].end + 1U >= cl->begin && cl->begin > 0 &&
        st->tokens[cl->begin - 1U].kind == ORDER_TOKEN_PUNCT &&
        st->tokens[cl->begin - 1U].punct == ',')
        from = st->rg->clauses[c - 1U].begin;
    for (size_t p = from; p + 2U < end; p++) {
        if (!attach_in(st->text, st->tokens, p, end, relatives, ORDER_WORDS_N(relatives)))
            continue;
        size_t q = p + 1U;
        if (order_tok_is(st->text, st->tokens, q, end, "one"))
            q++;
        if (!attach_in(st->text, st->tokens, q, end, being, ORDER_WORDS_N(being)))
            continue;
        size_t which;
        if (order_patterns_longest(&st->rd->u->diet_cues, st->text, st->tokens, q + 1U, end,
                                   &which) > 0)
            return (int32_t)st->rd->u->diet_cues.items[which].value;
    }
    return -1;
}

void attach_anew_whichever(const struct attach_state *st, struct order_thing *n, size_t c)
{
    if (!ORDER_CUES_ANY(&st->rg->cues, "whichever", "whatever") ||
        !ORDER_CUES_ANY(&st->rg->cues, "is", "are", "s"))
        return;
    if (n->item >= 0 || order_item_set_count(&n->candidates) < 2)
        return;
    int32_t diet = attach_whichever_diet(st, c);
    if (diet < 0)
        return;
    struct order_item_set keep;
    memset(&keep, 0, sizeof(keep));
    size_t kept = 0, all = 0;
    int32_t one = -1;
    for (int32_t i = order_item_set_next(&n->candidates, 0); i >= 0;
         i = order_item_set_next(&n->candidates, (size_t)i + 1U), all++)
        if (order_item_claims_diet(st->rd->u, &st->rd->lex->menu->items[i], (size_t)diet)) {
            order_item_set_add(&keep, (size_t)i);
            kept++;
            one = i;
        }
    if (kept == 0 || kept == all)
        return; /* nothing to pick */
    n->candidates = keep;
    n->item = kept == 1 ? one : -1;
}
