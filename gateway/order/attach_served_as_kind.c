/* attach_served_as_kind.c — "the crispy pork one in a bowl", "the spicy chicken one as a
 * burrito", "the veggie one in tacos": a dish described so that several items fit, then
 * "in" or "as" (an article between) and a kind of dish, is the one of them of that kind.
 * The kind says the form the dish comes in; it asks for nothing of its own. When the kind
 * shares no item or several with the dish, both stay as read (asked back). */
#include <string.h>

#include "gateway/order/attach_internal.h"

/* The words between dish d and the kind starting at k: "in" or "as", then "a"/"an"/"the" or
 * nothing; 0 when they are not so. */
static size_t served_lead(const struct attach_state *st, const struct order_thing *d, size_t k)
{
    size_t p = d->end;
    if (!(order_tok_is(st->text, st->tokens, p, k, "in") ||
          order_tok_is(st->text, st->tokens, p, k, "as")))
        return 0;
    if (p + 1U == k)
        return 1;
    return p + 2U == k && order_tok_article(st->text, st->tokens, p + 1U, k) ? 2U : 0U;
}

void attach_served_as_kind(struct attach_state *st, size_t first, size_t end)
{
    if (!ORDER_CUES_ANY(&st->cues, "in", "as"))
        return;
    for (size_t h = first + 1U; h < end; h++) {
        struct order_thing *k = &st->rg->things[h], *d = &st->rg->things[h - 1U];
        if (!k->is_span || k->item >= 0 || k->reference || k->qty_explicit || d->reference ||
            attach_head_word(st, k->begin, k->end, -1) < 0)
            continue;
        size_t lead = served_lead(st, d, k->begin);
        if (lead == 0 || !attach_narrow_to_kind(st, d, k))
            continue;
        k->reference = true;
        memset(st->rg->roles + k->begin - lead, ORDER_ROLE_FILLER, k->end - k->begin + lead);
    }
}
