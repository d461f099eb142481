/* attach_size_one.c — a size pointed back at a dish (attach.c, reading.h pass 4): "2
 * chocolate milkshakes but small ones". A size word the menu's texts hold reads as a dish
 * described by it ("the small one"); right after a dish, with "one(s)", it is that dish's
 * size; added to it ("a large horchata and a small one"), more of the dish in that size. A
 * span of one size word alone after a dish ("2x beef burger (med)") is its size too. */
#include <string.h>

#include "gateway/order/attach_internal.h"

/* Writes into th more of dish in a size: count v (counted: said, no article) from token b, the
 * size's words [a, one) and "one(s)" at one, a thing of clause c. */
static void attach_sized_copy(struct attach_state *st, struct order_thing *th,
                              const struct order_thing *dish, size_t c, int32_t v, bool counted,
                              size_t b, size_t a, size_t one)
{
    attach_dish_again(th, dish, c, b, one + 1U, v, counted);
    memset(st->rg->roles + b, ORDER_ROLE_QTY, a - b);
    memset(st->rg->roles + a, ORDER_ROLE_MODIFIER, one - a);
    st->rg->roles[one] = ORDER_ROLE_QTY;
    attach_add_modifier(st, th, a, one);
}

/* Thing x, a span of a size alone that "and" or "plus" adds to the dish before it, ending
 * before "one(s)" at end: more of that dish in that size, counted by the word before it. */
static void attach_sized_more(struct attach_state *st, size_t x, size_t end)
{
    struct order_reading *rg = st->rg;
    struct order_thing *th = &rg->things[x];
    size_t a = th->begin;
    int32_t v = th->qty; /* "and 2 small ones": the count read already */
    size_t k = 0;
    if (!th->qty_explicit) {
        v = 1; /* "and a small one": the article read as no count */
        k = a > st->b ? attach_number(st->rd->u, st->text, st->tokens, a - 1U, a, &v) : 0U;
    }
    bool counted =
        th->qty_explicit || (k > 0 && !attach_is_article(st->text, st->tokens, a - 1U, a));
    attach_sized_copy(st, th, &rg->things[x - 1U], th->clause, v, counted, a - k, a, end);
}

/* "2x beef burger (med)", "fries, med": a span of one word that is a size, uncounted, between
 * stops right after a dish of its clause from things[first] on, is that dish's size (cooked so,
 * of a dish cooked to order), not the dish whose name the word starts ("Mediterranean"). */
static void attach_size_alone(struct attach_state *st, size_t first)
{
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    struct order_reading *rg = st->rg;
    for (size_t x = first + 1U; x < rg->n_things; x++) {
        struct order_thing *th = &rg->things[x], *dish = &rg->things[x - 1U];
        size_t a = th->begin;
        if (!th->is_span || th->qty_explicit || th->end != a + 1U || th->clause != dish->clause ||
            !dish->is_span || dish->item < 0 || dish->reference || dish->end > a ||
            order_patterns_longest(&st->rd->u->sizes, text, t, a, a + 1U, NULL) != 1U ||
            (a + 1U < st->e && t[a + 1U].kind != ORDER_TOKEN_PUNCT))
            continue;
        bool stops = true;
        for (size_t p = dish->end; p < a && stops; p++)
            stops = t[p].kind == ORDER_TOKEN_PUNCT;
        if (!stops)
            continue;
        order_reading_drop_thing(rg, x);
        rg->roles[a] = ORDER_ROLE_MODIFIER;
        attach_add_modifier(st, &rg->things[x - 1U], a, a + 1U);
        x--;
    }
}

void attach_size_ones(struct attach_state *st, size_t first)
{
    attach_size_alone(st, first); /* "2x beef burger (med)" */
    if (!ORDER_CUES_ANY(&st->cues, "one", "ones"))
        return;
    static const char *const between[] = {"but", "the", "a", "an", "just", "only"};
    static const char *const adding[] = {"and", "n", "plus", "also", "&", "+"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    struct order_reading *rg = st->rg;
    for (size_t x = first + 1U; x < rg->n_things; x++) {
        struct order_thing *th = &rg->things[x], *dish = &rg->things[x - 1U];
        size_t end = th->end; /* the span may hold "ones" itself */
        if (end > th->begin + 1U && (order_tok_is(text, t, end - 1U, end, "one") ||
                                     order_tok_is(text, t, end - 1U, end, "ones")))
            end--;
        if (!th->is_span || th->clause != dish->clause || !dish->is_span || dish->item < 0 ||
            dish->reference || dish->end > th->begin ||
            order_patterns_longest(&st->rd->u->sizes, text, t, th->begin, end, NULL) !=
                (size_t)(end - th->begin) ||
            !(order_tok_is(text, t, end, st->e, "one") ||
              order_tok_is(text, t, end, st->e, "ones")))
            continue;
        /* joined: only "but", "just", articles and stops between the dish and the size; more:
         * those, a count and "and" or "plus" ("a large lemonade and a small one") */
        bool joined = true, more = true, added = false, pointed = false;
        for (size_t p = dish->end; p < th->begin && more; p++) {
            int32_t v;
            bool adds = order_tok_in(text, t, p, th->begin, adding, ORDER_WORDS_N(adding));
            bool count = p + 1U == th->begin && !attach_is_article(text, t, p, th->begin) &&
                         attach_number(st->rd->u, text, t, p, th->begin, &v);
            bool plain = t[p].kind == ORDER_TOKEN_PUNCT ||
                         order_tok_in(text, t, p, th->begin, between, ORDER_WORDS_N(between));
            added = added || adds;
            pointed = pointed || order_tok_is(text, t, p, th->begin, "the");
            joined = joined && plain;
            more = adds || count || plain;
        }
        if (more && added && !pointed) { /* not "... and the regular ones", told apart */
            attach_sized_more(st, x, end);
            continue;
        }
        if (th->qty_explicit)
            continue; /* "2 cheeseburgers, 3 small ones" */
        /* "2 lemonades, a small one and a large one": one of many is a part, not the size (the
         * count before the dish, not read yet) */
        int32_t many = 0;
        if (dish->begin > st->b)
            attach_number(st->rd->u, text, t, dish->begin - 1U, dish->begin, &many);
        if (!joined || (many > 1 && order_tok_is(text, t, end, st->e, "one")))
            continue;
        size_t a = th->begin;
        for (size_t p = dish->end; p < a; p++)
            if (rg->roles[p] == ORDER_ROLE_NONE && t[p].kind == ORDER_TOKEN_WORD)
                rg->roles[p] = ORDER_ROLE_FILLER; /* "but just": no change of its own */
        order_reading_drop_thing(rg, x);
        memset(rg->roles + a, ORDER_ROLE_MODIFIER, end + 1U - a);
        attach_add_modifier(st, &rg->things[x - 1U], a, end + 1U);
        x--;
    }
}

/* "a large horchata and a small one", "a horchata, plus 2 large ones": a count, a size and
 * "one(s)" making up the run [i, j) that "and", "plus" or "also" adds to dish last are more
 * of that dish in that size, not a second size of it. Returns whether the run was one. */
bool attach_sized_another(struct attach_state *st, size_t c, struct order_thing *last, size_t i,
                          size_t j)
{
    if (!ORDER_CUES_ANY(&st->cues, "one", "ones") ||
        !ORDER_CUES_ANY(&st->cues, "and", "n", "plus", "also", "&", "+"))
        return false;
    static const char *const adding[] = {"and", "n", "plus", "also", "&", "+"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (!last->is_span || last->item < 0 || last->reference || last->end > i ||
        st->rg->n_things == ORDER_ITEMS_MAX)
        return false;
    bool added = false; /* only joining words and stops between the dish and the run */
    for (size_t p = last->end; p < i; p++) {
        size_t whom = added ? 0 : attach_part_for_whom(st, p, i);
        if (whom > 0) { /* "a tofu bowl for my son and a large one" */
            p += whom - 1U;
            continue;
        }
        bool adds = order_tok_in(text, t, p, i, adding, ORDER_WORDS_N(adding));
        if (!adds && t[p].kind != ORDER_TOKEN_PUNCT)
            return false;
        added = added || adds;
    }
    int32_t v = 1;
    size_t k = attach_number(st->rd->u, text, t, i, j, &v);
    size_t sz = order_patterns_longest(&st->rd->u->sizes, text, t, i + k, j, NULL);
    if (!added || sz == 0 || i + k + sz + 1U != j ||
        !(order_tok_is(text, t, j - 1U, j, "one") || order_tok_is(text, t, j - 1U, j, "ones")))
        return false;
    st->rg->clauses[c].n_spans++;
    attach_sized_copy(st, &st->rg->things[st->rg->n_things++], last, c, v, k > 0, i, i + k, j - 1U);
    return true;
}
