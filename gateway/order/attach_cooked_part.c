/* attach_cooked_part.c — "2 steak tacos, meat well done", "the burger, patty medium rare": a
 * food word right before how it is cooked, after a dish asked for, names the part of that
 * dish the doneness is for (attach_leftover_run.c). It is no dish of its own, on the menu or off
 * it: the doneness goes to the dish as any change does, and its words are the change's, so
 * what follows them still follows the dish's changes. */
#include <string.h>

#include "gateway/order/attach_internal.h"

enum { COOKED_PART_WORDS_MAX = 2 };

bool attach_cooked_part(struct attach_state *st, size_t i, size_t b, bool explicit_qty)
{
    const struct order_understanding *u = st->rd->u;
    if (explicit_qty || b <= i || b - i > COOKED_PART_WORDS_MAX || b >= st->e)
        return false;
    if (i > st->b && attach_is_article(st->text, st->tokens, i - 1U, st->e))
        return false; /* "a steak well done": a dish of its own, counted */
    size_t which;
    if (order_patterns_longest(&u->modifiers, st->text, st->tokens, b, st->e, &which) == 0)
        return false;
    int32_t label = u->modifiers.items[which].value;
    if (label < 0 || (size_t)label >= u->n_labels || strncmp(u->labels[label], "cooked ", 7) != 0)
        return false;
    for (size_t p = i; p < b; p++)
        if (!attach_food_token(st, p))
            return false;
    const struct order_thing *before = attach_last_span(st, i);
    if (!before || before->item < 0 || before->reference)
        return false;
    /* right after the dish, a comma or a dash, past "with" and an article: "and steak well
     * done" joins another thing */
    static const char *const past[] = {"the", "with", "w", "my", "his", "her", "their"};
    size_t p = i;
    while (p > before->end &&
           order_tok_in(st->text, st->tokens, p - 1U, st->e, past, ORDER_WORDS_N(past)))
        p--;
    const struct order_token *sep = &st->tokens[p - 1U];
    if (p != before->end &&
        !(sep->kind == ORDER_TOKEN_PUNCT && (sep->punct == ',' || sep->punct == '-')))
        return false;
    /* the part's words are the change's, as its doneness is: a swap said after them
     * ("steak well done, black beans instead of pinto") still follows the dish's changes */
    memset(st->rg->roles + i, ORDER_ROLE_MODIFIER, b - i);
    return true;
}
