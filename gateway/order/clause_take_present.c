/* clause_take_present.c — "I take kale caesar salad", "we take two lemonades": "take" in the
 * present after "I" or "we", as a customer whose English is not their first orders, is a
 * request opener, as "I'll take" is. Only before what a dish starts with (an article, a count
 * or a menu word): "I take it ..." and "I take my coffee black" (a habit) open nothing. */
#include "gateway/order/clause_internal.h"

size_t clause_take_present_opener(const char *text, const struct order_token *tokens,
                                  const struct order_reading *out, size_t p, size_t e)
{
    static const char *const subjects[] = {"i", "we"};
    static const char *const starts[] = {"a", "an", "the", "one", "two", "three", "four"};
    if (!ORDER_CUES_ANY(&out->cues, "take"))
        return 0;
    if (!order_tok_in(text, tokens, p, e, subjects, ORDER_WORDS_N(subjects)) ||
        !order_tok_is(text, tokens, p + 1U, e, "take") || p + 2U >= e ||
        tokens[p + 2U].kind != ORDER_TOKEN_WORD)
        return 0;
    const char *w = text + tokens[p + 2U].off;
    bool digits = *w >= '0' && *w <= '9';
    return digits || out->n_hits[p + 2U] > 0 ||
                   order_tok_in(text, tokens, p + 2U, e, starts, ORDER_WORDS_N(starts))
               ? 2U
               : 0U;
}
