/* attach_filled_kind.c — a kind of dish, "with" and one word of the menu that no dish of the
 * kind holds (attach_kinds.c, reading.h pass 4): "a burrito with carnitas" where carnitas
 * come in a taco and a bowl. "a carnitas burrito" is a dish the menu lacks, declined; said
 * with "with" after the kind it is the same dish, not the kind asked back with the word
 * dropped. The word must name a filling of several dishes, not a whole dish of its own
 * ("a taco with a horchata" asks for two things) nor a kind ("a bowl with tacos"). */
#include <stdio.h>
#include <string.h>

#include "gateway/order/attach_internal.h"

/* Does the word at token w read, as written, as a menu word that names several items and
 * ends no name, and that no candidate of kind s holds? */
static bool filled_word(const struct attach_state *st, const struct order_thing *s, size_t w)
{
    if (st->rg->n_hits[w] == 0)
        return false;
    for (uint8_t h = 0; h < st->rg->n_hits[w]; h++) {
        const struct order_lex_hit *hit = &st->rg->hits[w][h];
        if (hit->edits != 0 || hit->n_words != 1)
            return false;
        const struct order_lex_word *lw = &st->rd->lex->words[hit->words[0]];
        struct order_item_set both = lw->items;
        order_item_set_and(&both, &s->candidates);
        if (!lw->anchor || lw->head || lw->df < 2 || order_item_set_count(&both) > 0)
            return false;
    }
    return true;
}

bool attach_filled_kind(struct attach_state *st, struct order_thing *s, size_t a, size_t b)
{
    /* "with" at a, the one word at a + 1, then the end of the piece */
    if (b != a + 2U || s->item >= 0 || s->qty_unclear || s->reference ||
        order_item_set_count(&s->candidates) < 2 || !filled_word(st, s, a + 1U))
        return false;
    for (size_t x = 0; x < st->rg->n_things; x++) {
        const struct order_thing *o = &st->rg->things[x];
        if (o != s && o->begin >= a && o->begin < b && (!o->is_span || o->item >= 0))
            return false; /* a whole dish or a thing of its own after "with" */
    }
    char phrase[ORDER_PHRASE_BYTES_MAX];
    const struct order_token *t = &st->tokens[a + 1U];
    int n = snprintf(phrase, sizeof(phrase), "%.*s %s", (int)t->len, st->text + t->off, s->phrase);
    if (n < 0 || (size_t)n >= sizeof(phrase))
        return false;
    for (size_t x = 0; x < st->rg->n_things; x++) {
        struct order_thing *o = &st->rg->things[x];
        if (o != s && o->begin >= a && o->begin < b)
            o->reference = true; /* the word names what fills s, no dish of its own */
    }
    memcpy(s->phrase, phrase, (size_t)n + 1U);
    s->phrase_len = (uint16_t)n;
    s->is_span = false;
    s->leftover_kind = ORDER_LEFTOVER_FOOD;
    s->item = -1;
    memset(&s->candidates, 0, sizeof(s->candidates));
    s->mods.n = 0;
    memset(st->rg->roles + s->begin, ORDER_ROLE_LEFTOVER, b - s->begin);
    memset(st->rg->mod_zone + a, false, b - a);
    s->end = (uint16_t)b;
    return true;
}
