/* attach_restated.c — a dish described vaguely, then said again after a comma as "the one"
 * with words that name one dish: "the spicy one, the one with the cauliflower", "that
 * burger, the one with the jackfruit". The customer restates what they mean (an apposition);
 * the second description names the dish, the first asks nothing and adds nothing. The mirror
 * of attach_apposition (attach_corrections.c), where the named dish comes first; here the
 * words between must restate ("the one"), as the first description need not fit the dish the
 * second names: the customer knows it better than the menu's words say. */
#include <string.h>

#include "gateway/order/attach_internal.h"

/* Do the tokens from a, up to the dish at b, read ", the one (with) (the)" and nothing else?
 * The dish's own words may begin with "the one" ("the one with the cauliflower" read as a
 * described dish, described_one.c). */
static bool restated_between(const struct attach_state *st, size_t a, size_t b)
{
    static const char *const after_one[] = {"with", "w", "that", "thats", "the", "has", "in"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (a >= b || t[a].kind != ORDER_TOKEN_PUNCT || t[a].punct != ',' ||
        !order_tok_is(text, t, a + 1U, st->e, "the") ||
        !order_tok_is(text, t, a + 2U, st->e, "one"))
        return false;
    for (size_t p = a + 3U; p < b; p++)
        if (!order_tok_in(text, t, p, b, after_one, sizeof(after_one) / sizeof(*after_one)))
            return false;
    return true;
}

void attach_restated(struct attach_state *st, size_t first, size_t end)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    for (size_t k = first; k < end; k++) {
        struct order_thing *s = &st->rg->things[k];
        if (!s->is_span || s->item >= 0 || s->reference || s->begin <= st->b ||
            !(order_tok_is(text, t, s->begin - 1U, st->e, "the") ||
              order_tok_is(text, t, s->begin - 1U, st->e, "that")))
            continue;
        size_t a = s->end; /* "the spicy one": the "one" closing the description */
        if (order_tok_is(text, t, a, st->e, "one"))
            a++;
        struct order_thing *next = NULL;
        for (size_t x = first; x < st->rg->n_things; x++) {
            struct order_thing *o = &st->rg->things[x];
            if (o != s && o->begin >= s->end && (!next || o->begin < next->begin))
                next = o;
        }
        if (!next || !next->is_span || next->item < 0 || next->reference ||
            next->clause != s->clause || !restated_between(st, a, next->begin))
            continue;
        s->reference = true;
        for (size_t m = 0; m < s->mods.n && next->mods.n < ORDER_ITEM_MODIFIERS_MAX; m++)
            memcpy(next->mods.text[next->mods.n++], s->mods.text[m], ORDER_MODIFIER_BYTES_MAX);
        s->mods.n = 0;
    }
}
