/* attach_section_for.c — a dish several items fit, said to be "for" a section of the menu
 * right after it ("the chicken thing for kids", "the chocolate one for dessert"). The word
 * after "for" names where on the menu the dish stands, so of the items that fit, the one of
 * that section is meant; when exactly one is, it is the dish, nothing is asked back. The
 * sections are the menu's own, so the word class holds on any menu. */
#include <string.h>

#include "gateway/order/attach_internal.h"

/* Is w[0..len) the menu's section name s, or it with its plural "s" added or dropped ("kid",
 * "dessert")? */
static bool section_named(const char *s, const char *w, size_t len)
{
    size_t sl = strlen(s);
    if (sl == len)
        return strncmp(s, w, len) == 0;
    if (sl == len + 1U)
        return s[len] == 's' && strncmp(s, w, len) == 0;
    return sl + 1U == len && w[sl] == 's' && strncmp(s, w, sl) == 0;
}

/* The one candidate of th in the section named at token p, or -1. */
static int32_t section_pick(const struct attach_state *st, const struct order_thing *th, size_t p)
{
    const struct menu *menu = st->rd->lex->menu;
    const struct order_token *k = &st->tokens[p];
    int32_t pick = -1;
    for (int32_t i = order_item_set_next(&th->candidates, 0); i >= 0;
         i = order_item_set_next(&th->candidates, (size_t)i + 1U)) {
        const char *s = menu->items[i].section;
        if (!s || !section_named(s, st->text + k->off, k->len))
            continue;
        if (pick >= 0)
            return -1; /* two of that section: still asked */
        pick = i;
    }
    return pick;
}

void attach_section_for(struct attach_state *st, size_t first, size_t end)
{
    if (!ORDER_CUES_ANY(&st->cues, "for"))
        return;
    static const char *const det[] = {"the", "my", "our", "a"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    for (size_t s = first; s < end; s++) {
        struct order_thing *th = &st->rg->things[s];
        size_t p = th->end;
        if (!th->is_span || th->item >= 0 || th->reference ||
            !order_tok_is(text, t, p, st->e, "for"))
            continue;
        p++;
        if (order_tok_in(text, t, p, st->e, det, ORDER_WORDS_N(det)))
            p++;
        if (p >= st->e || t[p].kind != ORDER_TOKEN_WORD)
            continue;
        int32_t pick = section_pick(st, th, p);
        if (pick < 0)
            continue;
        for (size_t k = first; k < end; k++)
            if (st->rg->things[k].begin == p && k != s)
                st->rg->things[k].reference = true; /* "for dessert": the section, no dish */
        order_thing_pin(th, pick);
    }
}
