/* attach_count_not_other.c — "4 not 3 onion rings", "onion rings, TWO not too": a count, then
 * "not" and another count (or a word heard for one: "for", "to", "too") says which count is
 * meant and takes the other back. The count taken back counts nothing and "not" changes no
 * dish; neither is asked back as a word nobody read. */
#include "gateway/order/attach_internal.h"

size_t attach_count_not_other_at(const struct attach_state *st, size_t n)
{
    if (!ORDER_CUES_ANY(&st->cues, "not"))
        return 0;
    static const char *const heard[] = {"for", "to", "too", "tree", "won"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    int32_t w;
    /* "not for": a "for *" filler may have taken the word heard for a count */
    if (n + 1U >= st->e || !order_tok_is(text, t, n, st->e, "not") || !attach_free(st, n) ||
        !(attach_free(st, n + 1U) || st->rg->roles[n + 1U] == ORDER_ROLE_FILLER) ||
        attach_is_article(text, t, n + 1U, st->e))
        return 0;
    size_t other = attach_number(st->rd->u, text, t, n + 1U, st->e, &w);
    if (other == 0 && attach_in(text, t, n + 1U, st->e, heard, ORDER_WORDS_N(heard)))
        other = 1U;
    return other > 0 ? other + 1U : 0;
}

void attach_count_not_other(struct attach_state *st)
{
    if (!ORDER_CUES_ANY(&st->cues, "not"))
        return;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    /* without a "not" no count is taken back (attach_count_not_other_at): no count is read */
    bool any_not = false;
    for (size_t p = st->b; p < st->e && !any_not; p++)
        any_not = order_tok_is(text, t, p, st->e, "not");
    if (!any_not)
        return;
    for (size_t p = st->b; p + 2U < st->e; p++) {
        int32_t v;
        /* the count may be read already, after its dish: "onion rings - TWO not too" */
        bool counted = attach_free(st, p) || st->rg->roles[p] == ORDER_ROLE_QTY;
        size_t k = counted && !attach_is_article(text, t, p, st->e)
                       ? attach_number(st->rd->u, text, t, p, st->e, &v)
                       : 0;
        size_t taken = k > 0 ? attach_count_not_other_at(st, p + k) : 0;
        /* before a dish the count's own reading takes the pair (attach_quantity.c) */
        if (taken == 0 || (p + k + taken < st->e && st->rg->n_hits[p + k + taken] > 0))
            continue;
        for (size_t q = p + k; q < p + k + taken; q++)
            st->rg->roles[q] = ORDER_ROLE_FILLER;
        p += k + taken - 1U;
    }
}
