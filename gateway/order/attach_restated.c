/* attach_restated.c — a dish described vaguely, then said again after a comma as "the one"
 * with words that name one dish: "the spicy one, the one with the cauliflower", "that
 * burger, the one with the jackfruit". The customer restates what they mean (an apposition);
 * the second description names the dish, the first asks nothing and adds nothing. The mirror
 * of attach_apposition (attach_corrections.c), where the named dish comes first; here the
 * words between must restate ("the one"), as the first description need not fit the dish the
 * second names: the customer knows it better than the menu's words say. */
#include <string.h>

#include "gateway/order/attach_internal.h"
#include "gateway/order/text_words.h"

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
        if (!order_tok_in(text, t, p, b, after_one, ORDER_WORDS_N(after_one)))
            return false;
    return true;
}

/* "whichever milkshake is the vegan one", "the smoothie thats the one with banana": a kind
 * several items fit, then "is" / "thats" and (the) a second description of it. Returns the
 * tokens between when they are such a copula, else 0. */
static size_t restated_copula(const struct attach_state *st, size_t a, size_t b)
{
    static const char *const copulas[] = {"is", "thats", "whichs"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t p = a;
    if (order_tok_is(text, t, p, b, "that") || order_tok_is(text, t, p, b, "which"))
        p++; /* "that is", "which is" */
    if (!order_tok_in(text, t, p, b, copulas, ORDER_WORDS_N(copulas)))
        return 0;
    p++;
    if (order_tok_is(text, t, p, b, "the"))
        p++;
    return p == b ? b - a : 0;
}

/* Narrows *kind to the items whose name or description holds every word of x ("vegan":
 * the milkshake made with oat milk says so in its description, not its name). True when
 * one item is left. */
static bool restated_held_by_one(const struct attach_state *st, const struct order_thing *x,
                                 struct order_item_set *kind)
{
    const struct order_text_words *tw = st->rd->lex->text_words;
    size_t words = 0;
    for (size_t p = x->begin; p < x->end && tw; p++) {
        const struct order_token *w = &st->tokens[p];
        struct order_item_set holders;
        if (w->kind != ORDER_TOKEN_WORD || order_token_is(st->text, w, "the") ||
            order_token_is(st->text, w, "one"))
            continue;
        if (!order_text_words_items(tw, st->text + w->off, w->len, &holders))
            return false;
        order_item_set_and(kind, &holders);
        words++;
    }
    return words > 0 && order_item_set_count(kind) == 1;
}

/* The kind s, said again by the description x after a copula: the one item both fit is the
 * dish, x asks nothing. */
static void restated_by_copula(struct attach_state *st, struct order_thing *s,
                               struct order_thing *x)
{
    struct order_item_set both = s->candidates;
    if (x->item >= 0) {
        if (!order_item_set_has(&both, (size_t)x->item))
            return;
        s->item = x->item;
    } else {
        struct order_item_set named = both;
        order_item_set_and(&named, &x->candidates);
        if (order_item_set_count(&named) != 1 && !restated_held_by_one(st, x, &both))
            return;
        s->item = order_item_set_next(order_item_set_count(&named) == 1 ? &named : &both, 0);
    }
    x->reference = true;
    for (size_t p = s->end; p < x->begin; p++)
        if (attach_free(st, p))
            st->rg->roles[p] = ORDER_ROLE_FILLER; /* "is the": no change */
    for (size_t m = 0; m < x->mods.n && s->mods.n < ORDER_ITEM_MODIFIERS_MAX; m++)
        memcpy(s->mods.text[s->mods.n++], x->mods.text[m], ORDER_MODIFIER_BYTES_MAX);
    x->mods.n = 0;
}

/* The first thing after s in its clause, from things[first] on; NULL when none. */
static struct order_thing *restated_next(struct attach_state *st, size_t first,
                                         const struct order_thing *s)
{
    struct order_thing *next = NULL;
    for (size_t x = first; x < st->rg->n_things; x++) {
        struct order_thing *o = &st->rg->things[x];
        if (o != s && o->begin >= s->end && (!next || o->begin < next->begin))
            next = o;
    }
    return next && next->is_span && !next->reference && next->clause == s->clause ? next : NULL;
}

/* Is s a span several items fit, right after a word that points ("the spicy one",
 * "whichever milkshake")? */
static bool restated_pointed(const struct attach_state *st, const struct order_thing *s,
                             bool whichever)
{
    static const char *const pointing[] = {"the", "that", "whichever", "whatever"};
    return s->is_span && s->item < 0 && !s->reference && s->begin > st->b &&
           order_tok_in(st->text, st->tokens, s->begin - 1U, st->e, pointing, whichever ? 4U : 2U);
}

void attach_restated_copula(struct attach_state *st, size_t first, size_t end)
{
    if (!ORDER_CUES_ANY(&st->cues, "is", "thats", "whichs"))
        return;
    for (size_t k = first; k < end; k++) {
        struct order_thing *s = &st->rg->things[k];
        struct order_thing *next =
            restated_pointed(st, s, true) ? restated_next(st, first, s) : NULL;
        if (next && restated_copula(st, s->end, next->begin) > 0)
            restated_by_copula(st, s, next);
    }
}

/* "whichever milkshake is the chocolate one, no cream": the changes read after the
 * description (attach_restated_copula made it point back) are the dish's. */
static void restated_copula_changes(struct attach_state *st, size_t first, struct order_thing *s)
{
    struct order_thing *x = NULL;
    for (size_t k = first; k < st->rg->n_things; k++) {
        struct order_thing *o = &st->rg->things[k];
        if (o != s && o->begin >= s->end && (!x || o->begin < x->begin))
            x = o;
    }
    if (!s->is_span || s->item < 0 || s->reference || !x || !x->is_span || !x->reference ||
        x->clause != s->clause || restated_copula(st, s->end, x->begin) == 0)
        return;
    for (size_t m = 0; m < x->mods.n && s->mods.n < ORDER_ITEM_MODIFIERS_MAX; m++)
        memcpy(s->mods.text[s->mods.n++], x->mods.text[m], ORDER_MODIFIER_BYTES_MAX);
    x->mods.n = 0;
}

void attach_restated(struct attach_state *st, size_t first, size_t end)
{
    /* "the one" restating, or a copula whose description attach_restated_copula read */
    if (!ORDER_CUES_ANY(&st->cues, "one", "is", "thats", "whichs"))
        return;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    for (size_t k = first; k < end; k++) {
        struct order_thing *s = &st->rg->things[k];
        restated_copula_changes(st, first, s);
        if (!restated_pointed(st, s, false))
            continue;
        size_t a = s->end; /* "the spicy one": the "one" closing the description */
        if (order_tok_is(text, t, a, st->e, "one"))
            a++;
        struct order_thing *next = restated_next(st, first, s);
        if (!next || next->item < 0 || !restated_between(st, a, next->begin))
            continue;
        s->reference = true;
        for (size_t m = 0; m < s->mods.n && next->mods.n < ORDER_ITEM_MODIFIERS_MAX; m++)
            memcpy(next->mods.text[next->mods.n++], s->mods.text[m], ORDER_MODIFIER_BYTES_MAX);
        s->mods.n = 0;
    }
}
