/* attach_occasion.c — a wish's occasion among the words no span read (attach.c, reading.h
 * pass 4): "happy taco tuesday", "feliz cinco de mayo" name a day, not a dish, though a
 * food word stands in the day's name. */
#include "gateway/order/attach_internal.h"

/* Does the leftover at i name an occasion wished for: a word of wishing opens its clause
 * (greetings aside) and the leftover, or stands right before it, with no count and no
 * request in the clause ("happy taco tuesday", "feliz cinco de mayo", "merry christmas")? A
 * food word in a holiday's name asks for nothing. */
bool attach_wished_occasion(const struct attach_state *st, size_t i, bool explicit_qty)
{
    if (!ORDER_CUES_ANY(&st->cues, "happy", "merry", "feliz", "joyeux", "frohe", "frohes"))
        return false;
    static const char *const wishes[] = {"happy", "merry", "feliz", "joyeux", "frohe", "frohes"};
    const struct order_clause *cl = NULL;
    for (size_t c = 0; c < st->rg->n_clauses && !cl; c++)
        if (st->rg->clauses[c].begin <= i && i < st->rg->clauses[c].end)
            cl = &st->rg->clauses[c];
    if (explicit_qty || !cl || cl->request_form || cl->has_quantity)
        return false;
    size_t w =
        i > cl->begin && !attach_in(st->text, st->tokens, i, cl->end, wishes, ORDER_WORDS_N(wishes))
            ? i - 1U
            : i;
    if (!attach_in(st->text, st->tokens, w, cl->end, wishes, ORDER_WORDS_N(wishes)))
        return false;
    for (size_t p = cl->begin; p < cl->end; p++) /* "happy meal please": asked for */
        if (attach_please_at(st->text, st->tokens, p, cl->end))
            return false;
    for (size_t p = cl->begin; p < w; p++)
        if (st->tokens[p].kind == ORDER_TOKEN_WORD && st->rg->roles[p] != ORDER_ROLE_GREETING)
            return false;
    return true;
}
