/* attach_swap_of.c — part of a dish asked for before turned into another dish (attach.c):
 * "3 asada tacos. make one of the asada a carnitas instead", "switch one of the asada to
 * carnitas". "make" (or a verb of changing, "to" after the dish), a count, "of the" and
 * words naming a dish asked for before, then another dish: that many of the first become
 * the second. The words after "of the" name no dish of their own, and a kind given as the
 * new dish ("a carnitas") is the one of its section the first dish is in. */
#include <string.h>

#include "gateway/order/attach_internal.h"

/* The dish asked for before token i, with a count above n, that thing x names (its item, or
 * one of its candidates), the latest; NULL when none. */
static struct order_thing *swap_of_earlier(struct attach_state *st, const struct order_thing *x,
                                           size_t i, int32_t n)
{
    struct order_thing *best = NULL;
    for (size_t s = 0; s < st->rg->n_things; s++) {
        struct order_thing *o = &st->rg->things[s];
        bool named = x->item >= 0
                         ? o->item == x->item
                         : o->item >= 0 && order_item_set_has(&x->candidates, (size_t)o->item);
        if (o != x && o->is_span && !o->reference && o->end <= i && o->qty > n && named &&
            (!best || o->end > best->end))
            best = o;
    }
    return best;
}

/* Dish y becomes n of item, the part of dish was changed into it; a change said of was
 * ("no onions on any of them") is still said of the part when y has none of its own. */
static void swap_of_becomes(struct order_thing *y, int32_t item, int32_t n,
                            const struct order_thing *was)
{
    order_thing_pin(y, item);
    y->qty = n;
    y->qty_explicit = true;
    if (y->mods.n == 0)
        y->mods = was->mods;
}

/* The one item of y (its own, or of its candidates the one in the section of item was): the
 * dish of the same kind as the one it replaces; -1 when none or several. */
static int32_t swap_of_same_section(const struct attach_state *st, const struct order_thing *y,
                                    int32_t was)
{
    if (y->item >= 0)
        return y->item;
    const struct menu *menu = st->rd->lex->menu;
    const char *section = menu->items[was].section;
    int32_t found = -1;
    for (size_t i = 0; i < menu->count; i++) {
        if (!order_item_set_has(&y->candidates, i) || !section || !menu->items[i].section ||
            strcmp(menu->items[i].section, section) != 0)
            continue;
        if (found >= 0)
            return -1;
        found = (int32_t)i;
    }
    return found;
}

void attach_swap_one_of(struct attach_state *st, size_t first, size_t end)
{
    if (!ORDER_CUES_ANY(&st->cues, "of") ||
        !ORDER_CUES_ANY(&st->cues, "make", "switch", "change", "swap", "turn"))
        return;
    static const char *const pointers[] = {"the", "those", "these"};
    static const char *const changes[] = {"switch", "change", "swap", "turn"};
    static const char *const preps[] = {"to", "into", "for"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    for (size_t k = first; k + 1U < end; k++) {
        struct order_thing *x = &st->rg->things[k], *y = &st->rg->things[k + 1U];
        size_t p = y->begin, b = x->begin;
        if (p > b && attach_is_article(text, t, p - 1U, st->e))
            p--;
        /* "switch one of the asada to carnitas": a verb of changing says what the part
         * becomes after "to" / "into" / "for" */
        bool change =
            b >= st->b + 4U && attach_in(text, t, b - 4U, st->e, changes, ORDER_WORDS_N(changes));
        if (change && p > b && attach_in(text, t, p - 1U, st->e, preps, ORDER_WORDS_N(preps)))
            p--;
        int32_t n;
        if (!x->is_span || !y->is_span || x->reference || y->reference || x->end != p ||
            b < st->b + 4U || !attach_in(text, t, b - 1U, st->e, pointers, 3) ||
            !order_tok_is(text, t, b - 2U, st->e, "of") ||
            attach_number(st->rd->u, text, t, b - 3U, st->e, &n) != 1 ||
            !(order_tok_is(text, t, b - 4U, st->e, "make") || change) || !attach_free(st, b - 4U))
            continue;
        struct order_thing *was = swap_of_earlier(st, x, b - 3U, n);
        int32_t item = was ? swap_of_same_section(st, y, was->item) : -1;
        if (item < 0 || item == was->item)
            continue;
        was->qty -= n;
        x->reference = true; /* "the asada": the dish the part is taken from */
        swap_of_becomes(y, item, n, was);
        st->rg->roles[b - 4U] = ORDER_ROLE_FILLER; /* the swap's verb, no dish */
        if (x->end < y->begin && attach_free(st, x->end))
            st->rg->roles[x->end] = ORDER_ROLE_FILLER; /* "to": no change of the dish */
        memset(st->rg->roles + b - 3U, ORDER_ROLE_QTY, 3U);
    }
}

/* "3 asada tacos. can you change 2 of them to al pastor", "... change one to al pastor": a
 * verb of changing, a count (of them / those) and after "to" / "into" a dish: that many of
 * the dish asked for last before the clause, counted as many or more, become the new dish.
 * (Within the clause the counts are not read yet.) */
static void swap_some_into(struct attach_state *st, struct order_thing *y);

void attach_swap_some_of_them(struct attach_state *st, size_t first, size_t end)
{
    if (!ORDER_CUES_ANY(&st->cues, "switch", "change", "swap", "turn") ||
        !ORDER_CUES_ANY(&st->cues, "to", "into"))
        return;
    for (size_t s = first; s < end; s++)
        if (st->rg->things[s].is_span && !st->rg->things[s].reference &&
            !st->rg->things[s].qty_explicit)
            swap_some_into(st, &st->rg->things[s]);
}

/* y: the dish after "to" */
static void swap_some_into(struct attach_state *st, struct order_thing *y)
{
    /* "make one of them a ..." is read as a part of the dish before (attach_references.c) */
    static const char *const changes[] = {"switch", "change", "swap", "turn"};
    static const char *const preps[] = {"to", "into"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t p = y->begin;
    if (p > st->b && attach_is_article(text, t, p - 1U, st->e))
        p--;
    bool prep = p > st->b && attach_in(text, t, p - 1U, st->e, preps, 2);
    if (prep)
        p--;
    size_t them = p; /* "of them" between the count and what they become */
    if (p >= st->b + 2U && attach_them_at(text, t, p - 1U, st->e) &&
        order_tok_is(text, t, p - 2U, st->e, "of"))
        them = p - 2U;
    int32_t n = 0;
    size_t q = them;
    while (q > st->b && q + 3U > them && attach_number(st->rd->u, text, t, q - 1U, st->e, &n) == 0)
        q--;
    if (q == st->b || attach_number(st->rd->u, text, t, q - 1U, st->e, &n) != them - (q - 1U) ||
        n < 1)
        return;
    size_t c = q - 1U; /* the count */
    if (!prep || c == st->b || !attach_in(text, t, c - 1U, st->e, changes, 4) ||
        !attach_free(st, c - 1U))
        return;
    for (size_t k = c - 1U; k < y->begin; k++)
        if (!attach_free(st, k) && st->rg->roles[k] != ORDER_ROLE_QTY)
            return;
    struct order_thing *was = attach_last_dish(st, st->b);
    if (!was || was->qty < n)
        return;
    int32_t item = swap_of_same_section(st, y, was->item);
    if (item < 0 || item == was->item)
        return;
    was->qty -= n;
    if (was->qty == 0) { /* "change 3 of them": all of them */
        was->qty = n;
        was->reference = true;
    }
    swap_of_becomes(y, item, n, was);
    st->rg->roles[c - 1U] = ORDER_ROLE_FILLER; /* the verb, no dish */
    memset(st->rg->roles + c, ORDER_ROLE_QTY, y->begin - c);
}
