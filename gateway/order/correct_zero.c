/* correct_zero.c — "churros 3, flan 1, tres leches 0", "0 flan, 2 churros" (correct.c): a dish
 * counted zero, the count right before its name or right after it at the end of its piece,
 * is not asked for. A count reads from one up, so the zero was left unread and the dish stood
 * as one of it. */
#include "gateway/order/correct_internal.h"

void correct_zero_counts(const char *text, const struct order_token *tokens, size_t n,
                         struct order_reading *rg)
{
    for (size_t s = 0; s < rg->n_things; s++) {
        struct order_thing *th = &rg->things[s];
        if (!th->is_span || th->reference || th->qty_explicit)
            continue;
        size_t e = th->end;
        /* "#0 flan": a number sign marks a jersey or a line, no count */
        bool before =
            th->begin > 0 && order_tok_is(text, tokens, th->begin - 1U, n, "0") &&
            !(tokens[th->begin - 1U].off > 0 && text[tokens[th->begin - 1U].off - 1U] == '#');
        bool after = order_tok_is(text, tokens, e, n, "0") &&
                     (e + 1U == n || tokens[e + 1U].kind == ORDER_TOKEN_PUNCT);
        if (before || after)
            th->reference = true;
    }
}
