/* clause_asking_about.c — "just asking about the halloumi burger", "i have a question about
 * the fries", "i wanted to ask about the wrap": a clause that says it asks about a dish is a
 * question about it, as "quick question" opens one; read by its form alone it named the dish with
 * no verb of asking, and ordered it. */
#include "gateway/order/clause_internal.h"

bool clause_asking_about(const char *text, const struct order_token *tokens, size_t s, size_t e)
{
    enum { LEAD_WORDS_MAX = 4 }; /* "i have a quick", "i would like to" */
    static const char *const lead[] = {
        "i",   "have",    "got", "a",    "one",    "quick", "small", "just", "im", "am",
        "was", "another", "to",  "want", "wanted", "wanna", "would", "like", "id"};
    static const char *const asking[] = {"asking", "ask", "question", "questions", "curious"};
    static const char *const about[] = {"about", "regarding"};
    size_t p = s;
    while (p < e && p < s + LEAD_WORDS_MAX && CLAUSE_IN(lead, p))
        p++;
    return CLAUSE_IN(asking, p) && CLAUSE_IN(about, p + 1U);
}
