/* zone_reason_so.c — what someone does not eat, told as the reason for the dish after "so"
 * (reading_zones.c): "the guest doesnt eat pork, so one grilled veggie taco too", "my son
 * cant eat beef so a chicken burger". The statement explains why the next dish is ordered; it
 * is no change to the dish ordered before it. Token tests and the menu words already found. */
#include "gateway/order/reading_internal.h"

size_t order_read_reason_for_dish(const char *text, const struct order_token *tokens,
                                  const struct order_reading *rg, size_t j, size_t e)
{
    if (!ORDER_CUES_ANY(&rg->cues, "so"))
        return 0;
    enum { FOOD_WORDS_MAX = 3, DISH_WORDS_MAX = 4 }; /* "red meat or pork", "so also one ..." */
    static const char *const removals[] = {"no", "without", "hold", "not", "remove", "skip"};
    for (size_t f = 0; f < FOOD_WORDS_MAX && j < e && tokens[j].kind == ORDER_TOKEN_WORD &&
                       !order_tok_is(text, tokens, j, e, "so");
         f++)
        j++; /* the food not eaten, read as a menu word ("pork") */
    /* ", so a veggie taco", ". So a veggie taco" */
    if (j < e && tokens[j].kind == ORDER_TOKEN_PUNCT &&
        (tokens[j].punct == ',' || tokens[j].punct == '.'))
        j++;
    if (!order_tok_is(text, tokens, j, e, "so"))
        return 0;
    for (size_t p = j + 1U; p < e && p <= j + DISH_WORDS_MAX; p++) {
        if (tokens[p].kind != ORDER_TOKEN_WORD ||
            order_tok_in(text, tokens, p, e, removals, ORDER_WORDS_N(removals)))
            return 0;
        if (rg->n_hits[p] > 0)
            return j;
    }
    return 0;
}
