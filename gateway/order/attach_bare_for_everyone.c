/* attach_bare_for_everyone.c — "carrot cake for everyone", "can we get guac for everybody": a
 * dish named with no article or count, then "for everyone" / "for everybody" / "for all of
 * us", is one for each of a group: how many is open, asked back, never a silent one. Where the
 * group is counted ("classic fries for all 3", "fries for the 3 of us", or a heading before
 * the dish: "for all 3: classic fries") the count is the dish's. "a carrot cake for everyone"
 * (an article) is one, and a dish "for the table" is shared (attach_each.c); dishes in the
 * plural for a group are attach_group_counts's. */
#include <string.h>

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

/* "for all 3", "for all three of us", "for the 3 of us" at p: the group's count (its tokens
 * in *len), or 0. */
static int32_t for_group_counted_at(const struct attach_state *st, size_t p, size_t *len)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (!order_tok_is(text, t, p, st->e, "for") || !(order_tok_is(text, t, p + 1U, st->e, "all") ||
                                                     order_tok_is(text, t, p + 1U, st->e, "the")))
        return 0;
    int32_t v;
    size_t k = attach_number(st->rd->u, text, t, p + 2U, st->e, &v);
    if (k == 0 || attach_is_article(text, t, p + 2U, st->e) || v < 2 || v > ORDER_QTY_MAX)
        return 0;
    size_t q = p + 2U + k;
    bool of_us =
        order_tok_is(text, t, q, st->e, "of") && (order_tok_is(text, t, q + 1U, st->e, "us") ||
                                                  order_tok_is(text, t, q + 1U, st->e, "them"));
    if (of_us)
        q += 2U;
    else if (order_tok_is(text, t, p + 1U, st->e, "the"))
        return 0; /* "for the 3 tacos": a count of dishes, no group */
    if (q < st->e && t[q].kind != ORDER_TOKEN_PUNCT)
        return 0;
    *len = q - p;
    return v;
}

/* The count of a group named before th as its heading ("for all 3: classic fries"), or 0. */
static int32_t group_heading_before(const struct attach_state *st, const struct order_thing *th)
{
    const struct order_token *t = st->tokens;
    size_t colon = th->begin;
    while (colon > st->b && st->rg->roles[colon - 1U] == ORDER_ROLE_FILLER)
        colon--;
    if (colon == st->b || t[colon - 1U].kind != ORDER_TOKEN_PUNCT || t[colon - 1U].punct != ':')
        return 0;
    for (size_t p = colon - 1U; p-- > st->b;) {
        size_t len;
        int32_t v = for_group_counted_at(st, p, &len);
        if (v > 0)
            return p + len == colon - 1U ? v : 0;
        if (t[p].kind == ORDER_TOKEN_PUNCT)
            return 0;
    }
    return 0;
}

void attach_bare_for_everyone(struct attach_state *st, size_t first, size_t end)
{
    if (!ORDER_CUES_ANY(&st->cues, "for") ||
        !ORDER_CUES_ANY(&st->cues, "everyone", "everybody", "everyones", "all", "the"))
        return;
    struct order_reading *rg = st->rg;
    for (size_t s = first; s < end; s++) {
        struct order_thing *th = &rg->things[s];
        if (!th->is_span || th->item < 0 || th->qty_explicit || th->qty != 1 || th->reference)
            continue;
        size_t len = 0;
        int32_t group = for_group_counted_at(st, th->end, &len);
        if (group == 0)
            group = group_heading_before(st, th);
        if (group > 0) { /* asked back as "each" of a group no count said, before */
            if (len > 0)
                memset(rg->roles + th->end, ORDER_ROLE_QTY, len);
            th->qty = group;
            th->qty_explicit = true;
            th->qty_unclear = false;
            continue;
        }
        if (th->qty_unclear || !for_everyone_at(st, th->end))
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
