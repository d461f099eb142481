/* attach_kind_then_one.c — a kind of dish, then after a comma "the one" and what says which
 * (attach.c, reading.h pass 4): "one bowl pls, the one with chicken in it", "a burger please,
 * the one with halloumi". The customer names the kind, then restates which of it they mean (an
 * apposition); the description alone may fit dishes of other kinds ("chicken" is in a bowl
 * too), but of the kind just named it picks one: that is the dish, and the description asks
 * nothing. The mirror of attach_restated.c, where the description comes first. */
#include <string.h>

#include "gateway/order/attach_internal.h"

/* Is token i "one", or "ones" after a kind counted more than once ("two burgers, the ones
 * with halloumi")? */
static bool kind_then_one_word(const struct attach_state *st, size_t i, size_t e)
{
    return order_tok_is(st->text, st->tokens, i, e, "one") ||
           order_tok_is(st->text, st->tokens, i, e, "ones");
}

/* Do the tokens [a, b) read "(please) , (the one)" or "(please) the one" and nothing else? */
static bool kind_then_one_between(const struct attach_state *st, size_t a, size_t b)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (a < b && attach_please_at(text, t, a, st->e))
        a++;
    /* "a wrap, the one ...", "a wrap - the one ...", "a wrap: the one ...", or with the mark
     * left out before "the one" ("a burger the one with the mushroom") */
    bool marked = a < b && t[a].kind == ORDER_TOKEN_PUNCT &&
                  (t[a].punct == ',' || t[a].punct == '-' || t[a].punct == ':');
    if (marked)
        a++;
    if (a + 2U <= b && order_tok_is(text, t, a, b, "the") && kind_then_one_word(st, a + 1U, b))
        a += 2U;
    return a == b; /* unmarked, the thing after opens with "the one" itself */
}

/* Does thing x open with "the one" (its own words, or the words right before it)? */
static bool kind_then_one_pointed(const struct attach_state *st, const struct order_thing *x)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t p = x->begin;
    if (order_tok_is(text, t, p, x->end, "the") && kind_then_one_word(st, p + 1U, x->end))
        return true;
    return p >= st->b + 2U && order_tok_is(text, t, p - 2U, p, "the") &&
           kind_then_one_word(st, p - 1U, p);
}

void attach_kind_then_one(struct attach_state *st, size_t first, size_t end)
{
    if (!ORDER_CUES_ANY(&st->cues, "the") || !ORDER_CUES_ANY(&st->cues, "one", "ones"))
        return;
    for (size_t k = first; k + 1U < end; k++) {
        struct order_thing *s = &st->rg->things[k], *x = &st->rg->things[k + 1U];
        if (!s->is_span || s->reference || !x->is_span || x->reference || x->clause != s->clause ||
            !kind_then_one_between(st, s->end, x->begin) || !kind_then_one_pointed(st, x))
            continue;
        /* the kind already read as the dish the description names ("a wrap" as the falafel
         * one, from the words after it): the restatement is that dish again, not one more */
        bool restated = s->item >= 0 && s->item == x->item;
        if (!restated && (s->item >= 0 || order_item_set_count(&s->candidates) < 2))
            continue;
        struct order_item_set both = s->candidates;
        if (x->item >= 0) { /* "the one with halloumi": the one dish it names, of the kind */
            memset(&both, 0, sizeof(both));
            if (order_item_set_has(&s->candidates, (size_t)x->item))
                order_item_set_add(&both, x->item);
        } else {
            order_item_set_and(&both, &x->candidates);
        }
        if (!restated && order_item_set_count(&both) != 1)
            continue;
        if (!restated)
            s->item = order_item_set_next(&both, 0);
        x->reference = true;
        for (size_t m = 0; m < x->mods.n && s->mods.n < ORDER_ITEM_MODIFIERS_MAX; m++)
            memcpy(s->mods.text[s->mods.n++], x->mods.text[m], ORDER_MODIFIER_BYTES_MAX);
        x->mods.n = 0;
    }
}

void attach_kind_then_one_changes(struct attach_state *st, size_t first, size_t end)
{
    if (!ORDER_CUES_ANY(&st->cues, "the") || !ORDER_CUES_ANY(&st->cues, "one", "ones"))
        return;
    for (size_t k = first; k + 1U < end; k++) {
        struct order_thing *s = &st->rg->things[k], *x = &st->rg->things[k + 1U];
        if (!s->is_span || s->reference || !x->is_span || !x->reference || x->mods.n == 0 ||
            s->item < 0 || x->clause != s->clause ||
            (s->item != x->item &&
             (x->item >= 0 || !order_item_set_has(&x->candidates, (size_t)s->item))) ||
            !kind_then_one_between(st, s->end, x->begin) || !kind_then_one_pointed(st, x))
            continue;
        /* "a bowl, the one with tofu, no onions": the change read after the restatement */
        for (size_t m = 0; m < x->mods.n && s->mods.n < ORDER_ITEM_MODIFIERS_MAX; m++)
            memcpy(s->mods.text[s->mods.n++], x->mods.text[m], ORDER_MODIFIER_BYTES_MAX);
        x->mods.n = 0;
    }
}
