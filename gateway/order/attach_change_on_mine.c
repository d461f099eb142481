/* attach_change_on_mine.c — a change said before the dish it is of, pointed forward by "on
 * mine" / "for mine" ("no onions on mine, 2 carnitas tacos"): the zone opens the clause, no
 * dish stands before it, and the dish named right after the comma is the one it changes.
 * Read in order, the change had no dish before it and was lost. */
#include "gateway/order/attach_internal.h"

/* Does token i open its clause, past words that only link it to what came before ("if so",
 * "then", "and")? */
static bool on_mine_opens(const struct attach_state *st, size_t i)
{
    static const char *const links[] = {"if", "so", "then", "and", "also", "oh"};
    for (size_t q = st->b; q < i; q++)
        if (st->tokens[q].kind != ORDER_TOKEN_PUNCT &&
            !order_tok_in(st->text, st->tokens, q, i, links, ORDER_WORDS_N(links)))
            return false;
    return true;
}

/* The start of the change that ends with "on mine" / "for mine" right before span th (past
 * its count or article and a comma), the change's end in *m; th->begin when there is none. */
static size_t on_mine_change(const struct attach_state *st, const struct order_thing *th, size_t *m)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t j = th->begin;
    while (j > st->b && (st->rg->roles[j - 1U] == ORDER_ROLE_QTY ||
                         attach_is_article(text, t, j - 1U, th->begin)))
        j--;
    if (j > st->b && t[j - 1U].kind == ORDER_TOKEN_PUNCT && t[j - 1U].punct == ',')
        j--;
    if (j < st->b + 3U || !order_tok_is(text, t, j - 1U, j, "mine") ||
        !(order_tok_is(text, t, j - 2U, j, "on") || order_tok_is(text, t, j - 2U, j, "for")) ||
        !attach_free(st, j - 1U) || !attach_free(st, j - 2U))
        return th->begin;
    *m = j - 2U;
    size_t i = *m;
    while (i > st->b && st->rg->mod_zone[i - 1U] && attach_free(st, i - 1U))
        i--;
    if (i == *m || !on_mine_opens(st, i) || !attach_modifier_lead_at(st, i, *m))
        return th->begin;
    return i;
}

void attach_change_on_mine(struct attach_state *st, size_t first, size_t end)
{
    if (!ORDER_CUES_ANY(&st->cues, "mine") || !ORDER_CUES_ANY(&st->cues, "on", "for"))
        return;
    if (first >= end)
        return;
    struct order_thing *th = &st->rg->things[first];
    if (!th->is_span || th->item < 0 || th->reference)
        return;
    size_t m = 0, i = on_mine_change(st, th, &m);
    if (i < th->begin) {
        attach_add_modifier(st, th, i, m);
        st->rg->roles[m] = st->rg->roles[m + 1U] = ORDER_ROLE_FILLER;
    }
}
