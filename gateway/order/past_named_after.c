/* past_named_after.c — an order outside the message named right after it in a relative
 * clause: "my usual which is the cheeseburger", "our regular that's a falafel wrap". The
 * clause says what the usual is: the dish named is the order, nothing is left to ask back. */
#include "gateway/order/reading.h"

/* Where the relative clause "which is" / "that is" / "thats" (an article after it) that ends
 * leftover [b, e) starts; e when the leftover ends otherwise. */
static size_t past_relative_start(const char *text, const struct order_token *tokens, size_t b,
                                  size_t e)
{
    static const char *const articles[] = {"the", "a", "an"};
    static const char *const relatives[] = {"which", "that"};
    size_t p = e;
    if (p > b && order_tok_in(text, tokens, p - 1U, e, articles, ORDER_WORDS_N(articles)))
        p--;
    if (p > b && order_tok_is(text, tokens, p - 1U, e, "thats"))
        return p - 1U;
    if (p >= b + 2U && order_tok_is(text, tokens, p - 1U, e, "is") &&
        order_tok_in(text, tokens, p - 2U, e, relatives, ORDER_WORDS_N(relatives)))
        return p - 2U;
    return e;
}

void order_read_past_named_after(const char *text, const struct order_token *tokens,
                                 struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "thats", "is") ||
        !ORDER_CUES_ANY(&rg->cues, "thats", "which", "that"))
        return;
    for (size_t k = 0; k + 1U < rg->n_things; k++) {
        const struct order_thing *past = &rg->things[k], *next = &rg->things[k + 1U];
        if (past->is_span || !next->is_span || next->item < 0 || next->begin != past->end)
            continue;
        size_t rel = past_relative_start(text, tokens, past->begin, past->end);
        if (rel == past->end)
            continue;
        /* the words before the relative clause end in a reference to an order outside it */
        bool named = false;
        for (size_t p = past->begin; p < rel && p <= past->begin + 2U && !named; p++)
            named = order_read_past_reference(text, tokens, p, rel, rg) == rel - p;
        if (!named)
            continue;
        order_reading_leftover_to_filler(rg, k);
        k--;
    }
}
