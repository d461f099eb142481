/* attach_swap_before_dish.c — a swap said before the dish it changes (attach.c, reading.h pass
 * 4): "can i get beans instead of rice on the carnitas bowl", "black beans instead of pinto in
 * my burrito". The part put in stands first and reads as a dish of its own where the menu
 * sells it as a side; the dish after "on", "in" or "for" holds what it replaces. The dish is
 * asked for with the swap, written as the labels write one ("beans instead of rice"); the
 * side is no dish, and the words between no change of it. */
#include <stdio.h>
#include <string.h>

#include "gateway/order/attach_internal.h"

/* Appends the words of [a, b) to out at *o, each after a space but the first. */
static void swap_put_words(const struct attach_state *st, size_t a, size_t b, char *out, int *o)
{
    for (size_t i = a; i < b && *o < ORDER_MODIFIER_BYTES_MAX; i++)
        if (st->tokens[i].kind == ORDER_TOKEN_WORD)
            *o += snprintf(out + *o, (size_t)(ORDER_MODIFIER_BYTES_MAX - *o), "%s%.*s",
                           *o ? " " : "", (int)st->tokens[i].len, st->text + st->tokens[i].off);
}

/* Does thing b stand after "instead of" and up to three words ending at "on"/"in"/"for" and an
 * article or "my", right after thing a? Then [*y, *ye) are the words replaced. */
static bool swap_before(const struct attach_state *st, const struct order_thing *a,
                        const struct order_thing *b, size_t *y, size_t *ye)
{
    enum { REPLACED_WORDS_MAX = 3 };
    static const char *const where[] = {"on", "in", "for"};
    static const char *const det[] = {"the", "my", "a", "an", "his", "her"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t p = a->end;
    if (!order_tok_is(text, t, p, b->begin, "instead") ||
        !order_tok_is(text, t, p + 1U, b->begin, "of"))
        return false;
    *y = *ye = p + 2U;
    while (*ye < b->begin && *ye < *y + REPLACED_WORDS_MAX && t[*ye].kind == ORDER_TOKEN_WORD &&
           !order_tok_in(text, t, *ye, b->begin, where, ORDER_WORDS_N(where)))
        (*ye)++;
    size_t q = *ye;
    if (q == *y || !order_tok_in(text, t, q, b->begin, where, ORDER_WORDS_N(where)))
        return false;
    q++;
    if (order_tok_in(text, t, q, b->begin, det, ORDER_WORDS_N(det)))
        q++;
    return q == b->begin;
}

void attach_swap_before_dish(struct attach_state *st, size_t first, size_t end)
{
    for (size_t x = first; x + 1U < end; x++) {
        struct order_thing *a = &st->rg->things[x], *b = &st->rg->things[x + 1U];
        size_t y, ye;
        if (!a->is_span || a->item < 0 || a->qty_explicit || a->reference || !b->is_span ||
            b->item < 0 || b->reference || b->mods.n >= ORDER_ITEM_MODIFIERS_MAX ||
            !swap_before(st, a, b, &y, &ye) ||
            !attach_swap_held(st->rd->lex, b->item, st->text, st->tokens, y, ye))
            continue;
        char *out = b->mods.text[b->mods.n];
        int o = 0;
        swap_put_words(st, a->begin, a->end, out, &o);
        if (o + 12 >= ORDER_MODIFIER_BYTES_MAX)
            continue;
        o += snprintf(out + o, (size_t)(ORDER_MODIFIER_BYTES_MAX - o), " instead of");
        swap_put_words(st, y, ye, out, &o);
        b->mods.n++;
        memset(st->rg->roles + a->begin, ORDER_ROLE_FILLER, b->begin - a->begin);
        order_reading_drop_thing(st->rg, x);
        return; /* one swap a clause: the things after x moved */
    }
}
