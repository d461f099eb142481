/* classify_told_copula.c — "sorry if this is the wrong chat", "it is the best burger": a
 * copula after its subject tells, it asks nothing (classify_clause.c, reading.h pass 7). The
 * cues "is the" / "are the" ask where the copula opens a question ("is the wrap vegan");
 * said after "this", "it" or another subject in a clause with no question form they were
 * read as a question about the menu. The copula is masked from the clause's cues. */
#include "gateway/order/classify_internal.h"

bool classify_told_copula(const struct order_class_input *in, const struct order_clause *cl,
                          uint8_t *roles)
{
    static const char *const subjects[] = {"this", "that", "it",   "here", "there",
                                           "he",   "she",  "they", "we"};
    static const char *const copulas[] = {"is", "are", "was", "were"};
    bool masked = false;
    for (size_t i = cl->begin + 1U; i < cl->end; i++)
        if (order_tok_in(in->text, in->tokens, i, cl->end, copulas, ORDER_WORDS_N(copulas)) &&
            order_tok_in(in->text, in->tokens, i - 1U, cl->end, subjects,
                         ORDER_WORDS_N(subjects))) {
            roles[i] = ORDER_ROLE_FILLER;
            masked = true;
        }
    return masked;
}
