/* clause_recall.c — "and uh what's the other one, the portobello thing", "... and whats it
 * called the halloumi one": a customer hesitating or going on with a list who asks themself a
 * dish's name and answers at once asks the restaurant nothing; the dish after the recall is
 * asked for. Only with no question mark between the recall and a menu word: "what's the
 * other one?" asks, and so does "whats the other one with halloumi" opening a message. */
#include "gateway/order/clause_internal.h"

bool clause_recall_named(const char *text, const struct order_token *tokens,
                         const struct order_reading *out, size_t b, size_t s, size_t e)
{
    enum { RECALL_WORDS_MAX = 4 };
    static const char *const sounds[] = {"uh", "uhh", "um", "umm", "er", "erm", "hmm"};
    static const char *const what[] = {"whats", "what"};
    /* "what's it called", "what's the other one", "whats the name", "what's that one" */
    static const char *const recalled[] = {"it called", "its called", "the other one",
                                           "the name",  "its name",   "that one",
                                           "the other", "that called"};
    if (!ORDER_CUES_ANY(&out->cues, "whats", "what"))
        return false;
    size_t p = s;
    while (p < e && CLAUSE_IN(sounds, p))
        p++;
    /* hesitating, or going on with a list ("... and | what's it called"): not asking */
    bool searching = b > 0 && order_tok_is(text, tokens, b - 1U, e, "and");
    for (size_t q = b; q < p && !searching; q++)
        searching = CLAUSE_IN(sounds, q);
    if (!searching || !CLAUSE_IN(what, p))
        return false;
    p++;
    if (order_tok_is(text, tokens, p, e, "is"))
        p++;
    size_t k = clause_in_list(text, tokens, p, e, recalled, ORDER_WORDS_N(recalled));
    if (k == 0)
        return false;
    for (size_t q = p + k; q < e && q <= p + k + RECALL_WORDS_MAX; q++) {
        if (tokens[q].kind == ORDER_TOKEN_PUNCT && tokens[q].punct == '?')
            return false;
        if (tokens[q].kind == ORDER_TOKEN_WORD && out->n_hits[q] > 0)
            return true;
    }
    return false;
}
