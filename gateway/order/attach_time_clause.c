/* attach_time_clause.c — "a dozen tacos before we go on", "2 bowls when i get there", "the
 * flan once we land": a conjunction of time and a subject after a dish open a clause that
 * says when the dish is wanted, not how it is made (attach_says_nothing.c). */
#include "gateway/order/attach_internal.h"

bool attach_time_clause(const char *text, const struct order_token *t, size_t a, size_t b)
{
    static const char *const when[] = {"before", "after", "until", "till", "once",
                                       "when",   "while", "b4",    "til"};
    /* "before my set starts": a possessive heads the subject too */
    static const char *const subjects[] = {"i",  "we",   "you", "u",   "he",  "she", "they",
                                           "im", "were", "my",  "our", "his", "her", "their"};
    return b >= a + 3U && order_tok_in(text, t, a, b, when, ORDER_WORDS_N(when)) &&
           order_tok_in(text, t, a + 1U, b, subjects, ORDER_WORDS_N(subjects));
}
