/* attach_counted_again.c — "if u still have the carrot cake ill take 2 slices": a dish named
 * in full, then counted by fewer of its own words or by its kind ("2 slices", "2 bowls") in
 * the same clause with no word that adds between them, is one dish counted, not two asked
 * for. */
#include <string.h>

#include "gateway/order/attach_internal.h"

/* Does a word that adds another dish stand in tokens [a, b): "and", "plus", "also",
 * "another", "more" or a '+' / '&'? A comma alone may stand before the count ("carrot cake,
 * 2 slices please"). The count's own words are read too: a copy named "another one" adds. */
static bool counted_again_adds(const struct attach_state *st, size_t a, size_t b)
{
    static const char *const adding[] = {"and", "n", "plus", "also", "another", "more", "too"};
    const struct order_token *t = st->tokens;
    for (size_t p = a; p < b; p++) {
        if (t[p].kind == ORDER_TOKEN_PUNCT) {
            if (t[p].punct == '+' || t[p].punct == '&')
                return true;
            continue;
        }
        if (order_tok_in(st->text, t, p, b, adding, sizeof(adding) / sizeof(*adding)))
            return true;
    }
    return false;
}

void attach_counted_again(struct attach_state *st, size_t first, size_t end)
{
    for (size_t k = first + 1; k < end; k++) {
        struct order_thing *s = &st->rg->things[k];
        if (!s->is_span || s->reference || !s->qty_explicit || s->qty_unclear)
            continue;
        struct order_thing *prev = attach_last_item(st, s->begin);
        /* the count may name the dish by its kind ("the mango smoothie, 2 smoothies") */
        bool same = prev && (s->item >= 0 ? prev->item == s->item
                                          : order_item_set_has(&s->candidates, (size_t)prev->item));
        if (!same || prev->clause != s->clause || prev->reference || prev->qty_explicit ||
            prev->qty_unclear || prev->qty != 1 || s->end - s->begin >= prev->end - prev->begin ||
            counted_again_adds(st, prev->end, s->end))
            continue;
        prev->qty = s->qty;
        prev->qty_explicit = true;
        s->reference = true;
        for (size_t m = 0; m < s->mods.n && prev->mods.n < ORDER_ITEM_MODIFIERS_MAX; m++)
            memcpy(prev->mods.text[prev->mods.n++], s->mods.text[m], ORDER_MODIFIER_BYTES_MAX);
        s->mods.n = 0;
    }
}
