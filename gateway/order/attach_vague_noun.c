/* attach_vague_noun.c — a vague noun standing for the dish right after its name ("a
 * watermelon thingy", "the mac and cheese ball things", "the nuggets plate"). Customers who half
 * remember a name close it with "thing" or "stuff", sometimes after a word of its shape; the noun
 * points at the dish already named and changes nothing of it. attach_modifier_says_nothing
 * (attach_says_nothing.c) asks attach_vague_noun_after before it keeps such words as a change. */
#include "gateway/order/attach_internal.h"

/* Are the words [a, b) right after dish th a vague noun, with at most two words before it that
 * hold no lead of a change, no size, no menu word and no food ("thingy", "ball things")? */
bool attach_vague_noun_after(const struct attach_state *st, const struct order_thing *th, size_t a,
                             size_t b)
{
    if (!ORDER_CUES_ANY(&st->rg->cues, "thing", "things", "thingy", "thingys", "thingies", "stuff",
                        "thingie", "plate", "plates"))
        return false;
    enum { SHAPE_WORDS_MAX = 2 };
    /* "plate" is how the dish is served ("the taquitos plate"): it too names no change */
    static const char *const nouns[] = {"thing", "things",  "thingy", "thingys", "thingies",
                                        "stuff", "thingie", "plate",  "plates"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (a != th->end || b <= a || b - a > SHAPE_WORDS_MAX + 1U ||
        !order_tok_in(text, t, b - 1U, b, nouns, ORDER_WORDS_N(nouns)))
        return false;
    if (order_patterns_longest(&st->rd->u->modifier_starts, text, t, a, b, NULL) > 0 ||
        order_patterns_longest(&st->rd->u->modifiers, text, t, a, b, NULL) > 0 ||
        order_patterns_longest(&st->rd->u->sizes, text, t, a, b, NULL) > 0)
        return false;
    for (size_t i = a; i + 1U < b; i++)
        if (t[i].kind != ORDER_TOKEN_WORD || st->rg->n_hits[i] > 0 ||
            order_food_word(st->rd->food, text + t[i].off, t[i].len))
            return false;
    return true;
}

/* "a nuggets plate with extra fries", "the halloumi thingy no onion": a vague noun right
 * after dish th opening the words [a, b) of a change, words after it. Returns the tokens of
 * the noun and its shape words, which the change does not hold; 0 when none. */
size_t attach_vague_noun_lead(const struct attach_state *st, const struct order_thing *th, size_t a,
                              size_t b)
{
    /* attach_vague_noun_after's nouns */
    if (!ORDER_CUES_ANY(&st->rg->cues, "thing", "things", "thingy", "thingys", "thingies", "stuff",
                        "thingie", "plate", "plates"))
        return 0;
    enum { NOUN_WORDS_MAX = 3 }; /* attach_vague_noun_after's shape words and the noun */
    for (size_t k = 1; k <= NOUN_WORDS_MAX && a + k < b; k++)
        if (attach_vague_noun_after(st, th, a, a + k))
            return k;
    return 0;
}
