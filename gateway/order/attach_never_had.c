/* attach_never_had.c — the customer saying, right after a dish, that they never had it ("flan
 * never had it", "2 elote never tried them before", "a tres leches cake havent tried it")
 * (attach_says_nothing.c). Why the dish is asked for, no change of it: the words were kept
 * as its change. The part is the customer or no one, a denial, a verb of having or tasting,
 * then only words pointing back at the dish and when. */
#include "gateway/order/attach_internal.h"

bool attach_never_had(const struct attach_state *st, size_t a, size_t b)
{
    if (!ORDER_CUES_ANY(&st->cues, "had", "tried", "tasted", "ate", "eaten"))
        return false;
    static const char *const selves[] = {"i", "ive", "we", "weve", "just"};
    static const char *const tasted[] = {"had", "tried", "tasted", "ate", "eaten"};
    static const char *const after[] = {"it", "them", "that", "those",  "these", "one", "ones",
                                        "b4", "yet",  "ever", "before", "here",  "em",  "lol"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t i = a;
    while (i < b && order_tok_in(text, t, i, b, selves, ORDER_WORDS_N(selves)))
        i++;
    if (!order_never_word_at(text, t, i, b))
        return false;
    i++;
    if (order_tok_is(text, t, i, b, "even"))
        i++; /* "never even tried" */
    if (!order_tok_in(text, t, i, b, tasted, ORDER_WORDS_N(tasted)))
        return false;
    for (i++; i < b; i++)
        if (t[i].kind == ORDER_TOKEN_WORD &&
            !order_tok_in(text, t, i, b, after, ORDER_WORDS_N(after)))
            return false;
    return true;
}
