/* attach_declined_or.c — dishes declined together (attach.c, reading.h pass 4): "NO brownies
 * or carrot cake please". A dish right after "or" that follows "no" or "without" and the
 * words of what is declined, in its clause, is declined as well: no dish asked for; and a
 * clause that opens with "no" and a dish of the menu declines that dish, no change of the
 * dish before it. */
#include <string.h>

#include "gateway/order/attach_internal.h"

/* "2 cheeseburgers and fries. NO brownies ...": the clause opens with "no" and a whole dish
 * of the menu; the change "no brownies" read on a dish before is taken off it. */
static void attach_declined_opening(struct attach_state *st)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (!order_tok_is(text, t, st->b, st->e, "no") ||
        order_read_name_at(st->rd, text, t, st->rg, st->b + 1U, st->e) < 0)
        return;
    size_t e = st->b + 1U;
    while (e < st->e && t[e].kind == ORDER_TOKEN_WORD && !order_tok_is(text, t, e, st->e, "or"))
        e++;
    char said[ORDER_MODIFIER_BYTES_MAX];
    size_t n = order_words_join(text, t, st->b, e, said, sizeof(said));
    for (size_t s = 0; s < st->rg->n_things && n > 0; s++) {
        struct order_modifiers *m = &st->rg->things[s].mods;
        for (uint8_t k = 0; k < m->n; k++) {
            if (strcmp(m->text[k], said) != 0)
                continue;
            memmove(m->text[k], m->text[k + 1U], (size_t)(m->n - k - 1U) * sizeof(m->text[0]));
            m->n--;
            return;
        }
    }
}

void attach_declined_or(struct attach_state *st, size_t first)
{
    if (!ORDER_CUES_ANY(&st->cues, "no", "without", "nor"))
        return;
    attach_declined_opening(st);
    if (!ORDER_CUES_ANY(&st->cues, "or"))
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
