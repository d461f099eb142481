/* attach_count_of_own.c — a count that picks a subject from the customer's own people, "one
 * of my tennis partners cant handle heat", "two of my coworkers are vegan"
 * (attach_leftover_run.c, reading.h pass 4): "of" and a possessive after the count say whose
 * group it counts, a verb after the group makes it the subject of what is told, and with no
 * menu word or food among its words the run names no dish; it was asked back as one where
 * the count made a dish stand. "one of my usual please" (no verb after it), "two of your
 * tacos" (the restaurant's) and "one of my usual burgers" (a menu word) are read as before. */
#include "gateway/order/attach_internal.h"

/* Is token p a verb a subject opens a clause with: a copula, an auxiliary or a modal, or a
 * verb of wanting or liking, as said of one or many ("doesnt", "are", "wants", "hate")? */
static bool attach_subject_verb(const char *text, const struct order_token *t, size_t p, size_t e)
{
    static const char *const verbs[] = {
        "is",    "isnt",  "are",    "arent",  "was",  "wasnt",  "were",    "werent",
        "has",   "have",  "does",   "doesnt", "do",   "dont",   "did",     "didnt",
        "cant",  "can",   "cannot", "wont",   "will", "would",  "wouldnt", "should",
        "might", "wants", "want",   "needs",  "need", "likes",  "like",    "loves",
        "love",  "hates", "hate",   "gets",   "eats", "drinks", "prefers"};
    return order_tok_in(text, t, p, e, verbs, ORDER_WORDS_N(verbs));
}

/* Is token p a verb whose object may be a dish: one of wanting, liking or eating ("wants",
 * "likes", "eats")? */
static bool attach_verb_takes_dish(const char *text, const struct order_token *t, size_t p)
{
    static const char *const verbs[] = {"wants",  "want",    "needs", "need", "likes",
                                        "like",   "loves",   "love",  "gets", "eats",
                                        "drinks", "prefers", "hates", "hate"};
    return order_tok_in(text, t, p, p + 1U, verbs, ORDER_WORDS_N(verbs));
}

bool attach_count_of_own(const struct attach_state *st, size_t a, size_t k, size_t b)
{
    if (!ORDER_CUES_ANY(&st->cues, "of") ||
        !ORDER_CUES_ANY(&st->cues, "my", "our", "his", "her", "their"))
        return false;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t p = a + k; /* the count may hold its "of" already ("one of") */
    if (order_tok_is(text, t, p, b, "of"))
        p++;
    if (p == 0 || !order_tok_is(text, t, p - 1U, b, "of") || !order_tok_possessive(text, t, p, b))
        return false;
    bool verb = attach_subject_verb(text, t, b, st->e); /* after the run, or in it */
    for (size_t q = p + 1U; q < b; q++) {
        /* "one of my students has a milk allergy": after a verb of being or having, the
         * words tell of the group, they name it no more; a food there is no dish asked for.
         * After a verb of wanting or eating ("wants a milkshake") the food is the dish. */
        if (q > p + 1U && attach_subject_verb(text, t, q, b) && !attach_verb_takes_dish(text, t, q))
            return true;
        if (st->rg->n_hits[q] > 0 || st->rg->dish_word[q] || attach_food_token(st, q))
            return false;
        verb = verb || (q > p + 1U && attach_subject_verb(text, t, q, b));
    }
    return verb;
}
