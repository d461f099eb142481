/* attach_come_asked.c — "4 sodas. do the sodas come in large?", "a wrap. does the wrap come
 * toasted?": a question whether a dish asked for before comes some way ("do"/"does" "the"
 * dish "come") asks how the menu makes it, so the words after "come" are what is asked, no
 * change of the dish asked for, wherever the question stands in the part ("so do the
 * lemonades come in large?", "hey, do the fries come with a dip?"). Asking with
 * "can"/"could" asks for the change instead (attach_corrections.c). */
#include "gateway/order/attach_internal.h"

void attach_come_asked(struct attach_state *st, size_t first, size_t end)
{
    if (!ORDER_CUES_ANY(&st->cues, "do", "does") || !ORDER_CUES_ANY(&st->cues, "come", "comes"))
        return;
    static const char *const asks[] = {"do", "does"};
    static const char *const coming[] = {"come", "comes"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    for (size_t k = first; k < end; k++) {
        struct order_thing *s = &st->rg->things[k];
        size_t b = s->begin;
        if (!s->is_span || s->mods.n == 0 || s->qty_explicit || b < st->b + 2U ||
            !order_tok_is(text, t, b - 1U, st->e, "the") ||
            !attach_in(text, t, b - 2U, st->e, asks, ORDER_WORDS_N(asks)) ||
            !attach_in(text, t, s->end, st->e, coming, ORDER_WORDS_N(coming)))
            continue;
        struct order_thing *prev = attach_last_item(st, b);
        if (!prev || prev->clause >= s->clause || prev->item < 0 ||
            !(prev->item == s->item ||
              (s->item < 0 && order_item_set_has(&s->candidates, (size_t)prev->item))))
            continue;  /* only of a dish asked for before: "4 sodas. do the sodas come ..." */
        s->mods.n = 0; /* what is asked of it */
    }
}
