/* attach_swap_before_dish.c — a swap said before the dish it changes (attach.c, reading.h pass
 * 4): "can i get beans instead of rice on the carnitas bowl", "mexican rice instead of beans
 * with my carnitas bowl". The part put in stands first and reads as a dish of its own where
 * the menu sells it as a side; the dish after "on", "in", "for" or "with" holds what it
 * replaces. After "with" the dish's words stand in a change's zone and are no span: they are
 * read as the one item all of them name. The dish is asked for with the swap, written as the
 * labels write one ("beans instead of rice"); the side is no dish, and the words between no
 * change of it. */
#include <string.h>

#include "gateway/order/attach_internal.h"

/* After span a: "instead of", up to three words replaced ([*y, *ye)), then "on", "in", "for"
 * or "with" and an article or "my"; the token after them, where the dish is named, or 0. */
static size_t swap_before(const struct attach_state *st, const struct order_thing *a, size_t *y,
                          size_t *ye)
{
    enum { REPLACED_WORDS_MAX = 3 };
    static const char *const where[] = {"on", "in", "for", "with"};
    static const char *const det[] = {"the", "my", "a", "an", "his", "her"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t p = a->end;
    if (!order_tok_is(text, t, p, st->e, "instead") || !order_tok_is(text, t, p + 1U, st->e, "of"))
        return 0;
    *y = *ye = p + 2U;
    while (*ye < st->e && *ye < *y + REPLACED_WORDS_MAX && t[*ye].kind == ORDER_TOKEN_WORD &&
           !order_tok_in(text, t, *ye, st->e, where, ORDER_WORDS_N(where)))
        (*ye)++;
    size_t q = *ye;
    if (q == *y || !order_tok_in(text, t, q, st->e, where, ORDER_WORDS_N(where)))
        return 0;
    q++;
    if (order_tok_in(text, t, q, st->e, det, ORDER_WORDS_N(det)))
        q++;
    return q;
}

/* The one item that every word of [q, *we) names, *we the end of the words (a separator or
 * the clause's end), when each is a menu word or a connector; -1 otherwise. "with the kids
 * taquitos": a dish named in a change's zone, so no span. */
static int32_t swap_words_name_one(const struct attach_state *st, size_t q, size_t *we)
{
    enum { DISH_WORDS_MAX = 4 };
    const struct order_lexicon *lx = st->rd->lex;
    struct order_item_set items;
    order_item_set_fill(&items, lx->menu->count);
    size_t w = q;
    for (; w < st->e && st->tokens[w].kind == ORDER_TOKEN_WORD; w++) {
        if (w >= q + DISH_WORDS_MAX)
            return -1;
        if (st->rg->n_hits[w] == 0) {
            if (!order_tok_connector(st->text, &st->tokens[w]))
                return -1;
            continue;
        }
        struct order_item_set any;
        memset(&any, 0, sizeof(any));
        for (uint8_t h = 0; h < st->rg->n_hits[w]; h++)
            order_item_set_or(&any, &lx->words[st->rg->hits[w][h].words[0]].items);
        order_item_set_and(&items, &any);
    }
    *we = w;
    return w > q && order_item_set_count(&items) == 1 ? order_item_set_next(&items, 0) : -1;
}

/* Writes "<a's words> instead of <[y, ye)>" as a change of th, the words joined as every
 * change's are (order_words_join: a word that would not fit is left out, never cut); false,
 * with no change counted, when no word replaced fits. */
static bool swap_write(const struct attach_state *st, const struct order_thing *a, size_t y,
                       size_t ye, struct order_thing *th)
{
    static const char instead[] = " instead of ";
    if (th->mods.n >= ORDER_ITEM_MODIFIERS_MAX)
        return false;
    char *out = th->mods.text[th->mods.n];
    size_t o =
        order_words_join(st->text, st->tokens, a->begin, a->end, out, ORDER_MODIFIER_BYTES_MAX);
    if (o + sizeof instead >= ORDER_MODIFIER_BYTES_MAX)
        return false;
    memcpy(out + o, instead, sizeof instead);
    o += sizeof instead - 1U;
    if (order_words_join(st->text, st->tokens, y, ye, out + o, ORDER_MODIFIER_BYTES_MAX - o) == 0)
        return false;
    th->mods.n++;
    return true;
}

/* Is any thing but a's begun in [a->end, e)? */
static bool swap_thing_within(const struct attach_state *st, const struct order_thing *a, size_t e)
{
    for (size_t k = 0; k < st->rg->n_things; k++)
        if (&st->rg->things[k] != a && st->rg->things[k].begin >= a->end &&
            st->rg->things[k].begin < e)
            return true;
    return false;
}

void attach_swap_before_dish(struct attach_state *st, size_t first, size_t end)
{
    if (!ORDER_CUES_ANY(&st->cues, "instead") || !ORDER_CUES_ANY(&st->cues, "of"))
        return;
    for (size_t x = first; x < end; x++) {
        struct order_thing *a = &st->rg->things[x];
        size_t y, ye, q, we;
        if (!a->is_span || a->item < 0 || a->qty_explicit || a->reference ||
            (q = swap_before(st, a, &y, &ye)) == 0)
            continue;
        struct order_thing *b = x + 1U < end ? &st->rg->things[x + 1U] : NULL;
        if (b && b->begin == q && b->is_span && b->item >= 0 && !b->reference &&
            attach_swap_held(st->rd->lex, b->item, st->text, st->tokens, y, ye) &&
            swap_write(st, a, y, ye, b)) {
            memset(st->rg->roles + a->begin, ORDER_ROLE_FILLER, b->begin - a->begin);
            order_reading_drop_thing(st->rg, x);
            return; /* one swap a clause: the things after x moved */
        }
        int32_t item = swap_words_name_one(st, q, &we);
        if (item < 0 || item == a->item || swap_thing_within(st, a, we) ||
            !attach_swap_held(st->rd->lex, item, st->text, st->tokens, y, ye))
            continue;
        struct order_thing dish = *a;
        dish.mods.n = 0;
        if (!swap_write(st, a, y, ye, &dish))
            continue;
        dish.item = item; /* "refried beans instead of rice with the kids taquitos" */
        memset(&dish.candidates, 0, sizeof(dish.candidates));
        order_item_set_add(&dish.candidates, (size_t)item);
        *a = dish;
        memset(st->rg->roles + a->end, ORDER_ROLE_FILLER, we - a->end);
        return;
    }
}
