/* reading_possessed_slip.c — a word the menu reads only as a misspelling, owned by the
 * speaker after a verb of theirs, in a clause that asks for nothing (reading.h pass 3, before
 * the spans): "5 of us just rode our bikes", "we locked our bikes". "bikes" is one letter from
 * the menu's "bites", but what "we rode our ..." is said of is the customer's own thing, no
 * dish: an ordinary word a spelling away from a menu word is a slip of it only where a dish is
 * asked for. A verb of getting before the possessive ("get my burgr"), a preposition ("for my
 * son"), or a request before it in the clause keeps the reading. So does what a subject has,
 * counted ("we have 2 bikes outside"), when the word's one changed letter is far from the menu
 * word's on the keyboard and in sound (typo_keys.c). */
#include "gateway/order/reading_internal.h"
#include "gateway/order/typo_keys.h"

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

/* "we have 2 bikes outside": a subject, a verb of having and a count before t tell what the
 * customer has with them. Read only as a misspelt menu word whose one changed letter is far
 * from the menu's on the keyboard and in sound ("k" for "t": "bikes", "bites"), the word is
 * their own thing, no dish; a slip of the hand ("we have 2 bitez") keeps the reading. */
static bool read_had_counted_slip(const struct order_reader *rd, const char *text,
                                  const struct order_token *tokens, const struct order_reading *rg,
                                  const struct order_clause *cl, size_t t)
{
    static const char *const subjects[] = {"we", "i", "they", "he", "she"};
    static const char *const having[] = {"have", "has", "got"};
    if (!ORDER_CUES_ANY(&rg->cues, "have", "has", "got"))
        return false;
    int32_t v;
    if (t < (size_t)cl->begin + 3U || rg->n_hits[t] != 1 || rg->hits[t][0].n_words != 1 ||
        order_read_number(rd->u, text, tokens, t - 1U, t, &v) != 1 ||
        !order_tok_in(text, tokens, t - 2U, cl->end, having, ORDER_WORDS_N(having)) ||
        !order_tok_in(text, tokens, t - 3U, cl->end, subjects, ORDER_WORDS_N(subjects)))
        return false;
    const struct order_lex_word *w = &rd->lex->words[rg->hits[t][0].words[0]];
    const struct order_token *k = &tokens[t];
    return w->len == k->len && order_typo_far_letter(text + k->off, w->text, k->len);
}

void order_read_possessed_slips(const struct order_reader *rd, const char *text,
                                const struct order_token *tokens, struct order_reading *rg)
{
    /* a possessive before the word (order_tok_possessive), or a verb of having before its
     * count (read_had_counted_slip) */
    if (!ORDER_CUES_ANY(&rg->cues, "my", "our", "his", "her", "their", "have", "has", "got"))
        return;
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
            } else if (order_token_slip_only(rg, t) && !rg->mod_zone[t] &&
                       read_had_counted_slip(rd, text, tokens, rg, cl, t)) {
                rg->n_hits[t] = 0; /* "we have 2 bikes outside" */
                rg->roles[t] = ORDER_ROLE_FILLER;
            }
        }
    }
}
