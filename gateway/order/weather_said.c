/* weather_said.c — the weather told in a sentence of its own beside the dishes (reading.h):
 * "its so hot today", "it is really cold out", "its freezing today". "its" (or "it is"), a word
 * of degree or none, one word, and a time or "out" closing the part: it says why the customer
 * orders, never how the dish is made. A change is not said so ("make it hot", "its gotta be
 * mild"): without a degree the time must follow, and "too" ("its too spicy") is no degree here,
 * it judges a dish. Read by the attachments (attach_says_nothing.c: no change of the dish) and
 * the classifier (classify_remark_own.c: no remark of an earlier order). */
#include "gateway/order/reading.h"

size_t order_weather_said(const char *text, const struct order_token *tokens, size_t i, size_t e)
{
    static const char *const degrees[] = {"so", "really", "super", "very", "soo", "sooo"};
    static const char *const times[] = {"today", "tonight", "out", "outside", "rn", "here"};
    size_t n = i;
    if (order_tok_is(text, tokens, n, e, "its"))
        n++;
    else if (order_tok_is(text, tokens, n, e, "it") && order_tok_is(text, tokens, n + 1U, e, "is"))
        n += 2U;
    else
        return 0;
    bool degree = order_tok_in(text, tokens, n, e, degrees, ORDER_WORDS_N(degrees));
    if (degree)
        n++;
    if (n >= e || tokens[n].kind != ORDER_TOKEN_WORD)
        return 0;
    n++;
    bool time = order_tok_in(text, tokens, n, e, times, ORDER_WORDS_N(times));
    if (time)
        n++;
    return (degree || time) && (n >= e || tokens[n].kind == ORDER_TOKEN_PUNCT) ? n - i : 0;
}
