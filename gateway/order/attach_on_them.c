/* attach_on_them.c — a change closed by "on them" (attach_piece.c, reading.h pass 4): "2
 * cheeseburgers and a shake, no pickles on em". A pronoun of many points at the dish asked
 * for many of, not at the single one named last. */
#include <string.h>

#include "gateway/order/attach_internal.h"

bool attach_piece_on_them(struct attach_state *st, const struct order_thing *cur, size_t a,
                          size_t b)
{
    if (!ORDER_CUES_ANY(&st->rg->cues, "them", "em", "those") ||
        !ORDER_CUES_ANY(&st->rg->cues, "on", "in", "for"))
        return false;
    static const char *const preps[] = {"on", "in", "for"};
    static const char *const them[] = {"them", "em", "those"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t q = b;
    while (q > a && t[q - 1U].kind == ORDER_TOKEN_PUNCT)
        q--;
    if (q < a + 3U || cur->qty > 1 ||
        !order_tok_in(text, t, q - 1U, q, them, ORDER_WORDS_N(them)) ||
        !order_tok_in(text, t, q - 2U, q, preps, ORDER_WORDS_N(preps)))
        return false;
    /* the dish of the clause asked for many of, the last such one before the change */
    struct order_thing *owner = NULL;
    for (size_t x = st->first; x < st->rg->n_things; x++) {
        struct order_thing *th = &st->rg->things[x];
        if (th != cur && th->is_span && th->item >= 0 && !th->reference && th->end <= a &&
            th->clause == cur->clause && th->qty > 1 && (!owner || th->end > owner->end))
            owner = th;
    }
    if (!owner)
        return false;
    memset(st->rg->roles + q - 2U, ORDER_ROLE_MODIFIER, b - (q - 2U));
    attach_add_modifier(st, owner, a, q - 2U);
    return true;
}
