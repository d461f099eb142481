/* attach_liking.c — "taquitos for my son, he likes the salsa on the side", "i prefer it
 * spicy" (attach_modifiers.c): a subject and a verb of liking opening a change say whose
 * taste the change is, not how the dish comes; the change is what follows them. */
#include "gateway/order/attach_internal.h"

size_t attach_liking_lead(const char *text, const struct order_token *t, size_t a, size_t b)
{
    static const char *const subjects[] = {"i", "he", "she", "they", "we", "u", "you"};
    static const char *const liking[] = {"like", "likes", "prefer", "prefers", "love", "loves"};
    static const char *const pointing[] = {"it", "them", "em"};
    if (b < a + 3U || !order_tok_in(text, t, a, b, subjects, ORDER_WORDS_N(subjects)) ||
        !order_tok_in(text, t, a + 1U, b, liking, ORDER_WORDS_N(liking)))
        return 0;
    /* "she likes it spicy": the pronoun is the dish the change is of */
    return order_tok_in(text, t, a + 2U, b, pointing, ORDER_WORDS_N(pointing)) && b > a + 3U ? 3U
                                                                                             : 2U;
}
