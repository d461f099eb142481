/* attach_verdict_on_it.c — a verdict on the dish named before it (attach_unknown.c): "a flan,
 * it was cold last time", "a flan, last time it was cold", "the fries, they were soggy". A pronoun
 * pointing back at the dish and a copula or a verb of taste ("it was", "theyre", "it tastes") say
 * what the dish is or was; a word of a menu's names among what follows ("cold" of "cold brew")
 * names no dish of its own, so nothing is asked back. Whether the clause orders the dish is the
 * classifier's (classify_verdict_after.c). */
#include "gateway/order/attach_internal.h"

bool attach_verdict_on_it(struct attach_state *st, size_t i, size_t b)
{
    if (!ORDER_CUES_ANY(&st->cues, "its", "thats", "theyre", "it", "they", "those", "these", "that",
                        "this"))
        return false;
    enum { AFTER_WORDS_MAX = 6 };
    static const char *const subjects[] = {"it", "they", "those", "these", "that", "this"};
    static const char *const verbs[] = {"is",    "are",    "was",    "were",  "s",
                                        "taste", "tastes", "tasted", "looks", "looked"};
    static const char *const joined[] = {"its", "thats", "theyre"};
    static const char *const last[] = {"last", "previous"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t p = i;
    /* "a flan, last time it was cold": a time before this order may open the verdict */
    if (attach_in(text, t, p, b, last, ORDER_WORDS_N(last)) &&
        order_tok_is(text, t, p + 1U, b, "time"))
        p += 2U;
    else if (order_tok_is(text, t, p, b, "yesterday"))
        p++;
    if (attach_in(text, t, p, b, joined, ORDER_WORDS_N(joined)))
        p++;
    else if (attach_in(text, t, p, b, subjects, ORDER_WORDS_N(subjects)) &&
             attach_in(text, t, p + 1U, b, verbs, ORDER_WORDS_N(verbs)))
        p += 2U;
    else
        return false;
    if (p >= b || b - p > AFTER_WORDS_MAX || !attach_last_span(st, i))
        return false;
    for (size_t q = p; q < b; q++)
        if (t[q].kind != ORDER_TOKEN_WORD || attach_food_token(st, q))
            return false;
    return true;
}
