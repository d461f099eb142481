/* attach_alternative_lacked.c — "a tiramisu if you have it, otherwise the brownie": a first
 * choice said under a condition ("if you have it") names nothing of the menu, so the
 * condition fails and the dish after "otherwise" is the one asked for. The words of the
 * first choice belong to the condition: no dish the menu lacks to report beside the dish the
 * customer falls back on. Read only when nothing before "otherwise" in the clause was read
 * as a thing, the words there hold an "if" and a food or a word no dictionary knows, and a
 * dish of the menu follows "otherwise". */
#include "attach_internal.h"

#include "gateway/order/dictionary.h"

bool attach_alternative_lacked(struct attach_state *st, size_t first, size_t at, size_t end)
{
    if (!ORDER_CUES_ANY(&st->cues, "if"))
        return false;
    const struct order_reading *rg = st->rg;
    bool after = false;
    for (size_t x = first; x < rg->n_things; x++) {
        const struct order_thing *th = &rg->things[x];
        if (th->begin >= st->b && th->end <= at)
            return false; /* a dish or a kind read before "otherwise": attach_alternatives' */
        after = after || (th->is_span && th->item >= 0 && th->begin > at && th->begin < end);
    }
    bool cond = false, lacked = false; /* the condition, and a food the menu lacks */
    for (size_t i = st->b; i < at; i++) {
        const struct order_token *t = &st->tokens[i];
        cond = cond || order_tok_is(st->text, st->tokens, i, st->e, "if");
        lacked = lacked || (attach_free(st, i) && t->kind == ORDER_TOKEN_WORD &&
                            (attach_food_token(st, i) ||
                             !order_dictionary_has(st->rd->dict, st->text + t->off, t->len)));
    }
    if (!after || !cond || !lacked)
        return false;
    for (size_t i = st->b; i < at; i++)
        if (attach_free(st, i))
            st->rg->roles[i] = ORDER_ROLE_FILLER;
    return true;
}
