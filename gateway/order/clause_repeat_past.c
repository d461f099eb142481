/* clause_repeat_past.c — "repeat my last order", "can you redo my usual", "please reorder the
 * same as last time": a verb of doing an order again before an order outside the message
 * (past.c) asks for it, as "I'll have my usual" does; a person confirms which dishes it holds.
 * Without the reference ("can you repeat that?") the verb asks to be told again. */
#include "gateway/order/clause_internal.h"

size_t clause_repeat_past_opener(const char *text, const struct order_token *tokens, size_t p,
                                 size_t e, const struct order_reading *out)
{
    static const char *const modals[] = {"can", "could", "would", "will"};
    static const char *const addressed[] = {"you", "u"};
    static const char *const manner[] = {"please", "pls", "plz", "just", "also"};
    static const char *const repeating[] = {"repeat", "redo", "reorder", "replicate"};
    if (!ORDER_CUES_ANY(&out->cues, "repeat", "redo", "reorder", "replicate"))
        return 0;
    size_t q = p;
    if (CLAUSE_IN(modals, q) && CLAUSE_IN(addressed, q + 1U))
        q += 2U;
    for (size_t m = 0; m < 2U && CLAUSE_IN(manner, q); m++)
        q++;
    if (!CLAUSE_IN(repeating, q) || order_read_past_reference(text, tokens, q + 1U, e, out) == 0)
        return 0;
    return q + 1U - p;
}
