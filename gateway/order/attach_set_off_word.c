/* attach_set_off_word.c — "a cold brew, black, and the fries": one word of the menu set
 * off by commas right after a dish, a word that only begins or sits inside some menu name
 * ("black" of the Black Bean Chipotle Burger) and ends none, says how that dish comes: a
 * change of it, not a dish of its own. A word that ends a name ("a wrap, falafel, ...") may
 * still name one, and is left to the list reading. A size set off after that word ("a cold
 * brew, black, large") is one more change of the same dish. */
#include <string.h>
#include <strings.h>

#include "gateway/order/attach_internal.h"

/* Does the word w[0, len) end the name of some menu item? */
static bool set_off_ends_name(const struct menu *menu, const char *w, size_t len)
{
    for (size_t i = 0; i < menu->count; i++) {
        const char *name = menu->items[i].name;
        size_t n = strlen(name);
        if (n >= len && strncasecmp(name + n - len, w, len) == 0 &&
            (n == len || name[n - len - 1U] == ' '))
            return true;
    }
    return false;
}

/* "<dish> , <word> , large": a size at p that ends the clause or is set off by a comma */
static void attach_set_off_size(struct attach_state *st, struct order_thing *dish, size_t p)
{
    const struct order_token *t = st->tokens;
    size_t sz = order_patterns_longest(&st->rd->u->sizes, st->text, t, p, st->e, NULL);
    if (sz == 0 || (p + sz < st->e && (t[p + sz].kind != ORDER_TOKEN_PUNCT ||
                                       (t[p + sz].punct != ',' && t[p + sz].punct != '.'))))
        return;
    for (size_t q = p; q < p + sz; q++)
        if (!attach_free(st, q))
            return;
    memset(st->rg->roles + p, ORDER_ROLE_MODIFIER, sz);
    attach_add_modifier(st, dish, p, p + sz);
}

void attach_set_off_word(struct attach_state *st, size_t first)
{
    const struct order_token *t = st->tokens;
    struct order_reading *rg = st->rg;
    for (size_t s = first; s < rg->n_things; s++) {
        struct order_thing *dish = &rg->things[s];
        size_t w = dish->end + 1U;
        /* cheap first: "<dish> , <word> ," */
        if (!dish->is_span || dish->item < 0 || w + 1U >= st->e ||
            t[w - 1U].kind != ORDER_TOKEN_PUNCT || t[w - 1U].punct != ',' ||
            t[w].kind != ORDER_TOKEN_WORD || t[w + 1U].kind != ORDER_TOKEN_PUNCT ||
            t[w + 1U].punct != ',' || !attach_free(st, w) || rg->n_hits[w] == 0 ||
            set_off_ends_name(st->rd->lex->menu, st->text + t[w].off, t[w].len))
            continue;
        rg->roles[w] = ORDER_ROLE_MODIFIER;
        attach_add_modifier(st, dish, w, w + 1U);
        attach_set_off_size(st, dish, w + 2U);
    }
    attach_only_part(st, first); /* "mini burger, cheese only": words set off by "only" */
}
