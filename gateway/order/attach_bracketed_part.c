/* attach_bracketed_part.c — "1 carne asada taco (corn tortilla, extra crispy)": words in
 * brackets right after a dish that name a part its name or description already holds tell
 * what the dish comes with. They are no dish the menu lacks and no change: the dish is
 * made as the menu says. A part the dish lacks ("(flour tortilla)" on a corn one) is left
 * to the readers of swaps and leftovers. */
#include "gateway/order/attach_internal.h"

bool attach_bracketed_part(const struct attach_state *st, const struct order_thing *last, size_t i,
                           size_t j)
{
    const struct order_token *t = st->tokens;
    if (!last || !last->is_span || last->item < 0 || i < st->b + 1U || last->end + 1U != i ||
        t[i - 1U].kind != ORDER_TOKEN_PUNCT || t[i - 1U].punct != '(')
        return false;
    return attach_swap_held(st->rd->lex, last->item, st->text, t, i, j);
}
