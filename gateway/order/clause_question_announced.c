/* clause_question_announced.c — "real question do u sell energy drinks", "dumb question is
 * the wrap spicy": the noun "question" announces the question that follows it, whatever word
 * comes before it. The words after it are a question of their own, read from its start as
 * one after a comma is. */
#include "gateway/order/clause_internal.h"

bool clause_question_announced(const char *text, const struct order_token *tokens, size_t i,
                               size_t n)
{
    static const char *const announcing[] = {"question", "questions", "q"};
    static const char *const opening[] = {"do",    "does",  "is",   "are",   "can",
                                          "could", "would", "what", "whats", "how",
                                          "which", "where", "when", "who",   "any"};
    return i > 0 && tokens[i - 1U].kind == ORDER_TOKEN_WORD &&
           order_tok_in(text, tokens, i - 1U, n, announcing, ORDER_WORDS_N(announcing)) &&
           order_tok_in(text, tokens, i, n, opening, ORDER_WORDS_N(opening));
}
