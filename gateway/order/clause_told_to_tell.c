/* clause_told_to_tell.c — a question put as a bidding to tell (clause.c, reading.h pass 3):
 * "tell me what the wrap is like", "and tell me if the cake has nuts". The imperative asks for
 * an answer, not a dish: what follows the question word or "if" is the matter asked about, in
 * a statement's word order. At a clause's start, or after a join ("and", "also"), it opens a
 * question clause of its own, so a dish named in it is asked about, not ordered, and a dish
 * asked for before it keeps its own count. "let me know if" is left alone: it closes many an
 * order ("let me know if there's a problem") and asks nothing of the menu. */
#include "gateway/order/clause_internal.h"

size_t clause_told_to_tell_at(const char *text, const struct order_token *tokens, size_t i,
                              size_t e)
{
    static const char *const whom[] = {"me", "us"};
    /* not "when" nor "where": when and where to fetch the order are another matter */
    static const char *const asking[] = {"if", "whether", "what", "whats", "which", "how"};
    if (!order_tok_is(text, tokens, i, e, "tell") || !CLAUSE_IN(whom, i + 1U))
        return 0;
    return CLAUSE_IN(asking, i + 2U) ? 2U : 0;
}

bool clause_told_to_tell_after(const char *text, const struct order_token *tokens, size_t i,
                               size_t e)
{
    /* "... and tell me if": not "can you tell me if", a question from its start */
    static const char *const joins[] = {"and", "n", "also", "plus", "but", "then", "so"};
    return CLAUSE_IN(joins, i) && clause_told_to_tell_at(text, tokens, i + 1U, e) > 0;
}
