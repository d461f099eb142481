/* classify_price_checked.c — "horchata - 3$?", "the churros $4.50?": a dish and a sum of money
 * closing a clause asked with '?' asks whether that is its price. A question mark alone after
 * a dish asks for it ("the spicy one?"); a price said before the mark is what is asked about,
 * so the dish is asked of, not ordered. A dish counted ("2 flans, $8?") stays asked for, and
 * so does one among dishes named without a price asked: a line of an order whose price the
 * customer doubts. */
#include "gateway/order/classify_internal.h"

/* Is token t digits beside a currency sign ("$4", "5$", "€5", "£3.50")? */
static bool price_digits(const char *text, const struct order_token *t)
{
    const unsigned char *w = (const unsigned char *)text + t->off;
    if (t->kind != ORDER_TOKEN_WORD || t->off == 0)
        return false;
    for (size_t k = 0; k < t->len; k++)
        if ((w[k] < '0' || w[k] > '9') && !(k > 0 && (w[k] == '.' || w[k] == ',')))
            return false; /* "$4.50" */
    return w[-1] == '$' || w[t->len] == '$' ||
           (t->off >= 3U && w[-3] == 0xE2 && w[-2] == 0x82 && w[-1] == 0xAC) ||
           (t->off >= 2U && w[-2] == 0xC2 && w[-1] == 0xA3);
}

static bool price_closes(const struct order_class_input *in, const struct order_clause *cl)
{
    const struct order_token *t = in->tokens;
    size_t e = cl->end;
    while (e > cl->begin && t[e - 1U].kind == ORDER_TOKEN_PUNCT)
        e--;
    if (cl->has_quantity || e <= cl->begin)
        return false;
    if (price_digits(in->text, &t[e - 1U]))
        return true; /* "$4" */
    return e >= cl->begin + 3U && t[e - 2U].kind == ORDER_TOKEN_PUNCT && t[e - 2U].punct == '.' &&
           price_digits(in->text, &t[e - 3U]); /* "$4.50" */
}

bool classify_price_checked(const struct order_class_input *in, const struct order_reading *rg,
                            size_t c)
{
    if (!price_closes(in, &rg->clauses[c]))
        return false;
    for (size_t k = 0; k < rg->n_clauses; k++)
        if (k != c && classify_clause_things(rg, k) > 0 &&
            !(rg->clauses[k].question_form && price_closes(in, &rg->clauses[k])))
            return false; /* "1. taco x4\n2. horchata 3$??": a line of an order, price doubted */
    return true;
}
