/* attach_counted_there.c — things counted in a clause that tells what there is or what the
 * customer has (attach_unknown.c): "there are 3 kids and 2 dogs", "we have 2 bikes outside".
 * Opening on "there are" or a subject and a verb of being or having, the words after it up to
 * the next mark say who or what is with the customer; a counted word there that is no food and
 * no menu word ("dogs") names nothing to ask back, as it would where a dish is asked for ("2
 * dogs please"). */
#include "gateway/order/attach_internal.h"

/* Where the opening "there are", "theres", "we have" of the clause ends, or st->b when the
 * clause opens otherwise. */
static size_t counted_there_opening(const struct attach_state *st)
{
    static const char *const subjects[] = {"we", "i", "they"};
    static const char *const being[] = {"are", "is", "s", "have", "has", "got", "am", "m"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t p = st->b;
    while (p < st->e && (st->rg->roles[p] == ORDER_ROLE_GREETING || t[p].kind == ORDER_TOKEN_PUNCT))
        p++;
    if (order_tok_is(text, t, p, st->e, "theres"))
        return p + 1U;
    return (order_tok_is(text, t, p, st->e, "there") ||
            attach_in(text, t, p, st->e, subjects, ORDER_WORDS_N(subjects))) &&
                   attach_in(text, t, p + 1U, st->e, being, ORDER_WORDS_N(being))
               ? p + 2U
               : st->b;
}

bool attach_counted_there(const struct attach_state *st, size_t i)
{
    if (!ORDER_CUES_ANY(&st->cues, "theres", "there", "we", "i", "they") ||
        !ORDER_CUES_ANY(&st->cues, "theres", "are", "is", "s", "have", "has", "got", "am", "m"))
        return false;
    size_t o = counted_there_opening(st);
    if (o == st->b || o > i)
        return false;
    /* what is counted is what there is only up to the next mark: "theres 2 of us, 2 gringas"
     * asks for the gringas after it */
    for (size_t p = o; p < i; p++)
        if (st->tokens[p].kind == ORDER_TOKEN_PUNCT)
            return false;
    return true;
}
