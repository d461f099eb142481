/* classify_eaten_asked.c — a question about "anything" or "something" that someone would eat
 * or drink ("do you have anything a toddler would eat?", "got something my kid can drink?")
 * (classify_facts.c, reading.h pass 7). With no word of the menu or of food, "do you have
 * anything" may ask about a high chair; a verb of eating or drinking after the pronoun says
 * the thing asked for is food: a question about the menu. */
#include "gateway/order/classify_internal.h"

bool classify_eaten_asked(const struct order_class_input *in, size_t b, size_t e)
{
    enum { EATEN_WORDS_MAX = 8 }; /* "anything a 4 year old would eat" */
    static const char *const pronouns[] = {"anything", "something", "smth", "sth"};
    static const char *const eating[] = {"eat", "eats", "drink", "drinks", "snack", "munch"};
    for (size_t i = b; i < e; i++) {
        if (!order_tok_in(in->text, in->tokens, i, e, pronouns, ORDER_WORDS_N(pronouns)))
            continue;
        for (size_t p = i + 1U; p < e && p <= i + EATEN_WORDS_MAX; p++) {
            if (in->tokens[p].kind == ORDER_TOKEN_PUNCT)
                break;
            if (order_tok_in(in->text, in->tokens, p, e, eating, ORDER_WORDS_N(eating)))
                return true;
        }
    }
    return false;
}
