/* clause_so_too.c — "so is my appetite", "and so am I", "neither do we": "so", "neither" or
 * "nor", an auxiliary and its subject, inverted, say that the same holds of another; the
 * order of the words is a question's ("is my appetite ..."), but the clause ends at the
 * subject with no '?', so nothing is asked. Read as a question, the remark before an order
 * ("i'm starving and so is my brother. a falafel wrap") added an inquiry no one made. */
#include "gateway/order/clause_internal.h"

#include <string.h>

bool clause_so_too(const char *text, const struct order_token *tokens,
                   const struct order_reading *out, size_t b, size_t s, size_t e)
{
    enum { SUBJECT_WORDS_MAX = 3 }; /* "my appetite", "the whole table" */
    static const char *const leads[] = {"so", "neither", "nor"};
    static const char *const aux[] = {"is",   "am",  "are",  "was", "were", "do",
                                      "does", "did", "have", "has", "will", "can"};
    /* a person or what is theirs: "so is it vegan", "so is the wrap spicy" ask of a dish */
    static const char *const subjects[] = {"i",   "we",  "he",    "she",  "they", "you", "my",
                                           "our", "his", "their", "your", "her",  "the"};
    if (!ORDER_CUES_ANY(&out->cues, "so", "neither", "nor"))
        return false;
    if (s <= b || !clause_in_list(text, tokens, s - 1U, e, leads, ORDER_WORDS_N(leads)) ||
        !CLAUSE_IN(aux, s) || !CLAUSE_IN(subjects, s + 1U))
        return false;
    size_t p = s + 1U;
    while (p < e && p < s + 1U + SUBJECT_WORDS_MAX && tokens[p].kind == ORDER_TOKEN_WORD) {
        if (out->n_hits[p] > 0)
            return false; /* a word of the menu: "so is the wrap ..." asks of it */
        p++;
    }
    if (p == s + 1U)
        return false;
    for (size_t i = s; i < e; i++)
        if (tokens[i].kind == ORDER_TOKEN_PUNCT && tokens[i].punct == '?')
            return false;
    return p == e || (tokens[p].kind == ORDER_TOKEN_PUNCT && strchr(",.!", tokens[p].punct));
}
