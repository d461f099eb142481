/* clause_salutation.c — a letter's salutation opening the message: "Dear Green Garden,",
 * "My dear friends at GreenBite,", "Dear Sir or Madam,". The words after "dear" name whom
 * the letter is written to, though they may read as a dish ("Green Garden" is a burger's
 * name too); the closing and its signature are read apart (clause.c). */
#include "gateway/order/clause_internal.h"

size_t clause_salutation_at(const char *text, const struct order_token *tokens,
                            const struct order_reading *out, size_t i, size_t e)
{
    enum { SALUTATION_WORDS_MAX = 6 };
    /* whom a letter is written to says no "I" and counts nothing: "Dear team I would like
     * a burger," is the request, written after a shorter salutation */
    static const char *const writer[] = {"i", "we", "id", "ill", "im", "wed", "well"};
    if (i != 0 || !ORDER_CUES_ANY(&out->cues, "dear"))
        return 0;
    size_t p = i;
    if (order_tok_is(text, tokens, p, e, "my"))
        p++;
    if (!order_tok_is(text, tokens, p, e, "dear"))
        return 0;
    size_t first = ++p;
    while (p < e && tokens[p].kind == ORDER_TOKEN_WORD && p - first < SALUTATION_WORDS_MAX) {
        char c0 = text[tokens[p].off];
        if (order_tok_in(text, tokens, p, e, writer, ORDER_WORDS_N(writer)) ||
            (c0 >= '0' && c0 <= '9'))
            return 0;
        p++;
    }
    if (p == first || p >= e || tokens[p].kind != ORDER_TOKEN_PUNCT ||
        (tokens[p].punct != ',' && tokens[p].punct != '\n'))
        return 0;
    return p + 1U - i;
}
