/* attach_kind_one_after.c — a dish named by a description ending in its kind's word, then after
 * a comma "the X one" of that kind (attach.c, reading.h pass 4): "the cheese burger, the
 * halloumi one", "the pork taco, the pastor one". The customer restates which dish of the kind
 * they mean: "one" stands for the kind's word, so the second name is the first said again, more
 * precisely, never one more dish. The restatement wins where it fits every word of the first
 * description (a loose first name) but the adjectives that judge the dish ("the spicy burger,
 * the chipotle one"); where it does not, two dishes may be meant, both stay. The
 * mirror of attach_kind_then_one.c, where "one" comes first. */
#include <string.h>

#include "gateway/order/attach_internal.h"

/* Is token i "the" or "that"? */
static bool one_after_article(const struct attach_state *st, size_t i, size_t e)
{
    return order_tok_is(st->text, st->tokens, i, e, "the") ||
           order_tok_is(st->text, st->tokens, i, e, "that");
}

/* Do the tokens from a to x read ", the" or ", that" (the article maybe x's own first word)
 * and nothing else? */
static bool one_after_between(const struct attach_state *st, size_t a, const struct order_thing *x)
{
    const struct order_token *t = st->tokens;
    size_t b = x->begin;
    if (a >= b || t[a].kind != ORDER_TOKEN_PUNCT || t[a].punct != ',')
        return false;
    a++;
    if (a == b)
        return one_after_article(st, b, x->end);
    return a + 1U == b && one_after_article(st, a, b);
}

/* Does thing x end with "one", or is "one" right after it, then the clause's end or a
 * punctuation mark, "please" maybe before it? */
static bool one_after_closed(const struct attach_state *st, const struct order_thing *x)
{
    const struct order_token *t = st->tokens;
    size_t p = x->end;
    if (order_tok_is(st->text, t, p, st->e, "one"))
        p++;
    else if (!(x->end > x->begin + 1U && order_tok_is(st->text, t, x->end - 1U, st->e, "one")))
        return false;
    if (p < st->e && attach_please_at(st->text, t, p, st->e))
        p++; /* "the chipotle one please" */
    return p >= st->e || t[p].kind == ORDER_TOKEN_PUNCT;
}

/* Is token t an adjective that names no dish alone ("spicy", "big"), no anchor such as
 * "chicken"? It says what the customer thinks of the dish ("the spicy burger, the chipotle
 * one": they take the chipotle one for spicy), which its text need not spell. */
static bool one_after_judged(const struct attach_state *st, size_t t)
{
    const struct order_lexicon *lx = st->rd->lex;
    for (size_t h = 0; h < st->rg->n_hits[t]; h++)
        if (lx->words[st->rg->hits[t][h].words[0]].anchor)
            return false;
    return order_dictionary_has(lx->adjectives, st->text + st->tokens[t].off, st->tokens[t].len);
}

/* Does the dish x names hold every word of s before its kind's word (its name or description:
 * "cheese" of a halloumi burger)? The restatement then fits the first description, one dish
 * said twice, not a second dish of the kind. */
static bool one_after_fits(const struct attach_state *st, const struct order_thing *s,
                           const struct order_thing *x)
{
    static const char *const skip[] = {"the", "that", "this", "a", "an", "my", "your"};
    for (size_t t = s->begin; t + 1U < s->end; t++) {
        const char *w = st->text + st->tokens[t].off;
        size_t len = st->tokens[t].len;
        if (st->tokens[t].kind != ORDER_TOKEN_WORD ||
            order_tok_in(st->text, st->tokens, t, s->end, skip, ORDER_WORDS_N(skip)))
            continue;
        if (order_lexicon_item_mentions(st->rd->lex, x->item, &w, &len, 1) == 0 &&
            !one_after_judged(st, t))
            return false;
    }
    return true;
}

void attach_kind_one_after(struct attach_state *st, size_t first, size_t end)
{
    if (!ORDER_CUES_ANY(&st->cues, "one") || !ORDER_CUES_ANY(&st->cues, "the", "that"))
        return;
    for (size_t k = first; k + 1U < end; k++) {
        struct order_thing *s = &st->rg->things[k], *x = &st->rg->things[k + 1U];
        if (!s->is_span || s->reference || !x->is_span || x->reference || s->item < 0 ||
            x->item < 0 || s->item == x->item || x->clause != s->clause || x->qty_explicit ||
            s->qty_explicit || s->end < s->begin + 2U || !one_after_between(st, s->end, x) ||
            !one_after_closed(st, x))
            continue;
        /* the first name ends in a word of the kind both dishes' names hold */
        if (attach_head_word(st, s->end - 1U, s->end, s->item) < 0 ||
            attach_head_word(st, s->end - 1U, s->end, x->item) < 0 || !one_after_fits(st, s, x))
            continue;
        s->item = x->item;
        x->reference = true;
        x->points_back = true;
        for (size_t m = 0; m < x->mods.n && s->mods.n < ORDER_ITEM_MODIFIERS_MAX; m++)
            memcpy(s->mods.text[s->mods.n++], x->mods.text[m], ORDER_MODIFIER_BYTES_MAX);
        x->mods.n = 0;
    }
}

void attach_kind_one_after_changes(struct attach_state *st, size_t first, size_t end)
{
    if (!ORDER_CUES_ANY(&st->cues, "one") || !ORDER_CUES_ANY(&st->cues, "the", "that"))
        return;
    for (size_t k = first; k + 1U < end; k++) {
        struct order_thing *s = &st->rg->things[k], *x = &st->rg->things[k + 1U];
        if (!s->is_span || s->reference || !x->is_span || !x->reference || !x->points_back ||
            x->mods.n == 0 || s->item < 0 || s->item != x->item || x->clause != s->clause ||
            !one_after_between(st, s->end, x) || !one_after_closed(st, x))
            continue;
        /* "the cheese burger, the halloumi one, no onions": the change read after the
         * restatement */
        for (size_t m = 0; m < x->mods.n && s->mods.n < ORDER_ITEM_MODIFIERS_MAX; m++)
            memcpy(s->mods.text[s->mods.n++], x->mods.text[m], ORDER_MODIFIER_BYTES_MAX);
        x->mods.n = 0;
    }
}
