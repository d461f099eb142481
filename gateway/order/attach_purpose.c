/* attach_purpose.c — what a dish is ordered for, said after it: "one flan to try", "2 tacos
 * to find out", "a churro to taste". An infinitive of trying, tasting or finding out says
 * why the customer orders, not how the dish is made; read as a change it was passed to the
 * kitchen, as "to share" and "to go" are not. */
#include "gateway/order/attach_internal.h"

bool attach_purpose_piece(const struct attach_state *st, size_t a, size_t b)
{
    static const char *const trying[] = {"try", "taste",   "sample", "test",  "find",
                                         "see", "compare", "check",  "judge", "decide"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    if (b < a + 2U || !order_tok_is(text, t, a, b, "to") ||
        !order_tok_in(text, t, a + 1U, b, trying, ORDER_WORDS_N(trying)))
        return false;
    for (size_t p = a + 2U; p < b; p++)
        if (st->rg->roles[p] == ORDER_ROLE_ITEM)
            return false; /* "to try with the flan": a dish follows */
    return true;
}
