/* clause_added_after_remark.c — a dish added after a remark about the customer (clause_split.c,
 * reading.h pass 2): "the curry mild please, i can't take heat + a lemonade", "we're so hungry
 * & two cokes". A clause that opens with the customer as its subject and names nothing of the
 * menu tells something about them; a '+', a '&' or "plus" after it, then an article or a count
 * and a dish, goes back to the list of what is asked. The dish is a clause of its own, read as
 * the order goes on, not words of the remark that the remark's reading would drop. */
#include "gateway/order/clause_internal.h"

bool clause_dish_added_after_remark(const char *text, const struct order_token *tokens,
                                    size_t start, size_t i, size_t e,
                                    const struct order_reading *out)
{
    enum { REMARK_WORDS_MAX = 10 };
    static const char *const subjects[] = {"i", "im", "ive", "id", "we", "were", "my", "our"};
    static const char *const leads[] = {"a", "an", "one", "two", "three", "the", "some", "another"};
    if (!ORDER_CUES_ANY(&out->cues, "i", "im", "ive", "id", "we", "were", "my", "our"))
        return false;
    const struct order_token *j = &tokens[i];
    bool joins = (j->kind == ORDER_TOKEN_PUNCT && (j->punct == '+' || j->punct == '&')) ||
                 order_tok_is(text, tokens, i, e, "plus");
    if (!joins || i <= start + 1 || i - start > REMARK_WORDS_MAX || !CLAUSE_IN(subjects, start))
        return false;
    size_t d = i + 1;
    if (CLAUSE_IN(leads, d) || (d < e && tokens[d].kind == ORDER_TOKEN_WORD &&
                                text[tokens[d].off] >= '1' && text[tokens[d].off] <= '9'))
        d++; /* "+ a lemonade", "+ 2 cokes" */
    if (d >= e || out->n_hits[d] == 0)
        return false;
    for (size_t p = start; p < i; p++)
        if (out->n_hits[p] > 0 || tokens[p].kind != ORDER_TOKEN_WORD)
            return false; /* a dish or a break of its own: no remark alone */
    return true;
}
