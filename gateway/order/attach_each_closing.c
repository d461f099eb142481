/* attach_each_closing.c — "2 orders of rice & beans each", "3 horchatas and jamaicas each": a
 * count before the first dish of a list joined by "and", and "each" closing the list, counts
 * every dish of it; the dishes after the first have no count of their own. */
#include <string.h>

#include "gateway/order/attach_internal.h"

/* Do only joining words and articles stand in [a, b) ("and", "&", "n", "+", "a")? */
static bool each_closing_joined(const struct attach_state *st, size_t a, size_t b)
{
    static const char *const joins[] = {"and", "n", "plus", "a", "an", "the"};
    bool join = false;
    for (size_t p = a; p < b; p++) {
        const struct order_token *t = &st->tokens[p];
        bool punct = t->kind == ORDER_TOKEN_PUNCT && (t->punct == '&' || t->punct == '+');
        if (!punct && !attach_in(st->text, st->tokens, p, st->e, joins, ORDER_WORDS_N(joins)))
            return false;
        join = join || punct || !attach_is_article(st->text, st->tokens, p, st->e);
    }
    return join;
}

void attach_each_closing(struct attach_state *st, size_t first, size_t end)
{
    if (!ORDER_CUES_ANY(&st->cues, "each"))
        return;
    struct order_reading *rg = st->rg;
    size_t last = end; /* the dish right before "each" */
    for (size_t s = first; s < end; s++)
        if (rg->things[s].is_span && !rg->things[s].reference)
            last = s;
    if (last == end)
        return;
    size_t i = rg->things[last].end;
    /* "each" ending the clause may have been read as the dish's change already */
    if (i >= st->e || !(rg->roles[i] == ORDER_ROLE_NONE || rg->roles[i] == ORDER_ROLE_MODIFIER) ||
        !order_tok_is(st->text, st->tokens, i, st->e, "each") ||
        (i + 1U < st->e && st->tokens[i + 1U].kind == ORDER_TOKEN_WORD &&
         rg->roles[i + 1U] == ORDER_ROLE_NONE))
        return;         /* "each" ends the list: "... beans each", "... beans each, pls" */
    size_t head = last; /* back over the dishes joined with no count to the one counted */
    while (!rg->things[head].qty_explicit) {
        size_t prev = head;
        while (prev > first && (!rg->things[prev - 1U].is_span || rg->things[prev - 1U].reference))
            prev--;
        if (prev == first ||
            !each_closing_joined(st, rg->things[prev - 1U].end, rg->things[head].begin))
            return;
        head = prev - 1U;
    }
    if (head == last || rg->things[head].qty < 2)
        return;
    for (size_t s = head + 1U; s <= last; s++)
        if (rg->things[s].is_span && !rg->things[s].reference) {
            rg->things[s].qty = rg->things[head].qty;
            rg->things[s].qty_explicit = true;
        }
    rg->roles[i] = ORDER_ROLE_QTY;
    struct order_modifiers *mods = &rg->things[last].mods;
    for (uint8_t m = 0; m < mods->n; m++)
        if (strcmp(mods->text[m], "each") == 0) {
            memmove(mods->text[m], mods->text[m + 1U],
                    (size_t)(mods->n - m - 1U) * sizeof(mods->text[0]));
            mods->n--;
            break;
        }
}
