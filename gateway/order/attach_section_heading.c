/* attach_section_heading.c — "sides: 2 sweet potato fries, 1 onion rings" (attach.c,
 * reading.h pass 4): the name of one of the menu's sections opening a line before a colon
 * heads the list of dishes after it. The word may name a dish as well ("side" of the Side
 * Salad), but spelt as the menu spells the section, before a colon and dishes, it only says
 * what the list holds. */
#include <string.h>
#include <strings.h>

#include "gateway/order/attach_internal.h"
#include "io/menu.h"

/* Is token p spelt as a section of the menu ("sides", "drinks"), or as one of its things
 * ("side:", "drink:", a plural section without its "s")? */
static bool section_word_at(const struct attach_state *st, size_t p)
{
    const struct menu *menu = st->rd->lex->menu;
    const struct order_token *w = &st->tokens[p];
    for (size_t i = 0; i < menu->count; i++) {
        const char *s = menu->items[i].section;
        size_t sl = s ? strlen(s) : 0;
        bool one = sl > 1 && s[sl - 1] == 's' && sl - 1 == w->len;
        if (s && (sl == w->len || one) && strncasecmp(s, st->text + w->off, w->len) == 0)
            return true;
    }
    return false;
}

/* Does token p open its clause or a line of it ("1 cheeseburger\nsides: ...", "wrap: falafel
 * / side: fries": a slash parts a list as a new line does)? */
static bool section_line_start(const struct attach_state *st, size_t p)
{
    if (p == st->b)
        return true;
    const struct order_token *w = &st->tokens[p - 1U];
    return (w->kind == ORDER_TOKEN_PUNCT && w->punct == '/') ||
           order_token_opens_line(st->text, st->tokens, p);
}

void attach_section_heading(struct attach_state *st, size_t first, size_t end)
{
    struct order_reading *rg = st->rg;
    for (size_t h = first; h < end; h++) {
        struct order_thing *k = &rg->things[h];
        size_t p = k->begin;
        if (k->reference || !section_line_start(st, p) || k->end != p + 1U ||
            k->end + 1U >= st->e || st->tokens[k->end].kind != ORDER_TOKEN_PUNCT ||
            st->tokens[k->end].punct != ':' || !section_word_at(st, p))
            continue;
        bool listed = false; /* a dish of the list after the colon */
        for (size_t s = first; s < end && !listed; s++)
            listed = s != h && rg->things[s].is_span && rg->things[s].begin > k->end;
        if (!listed)
            continue;
        k->reference = true; /* the heading asks for nothing of its own */
        rg->roles[p] = ORDER_ROLE_FILLER;
    }
}

bool attach_section_bracketed(const struct attach_state *st, const struct order_thing *th, size_t a,
                              size_t b)
{
    const struct order_token *t = st->tokens;
    if (!th->is_span || th->item < 0 || b != a + 1U || a == 0 || b >= st->e ||
        t[a - 1U].kind != ORDER_TOKEN_PUNCT || t[a - 1U].punct != '(' ||
        t[b].kind != ORDER_TOKEN_PUNCT || t[b].punct != ')')
        return false;
    const char *s = st->rd->lex->menu->items[th->item].section;
    size_t sl = s ? strlen(s) : 0;
    const struct order_token *w = &t[a];
    bool one = sl > 1 && s[sl - 1] == 's' && sl - 1 == w->len; /* "(side)" */
    return s && (sl == w->len || one) && strncasecmp(s, st->text + w->off, w->len) == 0;
}
