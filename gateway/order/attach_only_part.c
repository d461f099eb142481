/* attach_only_part.c — "mini burger, cheese only", "the beef burger ketchup only": one or two
 * words and "only" closing the clause or a part of it, right after a dish (a comma between or
 * not), say what that dish comes with and nothing more: a change of it, not a dish of its
 * own. A word of the menu there that names no one dish ("cheese") is that change too; a
 * word that names one ("fries only") may be the dish itself, and is left to the list. */
#include <string.h>
#include <strings.h>

#include "gateway/order/attach_internal.h"

enum { ONLY_WORDS_MAX = 2 };

/* The thing of the clause that starts at token w, from things[first] on: its index, or
 * SIZE_MAX when none. */
static size_t only_thing_at(const struct attach_state *st, size_t first, size_t w)
{
    for (size_t x = first; x < st->rg->n_things; x++)
        if (st->rg->things[x].begin == w)
            return x;
    return SIZE_MAX;
}

/* Does the word at token w name a section of the menu ("drinks", "dessert")? "..., drinks
 * only" says which kind the order holds, no change of the dish before. */
static bool only_section_word(const struct attach_state *st, size_t w)
{
    const struct menu *menu = st->rd->lex->menu;
    const char *x = st->text + st->tokens[w].off;
    size_t len = st->tokens[w].len;
    for (size_t i = 0; i < menu->count; i++) {
        const char *sec = menu->items[i].section;
        size_t n = strlen(sec);
        if ((n == len || n + 1U == len || n == len + 1U) &&
            strncasecmp(sec, x, n < len ? n : len) == 0)
            return true;
    }
    return false;
}

void attach_only_part(struct attach_state *st, size_t first)
{
    if (!ORDER_CUES_ANY(&st->rg->cues, "only"))
        return;
    const struct order_token *t = st->tokens;
    struct order_reading *rg = st->rg;
    for (size_t s = first; s < rg->n_things; s++) {
        const struct order_thing *dish = &rg->things[s];
        if (!dish->is_span || dish->item < 0 || dish->reference)
            continue;
        size_t w = dish->end;
        if (w < st->e && t[w].kind == ORDER_TOKEN_PUNCT && t[w].punct == ',')
            w++;
        size_t o = w;
        while (o < st->e && o < w + ONLY_WORDS_MAX && t[o].kind == ORDER_TOKEN_WORD &&
               !order_tok_is(st->text, t, o, st->e, "only"))
            o++;
        if (o == w || !order_tok_is(st->text, t, o, st->e, "only") ||
            !(o + 1U == st->e || t[o + 1U].kind == ORDER_TOKEN_PUNCT))
            continue;
        /* the words: free, or one span that names no one dish ("cheese") */
        size_t x = only_thing_at(st, first, w);
        bool words = x == SIZE_MAX;
        for (size_t k = w; k < o && words; k++)
            words = attach_free(st, k);
        bool kind = x != SIZE_MAX && rg->things[x].is_span && rg->things[x].item < 0 &&
                    rg->things[x].end == o && !only_section_word(st, w);
        if (!words && !kind)
            continue;
        if (kind)
            order_reading_drop_thing(rg, x);
        attach_add_modifier(st, &rg->things[s], w, o + 1U);
    }
}
