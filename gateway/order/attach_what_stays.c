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
        if (q - p >= STAYS_WORDS_MAX)
            return 0;
        if (order_tok_in(st->text, t, q, st->e, joins, ORDER_WORDS_N(joins)) &&
            (attach_free(st, q) || st->rg->roles[q] == ORDER_ROLE_FILLER))
            continue; /* "... and rice pls": the "pls" a filler already */
        if (!attach_free(st, q) && !stays_part_span(st, q, dish))
            return 0;
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

/* Does the clause right before this one take a part off a dish ("one carnitas bowl but no
 * beans no pico.", "no beans, no lettuce.")? */
static bool stays_removal_before(const struct attach_state *st)
{
    const struct order_reading *rg = st->rg;
    size_t b = 0;
    for (size_t c = 0; c < rg->n_clauses; c++)
        if (rg->clauses[c].end <= st->b && rg->clauses[c].end > rg->clauses[c].begin)
            b = rg->clauses[c].begin;
    for (size_t q = b; q < st->b; q++)
        if (order_tok_in(st->text, st->tokens, q, st->b, removals, ORDER_WORDS_N(removals)))
            return true;
    return false;
}

/* Are the words [a, b) parts of dish that stay, food or menu words joined by "and", "n" or
 * "the" ("rice and chicken")? */
static bool stays_parts(const struct attach_state *st, size_t a, size_t b, int32_t dish)
{
    static const char *const joins[] = {"and", "n", "the", "&"};
    const struct order_token *t = st->tokens;
    size_t food = 0;
    if (b <= a || b - a > STAYS_WORDS_MAX)
        return false;
    for (size_t q = a; q < b; q++) {
        if (order_tok_in(st->text, t, q, b, joins, ORDER_WORDS_N(joins)) ||
            (t[q].kind == ORDER_TOKEN_PUNCT && t[q].punct == '&'))
            continue;
        if (t[q].kind != ORDER_TOKEN_WORD || (!attach_free(st, q) && !stays_part_span(st, q, dish)))
            return false;
        if (!order_food_word(st->rd->food, st->text + t[q].off, t[q].len) && st->rg->n_hits[q] == 0)
            return false;
        food++;
    }
    return food > 0;
}

/* The dish of the last span before the clause, in the clauses before it, or -1. */
static int32_t stays_dish_earlier(const struct attach_state *st)
{
    int32_t dish = -1;
    for (size_t k = 0; k < st->first; k++) {
        const struct order_thing *th = &st->rg->things[k];
        if (th->is_span && th->end <= st->b && th->item >= 0)
            dish = th->item;
    }
    return dish;
}

/* The parts that stay said as a clause of their own after the removals: "literally just the
 * pork and rice pls", "rice and chicken ONLY". The dish is the one asked for before; the
 * clause asks for nothing more. */
static void stays_own_clause(struct attach_state *st)
{
    static const char *const lead[] = {"literally", "so", "basically", "like", "ok", "okay"};
    static const char *const only[] = {"just", "only"};
    if (!ORDER_CUES_ANY(&st->cues, "just", "only") ||
        !ORDER_CUES_ANY(&st->rg->cues, "no", "without", "hold", "wo", "sin", "sans", "minus",
                        "nothing"))
        return;
    size_t p = st->b;
    while (p < st->e && p < st->b + 2U &&
           order_tok_in(st->text, st->tokens, p, st->e, lead, ORDER_WORDS_N(lead)))
        p++;
    int32_t dish = stays_dish_earlier(st);
    if (dish < 0 || !stays_removal_before(st))
        return;
    size_t e = 0;
    if (order_tok_in(st->text, st->tokens, p, st->e, only, ORDER_WORDS_N(only)) &&
        (attach_free(st, p) || st->rg->roles[p] == ORDER_ROLE_FILLER)) {
        e = stays_end(st, p + 1U, false, dish); /* "just the pork and rice" */
    } else {
        size_t last = st->e; /* "rice and chicken only": "only" ends the clause */
        while (last > p && st->tokens[last - 1U].kind == ORDER_TOKEN_PUNCT)
            last--;
        if (last > p + 1U &&
            order_tok_in(st->text, st->tokens, last - 1U, st->e, only, ORDER_WORDS_N(only)) &&
            stays_parts(st, p, last - 1U, dish))
            e = last;
    }
    if (e == 0)
        return;
    stays_drop_spans(st, p, e);
    for (size_t q = p; q < e; q++)
        st->rg->roles[q] = ORDER_ROLE_FILLER;
}

void attach_what_stays(struct attach_state *st)
{
    stays_own_clause(st); /* "... no lettuce. literally just the pork and rice" */
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
