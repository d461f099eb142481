/* weather_said.c — the weather or the day told in a sentence of its own beside the dishes
 * (reading.h): "its so hot today", "it is really cold out", "its freezing today", "hot day
 * lol", "its a long week". "its" (or "it is"), a word of degree or none, one word, and a time
 * or "out" closing the part; or a word and a period of time ("hot day", "rough night"),
 * perhaps a laugh after: it says why the customer orders, never how the dish is made. A change
 * is not said so ("make it hot", "its gotta be mild"): without a degree the time must follow,
 * and "too" ("its too spicy") is no degree here, it judges a dish. Read by the attachments
 * (attach_says_nothing.c: no change of the dish) and the classifier (classify_remark_own.c: no
 * remark of an earlier order). */
#include "gateway/order/reading.h"

size_t order_weather_said(const char *text, const struct order_token *tokens, size_t i, size_t e)
{
    static const char *const degrees[] = {"so", "really", "super", "very", "soo", "sooo"};
    static const char *const times[] = {"today", "tonight", "out", "outside", "rn", "here"};
    static const char *const periods[] = {"day",       "night",   "week",    "morning",
                                          "afternoon", "evening", "weekend", "shift"};
    size_t n = i;
    bool it = true;
    if (order_tok_is(text, tokens, n, e, "its"))
        n++;
    else if (order_tok_is(text, tokens, n, e, "it") && order_tok_is(text, tokens, n + 1U, e, "is"))
        n += 2U;
    else
        it = false;
    if (order_tok_is(text, tokens, n, e, "a"))
        n++; /* "its a hot day" */
    bool degree = order_tok_in(text, tokens, n, e, degrees, ORDER_WORDS_N(degrees));
    if (degree)
        n++;
    if (n >= e || tokens[n].kind != ORDER_TOKEN_WORD)
        return 0;
    n++;
    /* "hot day", "its a long week": a time said of, no change */
    bool period = order_tok_in(text, tokens, n, e, periods, ORDER_WORDS_N(periods));
    bool time = period || order_tok_in(text, tokens, n, e, times, ORDER_WORDS_N(times));
    if (time)
        n++;
    while (order_tok_laugh(text, tokens, n, e))
        n++;
    bool closes = n >= e || tokens[n].kind == ORDER_TOKEN_PUNCT;
    return closes && (period || (it && (degree || time))) ? n - i : 0;
}
