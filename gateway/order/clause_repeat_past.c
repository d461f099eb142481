/* clause_repeat_past.c — "repeat my last order", "can you redo my usual", "please reorder the
 * same as last time": a verb of doing an order again before an order outside the message
 * (past.c) asks for it, as "I'll have my usual" does; a person confirms which dishes it holds.
 * Without the reference ("can you repeat that?") the verb asks to be told again. "can you
 * remake it?" after a dish named (one missing from the bag) asks for that dish anew. */
#include "gateway/order/clause_internal.h"

size_t clause_repeat_past_opener(const char *text, const struct order_token *tokens, size_t p,
                                 size_t e, const struct order_reading *out)
{
    static const char *const repeating[] = {"repeat", "redo",       "reorder",   "replicate",
                                            "remake", "reordering", "repeating", "reordered"};
    if (!ORDER_CUES_ANY(&out->cues, "repeat", "redo", "reorder", "replicate", "remake",
                        "reordering", "repeating"))
        return 0;
    size_t q = clause_you_asked_end(text, tokens, p, e);
    if (!CLAUSE_IN(repeating, q))
        return 0;
    /* "can you remake it?", "redo them please": a dish made again, named before */
    static const char *const again_made[] = {"remake", "redo"};
    static const char *const pointing[] = {"it", "them", "one"};
    if (CLAUSE_IN(again_made, q) && CLAUSE_IN(pointing, q + 1U))
        return q + 1U - p;
    return order_read_past_reference(text, tokens, q + 1U, e, out) > 0 ? q + 1U - p : 0;
}
