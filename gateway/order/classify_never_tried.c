/* classify_never_tried.c — a dish the customer says they have never tasted (classify.c,
 * reading.h pass 5): "whats the birria like? never tried the birria". A verb of tasting in
 * the past reads as a report of what came ("tried the tacos, they were cold"), a matter for a
 * person; denied right before it ("never", "havent", "not") it reports nothing that
 * happened, only why the customer asks. The clause has no intent of its own. So with a habit
 * of the past ("i used to get the wrap every monday") and with what the customer has been
 * eating of late ("been eating cereal for a week"). */
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
            !order_tok_in(text, t, i, end, tasted, ORDER_WORDS_N(tasted)))
            continue;
        size_t d = i - 1U;
        if (d > cl->begin && order_tok_is(text, t, d, end, "even"))
            d--; /* "never even tried" */
        if (order_tok_in(text, t, d, end, denials, ORDER_WORDS_N(denials)))
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

/* Is clause cl, no question and no request, a habit of the past told before its first thing
 * ("i used to get the wrap every monday", "we used to order the nachos")? What the customer
 * once had is no order and no report of one that came: it says why they ask or what they
 * miss, no intent of its own. */
bool classify_used_to_have(const struct order_class_input *in, const struct order_clause *cl,
                           size_t first)
{
    if (cl->question_form || cl->request_form || cl->has_quantity)
        return false;
    for (size_t i = cl->begin; i + 1U < first; i++)
        if (order_tok_is(in->text, in->tokens, i, first, "used") &&
            order_tok_is(in->text, in->tokens, i + 1U, first, "to"))
            return true;
    return false;
}

/* Does a part of clause cl after its first mark name a dish or count one (an article aside)?
 * A request there may ask for it ("been eating tacos, need a burger"); one that names none
 * asks for no dish ("been eating wraps all week, need a change"). */
static bool classify_asks_after_mark(const struct order_class_input *in,
                                     const struct order_reading *rg, const struct order_clause *cl)
{
    size_t m = cl->begin;
    while (m < cl->end && in->tokens[m].kind != ORDER_TOKEN_PUNCT)
        m++;
    if (m == cl->end)
        return true; /* no mark: the request is the clause's own */
    for (size_t i = m; i < cl->end; i++)
        if (rg->roles[i] == ORDER_ROLE_ITEM ||
            (rg->roles[i] == ORDER_ROLE_QTY &&
             !order_tok_is(in->text, in->tokens, i, cl->end, "a") &&
             !order_tok_is(in->text, in->tokens, i, cl->end, "an")))
            return true;
    return false;
}

/* Is clause cl, no question and no request but one after a mark that names no dish, opened
 * by "been" and a verb of eating or living in its -ing form (clipped or not), the customer's
 * own subject before it or left out ("been eating crackers all week", "ive been livin on
 * toast")? What the customer has been eating says why they order now; the food it names is
 * no dish asked for, and nothing befell an order. */
bool classify_been_eating(const struct order_class_input *in, const struct order_reading *rg,
                          const struct order_clause *cl)
{
    static const char *const eating[] = {"eating",  "eatin",     "living",   "livin",    "drinking",
                                         "drinkin", "surviving", "survivin", "snacking", "snackin"};
    if (!ORDER_CUES_ANY(&rg->cues, "been"))
        return false;
    if (cl->question_form || (cl->request_form && classify_asks_after_mark(in, rg, cl)))
        return false;
    size_t i = cl->begin;
    while (i < cl->end && in->tokens[i].kind == ORDER_TOKEN_WORD && classify_self_word(in, cl, i))
        i++;
    if (i > cl->begin && order_tok_is(in->text, in->tokens, i, cl->end, "have"))
        i++; /* "i have been" */
    return order_tok_is(in->text, in->tokens, i, cl->end, "been") &&
           order_tok_in(in->text, in->tokens, i + 1U, cl->end, eating, ORDER_WORDS_N(eating));
}
