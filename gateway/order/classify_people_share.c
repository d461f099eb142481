/* classify_people_share.c — "how big is the california burrito? could 2 ppl share one", "can
 * two of us split a bowl?" (classify_clause.c, reading.h pass 5): a modal, then people counted
 * as its subject and a verb of sharing, asks whether a dish is enough for them; the count is
 * of people, no dish is asked for. "we'll share the nachos" says what they will do and asks for
 * it (clause_openers.c). */
#include "gateway/order/classify_internal.h"

bool classify_people_share(const struct order_understanding *u, const struct order_class_input *in,
                           const struct order_clause *cl, size_t at)
{
    static const char *const modals[] = {"can", "could", "would", "will", "do", "should"};
    static const char *const people[] = {"people", "ppl", "persons", "adults", "guys", "kids"};
    static const char *const sharing[] = {"share", "split"};
    const char *text = in->text;
    const struct order_token *t = in->tokens;
    if (!order_tok_in(text, t, at, cl->end, modals, ORDER_WORDS_N(modals)))
        return false;
    int32_t v = 0;
    size_t p = at + 1U, k = order_read_number(u, text, t, p, cl->end, &v);
    if (k == 0 || v < 2 || order_tok_is(text, t, p, cl->end, "a"))
        return false;
    p += k;
    if (order_tok_in(text, t, p, cl->end, people, ORDER_WORDS_N(people)))
        p++;
    else if (order_tok_is(text, t, p, cl->end, "of") &&
             order_tok_is(text, t, p + 1U, cl->end, "us"))
        p += 2U;
    else
        return false;
    return order_tok_in(text, t, p, cl->end, sharing, ORDER_WORDS_N(sharing));
}
