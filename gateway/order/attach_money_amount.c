/* attach_money_amount.c — a sum of money before a dish, as what to spend on it ("$15 worth
 * of tacos", "10 bucks of fries", "twenty dollars worth of wings"): it says how much to
 * spend, not how many to make, so its number counts no dish and the count is asked back,
 * as a vague amount's is (attach_quantity.c, reading.h pass 4). Read were the number as a
 * count, "15 dollars worth of tacos" made fifteen tacos. */
#include "gateway/order/attach_internal.h"

/* Is token p a word that names a currency after its number ("dollars", "bucks")? */
static bool attach_currency_word(const char *text, const struct order_token *t, size_t p, size_t e)
{
    static const char *const units[] = {"dollars", "dollar", "bucks", "buck", "euros",
                                        "euro",    "quid",   "usd",   "dlls", "dls"};
    return order_tok_in(text, t, p, e, units, ORDER_WORDS_N(units));
}

size_t attach_money_amount(const struct attach_state *st, size_t q, size_t b)
{
    if (!ORDER_CUES_ANY(&st->cues, "worth", "wrth", "of"))
        return 0;
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    int32_t v;
    size_t p;
    if (q >= b || t[q].kind != ORDER_TOKEN_WORD)
        return 0;
    if (attach_money_digits(text, &t[q]))
        p = q + 1U; /* "$20" */
    else if ((p = attach_number(st->rd->u, text, t, q, b, &v)) > 0 &&
             !attach_is_article(text, t, q, b) && attach_currency_word(text, t, q + p, b))
        p = q + p + 1U; /* "20 dollars", "ten bucks" */
    else
        return 0;
    /* what the sum buys follows "worth" or "of" ("$15 of tacos"); a price alone before a
     * dish ("the $5 tacos") says which dish, no sum to spend */
    bool worth = order_tok_is(text, t, p, b, "worth") || order_tok_is(text, t, p, b, "wrth");
    p += worth;
    bool of = order_tok_is(text, t, p, b, "of");
    p += of;
    if (!worth && !of)
        return 0;
    if (p < b && order_tok_article(text, t, p, b))
        p++; /* "$15 worth of the tacos" */
    return p == b ? p - q : 0;
}
