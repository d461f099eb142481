/* classify_never_tried.c — a dish the customer says they have never tasted (classify.c,
 * reading.h pass 5): "whats the birria like? never tried the birria". A verb of tasting in
 * the past reads as a report of what came ("tried the tacos, they were cold"), a matter for a
 * person; denied right before it ("never", "havent", "not") it reports nothing that
 * happened, only why the customer asks. The clause has no intent of its own. */
#include "gateway/order/classify_internal.h"

/* Is there, before token end, a verb of tasting with a denial right before it ("never
 * tried", "havent tasted", "never even tried")? Not "never got", "never came": what failed
 * to arrive is a complaint. */
static bool classify_denied_tasting(const struct order_class_input *in,
                                    const struct order_clause *cl, size_t end)
{
    static const char *const tasted[] = {"tried", "tasted"};
    static const char *const denials[] = {"never", "havent", "hasnt", "nvr", "not"};
    const char *text = in->text;
    const struct order_token *t = in->tokens;
    for (size_t i = cl->begin + 1U; i < end; i++) {
        if (t[i].kind != ORDER_TOKEN_WORD || (text[t[i].off] != 't') ||
            !order_tok_in(text, t, i, end, tasted, sizeof(tasted) / sizeof(*tasted)))
            continue;
        size_t d = i - 1U;
        if (d > cl->begin && order_tok_is(text, t, d, end, "even"))
            d--; /* "never even tried" */
        if (order_tok_in(text, t, d, end, denials, sizeof(denials) / sizeof(*denials)))
            return true;
    }
    return false;
}

/* Is clause cl, no question and no request, a denied tasting before its first thing
 * (token first)? Then it tells why the customer asks or orders, no report of the past. */
bool classify_never_tried(const struct order_class_input *in, const struct order_clause *cl,
                          size_t first)
{
    return !cl->question_form && !cl->request_form && !cl->has_quantity &&
           classify_denied_tasting(in, cl, first);
}
