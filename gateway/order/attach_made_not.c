/* attach_made_not.c — "fish taco but grilled not fried", "2 fish tacos, grilled not fried":
 * one way of making a dish set against another, right after the dish (attach.c, reading.h
 * pass 4). The two words may each name a dish of the menu ("grilled veggie taco", "refried
 * beans"), but "A not B" of two participles says how the dish before is made: a change of
 * it, written as a swap (attach_modifier_write.c), no dish of its own. */
#include <string.h>

#include "gateway/order/attach_internal.h"

/* Is token i a participle of how a dish is made ("grilled", "fried"): a word of five letters
 * or more ending in "ed"? */
static bool made_participle(const char *text, const struct order_token *t, size_t i, size_t e)
{
    return i < e && t[i].kind == ORDER_TOKEN_WORD && t[i].len >= 5U &&
           memcmp(text + t[i].off + t[i].len - 2U, "ed", 2) == 0;
}

/* The dish whose change [p, q) is, when only a comma, a dash or "but" stands between: the
 * span of the clause ending last before p; NULL when none or something else stands between. */
static struct order_thing *made_not_dish(struct attach_state *st, size_t first, size_t p)
{
    struct order_thing *dish = NULL;
    for (size_t x = first; x < st->rg->n_things; x++) {
        struct order_thing *o = &st->rg->things[x];
        if (o->is_span && !o->reference && o->end <= p && (!dish || o->end > dish->end))
            dish = o;
    }
    if (!dish)
        return NULL;
    for (size_t k = dish->end; k < p; k++) {
        const struct order_token *w = &st->tokens[k];
        bool between = (w->kind == ORDER_TOKEN_PUNCT && (w->punct == ',' || w->punct == '-')) ||
                       order_tok_is(st->text, st->tokens, k, st->e, "but");
        if (!between)
            return NULL;
    }
    return dish;
}

void attach_made_not_change(struct attach_state *st, size_t first)
{
    if (!ORDER_CUES_ANY(&st->rg->cues, "not"))
        return;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    for (size_t p = st->b; p + 3U <= st->e; p++) {
        if (!made_participle(text, t, p, st->e) || !order_tok_is(text, t, p + 1U, st->e, "not") ||
            !made_participle(text, t, p + 2U, st->e) ||
            (p + 3U < st->e && t[p + 3U].kind == ORDER_TOKEN_WORD &&
             /* "grilled not fried please": politeness after the pair ends it too */
             st->rg->roles[p + 3U] != ORDER_ROLE_FILLER &&
             st->rg->roles[p + 3U] != ORDER_ROLE_GREETING))
            continue;
        struct order_thing *dish = made_not_dish(st, first, p);
        if (!dish)
            continue;
        for (size_t x = first; x < st->rg->n_things; x++) {
            struct order_thing *o = &st->rg->things[x];
            if (o != dish && o->begin >= dish->end && o->begin < p + 3U)
                o->reference = true; /* "grilled", "fried" read as dishes name none */
        }
        for (size_t k = dish->end; k < p; k++)
            if (t[k].kind == ORDER_TOKEN_WORD)
                st->rg->roles[k] = ORDER_ROLE_FILLER; /* "but" */
        attach_add_modifier(st, dish, p, p + 3U);
        return;
    }
}
