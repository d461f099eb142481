/* vague_as_many.c — "as many as" with no number after it, set off after the dish it counts
 * (reading.h, read by vague_count_after.c): "fish tacos, as many as you can fit in a box",
 * "tacos — as many as there are guests". The comparison names no number: how many is open,
 * asked back, never a silent one. Its words up to the next separator are the count's, no
 * change of the dish. "as many as 4" is a count and is left to the count readers. */
#include "gateway/order/reading.h"

size_t order_read_as_many(const struct order_reader *rd, const char *text,
                          const struct order_token *tokens, size_t p, size_t e)
{
    static const char *const amounts[] = {"many", "much"};
    if (!order_tok_is(text, tokens, p, e, "as") ||
        !order_tok_in(text, tokens, p + 1U, e, amounts, 2) ||
        !order_tok_is(text, tokens, p + 2U, e, "as"))
        return 0;
    int32_t v = 0;
    if (order_read_number(rd->u, text, tokens, p + 3U, e, &v) > 0)
        return 0; /* "as many as 4": a count */
    size_t q = p + 3U;
    while (q < e && tokens[q].kind == ORDER_TOKEN_WORD)
        q++;
    return q - p;
}
