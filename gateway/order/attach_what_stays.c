/* attach_what_stays.c — beside a part left off, "just" or "only" and the parts that stay: "2
 * tacos no onion no cilantro just meat and salsa", "a burger without lettuce, only the patty
 * and cheese". The customer says again what the removals leave; it asks for nothing more and
 * takes nothing else off. Read word by word it would be a change of its own ("just meat") and
 * the removal's "no" would reach across the "and" ("no salsa"), so the words are fillers.
 * Runs first in the attach pass of a clause (attach.c). */
#include "gateway/order/attach_internal.h"
#include "gateway/order/food.h"

enum {
    STAYS_AFTER_REMOVAL_MAX =
        4,               /* "no" to "just": "no sour cream just ...", "nothing on it, just" */
    STAYS_WORDS_MAX = 6, /* "just the meat and the salsa" */
};

/* "nothing on it, just the meat and bun": "nothing" takes every part off but those said */
static const char *const removals[] = {"no",  "without", "hold",  "wo",
                                       "sin", "sans",    "minus", "nothing"};

/* Does a removal's lead ("no", "without", "hold") stand a few words before p, with no
 * punctuation but a comma between? */
static bool stays_after_removal(const struct attach_state *st, size_t p)
{
    const struct order_token *t = st->tokens;
    for (size_t k = 1; k <= STAYS_AFTER_REMOVAL_MAX && p >= st->b + k; k++) {
        size_t q = p - k;
        if (t[q].kind == ORDER_TOKEN_PUNCT && t[q].punct != ',')
            return false;
        if (order_tok_in(st->text, t, q, st->e, removals, ORDER_WORDS_N(removals)))
            return true;
    }
    return false;
}

/* The dish of the clause's span ending last before p, or -1. */
static int32_t stays_dish_before(const struct attach_state *st, size_t p)
{
    int32_t dish = -1;
    for (size_t k = st->first; k < st->rg->n_things; k++) {
        const struct order_thing *th = &st->rg->things[k];
        if (th->is_span && th->end <= p && th->item >= 0)
            dish = th->item;
    }
    return dish;
}

/* Is token q a span of one word that dish's name or description holds ("kids mini burger
 * just cheese": the cheese of the burger, no dish of its own)? */
static bool stays_part_span(const struct attach_state *st, size_t q, int32_t dish)
{
    if (dish < 0 || st->rg->roles[q] != ORDER_ROLE_ITEM)
        return false;
    for (size_t k = st->first; k < st->rg->n_things; k++) {
        const struct order_thing *th = &st->rg->things[k];
        if (th->is_span && th->begin == q && th->end == q + 1U)
            return order_read_item_holds(st->rd, (size_t)dish, st->text + st->tokens[q].off,
                                         st->tokens[q].len);
    }
    return false;
}

/* Drops the clause's things inside [b, e): parts of the dish that stay, no dishes. */
static void stays_drop_spans(struct attach_state *st, size_t b, size_t e)
{
    struct order_reading *rg = st->rg;
    size_t kept = st->first;
    for (size_t k = st->first; k < rg->n_things; k++) {
        const struct order_thing *th = &rg->things[k];
        if (th->begin >= b && th->end <= e && (th->is_span || !th->past)) {
            if (th->is_span)
                rg->clauses[th->clause].n_spans--;
            else if (rg->clauses[th->clause].n_leftovers > 0)
                rg->clauses[th->clause].n_leftovers--;
            continue;
        }
        rg->things[kept++] = rg->things[k];
    }
    rg->n_things = kept;
}

/* The end of the parts that stay after "just" at p: food or menu words joined by "and",
 * "n", "&" or "the", up to the clause's end or its punctuation, or with removal_next up to
 * the lead of the removal they are told beside ("just cheese no ketchup"); 0 when any other
 * word stands there. */
static size_t stays_end(const struct attach_state *st, size_t p, bool removal_next, int32_t dish)
{
    static const char *const joins[] = {"and", "n", "the", "some", "please", "pls", "plz"};
    const struct order_token *t = st->tokens;
    size_t food = 0, q = p;
    for (; q < st->e && t[q].kind == ORDER_TOKEN_WORD; q++) {
        if (removal_next && food > 0 &&
            order_tok_in(st->text, t, q, st->e, removals, ORDER_WORDS_N(removals)))
            return q;
        if (q - p >= STAYS_WORDS_MAX || (!attach_free(st, q) && !stays_part_span(st, q, dish)))
            return 0;
        if (order_tok_in(st->text, t, q, st->e, joins, ORDER_WORDS_N(joins)))
            continue;
        if (!order_food_word(st->rd->food, st->text + t[q].off, t[q].len) && st->rg->n_hits[q] == 0)
            return 0;
        food++;
    }
    /* "only cheese, no ketchup" */
    if (removal_next && food > 0 && q + 1U < st->e && t[q].kind == ORDER_TOKEN_PUNCT &&
        t[q].punct == ',' &&
        order_tok_in(st->text, t, q + 1U, st->e, removals, ORDER_WORDS_N(removals)))
        return q;
    if (removal_next || (q < st->e && !(t[q].kind == ORDER_TOKEN_PUNCT && t[q].punct != '&')))
        return 0;
    return food > 0 ? q : 0;
}

void attach_what_stays(struct attach_state *st)
{
    /* both ways a part that stays is read need a removal's lead too */
    if (!ORDER_CUES_ANY(&st->cues, "just", "only") ||
        !ORDER_CUES_ANY(&st->cues, "no", "without", "hold", "wo", "sin", "sans", "minus",
                        "nothing"))
        return;
    static const char *const only[] = {"just", "only"};
    for (size_t p = st->b + 2U; p + 1U < st->e; p++) {
        if (!order_tok_in(st->text, st->tokens, p, st->e, only, ORDER_WORDS_N(only)) ||
            !attach_free(st, p))
            continue;
        /* the parts that stay are told after the removal or right before it */
        int32_t dish = stays_dish_before(st, p);
        size_t e = stays_after_removal(st, p) ? stays_end(st, p + 1U, false, dish)
                                              : stays_end(st, p + 1U, true, dish);
        if (e == 0)
            continue;
        stays_drop_spans(st, p + 1U, e);
        for (size_t q = p; q < e; q++)
            st->rg->roles[q] = ORDER_ROLE_FILLER;
    }
}
