/* attach_counted_again.c — "if u still have the carrot cake ill take 2 slices": a dish named
 * in full, then counted by fewer of its own words or by its kind ("2 slices", "2 bowls") in
 * the same clause with no word that adds between them, is one dish counted, not two asked
 * for; so is a dish named again after "so" and a count, which draws the count from what was
 * said of it ("the whole team wants the wrap so 5 wraps"), in its clause or the next. */
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
        if (order_tok_in(st->text, t, p, b, adding, ORDER_WORDS_N(adding)))
            return true;
    }
    return false;
}

/* Is dish s, counted after "so" ("so 5 wraps"), the same dish as prev, named right
 * before the "so" in its clause or the one before (perhaps with whom it is for: "for me"),
 * without a count, and not asked about or told of as had?
 * The "so" draws the total from what was said; "if so" answers a question instead. */
static bool counted_again_concluded(const struct attach_state *st, const struct order_thing *prev,
                                    const struct order_thing *s)
{
    if (!ORDER_CUES_ANY(&st->rg->cues, "so"))
        return false;
    const struct order_token *t = st->tokens;
    size_t q = s->begin;
    while (q > prev->end && st->rg->roles[q - 1U] == ORDER_ROLE_QTY)
        q--;
    if (q == s->begin || q == prev->end || !order_tok_is(st->text, t, q - 1U, q, "so") ||
        (q >= 2U && order_tok_is(st->text, t, q - 2U, q, "if")))
        return false;
    static const char *const whom[] = {"me", "us", "myself", "him", "her", "them"};
    size_t p = prev->end;
    if (order_tok_is(st->text, t, p, q, "for") &&
        order_tok_in(st->text, t, p + 1U, q, whom, ORDER_WORDS_N(whom)))
        p += 2U; /* "a wrap for me so 2 wraps": whom the dish is for, the total after it */
    for (; p + 1U < q; p++)
        if (t[p].kind != ORDER_TOKEN_PUNCT)
            return false; /* "the horchata slapped last time so 2 horchatas": told, then asked */
    return s->item >= 0 && prev->item == s->item &&
           (prev->clause == s->clause || prev->clause + 1U == s->clause) &&
           !st->rg->clauses[prev->clause].question_form && !prev->past &&
           !attach_told_of_past(st, prev);
}

/* The dish counted again takes in the one named before: what stays ordered is into, the
 * other (from) becomes a mention of it, and its changes move to into. */
static void counted_again_merge(struct order_thing *into, struct order_thing *from)
{
    into->qty_explicit = true;
    from->reference = true;
    for (size_t m = 0; m < from->mods.n && into->mods.n < ORDER_ITEM_MODIFIERS_MAX; m++)
        memcpy(into->mods.text[into->mods.n++], from->mods.text[m], ORDER_MODIFIER_BYTES_MAX);
    from->mods.n = 0;
}

void attach_counted_again(struct attach_state *st, size_t first, size_t end)
{
    for (size_t k = first; k < end; k++) {
        struct order_thing *s = &st->rg->things[k];
        /* "a taco no onion, same for my wife": a copy of the dish asks for one more */
        if (!s->is_span || s->reference || !s->qty_explicit || s->qty_unclear ||
            order_tok_is(st->text, st->tokens, s->begin, s->end, "same"))
            continue;
        struct order_thing *prev = attach_last_item(st, s->begin);
        /* the count may name the dish by its kind ("the mango smoothie, 2 smoothies") */
        bool same = prev && (s->item >= 0 ? prev->item == s->item
                                          : order_item_set_has(&s->candidates, (size_t)prev->item));
        if (!same || prev->reference || prev->qty_explicit || prev->qty_unclear || prev->qty != 1 ||
            counted_again_adds(st, prev->end, s->end))
            continue;
        if (prev->clause == s->clause && s->end - s->begin < prev->end - prev->begin) {
            prev->qty = s->qty;
            counted_again_merge(prev, s);
        } else if (counted_again_concluded(st, prev, s)) {
            /* the count said last stays the order: the dish before may stand in a clause
             * that only tells of it */
            counted_again_merge(s, prev);
        }
    }
}
