/* attach_kind_then_one.c — a kind of dish, then after a comma "the one" and what says which
 * (attach.c, reading.h pass 4): "one bowl pls, the one with chicken in it", "a burger please,
 * the one with halloumi", "kids meal for my daughter, the cheese one" (a word its texts hold).
 * The customer names the kind, then restates which of it they mean (an
 * apposition); the description alone may fit dishes of other kinds ("chicken" is in a bowl
 * too), but of the kind just named it picks one: that is the dish, and the description asks
 * nothing. The mirror of attach_restated.c, where the description comes first. */
#include <string.h>

#include "gateway/order/attach_internal.h"
#include "gateway/order/text_words.h"

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
    /* "kids meal for my daughter, the cheese one": whom it is for, before the mark */
    enum { FOR_WHOM_WORDS_MAX = 3 };
    if (a < b && order_tok_is(text, t, a, b, "for")) {
        size_t w = a + 1U;
        while (w < b && w <= a + FOR_WHOM_WORDS_MAX && t[w].kind == ORDER_TOKEN_WORD)
            w++;
        if (w > a + 1U && w < b && t[w].kind == ORDER_TOKEN_PUNCT)
            a = w;
    }
    /* "a wrap, the one ...", "a wrap - the one ...", "a wrap: the one ...", or with the mark
     * left out before "the one" ("a burger the one with the mushroom") */
    bool marked = a < b && t[a].kind == ORDER_TOKEN_PUNCT &&
                  (t[a].punct == ',' || t[a].punct == '-' || t[a].punct == ':');
    if (marked)
        a++;
    if (a + 2U <= b && order_tok_is(text, t, a, b, "the") && kind_then_one_word(st, a + 1U, b))
        a += 2U;
    else if (marked && a + 1U == b && order_tok_is(text, t, a, b, "the"))
        a++;       /* "kids meal, the cheese one": the article of the thing after */
    return a == b; /* unmarked, the thing after opens with "the one" itself */
}

/* Does thing x open with "the one" (its own words, or the words right before it), or read
 * "the X one" ("a bowl, the pork one") after a kind counted s_qty times? */
static bool kind_then_one_pointed(const struct attach_state *st, const struct order_thing *x,
                                  int32_t s_qty)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t p = x->begin;
    if (order_tok_is(text, t, p, x->end, "the") && kind_then_one_word(st, p + 1U, x->end))
        return true;
    if (p >= st->b + 2U && order_tok_is(text, t, p - 2U, p, "the") &&
        kind_then_one_word(st, p - 1U, p))
        return true;
    /* "the X one" names one of the kind; of a kind counted more than once it is one part
     * ("2 bowls, the teriyaki one and the quinoa one"), "the X ones" all of them */
    bool the = order_tok_is(text, t, p, x->end, "the") ||
               (p > st->b && order_tok_is(text, t, p - 1U, p, "the"));
    size_t w = kind_then_one_word(st, x->end - 1U, x->end) ? x->end - 1U : x->end;
    return the && w < st->e && kind_then_one_word(st, w, st->e) &&
           (order_tok_is(text, t, w, st->e, "ones") || s_qty < 2);
}

/* The count said right before kind s ("2 bowls, ..."), read before the pass that counts it;
 * 1 when none. */
static int32_t kind_then_one_count(const struct attach_state *st, const struct order_thing *s)
{
    int32_t v = 1;
    if (s->qty_explicit)
        return s->qty;
    if (s->begin > st->b &&
        attach_number(st->rd->u, st->text, st->tokens, s->begin - 1U, s->begin, &v) == 0)
        v = 1;
    return v;
}

/* The items whose texts hold every word of x but "the" and "one(s)" ("cheese": the kids'
 * quesadilla is filled with cheese), into held; false when x has no such word or one no text
 * holds. */
static bool kind_then_one_described(const struct attach_state *st, const struct order_thing *x,
                                    struct order_item_set *held)
{
    const struct order_lexicon *lx = st->rd->lex;
    bool any = false;
    for (size_t p = x->begin; p < x->end; p++) {
        const struct order_token *k = &st->tokens[p];
        if (k->kind != ORDER_TOKEN_WORD || order_tok_is(st->text, st->tokens, p, x->end, "the") ||
            kind_then_one_word(st, p, x->end))
            continue;
        struct order_item_set items;
        if (!lx->text_words ||
            !order_text_words_items(lx->text_words, st->text + k->off, k->len, &items))
            return false;
        if (any)
            order_item_set_and(held, &items);
        else
            *held = items;
        any = true;
    }
    return any;
}

void attach_kind_then_one(struct attach_state *st, size_t first, size_t end)
{
    if (!ORDER_CUES_ANY(&st->cues, "the") || !ORDER_CUES_ANY(&st->cues, "one", "ones"))
        return;
    for (size_t k = first; k + 1U < end; k++) {
        struct order_thing *s = &st->rg->things[k], *x = &st->rg->things[k + 1U];
        if (!s->is_span || s->reference || !x->is_span || x->reference || x->clause != s->clause ||
            !kind_then_one_between(st, s->end, x->begin) ||
            !kind_then_one_pointed(st, x, kind_then_one_count(st, s)))
            continue;
        /* the kind already read as the dish the description names ("a wrap" as the falafel
         * one, from the words after it): the restatement is that dish again, not one more */
        bool restated = s->item >= 0 && s->item == x->item;
        if (!restated && (s->item >= 0 || order_item_set_count(&s->candidates) < 2))
            continue;
        struct order_item_set both = s->candidates;
        struct order_item_set held;
        if (x->item >= 0 && order_item_set_has(&s->candidates, (size_t)x->item)) {
            memset(&both, 0, sizeof(both)); /* "the one with halloumi": the dish it names */
            order_item_set_add(&both, x->item);
        } else if (x->item < 0 && order_item_set_count(&x->candidates) > 0) {
            order_item_set_and(&both, &x->candidates);
        } else if (kind_then_one_described(st, x, &held)) {
            order_item_set_and(&both, &held); /* "kids meal, the cheese one": of the kind */
        } else {
            memset(&both, 0, sizeof(both));
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
            !kind_then_one_between(st, s->end, x->begin) ||
            !kind_then_one_pointed(st, x, kind_then_one_count(st, s)))
            continue;
        /* "a bowl, the one with tofu, no onions": the change read after the restatement */
        for (size_t m = 0; m < x->mods.n && s->mods.n < ORDER_ITEM_MODIFIERS_MAX; m++)
            memcpy(s->mods.text[s->mods.n++], x->mods.text[m], ORDER_MODIFIER_BYTES_MAX);
        x->mods.n = 0;
    }
}
