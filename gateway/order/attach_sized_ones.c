/* attach_sized_ones.c — "you make the best horchata in town. two large ones please": a count,
 * a size and "ones" point back at the dish named before as "two of those" does; the size is
 * the change of the dishes pointed at, no dish of its own (attach_back_reference). */
#include "gateway/order/attach_internal.h"

size_t attach_sized_ones_at(const struct attach_state *st, size_t p, size_t end)
{
    if (!ORDER_CUES_ANY(&st->cues, "ones", "one"))
        return 0;
    size_t sz = order_patterns_longest(&st->rd->u->sizes, st->text, st->tokens, p, end, NULL);
    if (sz == 0 || !attach_free(st, p) || !attach_free(st, p + sz) ||
        !(order_tok_is(st->text, st->tokens, p + sz, end, "ones") ||
          order_tok_is(st->text, st->tokens, p + sz, end, "one")))
        return 0;
    return sz + 1U;
}

void attach_sized_ones_write(struct attach_state *st, struct order_thing *last, size_t before,
                             size_t a, size_t b)
{
    struct order_thing *th =
        st->rg->n_things > before ? &st->rg->things[st->rg->n_things - 1U] : last;
    if (th->mods.n < ORDER_ITEM_MODIFIERS_MAX)
        attach_modifier_write(st, th, a, b, false);
}
