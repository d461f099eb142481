/* attach_bare_for_everyone.c — "carrot cake for everyone", "can we get guac for everybody": a
 * dish named with no article or count, then "for everyone" / "for everybody" / "for all of
 * us", is one for each of a group: how many is open, asked back, never a silent one. "a carrot
 * cake for everyone" (an article) is one, and a dish "for the table" is shared (attach_each.c);
 * dishes in the plural for a group are attach_group_counts's. */
#include "gateway/order/attach_internal.h"

/* Does "for" at p and the words after it name every one of a group ("for everyone", "for all
 * of us")? */
static bool for_everyone_at(const struct attach_state *st, size_t p)
{
    static const char *const all[] = {"everyone", "everybody", "everyones"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (!order_tok_is(text, t, p, st->e, "for"))
        return false;
    return attach_in(text, t, p + 1U, st->e, all, ORDER_WORDS_N(all)) ||
           (order_tok_is(text, t, p + 1U, st->e, "all") &&
            order_tok_is(text, t, p + 2U, st->e, "of") &&
            order_tok_is(text, t, p + 3U, st->e, "us"));
}

void attach_bare_for_everyone(struct attach_state *st, size_t first, size_t end)
{
    if (!ORDER_CUES_ANY(&st->cues, "for") ||
        !ORDER_CUES_ANY(&st->cues, "everyone", "everybody", "everyones", "all"))
        return;
    struct order_reading *rg = st->rg;
    for (size_t s = first; s < end; s++) {
        struct order_thing *th = &rg->things[s];
        if (!th->is_span || th->item < 0 || th->qty_explicit || th->qty != 1 || th->qty_unclear ||
            th->reference || !for_everyone_at(st, th->end))
            continue;
        if (th->begin > st->b) { /* nothing but a request's words or a break before it */
            size_t q = th->begin - 1U;
            enum order_role r = rg->roles[q];
            if (st->tokens[q].kind != ORDER_TOKEN_PUNCT && r != ORDER_ROLE_OPENER &&
                r != ORDER_ROLE_GREETING && r != ORDER_ROLE_FILLER)
                continue;
        }
        th->qty_unclear = true;
    }
}
