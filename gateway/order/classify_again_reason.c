/* classify_again_reason.c — what was had before, told ahead of a request for it "again"
 * ("last time i had the red one and it was great ... so i'll have that again") (classify.c,
 * reading.h pass 5). A clause in the past reads as a report of what came, another matter,
 * and one asking which dish it was ("was it the wrap or the bowl??") as a question; but
 * a request that points back at a dish had before ("that again", "the same again", past.c)
 * asks for what those clauses tell of: they only say what the request means, and a person
 * asks it back. A clause that names the customer's own order ("my order was cold") stays a
 * complaint. */
#include "gateway/order/classify_internal.h"

/* Does clause r ask for a dish had before "again": a thing of an order outside the message
 * whose words hold "again"? */
static bool again_asked(const struct order_class_input *in, const struct order_reading *rg,
                        size_t r)
{
    if (rg->clauses[r].intent != ORDER_INTENT_REQUEST)
        return false;
    for (size_t x = 0; x < rg->n_things; x++) {
        const struct order_thing *th = &rg->things[x];
        if (th->clause != r || !th->past)
            continue;
        for (size_t p = th->begin; p < th->end; p++)
            if (order_tok_is(in->text, in->tokens, p, th->end, "again"))
                return true;
    }
    return false;
}

/* Is clause c told of the past, or asking of it, with nothing of the customer's own order? */
static bool again_told_before(const struct order_class_input *in, const struct order_reading *rg,
                              size_t c)
{
    static const char *const owned[] = {"my", "our", "order", "orders"};
    const struct order_clause *cl = &rg->clauses[c];
    if ((cl->intent != ORDER_INTENT_OTHER && cl->intent != ORDER_INTENT_QUESTION) ||
        cl->request_form)
        return false;
    for (size_t i = cl->begin; i < cl->end; i++)
        if (order_tok_in(in->text, in->tokens, i, cl->end, owned, ORDER_WORDS_N(owned)))
            return false;
    return classify_about_past(in, rg, cl, cl->end, true);
}

void classify_again_reasons(const struct order_class_input *in, struct order_reading *rg)
{
    if (!ORDER_CUES_ANY(&rg->cues, "again"))
        return;
    size_t r = rg->n_clauses;
    for (size_t c = 1; c < rg->n_clauses && r == rg->n_clauses; c++)
        if (again_asked(in, rg, c))
            r = c;
    for (size_t c = 0; c < r && r < rg->n_clauses; c++)
        if (again_told_before(in, rg, c))
            rg->clauses[c].intent = ORDER_INTENT_NONE;
}
