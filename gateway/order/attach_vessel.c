/* attach_vessel.c — a drink asked for by what it is served in (attach_leftover_run.c,
 * reading.h pass 4): "a glass of house red", "two bottles of the local lager", "a cup of earl
 * grey". A count of glasses, bottles, cups or pots measures a drink, so the words after it stand
 * where a dish does, though each is an ordinary word ("house", "red"): a thing asked for,
 * declined when the menu lacks it, never dropped. */
#include "gateway/order/attach_internal.h"

bool attach_vessel_count(const struct attach_state *st, size_t a, size_t k, size_t b)
{
    if (!ORDER_CUES_ANY(&st->cues, "of", "o") ||
        !ORDER_CUES_ANY(&st->cues, "glass", "glasses", "bottle", "bottles", "pint", "pints", "can",
                        "cans", "mug", "mugs", "cup", "cups", "pot", "pots", "jug"))
        return false;
    /* "a glass of something cold" names no drink: which one is asked back */
    static const char *const open[] = {"something", "anything", "whatever", "whichever", "smth"};
    static const char *const vessels[] = {"glass", "glasses", "bottle", "bottles", "pint",
                                          "pints", "can",     "cans",   "mug",     "mugs",
                                          "cup",   "cups",    "pot",    "pots",    "jug"};
    if (k < 2U)
        return false;
    for (size_t p = a + k; p < b; p++)
        if (attach_in(st->text, st->tokens, p, b, open, ORDER_WORDS_N(open)))
            return false;
    /* the count's last two tokens: the vessel and its "of" ("a glass of") */
    size_t e = a + k;
    return (order_tok_is(st->text, st->tokens, e - 1U, e, "of") ||
            order_tok_is(st->text, st->tokens, e - 1U, e, "o")) &&
           attach_in(st->text, st->tokens, e - 2U, e, vessels, ORDER_WORDS_N(vessels));
}

/* "a pint of stout", "two pints of cider": a pint measures a drink as a glass does, but it is
 * no unit of the quantities, where it would count a dish of the menu too ("a pint of the
 * horchata"). Only in a run of words no dish was read from, after an article or a count
 * ("half a" too), do "pint(s) of" open the drink asked for: *i moves past them and the drink
 * stands where a dish does. */
bool attach_pint_measure(const struct attach_state *st, size_t a, size_t k, size_t *i, size_t b)
{
    if (!ORDER_CUES_ANY(&st->cues, "pint", "pints") || !ORDER_CUES_ANY(&st->cues, "of", "o"))
        return false;
    static const char *const pints[] = {"pint", "pints"};
    static const char *const of[] = {"of", "o"};
    size_t p = *i;
    if (k == 0 && p == a && order_tok_is(st->text, st->tokens, p, b, "half") &&
        attach_is_article(st->text, st->tokens, p + 1U, b))
        a = ++p; /* "half a pint of": a measure still */
    if (k == 0 && p == a && attach_is_article(st->text, st->tokens, p, b))
        p++; /* "a pint of" */
    else if (k == 0 && !(p > a && attach_is_article(st->text, st->tokens, a, b)))
        return false;
    if (p + 2U >= b || !attach_in(st->text, st->tokens, p, b, pints, ORDER_WORDS_N(pints)) ||
        !attach_in(st->text, st->tokens, p + 1U, b, of, ORDER_WORDS_N(of)))
        return false;
    *i = p + 2U;
    return true;
}
