/* attach_said_fine.c — "12 waters, sparkling is fine" (attach.c, reading.h pass 4): after a
 * comma, the dish just asked for named again with no count, then said to be fine, tells which
 * one will do; it points back at the dish, asks for no more. */
#include "gateway/order/attach_internal.h"

/* The tokens of "is fine", "s ok", "works", "fine" at p, up to end; 0 when none. */
static size_t said_fine_at(const char *text, const struct order_token *t, size_t p, size_t end)
{
    static const char *const fine[] = {"fine", "ok", "okay", "good", "great", "perfect"};
    static const char *const being[] = {"is", "s", "would", "will"};
    size_t q = p;
    if (order_tok_in(text, t, q, end, being, ORDER_WORDS_N(being)))
        q++;
    if (q > p && order_tok_is(text, t, q, end, "be"))
        q++;
    if (order_tok_is(text, t, p, end, "works") || order_tok_is(text, t, p, end, "work"))
        return 1;
    return order_tok_in(text, t, q, end, fine, ORDER_WORDS_N(fine)) ? q + 1U - p : 0;
}

void attach_said_fine(struct attach_state *st, size_t first, size_t end)
{
    if (!ORDER_CUES_ANY(&st->cues, "fine", "ok", "okay", "good", "great", "perfect", "works",
                        "work"))
        return;
    const struct order_token *t = st->tokens;
    for (size_t k = first; k < end; k++) {
        struct order_thing *s = &st->rg->things[k];
        if (!s->is_span || s->item < 0 || s->reference || s->qty_explicit || s->begin == 0 ||
            t[s->begin - 1U].kind != ORDER_TOKEN_PUNCT || t[s->begin - 1U].punct != ',')
            continue;
        size_t n = said_fine_at(st->text, t, s->end, st->e);
        struct order_thing *prev = attach_last_item(st, s->begin);
        if (n == 0 || !prev || prev->item != s->item || prev->clause != s->clause)
            continue;
        memset(st->rg->roles + s->end, ORDER_ROLE_FILLER, n);
        attach_point_back(s, prev);
    }
}
