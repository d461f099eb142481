/* attach_prefix_words.c — words before a dish that are not its count (attach_quantity.c,
 * reading.h pass 4): a size before a unit of serving ("a large order of chips") and an
 * adjective that judges the dish rather than changes it ("a real california burrito"). */
#include <string.h>
#include <strings.h>

#include "gateway/order/attach_internal.h"
#include "io/menu.h"

/* Is the one word at p before dish s an adjective that judges it ("a real california
 * burrito", "a good bowl", "an authentic taco"): no size, no change the understanding
 * knows, no food, no word of the dish's own description? It says what the customer thinks
 * of the dish, not how to make it. */
bool attach_judging_word(const struct attach_state *st, const struct order_thing *s, size_t p)
{
    const struct order_understanding *u = st->rd->u;
    const struct order_token *k = &st->tokens[p];
    const char *w = st->text + k->off;
    if (p + 1U != s->begin || s->item < 0 || k->kind != ORDER_TOKEN_WORD ||
        !order_dictionary_has(st->rd->lex->adjectives, w, k->len) || attach_food_token(st, p) ||
        order_patterns_longest(&u->sizes, st->text, st->tokens, p, p + 1U, NULL) > 0 ||
        order_patterns_longest(&u->modifiers, st->text, st->tokens, p, p + 1U, NULL) > 0 ||
        order_patterns_longest(&u->modifier_starts, st->text, st->tokens, p, p + 1U, NULL) > 0)
        return false;
    return order_lexicon_item_mentions(st->rd->lex, s->item, &w, (size_t[]){k->len}, 1) == 0;
}

/* Is the one word at p before dish s a word for the ordinary one of its kind ("3 reg fries",
 * "a normal burrito", "the standard bowl")? It says which dish is meant, as the plainest of
 * its kind, and changes nothing of it. ("regular" stays a size: "a regular lemonade".) */
bool attach_ordinary_word(const struct attach_state *st, const struct order_thing *s, size_t p)
{
    if (!ORDER_CUES_ANY(&st->cues, "reg", "normal", "standard"))
        return false;
    static const char *const ordinary[] = {"reg", "normal", "standard"};
    return p + 1U == s->begin && s->item >= 0 &&
           order_tok_in(st->text, st->tokens, p, s->begin, ordinary, ORDER_WORDS_N(ordinary));
}

/* "a large order of chips", "2 small cups of horchata": a size before a unit of serving
 * right before the dish is the dish's size; the unit is the count's. Returns where the
 * words before s still to read start (s->begin when the size took them), else p. */
size_t attach_size_of_unit(struct attach_state *st, struct order_thing *s, size_t p)
{
    const struct order_understanding *u = st->rd->u;
    if (p >= s->begin)
        return p;
    size_t size = order_patterns_longest(&u->sizes, st->text, st->tokens, p, s->begin, NULL);
    size_t at = p + size;
    /* "8 small portions of the tofu teriyaki bowl": "the" may stand between unit and dish */
    size_t unit_end = s->begin;
    if (unit_end > at + 1U && order_tok_is(st->text, st->tokens, unit_end - 1U, s->begin, "the"))
        unit_end--;
    if (size == 0 || at >= s->begin ||
        order_patterns_longest(&u->quantity_units, st->text, st->tokens, at, unit_end, NULL) !=
            unit_end - at)
        return p;
    for (size_t q = p; q < s->begin; q++)
        if (!attach_free(st, q))
            return p;
    memset(st->rg->roles + at, ORDER_ROLE_QTY, s->begin - at);
    attach_add_modifier(st, s, p, at);
    return s->begin;
}

/* Is the one word at p before dish s a word of the dish's name cut short ("a mex coke" for
 * the Mexican Coca-Cola): three letters or more that open a longer word of
 * the name? It names the dish, as the whole word would, and changes nothing of it. */
bool attach_cut_name_word(const struct attach_state *st, const struct order_thing *s, size_t p)
{
    enum { CUT_WORD_MIN = 3 };
    const struct order_token *k = &st->tokens[p];
    if (p + 1U != s->begin || s->item < 0 || k->kind != ORDER_TOKEN_WORD || k->len < CUT_WORD_MIN ||
        (size_t)s->item >= st->rd->lex->menu->count)
        return false;
    const char *w = st->text + k->off;
    const char *name = st->rd->lex->menu->items[s->item].name;
    for (const char *at = name; *at;) {
        size_t n = 0;
        while (at[n] && at[n] != ' ' && at[n] != '-')
            n++;
        if (n > k->len && strncasecmp(at, w, k->len) == 0)
            return true;
        at += n;
        while (*at == ' ' || *at == '-')
            at++;
    }
    return false;
}
