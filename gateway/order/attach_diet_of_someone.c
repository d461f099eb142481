/* attach_diet_of_someone.c — a diet or an allergy said of someone the menu does not name, in
 * words no span read (attach_leftovers.c, reading.h pass 4): "one guest is vegetarian", "two
 * kids are dairy free", "one of our aunts has celiac", "one of us is allergic", "my son has a
 * nut allergy", "my niece only eats plain things" (a habit, told with "eats"). The words
 * before the verb are who eats, the rest what they eat or cannot: neither is a dish the menu
 * lacks, and nothing of it is ordered. */
#include "gateway/order/attach_internal.h"

/* Does the predicate [p, j) after "is"/"are" say what someone eats or cannot: a diet, or
 * "allergic" / "intolerant" ("allergic to nuts")? */
static bool someone_diet_at(const struct attach_state *st, size_t p, size_t j)
{
    static const char *const unable[] = {"allergic", "intolerant"};
    return p < j &&
           (order_patterns_longest(&st->rd->u->diet_cues, st->text, st->tokens, p, j, NULL) > 0 ||
            order_tok_in(st->text, st->tokens, p, j, unable, ORDER_WORDS_N(unable)));
}

/* Does the object [p, j) after "has"/"have" end in an allergy ("a nut allergy", "allergies",
 * "a gluten intolerance")? */
static bool someone_allergy_at(const struct attach_state *st, size_t p, size_t j)
{
    enum { ALLERGY_WORDS_MAX = 4 }; /* "a bad nut allergy" */
    static const char *const allergies[] = {"allergy", "allergies", "intolerance"};
    for (size_t q = p; q < j && q < p + ALLERGY_WORDS_MAX; q++)
        if (order_tok_in(st->text, st->tokens, q, j, allergies, ORDER_WORDS_N(allergies)))
            return true;
    return false;
}

bool attach_diet_of_someone(const struct attach_state *st, size_t i, size_t j)
{
    if (!ORDER_CUES_ANY(&st->cues, "eats", "is", "are", "was", "were", "s", "has", "have"))
        return false;
    enum { SUBJECT_WORDS_MAX = 4 }; /* "my two kids", "one of our guests" */
    static const char *const copulas[] = {"is", "are", "was", "were", "s"};
    static const char *const having[] = {"has", "have"};
    for (size_t p = i + 1U; p < j && p <= i + SUBJECT_WORDS_MAX; p++) {
        /* "only eats plain things": what someone eats as a habit, no request of a dish */
        if (order_tok_is(st->text, st->tokens, p, j, "eats"))
            return true;
        /* "one of our cousins is | vegan": a diet read as one ends the run at the verb */
        if (order_tok_in(st->text, st->tokens, p, j, copulas, ORDER_WORDS_N(copulas)))
            return someone_diet_at(st, p + 1U, p + 1U < j ? j : st->e);
        if (order_tok_in(st->text, st->tokens, p, j, having, ORDER_WORDS_N(having)))
            /* "has celiac": a condition had, as a diet is kept */
            return someone_allergy_at(st, p + 1U, j) || someone_diet_at(st, p + 1U, j);
    }
    return false;
}
