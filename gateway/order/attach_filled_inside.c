/* attach_filled_inside.c — a dish named, then "with" what is inside it ("the steak burrito
 * with fries inside", "a pork taco w/ pineapple in it") (attach_kinds.c, reading.h pass 4).
 * "inside" says the words tell what the dish is filled with, not a part to add. When the dish
 * named holds none of them, but one other dish of its section holds them and every word that
 * named the first (by the menu's glossary: "steak" is carne asada), that dish is meant: what
 * is inside says which, as a description after a kind does, and it is no change. */
#include <string.h>

#include "gateway/order/attach_internal.h"

/* Does item hold every word of [a, b), connectors aside? */
static bool inside_holds(const struct attach_state *st, size_t item, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (st->tokens[i].kind == ORDER_TOKEN_WORD &&
            !order_tok_connector(st->text, &st->tokens[i]) &&
            !order_read_item_holds(st->rd, item, st->text + st->tokens[i].off, st->tokens[i].len))
            return false;
    return true;
}

/* The end of "inside" / "in it" at p, or 0. */
static size_t inside_word_end(const struct attach_state *st, size_t p)
{
    if (order_tok_is(st->text, st->tokens, p, st->e, "inside"))
        return p + 1U;
    if (order_tok_is(st->text, st->tokens, p, st->e, "in") &&
        order_tok_is(st->text, st->tokens, p + 1U, st->e, "it"))
        return p + 2U;
    return 0;
}

bool attach_filled_inside(struct attach_state *st, struct order_thing *s)
{
    if (!ORDER_CUES_ANY(&st->cues, "with", "w") || !ORDER_CUES_ANY(&st->cues, "inside", "in"))
        return false;
    enum { INSIDE_WORDS_MAX = 3 };
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (!s->is_span || s->item < 0 || s->reference)
        return false;
    size_t x = s->end;
    if (order_tok_is(text, t, x, st->e, "with"))
        x++;
    else if (order_tok_is(text, t, x, st->e, "w") && x + 1U < st->e &&
             t[x + 1U].kind == ORDER_TOKEN_PUNCT && t[x + 1U].punct == '/')
        x += 2U;
    else
        return false;
    size_t y = x;
    while (y < st->e && y < x + INSIDE_WORDS_MAX && t[y].kind == ORDER_TOKEN_WORD &&
           inside_word_end(st, y) == 0)
        y++;
    size_t end = inside_word_end(st, y);
    if (y == x || end == 0 || inside_holds(st, (size_t)s->item, x, y))
        return false;
    const struct menu *menu = st->rd->lex->menu;
    const char *section = menu->items[s->item].section;
    int32_t found = -1;
    for (size_t i = 0; i < menu->count; i++) {
        if ((int32_t)i == s->item || strcmp(menu->items[i].section, section) != 0 ||
            !inside_holds(st, i, x, y) || !inside_holds(st, i, s->begin, s->end))
            continue;
        if (found >= 0)
            return false; /* two dishes fit: the words say no one */
        found = (int32_t)i;
    }
    if (found < 0)
        return false;
    s->item = found;
    for (size_t k = 0; k < st->rg->n_things; k++) {
        struct order_thing *o = &st->rg->things[k];
        if (o != s && o->begin >= x && o->begin < end)
            o->reference = true; /* a word of what is inside, no dish of its own */
    }
    memset(st->rg->roles + s->end, ORDER_ROLE_ITEM, end - s->end);
    return true;
}
