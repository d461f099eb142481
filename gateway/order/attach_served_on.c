/* attach_served_on.c — what a part of a counted dish is served on or in (attach_part_split.c). */
#include <string.h>

#include "gateway/order/attach_internal.h"

/* "1 on a gluten free bun", "one in a lettuce wrap", "one in large": what a part is served
 * on or in, a change of the understanding (or a size, after "in"; or a diet and a noun)
 * after "on"/"in" and an article, leads the part as "with" does. */
bool attach_served_on_change(const struct attach_state *st, size_t p, size_t b)
{
    if (!ORDER_CUES_ANY(&st->cues, "on", "in"))
        return false;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (!order_tok_is(text, t, p, b, "on") && !order_tok_is(text, t, p, b, "in"))
        return false;
    size_t m = p + 1;
    if (attach_is_article(text, t, m, b))
        m++;
    if (m < b && order_patterns_longest(&st->rd->u->modifiers, text, t, m, b, NULL) > 0)
        return true;
    /* "all on gluten free buns": a diet, then what it is served on, is the change said in
     * words the understanding does not list (a plural, another noun) */
    size_t diet = m < b ? order_patterns_longest(&st->rd->u->diet_cues, text, t, m, b, NULL) : 0;
    if (diet > 0 && m + diet < b && t[m + diet].kind == ORDER_TOKEN_WORD)
        return true;
    /* "both in large", "one in a medium": a size the part comes in */
    return m < b && order_tok_is(text, t, p, b, "in") &&
           order_patterns_longest(&st->rd->u->sizes, text, t, m, b, NULL) > 0;
}

/* Does item's description set what token w says right after "over" or "on", a word or two
 * on ("... pork over cilantro-lime rice")? */
static bool attach_described_over(const struct attach_state *st, size_t item, size_t w)
{
    enum { OVER_WORDS_MAX = 3 };
    const char *d = st->rd->lex->item_text ? st->rd->lex->item_text[item] : NULL;
    const char *word = st->text + st->tokens[w].off;
    size_t len = st->tokens[w].len;
    for (const char *p = d; p && (p = strstr(p, " over ")) != NULL;) {
        p += 6;
        for (size_t n = 0; n < OVER_WORDS_MAX && *p; n++) {
            size_t k = 0;
            while (p[k] >= 'a' && p[k] <= 'z')
                k++;
            if (k == len && memcmp(p, word, len) == 0)
                return true;
            if (k == 0 || (p[k] != ' ' && p[k] != '-'))
                break; /* a break ends the phrase */
            p += k + 1U;
        }
    }
    return false;
}

/* "the pork one over rice": a dish several items fit, then "over" and a food one of them
 * alone is served over by its description (the bowl, not the tacos), is that one; the food
 * after "over" is part of it, no dish of its own. */
void attach_served_over(struct attach_state *st, size_t first, size_t end)
{
    if (!ORDER_CUES_ANY(&st->cues, "over"))
        return;
    for (size_t x = first; x + 1U < end; x++) {
        struct order_thing *th = &st->rg->things[x], *on = &st->rg->things[x + 1U];
        size_t p = th->end;
        if (!th->is_span || th->item >= 0 || th->reference || !on->is_span ||
            !order_tok_is(st->text, st->tokens, p, st->e, "over") || on->end > p + 3U ||
            (on->begin != p + 1U &&
             !(on->begin == p + 2U && (order_tok_is(st->text, st->tokens, p + 1U, st->e, "the") ||
                                       attach_is_article(st->text, st->tokens, p + 1U, st->e)))))
            continue;
        int32_t found = -1;
        size_t n = 0;
        for (int32_t i = order_item_set_next(&th->candidates, 0); i >= 0 && n < 2;
             i = order_item_set_next(&th->candidates, (size_t)i + 1U))
            if (attach_described_over(st, (size_t)i, on->end - 1U)) {
                found = i;
                n++;
            }
        if (n != 1)
            continue;
        order_thing_pin(th, found);
        /* the food served under is said of the dish: its words end the dish's name, so the
         * changes after it ("..., no beans") reach the dish */
        on->reference = true;
        on->is_span = false;
        memset(st->rg->roles + p, ORDER_ROLE_ITEM, on->end - p);
        th->end = on->end;
    }
}
