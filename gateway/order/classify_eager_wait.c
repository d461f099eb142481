/* classify_eager_wait.c — "cant wait" said in eagerness ("a horchata cant wait", "2 tacos,
 * cannot wait to try them"): the cue "wait" raises how long the food takes, but denied by
 * "cant" with nothing waited for after it (no time, no "that long") it tells how much the
 * customer looks forward to the dishes (order_cue_taken_back). */
#include "gateway/order/classify_internal.h"

bool classify_eager_wait(const char *text, const struct order_token *tokens, size_t b, size_t i,
                         size_t e)
{
    static const char *const after[] = {"to", "lol", "haha", "lmao", "omg"};
    if (i <= b || !order_tok_is(text, tokens, i, e, "wait") ||
        !order_cant_word_at(text, tokens, i - 1U, e))
        return false;
    return i + 1U == e || tokens[i + 1U].kind == ORDER_TOKEN_PUNCT ||
           order_tok_in(text, tokens, i + 1U, e, after, ORDER_WORDS_N(after));
}
