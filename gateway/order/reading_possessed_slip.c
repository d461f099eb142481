/* reading_possessed_slip.c — a word the menu reads only as a misspelling, owned by the
 * speaker after a verb of theirs, in a clause that asks for nothing (reading.h pass 3, before
 * the spans): "5 of us just rode our bikes", "we locked our bikes". "bikes" is one letter from
 * the menu's "bites", but what "we rode our ..." is said of is the customer's own thing, no
 * dish: an ordinary word a spelling away from a menu word is a slip of it only where a dish is
 * asked for. A verb of getting before the possessive ("get my burgr"), a preposition ("for my
 * son"), or a request before it in the clause keeps the reading. */
#include "gateway/order/reading_internal.h"

/* Is the word at v a verb that the customer did to their own thing: an English word, not a
 * verb of getting or a word that joins? */
static bool read_own_verb(const struct order_reader *rd, const char *text,
                          const struct order_token *tokens, const struct order_reading *rg,
                          size_t v, size_t e)
{
    static const char *const not_doing[] = {
        "get",  "have", "take", "want", "need", "order", "grab", "add",  "make", "bring",
        "give", "send", "like", "love", "for",  "with",  "to",   "on",   "in",   "from",
        "of",   "at",   "into", "onto", "by",   "and",   "or",   "plus", "but",  "is",
        "was",  "are",  "were", "be",   "been", "about", "as",   "than", "its"};
    const struct order_token *k = &tokens[v];
    return k->kind == ORDER_TOKEN_WORD && rg->n_hits[v] == 0 && rg->roles[v] == ORDER_ROLE_NONE &&
           !rg->mod_zone[v] && order_dictionary_has(rd->dict, text + k->off, k->len) &&
           !order_tok_in(text, tokens, v, e, not_doing, ORDER_WORDS_N(not_doing));
}

void order_read_possessed_slips(const struct order_reader *rd, const char *text,
                                const struct order_token *tokens, struct order_reading *rg)
{
    for (size_t c = 0; c < rg->n_clauses; c++) {
        const struct order_clause *cl = &rg->clauses[c];
        if (cl->question_form)
            continue;
        bool asked = false; /* a request before the word: "can we get our burgrs" */
        for (size_t t = cl->begin; t < cl->end; t++) {
            asked = asked || rg->roles[t] == ORDER_ROLE_OPENER;
            if (t >= (size_t)cl->begin + 2U && !asked && order_token_slip_only(rg, t) &&
                !rg->mod_zone[t] && order_tok_possessive(text, tokens, t - 1U, cl->end) &&
                read_own_verb(rd, text, tokens, rg, t - 2U, cl->end)) {
                rg->n_hits[t] = 0; /* "rode our bikes": theirs, no dish nor one to ask back */
                rg->roles[t] = ORDER_ROLE_FILLER;
            }
        }
    }
}
