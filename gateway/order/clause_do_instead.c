/* clause_do_instead.c — "do" that swaps in a dish: "do truffle fries instead", "scratch
 * that, do two lemonades instead". A clause opened by "do" asks a question only when a
 * subject follows it and the question goes on to its verb ("do the fries come with dip");
 * one that ends on "instead", with no '?', names what replaces the dish before it. */
#include "gateway/order/clause_internal.h"

bool clause_do_instead(const char *text, const struct order_token *tokens, size_t p, size_t e)
{
    enum { SWAPPED_WORDS_MAX = 5 };
    /* a person after "do" is the question's subject: "do you have oat milk instead" */
    static const char *const persons[] = {"you", "u", "ya", "yall", "they", "we", "i"};
    size_t last = e;
    while (last > p && tokens[last - 1].kind == ORDER_TOKEN_PUNCT) {
        if (tokens[last - 1].punct == '?')
            return false;
        last--;
    }
    if (last <= p + 1 || last - p > SWAPPED_WORDS_MAX + 1 ||
        !order_tok_is(text, tokens, last - 1, e, "instead") || CLAUSE_IN(persons, p))
        return false;
    for (size_t i = p; i + 1 < last; i++)
        if (tokens[i].kind == ORDER_TOKEN_PUNCT)
            return false;
    return true;
}
