/* attach_aside_kind.c — "a falafel wrap (the wrap without tahini)": a kind of dish in brackets
 * right after a dish of that kind restates it (attach_headings makes it point back), and the
 * change said beside the kind is that dish's. Left on the kind, which adds nothing, the change
 * was lost without a word. */
#include <string.h>

#include "gateway/order/attach_internal.h"

void attach_aside_kind_changes(struct attach_state *st, size_t first, size_t end)
{
    const struct order_token *t = st->tokens;
    for (size_t k = first; k < end; k++) {
        struct order_thing *s = &st->rg->things[k];
        if (!s->is_span || s->item >= 0 || !s->reference || s->mods.n == 0 || s->begin <= st->b)
            continue;
        size_t open = s->begin - 1U;
        if (open > st->b && order_tok_is(st->text, t, open, s->end, "the"))
            open--; /* "(the burger ...)" */
        if (t[open].kind != ORDER_TOKEN_PUNCT || t[open].punct != '(')
            continue;
        struct order_thing *prev = attach_last_item(st, open);
        if (!prev || prev->reference || prev->clause != s->clause || prev->end != open ||
            prev->item < 0 || !order_item_set_has(&s->candidates, (size_t)prev->item))
            continue;
        for (size_t m = 0; m < s->mods.n && prev->mods.n < ORDER_ITEM_MODIFIERS_MAX; m++)
            memcpy(prev->mods.text[prev->mods.n++], s->mods.text[m], ORDER_MODIFIER_BYTES_MAX);
        s->mods.n = 0;
    }
}
