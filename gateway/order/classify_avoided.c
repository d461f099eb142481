/* classify_avoided.c — dishes counted right after what the customer keeps away from
 * (classify_clause.c): "trying to avoid ordering 3 separate things", "i dont want 3 burritos".
 * A negated verb of wanting, or "avoid", then at most a verb of getting ("ordering", "to
 * get"), then the count and the dish: the dish is what is not asked for, and the clause says
 * why the customer asks or what they mean to do, no request of its own. */
#include "gateway/order/classify_internal.h"

/* Do the tokens [p, first) hold only a verb of getting, "to" and one count? */
static bool classify_avoided_gap(const struct order_understanding *u,
                                 const struct order_class_input *in, size_t p, size_t first)
{
    static const char *const getting[] = {"to",      "order", "ordering", "get",
                                          "getting", "buy",   "buying",   "have"};
    bool counted = false;
    while (p < first) {
        int32_t v;
        size_t k = counted ? 0 : order_read_number(u, in->text, in->tokens, p, first, &v);
        if (k > 0) {
            counted = true;
            p += k;
        } else if (order_tok_in(in->text, in->tokens, p, first, getting, ORDER_WORDS_N(getting)))
            p++;
        else
            return false;
    }
    return counted;
}

bool classify_avoided(const struct order_understanding *u, const struct order_class_input *in,
                      const struct order_clause *cl, size_t first)
{
    if (cl->question_form || cl->request_form || !cl->has_quantity)
        return false;
    for (size_t i = cl->begin; i < first; i++) {
        size_t n = order_read_negated_wanting(in->text, in->tokens, i, first);
        if (n > 0)
            return classify_avoided_gap(u, in, i + n, first);
    }
    return false;
}
