/* attach_possessed_part.c — one of a dish's count named by whose it is (attach_part_split.c):
 * "both want the chickpea salad, his with no olives", "two falafel wraps, mine with no
 * onions". A possessive standing alone for a noun is one person's dish, a part of the count
 * as "one" is, and the changes after it are that part's alone. */
#include "gateway/order/attach_internal.h"

size_t attach_possessed_one(const char *text, const struct order_token *t, size_t a, size_t limit)
{
    /* the possessives that stand alone for a noun; "her" and "their" go before one */
    static const char *const alone[] = {"his", "hers", "mine", "yours", "theirs"};
    return order_tok_in(text, t, a, limit, alone, ORDER_WORDS_N(alone)) ? 1U : 0U;
}
