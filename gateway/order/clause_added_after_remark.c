/* clause_added_after_remark.c — a dish added after a remark about the customer (clause_split.c,
 * reading.h pass 2): "the curry mild please, i can't take heat + a lemonade", "we're so hungry
 * & two cokes". A clause that opens with the customer as its subject and names nothing of the
 * menu tells something about them; a '+', a '&' or "plus" after it, then an article or a count
 * and a dish, goes back to the list of what is asked. The dish is a clause of its own, read as
 * the order goes on, not words of the remark that the remark's reading would drop. */
#include "gateway/order/clause_internal.h"

/* "idk what it was, plus a flan", "the tacos were great, plus a horchata": after a comma, a
 * "plus", then an article or a count and a dish, adds that dish whatever was said before it:
 * the words before, naming nothing of the menu, say nothing of it. */
static bool clause_plus_after_comma(const char *text, const struct order_token *tokens,
                                    size_t start, size_t i, size_t e,
                                    const struct order_reading *out)
{
    if (!order_tok_is(text, tokens, i, e, "plus") || i < start + 2U ||
        tokens[i - 1U].kind != ORDER_TOKEN_PUNCT || tokens[i - 1U].punct != ',')
        return false;
    /* a count or a verb of asking before it points back at a dish asked about: "I'll take
     * two if so, plus a brownie" asks on */
    static const char *const asking[] = {"take", "get",  "have", "order", "put", "want",
                                         "like", "grab", "add",  "one",   "two", "three"};
    for (size_t p = start; p + 1U < i; p++)
        if (out->n_hits[p] > 0 || CLAUSE_IN(asking, p) ||
            (tokens[p].kind == ORDER_TOKEN_WORD && text[tokens[p].off] >= '0' &&
             text[tokens[p].off] <= '9'))
            return false; /* a list of dishes goes on ("tacos, plus a flan") */
    return true;
}

/* "the veggie tacos from last week were great, 3 more please": after a remark and a comma, a
 * count and "more" ask for more of the dish the remark named. */
static bool clause_more_after_comma(const char *text, const struct order_token *tokens,
                                    size_t start, size_t i, size_t e)
{
    static const char *const counts[] = {"one", "two", "three", "four", "five", "six"};
    const struct order_token *c = &tokens[i];
    if (c->kind != ORDER_TOKEN_PUNCT || c->punct != ',' || i < start + 2U || i + 2U >= e ||
        !order_tok_is(text, tokens, i + 2U, e, "more"))
        return false;
    const struct order_token *q = &tokens[i + 1U];
    return q->kind == ORDER_TOKEN_WORD &&
           (CLAUSE_IN(counts, i + 1U) || (text[q->off] >= '1' && text[q->off] <= '9'));
}

bool clause_dish_added_after_remark(const char *text, const struct order_token *tokens,
                                    size_t start, size_t i, size_t e,
                                    const struct order_reading *out)
{
    if (clause_more_after_comma(text, tokens, start, i, e))
        return true;
    enum { REMARK_WORDS_MAX = 10 };
    static const char *const subjects[] = {"i", "im", "ive", "id", "we", "were", "my", "our"};
    static const char *const leads[] = {"a", "an", "one", "two", "three", "the", "some", "another"};
    bool after_comma = clause_plus_after_comma(text, tokens, start, i, e, out);
    if (!after_comma &&
        !ORDER_CUES_ANY(&out->cues, "i", "im", "ive", "id", "we", "were", "my", "our"))
        return false;
    const struct order_token *j = &tokens[i];
    bool joins = (j->kind == ORDER_TOKEN_PUNCT && (j->punct == '+' || j->punct == '&')) ||
                 order_tok_is(text, tokens, i, e, "plus");
    if (!joins || i <= start + 1 ||
        (!after_comma && (i - start > REMARK_WORDS_MAX || !CLAUSE_IN(subjects, start))))
        return false;
    size_t d = i + 1;
    if (CLAUSE_IN(leads, d) || (d < e && tokens[d].kind == ORDER_TOKEN_WORD &&
                                text[tokens[d].off] >= '1' && text[tokens[d].off] <= '9'))
        d++; /* "+ a lemonade", "+ 2 cokes" */
    if (d >= e || out->n_hits[d] == 0)
        return false;
    for (size_t p = start; p < i && !after_comma; p++)
        if (out->n_hits[p] > 0 || tokens[p].kind != ORDER_TOKEN_WORD)
            return false; /* a dish or a break of its own: no remark alone */
    return true;
}
