/* attach_eager.c — "cant wait" right after a dish ("a horchata cant wait!", "2 churros cant
 * wait to try them") (attach_says_nothing.c): how much the customer looks forward to it, no
 * change of the dish; the words were kept as its change. The customer or no one, "cant" or
 * "cannot", "wait", then nothing but laughter or "to" and a verb of tasting
 * or eating ("cant wait to add extra pickles" asks a change). */
#include "gateway/order/attach_internal.h"

static const char *const selves[] = {"i", "we", "just", "honestly", "literally"};

size_t attach_eager_lead(const struct attach_state *st, size_t a, size_t b)
{
    if (!ORDER_CUES_ANY(&st->cues, "wait"))
        return 0;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t i = a;
    while (i < b && order_tok_in(text, t, i, b, selves, ORDER_WORDS_N(selves)))
        i++;
    if (!order_cant_word_at(text, t, i, b) || !order_tok_is(text, t, i + 1U, b, "wait") ||
        !order_tok_is(text, t, i + 2U, b, "to") || i + 4U > b)
        return 0;
    return i + 3U - a; /* "cant wait to add extra pickles": the change opens on "add" */
}

bool attach_eager_wait(const struct attach_state *st, size_t a, size_t b)
{
    if (!ORDER_CUES_ANY(&st->cues, "wait"))
        return false;
    static const char *const laughs[] = {"lol", "haha", "lmao", "omg"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t i = a;
    while (i < b && order_tok_in(text, t, i, b, selves, ORDER_WORDS_N(selves)))
        i++;
    if (!order_cant_word_at(text, t, i, b) || !order_tok_is(text, t, i + 1U, b, "wait"))
        return false;
    i += 2U;
    if (order_eager_to_at(text, t, i, b))
        return true; /* "cant wait to try them" */
    for (; i < b; i++)
        if (t[i].kind == ORDER_TOKEN_WORD &&
            !order_tok_in(text, t, i, b, laughs, ORDER_WORDS_N(laughs)))
            return false;
    return true;
}
