/* attach_what_stays.c — after a part left off, "just" or "only" and the parts that stay: "2
 * tacos no onion no cilantro just meat and salsa", "a burger without lettuce, only the patty
 * and cheese". The customer says again what the removals leave; it asks for nothing more and
 * takes nothing else off. Read word by word it would be a change of its own ("just meat") and
 * the removal's "no" would reach across the "and" ("no salsa"), so the words are fillers.
 * Runs first in the attach pass of a clause (attach.c). */
#include "gateway/order/attach_internal.h"
#include "gateway/order/food.h"

enum {
    STAYS_AFTER_REMOVAL_MAX = 3, /* "no" to "just": "no sour cream just ..." */
    STAYS_WORDS_MAX = 6,         /* "just the meat and the salsa" */
};

/* Does a removal's lead ("no", "without", "hold") stand a few words before p, with no
 * punctuation but a comma between? */
static bool stays_after_removal(const struct attach_state *st, size_t p)
{
    static const char *const removals[] = {"no", "without", "hold", "wo", "sin", "minus"};
    const struct order_token *t = st->tokens;
    for (size_t k = 1; k <= STAYS_AFTER_REMOVAL_MAX && p >= st->b + k; k++) {
        size_t q = p - k;
        if (t[q].kind == ORDER_TOKEN_PUNCT && t[q].punct != ',')
            return false;
        if (order_tok_in(st->text, t, q, st->e, removals, sizeof(removals) / sizeof(*removals)))
            return true;
    }
    return false;
}

/* The end of the parts that stay after "just" at p: food or menu words joined by "and",
 * "n", "&" or "the", up to the clause's end or its punctuation; 0 when any other word
 * stands there. */
static size_t stays_end(const struct attach_state *st, size_t p)
{
    static const char *const joins[] = {"and", "n", "the", "some", "please", "pls", "plz"};
    const struct order_token *t = st->tokens;
    size_t food = 0, q = p;
    for (; q < st->e && t[q].kind == ORDER_TOKEN_WORD; q++) {
        if (q - p >= STAYS_WORDS_MAX || !attach_free(st, q))
            return 0;
        if (order_tok_in(st->text, t, q, st->e, joins, sizeof(joins) / sizeof(*joins)))
            continue;
        if (!order_food_word(st->rd->food, st->text + t[q].off, t[q].len) && st->rg->n_hits[q] == 0)
            return 0;
        food++;
    }
    if (q < st->e && !(t[q].kind == ORDER_TOKEN_PUNCT && t[q].punct != '&'))
        return 0;
    return food > 0 ? q : 0;
}

void attach_what_stays(struct attach_state *st)
{
    static const char *const only[] = {"just", "only"};
    for (size_t p = st->b + 2U; p + 1U < st->e; p++) {
        if (!order_tok_in(st->text, st->tokens, p, st->e, only, sizeof(only) / sizeof(*only)) ||
            !attach_free(st, p) || !stays_after_removal(st, p))
            continue;
        size_t e = stays_end(st, p + 1U);
        for (size_t q = p; e > 0 && q < e; q++)
            st->rg->roles[q] = ORDER_ROLE_FILLER;
    }
}
