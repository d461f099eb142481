/* attach_if_yes_again.c — a dish asked about with a change ("can u make the elote without
 * the chili powder?"), then ordered on the answer with the dish named again ("if yes 2
 * elotes"). The second names the dish the question asked about: one order, the count the
 * second's and the change the question's, not the dish asked about as well as the dish
 * ordered. "if yes 2 of them" points back by its pronoun (attach_references.c). */
#include <string.h>

#include "gateway/order/attach_internal.h"

/* Does clause c open with a condition on the answer ("if yes", "if so", "if you can", "if
 * possible")? Returns the tokens it covers, 0 when not. */
static size_t again_condition(const struct attach_state *st)
{
    static const char *const answers[] = {"yes", "so", "yeah", "yea", "possible", "ok", "okay"};
    static const char *const able[] = {"you", "u"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t p = st->b;
    if (!order_tok_is(text, t, p, st->e, "if"))
        return 0;
    if (order_tok_in(text, t, p + 1U, st->e, answers, ORDER_WORDS_N(answers)))
        return 2;
    if (order_tok_in(text, t, p + 1U, st->e, able, ORDER_WORDS_N(able)) &&
        (order_tok_is(text, t, p + 2U, st->e, "can") || order_tok_is(text, t, p + 2U, st->e, "do")))
        return 3;
    return 0;
}

/* Is the clause of thing x a question asking the kitchen to make it so: opened by "can",
 * "could", "would" or "will" and "you" ("can u make the elote without ..."), ended by a
 * question mark? "is the smoothie still on?" asks of the menu, no change. */
static bool again_asked(const struct attach_state *st, const struct order_thing *x)
{
    static const char *const modals[] = {"can", "could", "would", "will"};
    static const char *const you[] = {"you", "u", "ya"};
    const struct order_clause *cl = &st->rg->clauses[x->clause];
    size_t b = cl->begin;
    while (b < x->begin && st->rg->roles[b] == ORDER_ROLE_GREETING)
        b++;
    if (!order_tok_in(st->text, st->tokens, b, x->begin, modals, ORDER_WORDS_N(modals)) ||
        !order_tok_in(st->text, st->tokens, b + 1U, x->begin, you, ORDER_WORDS_N(you)))
        return false;
    for (size_t p = cl->end; p-- > x->end;) {
        const struct order_token *w = &st->tokens[p];
        if (w->kind == ORDER_TOKEN_PUNCT && w->punct == '?')
            return true;
        if (w->kind == ORDER_TOKEN_WORD)
            return false;
    }
    return false;
}

void attach_if_yes_again(struct attach_state *st, size_t first, size_t end)
{
    if (!ORDER_CUES_ANY(&st->rg->cues, "if") ||
        !ORDER_CUES_ANY(&st->rg->cues, "yes", "so", "yeah", "yea", "possible", "ok", "okay", "you",
                        "u"))
        return;
    size_t cond = again_condition(st);
    if (cond == 0)
        return;
    for (size_t k = first; k < end; k++) {
        struct order_thing *s = &st->rg->things[k];
        /* the dish named again by its words, not a count pointing back ("ill take three") */
        if (!s->is_span || s->item < 0 || s->reference || s->mods.n > 0 || s->end <= s->begin ||
            st->rg->roles[s->begin] != ORDER_ROLE_ITEM)
            continue;
        struct order_thing *asked = attach_last_item(st, st->b);
        if (!asked || asked->item != s->item || asked->mods.n == 0 || asked->qty_explicit ||
            asked->clause + 1U != s->clause || !again_asked(st, asked))
            return;
        s->mods = asked->mods;
        asked->mods.n = 0;
        asked->reference = true;
        return;
    }
}
