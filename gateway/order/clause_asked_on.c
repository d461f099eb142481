/* clause_asked_on.c — a question the customer has passed on to the kitchen: "..., and pls
 * ask whether the flan has gluten", "and could you check if the salsa is mild". A verb of
 * asking or checking before "if" / "whether" puts a question without a question mark; after
 * a comma or a join it is a clause of its own. Joined to the order before it, the dish it
 * asks about read as one more dish ordered, and the question as a change of it. */
#include "gateway/order/clause_internal.h"

bool clause_asks_on_at(const char *text, const struct order_token *tokens, size_t i, size_t e)
{
    enum { FRAME_WORDS_MAX = 3 };
    /* "please", "can you", "could u also": the bidding around the verb */
    static const char *const frame[] = {"please", "pls", "plz", "can",  "could",
                                        "would",  "you", "u",   "also", "just"};
    static const char *const asking[] = {"ask", "check"};
    static const char *const whether[] = {"if", "whether"};
    size_t p = i;
    while (p < i + FRAME_WORDS_MAX && CLAUSE_IN(frame, p))
        p++;
    if (!CLAUSE_IN(asking, p))
        return false;
    return CLAUSE_IN(whether, p + 1U);
}
