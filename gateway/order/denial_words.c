/* denial_words.c — the words that deny a verb of the customer's right after them: "never had
 * it", "havent tried them" (the dish never had, attach_never_had.c and classify_never_had.c,
 * and the tasting that is no deed of the dish, classify_dish_told.c), and "cant wait" (the
 * eagerness, attach_eager.c and classify_eager_wait.c). One list each, read by the attaching
 * and the classifying alike. */
#include "gateway/order/reading.h"

bool order_never_word_at(const char *text, const struct order_token *tokens, size_t i, size_t e)
{
    static const char *const denials[] = {"never", "havent", "hasnt", "nvr", "not", "hadnt"};
    return order_tok_in(text, tokens, i, e, denials, ORDER_WORDS_N(denials));
}

bool order_cant_word_at(const char *text, const struct order_token *tokens, size_t i, size_t e)
{
    static const char *const denied[] = {"cant", "cannot", "cnt"};
    return order_tok_in(text, tokens, i, e, denied, ORDER_WORDS_N(denied));
}

bool order_eager_to_at(const char *text, const struct order_token *tokens, size_t i, size_t e)
{
    static const char *const tasting[] = {"try", "taste", "eat",   "drink",  "sip",
                                          "dig", "have",  "enjoy", "devour", "sample"};
    return order_tok_is(text, tokens, i, e, "to") &&
           order_tok_in(text, tokens, i + 1U, e, tasting, ORDER_WORDS_N(tasting));
}
