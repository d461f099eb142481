/* reading_food_object.c — "a pizza box", "2 burger boxes" (reading.h pass 2, after the
 * clauses): in English the last noun of a compound names the thing, the word before it only
 * says which. One food or menu word, after a count or "a", right before a noun of things made
 * by people that is never a food (artifact_words.h) and ends the phrase, says what the counted
 * thing is for: the thing is an object, no dish, and no food the menu lacks. Longer runs of
 * menu words before such a noun stay read as they are: there the noun is often what comes
 * with the dish. A vessel one drinks from ("a coffee cup") is the vessel there, though "a cup
 * of coffee" measures the drink. */
#include "gateway/order/reading_internal.h"

#include "gateway/order/artifact_words.h"
#include "gateway/order/food.h"

/* Does the phrase end after token t: the clause's end, a mark, or a word that joins another
 * thing or closes the request ("and", "please")? */
static bool object_phrase_ends(const char *text, const struct order_token *tokens, size_t t,
                               size_t end)
{
    static const char *const closers[] = {"and", "or",  "for", "with", "plus",  "please",
                                          "pls", "too", "n",   "to",   "thanks"};
    return t >= end || tokens[t].kind != ORDER_TOKEN_WORD ||
           order_tok_in(text, tokens, t, end, closers, ORDER_WORDS_N(closers));
}

/* Is token t a word that names food: a menu word, or a food of English? */
static bool object_food_said(const struct order_reader *rd, const char *text,
                             const struct order_token *tokens, const struct order_reading *rg,
                             size_t t)
{
    return tokens[t].kind == ORDER_TOKEN_WORD && rg->roles[t] == ORDER_ROLE_NONE &&
           (rg->n_hits[t] > 0 || order_food_word(rd->food, text + tokens[t].off, tokens[t].len));
}

/* Is token t a noun of a thing made by people: of the artifact list, or a vessel one drinks
 * from ("cups", "mugs"), which the list leaves out as it measures a drink ("a cup of tea")
 * but which, a food's word before it, is the vessel itself ("a coffee cup")? */
static bool object_noun(const char *text, const struct order_token *tokens, size_t t, size_t end)
{
    static const char *const vessels[] = {"cup", "cups", "mug", "mugs"};
    return order_artifact_word(text + tokens[t].off, tokens[t].len) ||
           order_tok_in(text, tokens, t, end, vessels, ORDER_WORDS_N(vessels));
}

void order_read_food_objects(const struct order_reader *rd, const char *text,
                             const struct order_token *tokens, size_t n, struct order_reading *rg)
{
    for (size_t c = 0; c < rg->n_clauses; c++) {
        const struct order_clause *cl = &rg->clauses[c];
        for (size_t t = cl->begin; t + 1U < cl->end && t + 1U < n; t++) {
            const struct order_token *o = &tokens[t + 1U];
            /* the next word first: most words are followed by a mark or a menu word */
            if (o->kind != ORDER_TOKEN_WORD || rg->n_hits[t + 1U] > 0 ||
                !object_food_said(rd, text, tokens, rg, t) ||
                !object_noun(text, tokens, t + 1U, cl->end) ||
                !object_phrase_ends(text, tokens, t + 2U, cl->end))
                continue;
            size_t b = t; /* "cold brew coffee cups": every food word of the phrase */
            while (b > cl->begin && object_food_said(rd, text, tokens, rg, b - 1U))
                b--;
            int32_t qty;
            bool counted =
                b > cl->begin && (order_read_quantity(rd->u, text, tokens, b - 1U, b, &qty) > 0 ||
                                  order_tok_is(text, tokens, b - 1U, b, "a"));
            if (!counted || b + 1U != t + 1U)
                continue; /* "2 coffee cups": one word says what the counted thing is for */
            for (size_t k = b; k <= t + 1U; k++) {
                rg->n_hits[k] = 0;
                rg->roles[k] = ORDER_ROLE_FILLER;
            }
        }
    }
}
