/* attach_count_marked_after.c — a count after a dish set off by the mark or the label a
 * list or a form writes between them (attach_count_after.c, reading.h pass 4): "veggie
 * wrap*3", "nachos: 2", "iced tea, qty: 4". A bare number after a dish
 * and a comma is its count already; after a '*' or a ':' it was read as nothing, and a
 * label naming the count ("qty", "quantity") was asked back as a dish. The count's label
 * before a dish is read by attach_listed_count.c. */
#include "gateway/order/attach_internal.h"

size_t attach_count_marked_after(const struct attach_state *st, size_t i, size_t j)
{
    static const char *const labels[] = {"qty", "quantity", "qnty", "amount"};
    const char *text = st->text;
    const struct order_token *t = st->tokens;
    size_t e = st->e;
    if (j == i && j + 1U < e && t[j].kind == ORDER_TOKEN_PUNCT &&
        (t[j].punct == '*' || t[j].punct == ':') && attach_free(st, j))
        return j + 1U; /* the mark right after the dish joins its count to it */
    if (j == i || !attach_free(st, j) ||
        !order_tok_in(text, t, j, e, labels, ORDER_WORDS_N(labels)))
        return j; /* a label only after a separator: "fries qty 2" is no form's field */
    j++;
    if (j < e && t[j].kind == ORDER_TOKEN_PUNCT && t[j].punct == ':')
        j++;
    return j;
}
