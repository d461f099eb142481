/* correct_said_not.c — "OH and Max wants a lemonade. No he doesn't. He wants a strawberry
 * smoothie": a sentence of its own that only denies the one before ("no he doesn't", "nope she
 * won't", "no we don't") takes back what that sentence asked for, as one that only says it was
 * a joke does ("6 kids mini burgers?? jk jk. Real order: ..."). What the next sentence asks
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

/* Is clause cl only a joke owned: "jk", "jk jk lol", then marks? ("Kidding." alone may be
 * taken back in turn: "... a churro! Kidding. I'd actually like to order one though") */
static bool joke_clause(const char *text, const struct order_token *t,
                        const struct order_clause *cl)
{
    static const char *const words[] = {"jk", "lol", "haha", "lmao"};
    bool joke = false;
    for (size_t p = cl->begin; p < cl->end; p++) {
        if (t[p].kind == ORDER_TOKEN_PUNCT)
            continue;
        if (!order_tok_in(text, t, p, cl->end, words, ORDER_WORDS_N(words)))
            return false;
        joke = joke || order_tok_is(text, t, p, cl->end, "jk");
    }
    return joke;
}

void correct_said_not(const char *text, const struct order_token *t, struct order_reading *rg)
{
    bool denied = ORDER_CUES_ANY(&rg->cues, "doesnt", "dont", "didnt", "wont", "isnt", "arent");
    bool joked = ORDER_CUES_ANY(&rg->cues, "jk");
    if (!denied && !joked)
        return;
    for (size_t c = 1; c < rg->n_clauses; c++) {
        if (!(denied && said_not_clause(text, t, &rg->clauses[c])) &&
            !(joked && joke_clause(text, t, &rg->clauses[c])))
            continue;
        for (size_t s = 0; s < rg->n_things; s++) {
            struct order_thing *th = &rg->things[s];
            if (th->clause + 1U == c)
                th->reference = true;
        }
    }
}
