/* classify_possible_asked.c — "is it possible to get three al pastor tacos ...?": asking
 * whether a counted number of dishes can be had asks for them (classify_doubt.c, reading.h
 * pass 7). The count says how many the customer wants, so the words are a request said
 * politely, sure as "can i get" is; without a count ("is it possible to get a bowl without
 * rice?") the question asks what the kitchen can do, and is read as before. */
#include "gateway/order/classify_internal.h"

bool classify_asks_possible_at(const struct order_class_input *in, size_t at, size_t end)
{
    enum { ASKING_WORDS_MAX = 5 };
    static const char *const asking[][ASKING_WORDS_MAX] = {{"is", "it", "possible", "to"},
                                                           {"would", "it", "be", "possible", "to"},
                                                           {"is", "there", "any", "way", "to"},
                                                           {"is", "there", "a", "way", "to"}};
    static const char *const getting[] = {"get", "have", "order", "grab"};
    for (size_t a = 0; a < ORDER_WORDS_N(asking); a++) {
        size_t k = 0;
        while (k < ASKING_WORDS_MAX && asking[a][k] &&
               order_tok_is(in->text, in->tokens, at + k, end, asking[a][k]))
            k++;
        if ((k == ASKING_WORDS_MAX || !asking[a][k]) &&
            order_tok_in(in->text, in->tokens, at + k, end, getting, ORDER_WORDS_N(getting)))
            return true;
    }
    return false;
}
