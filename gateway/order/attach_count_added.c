/* attach_count_added.c — a count opened by "and" or "plus" in a clause after a changed dish
 * ("2 tacos no onion. and one plain") (attach_count_reference.c, reading.h pass 4). A
 * smaller count with words of its own after a counted dish is a part of it ("7 burgers. no
 * pickles on 3 of them"); but "and" adds to what was asked, and a dish whose whole count
 * was changed has no part left as the words after the count would make it: the count asks
 * for more of the dish, each as those words say, apart from the changed ones. */
#include "gateway/order/attach_internal.h"

bool attach_count_added(struct attach_state *st, size_t c, struct order_thing *last, size_t i,
                        size_t p, size_t k, int32_t v)
{
    if (!ORDER_CUES_ANY(&st->cues, "and", "plus", "n"))
        return false;
    static const char *const adding[] = {"and", "plus", "n"};
    struct order_clause *cl = &st->rg->clauses[c];
    size_t a = cl->begin;
    while (a < i && st->tokens[a].kind == ORDER_TOKEN_PUNCT)
        a++;
    /* the count alone: "and 2 of them no sour cream" points at the dish's own count */
    if (k == 0 || p + 1U != i + k || last->clause == c || last->mods.n == 0 || a + 1U != i ||
        !attach_in(st->text, st->tokens, a, i, adding, ORDER_WORDS_N(adding)) ||
        st->rg->n_things == ORDER_ITEMS_MAX)
        return false;
    struct order_thing *n = &st->rg->things[st->rg->n_things++];
    attach_dish_again(n, last, c, i, p + 1U, v, true);
    cl->n_spans++;
    return true;
}
