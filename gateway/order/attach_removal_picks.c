/* attach_removal_picks.c — a kind of dish and a thing taken off it that one candidate alone
 * holds (attach.c, reading.h pass 4): "the wrap w/ no celery", "a burrito without rice",
 * "the bowl minus the pickled onions". Only a dish that has the thing can be made without
 * it, so of the kind's dishes it is the one whose name or description holds those words, as
 * "the wrap with celery" is; the removal stays its change. Held by several or by none, the
 * kind is asked back as before. */
#include "gateway/order/attach_internal.h"

/* The first token of the things taken off after the kind ending at q, or 0 when no removal
 * says which of the kind right there: "with no", "w/ no", "without", "minus". A change told
 * apart ("a wrap, hold the hummus", "a wrap, no onions") is asked of whichever dish it is,
 * it does not pick one. */
static size_t removal_start(const struct attach_state *st, size_t q)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (order_tok_is(text, t, q, st->e, "with"))
        return order_tok_is(text, t, q + 1U, st->e, "no") ? q + 2U : 0;
    if (order_tok_is(text, t, q, st->e, "w") && q + 1U < st->e &&
        t[q + 1U].kind == ORDER_TOKEN_PUNCT && t[q + 1U].punct == '/')
        return order_tok_is(text, t, q + 2U, st->e, "no") ? q + 3U : 0;
    if (order_tok_is(text, t, q, st->e, "without") || order_tok_is(text, t, q, st->e, "minus"))
        return q + 1U;
    return 0;
}

/* Does item i's name or description hold every word of [a, b)? */
static bool removal_held_by(const struct attach_state *st, int32_t i, size_t a, size_t b)
{
    for (size_t w = a; w < b; w++) {
        const char *word = st->text + st->tokens[w].off;
        size_t len = st->tokens[w].len;
        if (order_lexicon_item_mentions(st->rd->lex, i, &word, &len, 1) == 0)
            return false;
    }
    return true;
}

void attach_removal_picks(struct attach_state *st, struct order_thing *s)
{
    if (!ORDER_CUES_ANY(&st->cues, "with", "w", "without", "minus"))
        return;
    enum { REMOVED_WORDS_MAX = 3, REMOVED_LETTERS_MIN = 3 };
    const struct order_clause *cl = &st->rg->clauses[s->clause];
    if (s->item >= 0 || s->reference || s->past || order_item_set_count(&s->candidates) < 2 ||
        (cl->question_form && !cl->request_form)) /* "any wrap without celery?" asks */
        return;
    /* "the spicy wrap w/ no celery": a word describing the kind that no candidate's name
     * holds says which other way, left to be asked */
    if (s->begin > st->b && st->tokens[s->begin - 1U].kind == ORDER_TOKEN_WORD &&
        st->rg->roles[s->begin - 1U] != ORDER_ROLE_QTY &&
        !attach_is_article(st->text, st->tokens, s->begin - 1U, st->e) &&
        !order_tok_is(st->text, st->tokens, s->begin - 1U, st->e, "the"))
        return;
    size_t a = removal_start(st, s->end);
    if (a == 0)
        return;
    size_t b = a;
    while (b < st->e && b < a + REMOVED_WORDS_MAX && st->tokens[b].kind == ORDER_TOKEN_WORD &&
           st->tokens[b].len >= REMOVED_LETTERS_MIN &&
           !order_tok_is(st->text, st->tokens, b, st->e, "and") &&
           !order_tok_is(st->text, st->tokens, b, st->e, "please"))
        b++;
    if (b == a || (b < st->e && st->tokens[b].kind == ORDER_TOKEN_WORD &&
                   !order_tok_is(st->text, st->tokens, b, st->e, "and") &&
                   !order_tok_is(st->text, st->tokens, b, st->e, "please")))
        return; /* more words than a thing taken off, or one too short to tell ("no ice") */
    int32_t found = -1;
    for (int32_t i = order_item_set_next(&s->candidates, 0); i >= 0;
         i = order_item_set_next(&s->candidates, (size_t)i + 1))
        if (removal_held_by(st, i, a, b)) {
            if (found >= 0)
                return;
            found = i;
        }
    if (found >= 0)
        s->item = found;
}
