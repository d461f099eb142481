/* reading_vessel_alone.c — a vessel one drinks from, counted and named alone ("2 bottles
 * please", "a glass and a flan", "3 cans"): the customer asks for drinks by what they come in,
 * and which drink is asked back. The vessel reads as the menu's section of drinks ("2 drinks
 * please"), so its candidates are the drinks only, never a dish whose words are near the
 * vessel's spelling ("mugs" is no "nugs"). A vessel with "of" after it measures the drink named
 * there ("a glass of horchata"); one before other words ("a bottle opener") names no drink; a menu
 * that names a dish by the vessel's word reads it as it is. */
#include "gateway/order/reading_internal.h"

#include <string.h>

/* The word id of the menu's section of drinks, or -1 where the menu has none. */
static int32_t vessel_drinks_word(const struct order_lexicon *lex)
{
    static const char *const sections[] = {"drinks", "drink", "beverages", "beverage"};
    for (size_t s = 0; s < ORDER_WORDS_N(sections); s++) {
        int32_t w = order_lexicon_word(lex, sections[s], strlen(sections[s]));
        if (w >= 0 && lex->words[w].head)
            return w;
    }
    return -1;
}

/* Is token t a count of one thing or more: digits, an article, a number word? */
static bool vessel_counted(const char *text, const struct order_token *tokens, size_t n, size_t t)
{
    static const char *const counts[] = {"a",     "an",   "another", "one", "two",
                                         "three", "four", "five",    "six"};
    if (t >= n || tokens[t].kind != ORDER_TOKEN_WORD)
        return false;
    const char *w = text + tokens[t].off;
    if (w[0] >= '0' && w[0] <= '9') {
        for (size_t k = 1; k < tokens[t].len; k++)
            if (w[k] < '0' || w[k] > '9')
                return false;
        return true;
    }
    return order_tok_in(text, tokens, t, n, counts, ORDER_WORDS_N(counts));
}

/* Does a preposition stand before the count at t ("in a glass", "divided into two
 * glasses")? The vessel says how a dish named before is served, no drink of its own. */
static bool vessel_after_preposition(const char *text, const struct order_token *tokens, size_t n,
                                     size_t t)
{
    static const char *const prepositions[] = {"in",      "into", "on", "with", "per", "from",
                                               "between", "of",   "to", "as",   "by",  "over"};
    return t > 0 &&
           order_tok_in(text, tokens, t - 1U, n, prepositions, ORDER_WORDS_N(prepositions));
}

/* Does the vessel at t end its phrase: the text, a mark, "please" or a word joining the next
 * thing or the person it is for come after it? */
static bool vessel_ends_phrase(const char *text, const struct order_token *tokens, size_t n,
                               size_t t)
{
    static const char *const after[] = {"please", "pls", "plz", "and", "for", "too", "each"};
    return t + 1 >= n || tokens[t + 1].kind != ORDER_TOKEN_WORD ||
           order_tok_in(text, tokens, t + 1, n, after, ORDER_WORDS_N(after));
}

void order_read_vessels_alone(const struct order_reader *rd, const char *text,
                              const struct order_token *tokens, size_t n, struct order_reading *out)
{
    static const char *const vessels[] = {"bottle", "bottles", "can",     "cans", "cup",
                                          "cups",   "glass",   "glasses", "mug",  "mugs"};
    if (!ORDER_CUES_ANY(&out->cues, "bottle", "bottles", "can", "cans", "cup", "cups", "glass",
                        "glasses", "mug", "mugs"))
        return;
    int32_t drinks = -2;
    for (size_t t = 1; t < n; t++) {
        /* a vessel's word read only as a slip of a menu word ("mugs": "nugs") is the vessel */
        bool exact = out->n_hits[t] > 0 && !order_token_slip_only(out, t);
        if (exact || out->roles[t] != ORDER_ROLE_NONE ||
            !order_tok_in(text, tokens, t, n, vessels, ORDER_WORDS_N(vessels)) ||
            !vessel_counted(text, tokens, n, t - 1U) || !vessel_ends_phrase(text, tokens, n, t) ||
            vessel_after_preposition(text, tokens, n, t - 1U))
            continue;
        /* "can" is the modal but after an article ("a can please") */
        if (order_tok_is(text, tokens, t, n, "can") &&
            !order_tok_is(text, tokens, t - 1U, n, "a") &&
            !order_tok_is(text, tokens, t - 1U, n, "another"))
            continue;
        if (drinks == -2)
            drinks = vessel_drinks_word(rd->lex);
        if (drinks < 0)
            return;
        out->hits[t][0] = (struct order_lex_hit){
            .words = {(uint16_t)drinks, 0}, .n_words = 1, .edits = 0, .sim = 1.0F};
        out->n_hits[t] = 1;
    }
}
