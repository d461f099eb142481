/* attach_part_for_whom.c — "2 kids burgers, one for Mia with no ketchup, one for Max plain",
 * "2 cheeseburgers, one for my son plain": a part of a dish's count says whom it is for
 * between its count and its change. Whom is a pronoun, a possessive and its noun, or one
 * word no menu word reads (a name); the change after it is the part's, as without the words
 * of whom. Without this the change stood apart from its count and the part was not split. */
#include "gateway/order/attach_internal.h"

size_t attach_part_for_whom(const struct attach_state *st, size_t p, size_t limit)
{
    if (!ORDER_CUES_ANY(&st->cues, "for"))
        return 0;
    static const char *const pronouns[] = {"me", "him", "her", "them", "us", "you"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (!order_tok_is(text, t, p, limit, "for") || p + 2U >= limit)
        return 0;
    size_t w = p + 1U;
    if (order_tok_in(text, t, w, limit, pronouns, ORDER_WORDS_N(pronouns)))
        return 2;
    if (order_tok_possessive(text, t, w, limit))
        return t[w + 1U].kind == ORDER_TOKEN_WORD && st->rg->n_hits[w + 1U] == 0 && w + 2U < limit
                   ? 3U
                   : 0U;
    char c = text[t[w].off];
    /* a "for *" filler may hold the name already ("for tess") */
    return t[w].kind == ORDER_TOKEN_WORD && c >= 'a' && c <= 'z' && st->rg->n_hits[w] == 0 &&
                   (attach_free(st, w) || st->rg->roles[w] == ORDER_ROLE_FILLER)
               ? 2U
               : 0U;
}
