/* reading_slip_before_noun.c — a word the menu reads only as a misspelling, right before a
 * noun of its own (reading.h pass 2, after the clauses): "the smoothee contest", "our chedar
 * society". In English the last noun of a compound names the thing; the word before
 * it only says which. When that last noun is an ordinary noun that is no food, no word of the
 * menu and no measure of a dish ("contest", "society"), what is named is no dish, and the word
 * before it ("chedar", a letter from "cheddar") is no slip of a menu word: its readings go, and it
 * is never asked back as a dish. A count right before the word, or a request before it in its
 * clause, keeps the reading: there a dish is asked for ("i want the chese ..."). */
#include "gateway/order/reading_internal.h"

/* Is token t a word that says when, how often or how, no noun ("again", "too", "now")? Or a
 * verb of being, having or coming that tells of the word before ("was", "came")? Or a measure
 * a dish is served by ("cup", "order")? */
static bool read_not_a_head(const char *text, const struct order_token *tokens, size_t t, size_t n)
{
    static const char *const words[] = {
        "again", "too",     "now",     "today",   "tonight", "tomorrow", "later",   "soon",
        "then",  "still",   "yet",     "only",    "instead", "anyway",   "either",  "first",
        "next",  "last",    "once",    "twice",   "here",    "there",    "please",  "thanks",
        "was",   "were",    "been",    "being",   "had",     "did",      "came",    "went",
        "got",   "made",    "took",    "ate",     "tasted",  "looked",   "smelled", "arrived",
        "cup",   "glass",   "bottle",  "can",     "jug",     "pitcher",  "pot",     "mug",
        "box",   "bag",     "tray",    "platter", "bucket",  "basket",   "plate",   "bowl",
        "order", "portion", "serving", "side",    "combo",   "meal",     "pack",    "slice",
        "piece", "scoop",   "dozen",   "pint",    "half",    "double",   "triple",  "single"};
    return order_tok_in(text, tokens, t, n, words, ORDER_WORDS_N(words));
}

/* Is token t an ordinary noun that names a thing of its own: English, uninflected (no "-s",
 * no "-ed": a plural or a verb told of the word before), no adjective, food, frame word,
 * function word, size or style, and no word of any item's name or description? */
static bool read_head_noun(const struct order_reader *rd, const char *text,
                           const struct order_token *tokens, const struct order_reading *rg,
                           size_t t, size_t n)
{
    enum { HEAD_LETTERS_MIN = 4 };
    const struct order_token *k = &tokens[t];
    const char *w = text + k->off;
    if (k->kind != ORDER_TOKEN_WORD || k->len < HEAD_LETTERS_MIN ||
        rg->roles[t] != ORDER_ROLE_NONE || rg->n_hits[t] > 0 || w[k->len - 1U] == 's' ||
        (w[k->len - 2U] == 'e' && w[k->len - 1U] == 'd') || read_not_a_head(text, tokens, t, n) ||
        !order_dictionary_has(rd->dict, w, k->len))
        return false;
    return read_noun_unclaimed(rd, text, tokens, t);
}

void order_read_slips_before_nouns(const struct order_reader *rd, const char *text,
                                   const struct order_token *tokens, size_t n,
                                   struct order_reading *rg)
{
    for (size_t c = 0; c < rg->n_clauses; c++) {
        const struct order_clause *cl = &rg->clauses[c];
        bool asked = false; /* a request before the word: "can i get the chese melt" */
        for (size_t t = cl->begin; t + 1U < cl->end && t + 1U < n; t++) {
            asked = asked || rg->roles[t] == ORDER_ROLE_OPENER;
            int32_t qty;
            if (asked || tokens[t].kind != ORDER_TOKEN_WORD || !order_token_slip_only(rg, t) ||
                rg->roles[t] != ORDER_ROLE_NONE ||
                !read_head_noun(rd, text, tokens, rg, t + 1U, cl->end) ||
                (t > cl->begin && order_read_quantity(rd->u, text, tokens, t - 1U, t, &qty) > 0))
                continue;      /* "2 chese melts": counted where a dish stands */
            rg->n_hits[t] = 0; /* "chedar society": a society, no cheddar, nor a dish to ask back */
            rg->roles[t] = rg->roles[t + 1U] = ORDER_ROLE_FILLER;
        }
    }
}
