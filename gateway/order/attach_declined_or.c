/* attach_declined_or.c — dishes declined together (attach.c, reading.h pass 4): "NO brownies
 * or carrot cake please". A dish right after "or" that follows "no" or "without" and the
 * words of what is declined, in its clause, is declined as well: no dish asked for. */
#include "gateway/order/attach_internal.h"

void attach_declined_or(struct attach_state *st, size_t first)
{
    if (!ORDER_CUES_ANY(&st->cues, "or") || !ORDER_CUES_ANY(&st->cues, "no", "without", "nor"))
        return;
    enum { DECLINED_WORDS_MAX = 4 };
    static const char *const refusing[] = {"no", "without", "nor"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    for (size_t s = first; s < st->rg->n_things; s++) {
        struct order_thing *th = &st->rg->things[s];
        if (!th->is_span || th->qty_explicit || th->reference || th->begin < st->b + 3U ||
            !order_tok_is(text, t, th->begin - 1U, st->e, "or"))
            continue;
        for (size_t p = th->begin - 1U; p-- > st->b && th->begin - 1U - p <= DECLINED_WORDS_MAX;) {
            if (t[p].kind != ORDER_TOKEN_WORD)
                break;
            if (attach_in(text, t, p, st->e, refusing, ORDER_WORDS_N(refusing))) {
                th->reference = true; /* "no brownies or carrot cake": neither */
                break;
            }
        }
    }
}
