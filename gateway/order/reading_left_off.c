/* reading_left_off.c — a part asked to be left off, the part between the verb and its
 * particle (reading.h pass 3): "leave the onions off", "keep the cheese out", "leave it off
 * the al pastor". The words are one removal zone, as "leave off the onions" is. */
#include <string.h>

#include "gateway/order/reading_internal.h"

size_t read_zone_left_off(const struct order_reader *rd, const char *text,
                          const struct order_token *tokens, struct order_reading *out, size_t i,
                          size_t e)
{
    enum { LEFT_OFF_WORDS_MAX = 3 }; /* "leave the pickled onions off" */
    if (!ORDER_CUES_ANY(&out->cues, "leave", "keep") || !ORDER_CUES_ANY(&out->cues, "off", "out"))
        return i;
    if (!(order_tok_is(text, tokens, i, e, "leave") || order_tok_is(text, tokens, i, e, "keep")))
        return i;
    size_t j = i + 1U;
    while (j < e && j <= i + LEFT_OFF_WORDS_MAX && tokens[j].kind == ORDER_TOKEN_WORD &&
           out->roles[j] == ORDER_ROLE_NONE && !order_tok_is(text, tokens, j, e, "off") &&
           !order_tok_is(text, tokens, j, e, "out"))
        j++;
    if (j == i + 1U || j >= e ||
        !(order_tok_is(text, tokens, j, e, "off") || order_tok_is(text, tokens, j, e, "out")))
        return i;
    size_t w = order_tok_is(text, tokens, i + 1U, e, "the") ? i + 2U : i + 1U;
    if (w < j && order_read_name_at(rd, text, tokens, out, w, j) >= 0)
        return i; /* "leave the al pastor out": a dish, not a part of one */
    /* the particle closes the piece, or the dish it is left off follows: not "leave it out
     * front", "keep them out of the sun" */
    static const char *const after[] = {"please", "pls", "plz", "and", "the", "my", "thanks"};
    size_t k = j + 1U;
    if (k < e && tokens[k].kind == ORDER_TOKEN_WORD &&
        !order_tok_in(text, tokens, k, e, after, ORDER_WORDS_N(after)))
        return i;
    /* "leave it off": "it" is a part only after what the customer is allergic to */
    if (j == i + 2U && (order_tok_is(text, tokens, i + 1U, e, "it") ||
                        order_tok_is(text, tokens, i + 1U, e, "them"))) {
        bool allergic = false;
        for (size_t p = 0; p + 1U < i && !allergic; p++)
            allergic = (order_tok_is(text, tokens, p, i, "allergic") ||
                        order_tok_is(text, tokens, p, i, "allergy")) &&
                       order_tok_is(text, tokens, p + 1U, i, "to");
        if (!allergic)
            return i;
    }
    memset(out->mod_zone + i, true, j + 1U - i);
    return j + 1U;
}
