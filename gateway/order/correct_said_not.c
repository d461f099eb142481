/* correct_said_not.c — "OH and Max wants a lemonade. No he doesn't. He wants a strawberry
 * smoothie": a sentence of its own that only denies the one before ("no he doesn't", "nope she
 * won't", "no we don't") takes back what that sentence asked for. What the next sentence asks
 * stands. */
#include "gateway/order/correct_internal.h"

/* Is clause c only a denial: "no"/"nope"/"nah", a subject pronoun and a negated auxiliary,
 * then marks? */
static bool said_not_clause(const char *text, const struct order_token *t,
                            const struct order_clause *cl)
{
    static const char *const nos[] = {"no", "nope", "nah", "actually"};
    static const char *const subjects[] = {"he", "she", "they", "we", "i"};
    static const char *const negated[] = {"doesnt", "dont", "didnt", "wont", "isnt", "arent"};
    size_t p = cl->begin, e = cl->end;
    if (!order_tok_in(text, t, p, e, nos, ORDER_WORDS_N(nos)))
        return false;
    p++;
    if (p < e && t[p].kind == ORDER_TOKEN_PUNCT && t[p].punct == ',')
        p++;
    if (!order_tok_in(text, t, p, e, subjects, ORDER_WORDS_N(subjects)) ||
        !order_tok_in(text, t, p + 1U, e, negated, ORDER_WORDS_N(negated)))
        return false;
    for (p += 2U; p < e; p++)
        if (t[p].kind != ORDER_TOKEN_PUNCT)
            return false;
    return true;
}

void correct_said_not(const char *text, const struct order_token *t, struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "doesnt", "dont", "didnt", "wont", "isnt", "arent"))
        return;
    for (size_t c = 1; c < rg->n_clauses; c++) {
        if (!said_not_clause(text, t, &rg->clauses[c]))
            continue;
        for (size_t s = 0; s < rg->n_things; s++) {
            struct order_thing *th = &rg->things[s];
            if (th->clause + 1U == c)
                th->reference = true;
        }
    }
}
