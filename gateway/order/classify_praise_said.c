/* classify_praise_said.c — praise of the place or the staff in a part of its own beside the
 * dishes (classify_remark_own.c): "i love you guys, a flan please", "we love this place, 2
 * tacos", "a burrito, best burrito in town", "2 tacos, best in the city". The customer's
 * love of the staff or the place ("love you guys", "love this place", "love it here"), or
 * "best" and a word or two closing on where or when ("in town", "ever", "around"): the words
 * of praise ("best") and the dish praised are no matter of the message, the dishes beside it
 * are asked for. "best" is read by praise_best.c, which also takes the dish praised there
 * ("best burrito in town") out of the order. */
#include "gateway/order/classify_internal.h"

#define PRAISE_IN(list, at)                                                                        \
    order_tok_in(in->text, in->tokens, (at), cl->end, list, ORDER_WORDS_N(list))

/* Does the part close at token n, perhaps after a laugh or "so much"? Returns where, or 0. */
static size_t praise_closes(const struct order_class_input *in, const struct order_clause *cl,
                            size_t n)
{
    static const char *const closers[] = {"so",  "much", "lol",    "haha",
                                          "all", "guys", "always", "xx"};
    while (PRAISE_IN(closers, n))
        n++;
    return n >= cl->end || in->tokens[n].kind == ORDER_TOKEN_PUNCT ? n : 0;
}

/* "love you guys", "we really love this place", "love it here" at token i: the length, or 0. */
static size_t praise_loved(const struct order_class_input *in, const struct order_clause *cl,
                           size_t i)
{
    static const char *const selves[] = {"i", "we", "really", "just", "so", "all"};
    static const char *const staff[] = {"you", "u", "ya", "yall", "yous"};
    static const char *const places[] = {"place", "spot", "restaurant", "joint", "truck"};
    const char *text = in->text;
    const struct order_token *t = in->tokens;
    size_t n = i;
    while (PRAISE_IN(selves, n))
        n++;
    if (!order_tok_is(text, t, n, cl->end, "love"))
        return 0;
    n++;
    if (PRAISE_IN(staff, n))
        n++;
    else if (order_tok_is(text, t, n, cl->end, "this") && PRAISE_IN(places, n + 1U))
        n += 2U;
    else if (order_tok_is(text, t, n, cl->end, "it") &&
             order_tok_is(text, t, n + 1U, cl->end, "here"))
        n += 2U;
    else
        return 0;
    size_t e = praise_closes(in, cl, n);
    return e > 0 ? e - i : 0;
}

size_t classify_praise_said(const struct order_class_input *in, const struct order_clause *cl,
                            size_t i)
{
    size_t n = praise_loved(in, cl, i);
    return n > 0 ? n : order_praise_best(in->text, in->tokens, i, cl->end);
}
