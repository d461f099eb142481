/* correct_named_count.c — a count corrected with the dish named before the number (reading.h):
 * "24 carne asada tacos, wait no make the asada 18". The words after "make the" point at a
 * dish asked for before by a word of its name; the number after them, ending the phrase, is
 * that dish's count, not a change of it. */
#include "gateway/order/reading.h"

size_t order_read_count_after_words(const struct order_reader *rd, const char *text,
                                    const struct order_token *tokens, size_t n,
                                    const struct order_reading *rg, size_t d, int32_t *count,
                                    size_t *count_at)
{
    enum { NAMED_WORDS_MAX = 3 }; /* "make the carne asada 18" */
    size_t e = d;
    while (e < n && e < d + NAMED_WORDS_MAX && tokens[e].kind == ORDER_TOKEN_WORD &&
           rg->n_hits[e] > 0)
        e++;
    if (e == d || order_tok_is(text, tokens, e, n, "a") || order_tok_is(text, tokens, e, n, "an"))
        return 0; /* "make the bowl a burrito" swaps the dish */
    int32_t v;
    size_t q = order_read_number(rd->u, text, tokens, e, n, &v);
    size_t after = e + q;
    /* the count ends the phrase: "18 and add ...", "18."; "make the asada 2 burritos" names
     * the dish again */
    if (q == 0 || v <= 0 ||
        !(after == n || tokens[after].kind == ORDER_TOKEN_PUNCT ||
          order_tok_is(text, tokens, after, n, "and")))
        return 0;
    *count = v;
    *count_at = e;
    return after;
}
